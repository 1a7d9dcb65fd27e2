import type { ArchitectureId, Product } from './types';

/** Products the course names, each filed under the one design it exemplifies. */
export const products = [
  {
    id: 'vmware-workstation',
    name: 'VMware Workstation',
    architecture: 'hosted',
    year: 1999,
    current: true,
    note: 'Brought virtualization to x86 in 1999 using binary translation; today it relies on hardware assistance.',
  },
  {
    id: 'virtual-pc',
    name: 'Virtual PC for Windows',
    architecture: 'hosted',
    year: 2001,
    current: false,
    note: 'The x86-on-x86 version of Connectix Virtual PC, which began in 1997 as an x86 emulator for PowerPC Macs (emulation, not this design). Microsoft bought it in 2003; from Windows 8 on, Hyper-V took its place.',
  },
  {
    id: 'vmware-server',
    name: 'VMware Server',
    architecture: 'hosted',
    year: 2006,
    current: false,
    note: 'GSX Server (2001) renamed and made free in 2006; since discontinued.',
  },
  {
    id: 'virtualbox',
    name: 'VirtualBox',
    architecture: 'hosted',
    year: 2007,
    current: true,
    note: 'Dropped its software-only "raw mode" in 6.1 (2019); on x86 it now needs VT-x or AMD-V, and since 7.1 (2024) it also runs on Apple-silicon Macs.',
  },
  {
    id: 'freebsd-jails',
    name: 'FreeBSD jails',
    architecture: 'shared-kernel',
    year: 2000,
    current: true,
    note: 'Arrived in FreeBSD 4.0 to confine "the omnipotent root".',
  },
  {
    id: 'linux-vserver',
    name: 'Linux-VServer',
    architecture: 'shared-kernel',
    year: 2001,
    current: false,
    note: 'An early out-of-tree Linux patch set; historical today.',
  },
  {
    id: 'openvz',
    name: 'OpenVZ',
    architecture: 'shared-kernel',
    year: 2005,
    current: true,
    note: 'Open-source base of Virtuozzo (2002); much of its work went into mainline Linux as PID and network namespaces and CRIU.',
  },
  {
    id: 'solaris-zones',
    name: 'Solaris Zones',
    architecture: 'shared-kernel',
    year: 2005,
    current: true,
    note: 'Shipped in Solaris 10 after the 2004 LISA paper.',
  },
  {
    id: 'lxc',
    name: 'LXC',
    architecture: 'shared-kernel',
    year: 2008,
    current: true,
    note: 'User-space tools for Linux namespaces and cgroups, from about 2008.',
  },
  {
    id: 'docker',
    name: 'Docker',
    architecture: 'shared-kernel',
    year: 2013,
    current: true,
    note: 'Started on LXC, then switched to its own libcontainer in 2014.',
  },
  {
    id: 'uml',
    name: 'User-mode Linux',
    architecture: 'user-mode-linux',
    year: 1999,
    current: true,
    note: 'Released in 1999 and described by Jeff Dike in 2000 (updated in 2001); still in the kernel tree, used mostly for testing kernels.',
  },
  {
    id: 'kvm',
    name: 'KVM',
    architecture: 'kvm',
    year: 2007,
    current: true,
    note: "Merged in Linux 2.6.20; AWS's Nitro hypervisor (2017) is based on it, and Firecracker uses it.",
  },
  {
    id: 'firecracker',
    name: 'Firecracker',
    architecture: 'kvm',
    year: 2018,
    current: true,
    note: 'A minimal VMM on KVM that runs AWS Lambda; its specification promises a microVM in user space within 125 ms, in a minimal configuration.',
  },
  {
    id: 'xen',
    name: 'Xen',
    architecture: 'paravirtualization',
    year: 2003,
    current: true,
    note: 'Made paravirtualization widely known; since Xen 3.0 (2005) it also runs unmodified guests with hardware assistance (HVM), and later added PVH.',
  },
  {
    id: 'vmware-esx',
    name: 'VMware ESX',
    architecture: 'full-virtualization',
    year: 2001,
    current: false,
    note: 'Ran unmodified guests on bare metal with binary translation, its drivers in the VMkernel; ended at 4.1, succeeded by ESXi.',
  },
  {
    id: 'hyper-v',
    name: 'Microsoft Hyper-V',
    architecture: 'hardware-assisted',
    year: 2008,
    current: true,
    note: 'Requires x64 hardware virtualization; a Windows root partition owns the drivers, and its guests use paravirtual interfaces (VMBus, enlightenments).',
  },
] as const satisfies readonly Product[];

export type ProductId = (typeof products)[number]['id'];

export const productIds: readonly ProductId[] = products.map((p) => p.id);

export function productsOf(arch: ArchitectureId): readonly Product[] {
  return products.filter((p) => p.architecture === arch);
}

export function findProduct(id: string): Product | undefined {
  return products.find((p) => p.id === id);
}
