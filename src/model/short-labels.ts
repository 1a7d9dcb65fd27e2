/**
 * Shorter names for layer labels, used by the diagram when a layer is too narrow for the full one
 * (a side panel, a phone, a design with three columns). Keyed by the full label, so a design that
 * reuses a label gets its short form for free; the full label stays in the accessible name.
 * A label with no entry here is shown whole: the CSS never breaks a word in two.
 */
const shortLabels: Readonly<Record<string, string>> = {
  'Host applications': 'Host apps',
  Applications: 'Apps',
  'Operating system kernel': 'OS kernel',
  'Virtualization stack and tools': 'Virt. stack, tools',
  'Management agents': 'Mgmt agents',
  'Root partition kernel (Hyper-V)': 'Root partition kernel',
  'Hypervisor (VMkernel + VMM)': 'Hypervisor',
  'Host OS kernel + VMM driver': 'Host kernel + VMM driver',
  'Host Linux kernel (unmodified)': 'Host Linux kernel',
  'VM application (UI, host I/O)': 'VM app (UI, host I/O)',
  'Guest kernel (Windows, Linux…)': 'Guest kernel',
  'UML guest kernel (arch "um")': 'UML guest kernel',
  'Linux kernel (ported to Xen)': 'Linux kernel (Xen port)',
  'NetBSD kernel (ported to Xen)': 'NetBSD kernel (Xen port)',
  'Database processes': 'DB processes',
  'Web server processes': 'Web server procs',
  'Debian root filesystem': 'Debian root fs',
  'Alpine root filesystem': 'Alpine root fs',
  'One shared Linux kernel': 'Shared Linux kernel',
  'Service console OS': 'Service console',
};

/** The short form of a layer label, or the label itself when it has none. */
export function shortLabel(label: string): string {
  return shortLabels[label] ?? label;
}

/** The labels that have a short form (a test checks each is still a label in the model). */
export const labelsWithShortForm: readonly string[] = Object.keys(shortLabels);

/** The longest word of a label: what must fit across a layer for the label not to break inside a word. */
export function longestWord(label: string): string {
  return label.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}
