import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'why-emulation-is-slow',
      prompt:
        'A guest sends packets through an emulated e1000 network card under KVM and QEMU. What makes each packet expensive?',
      section: 'emulated-devices-trapping-every-register',
      choices: [
        {
          id: 'exits',
          text: "Each of the driver's register accesses causes a VM exit, and usually a trip to the QEMU process and back",
          correct: true,
          why: 'The driver was written for hardware where touching a register is cheap. Under emulation every access is a full transition, and a packet needs several of them.',
        },
        {
          id: 'interpreted',
          text: 'QEMU interprets the guest driver instruction by instruction',
          correct: false,
          why: 'With KVM the guest driver runs natively on the CPU. Only the register accesses are caught; the driver code between them runs at full speed.',
        },
        {
          id: 'copy-slow',
          text: 'Copying the packet bytes is slow because QEMU is written in C',
          correct: false,
          why: 'The device model is ordinary compiled code. The time goes into the transitions around it, not into the copy itself.',
        },
        {
          id: 'no-dma',
          text: 'Emulated devices cannot use DMA, so the CPU must move every byte through an I/O port',
          correct: false,
          why: 'An emulated NIC imitates DMA too: the device model reads the frame directly from guest memory at the address the driver gave it.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'virtqueue-parts',
      prompt: 'Which of these are parts of a split virtqueue in guest memory? Select all that apply.',
      section: 'virtios-virtqueues',
      choices: [
        {
          id: 'desc',
          text: 'A descriptor table of buffer addresses and lengths',
          correct: true,
          why: 'Each descriptor names one buffer by its guest-physical address and length, and can chain to the next.',
        },
        {
          id: 'avail',
          text: 'An available ring written by the driver',
          correct: true,
          why: 'The driver lists here, in order, the descriptor chains it has offered to the device.',
        },
        {
          id: 'used',
          text: 'A used ring written by the device',
          correct: true,
          why: 'The device returns finished chains here, with the number of bytes it wrote into each.',
        },
        {
          id: 'regs',
          text: 'A bank of emulated status registers that the driver polls after every packet',
          correct: false,
          why: 'Polling registers is what emulated devices make drivers do. virtio replaces it with ring indexes in plain memory that both sides read without trapping.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'one-kick-per-packet',
      prompt: 'True or false: a virtio network driver must kick the device once for every packet it sends.',
      section: 'kicks-interrupts-and-batching',
      answer: false,
      whyTrue:
        'The driver can place many packets in the available ring and kick once, and a busy device can tell the driver not to kick at all. That is why exits per packet fall below one under load.',
      whyFalse:
        'Kicks cover a batch, and the device can suppress them while it is still working through the ring, so a busy guest may send many packets per exit.',
    },
    {
      kind: 'single',
      id: 'grant-table-purpose',
      prompt: "Why does a Xen guest pass dom0 a grant reference rather than a page's physical address?",
      section: 'xens-split-drivers',
      choices: [
        {
          id: 'permission',
          text: 'So that the back-end can map or copy only the pages the guest explicitly allowed, with Xen checking each use',
          correct: true,
          why: 'A grant entry names one page and one domain that may use it. Xen enforces it, so a back-end cannot wander through the rest of the guest.',
        },
        {
          id: 'speed',
          text: 'Because grant references are shorter than addresses and save ring space',
          correct: false,
          why: 'Size is not the point. The point is that the guest decides which pages another domain may touch, and the hypervisor enforces it.',
        },
        {
          id: 'iommu',
          text: 'Because the IOMMU only understands grant references',
          correct: false,
          why: 'The IOMMU translates DMA addresses of devices. Grant tables are a Xen software mechanism between domains and need no IOMMU.',
        },
        {
          id: 'dom0-no-memory',
          text: 'Because dom0 cannot access any memory outside its own without a device driver',
          correct: false,
          why: 'dom0 is privileged, but the split-driver design still lets each guest grant access page by page instead of trusting the back-end with everything.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'where-vhost-runs',
      prompt:
        "A KVM guest uses virtio-net with vhost-net. Which layer reads the guest's virtqueue and hands packets to the host network stack?",
      section: 'vhost-the-back-end-in-the-host-kernel',
      architecture: 'kvm',
      answer: 'base',
      whyRight:
        "vhost-net is a worker in the host Linux kernel. It waits on the queue's ioeventfd, reads descriptors from guest memory and signals completion through an irqfd.",
      whyWrong:
        'With vhost the data path goes from the guest straight to the host kernel, skipping any user-space process.',
      whyLayer: {
        'g1-vmm':
          'QEMU still creates the device and handles its configuration, but with vhost it is no longer on the data path of each packet.',
        'g1-kernel':
          "The guest's virtio driver fills the rings, but the back-end that empties them runs on the host side.",
      },
    },
    {
      kind: 'pick-layer',
      id: 'where-device-model-runs',
      prompt:
        'A KVM guest writes to a register of an emulated disk controller, and KVM cannot finish the access itself. Which layer runs the device model that handles it?',
      section: 'the-device-model',
      architecture: 'kvm',
      answer: 'g1-vmm',
      whyRight:
        'KVM returns from KVM_RUN to the user-space VMM, QEMU here, which holds the software copy of the device.',
      whyWrong: 'Device models for emulated hardware live in the user-space VMM, one process per virtual machine.',
      whyLayer: {
        base: 'KVM in the host kernel receives the exit first and finishes a few kinds itself, but full device emulation goes up to the VMM process.',
        hardware:
          'The point of emulation is that no real device of that kind is involved; the host uses its own drivers for whatever it really has.',
      },
    },
    {
      kind: 'single',
      id: 'ioeventfd-effect',
      prompt: 'What does an ioeventfd change for a virtio kick under KVM?',
      section: 'ioeventfd-and-irqfd',
      choices: [
        {
          id: 'no-return',
          text: 'KVM completes the exit by signalling an eventfd, so the virtual CPU re-enters the guest without returning to user space',
          correct: true,
          why: "The exit still happens, but it ends inside the kernel. Whatever waits on the eventfd, QEMU's I/O thread or vhost, processes the queue in parallel.",
        },
        {
          id: 'no-exit',
          text: 'The kick no longer causes any VM exit',
          correct: false,
          why: 'The write to the notification register still exits. Avoiding the exit entirely needs kick suppression, for instance a polling back-end.',
        },
        {
          id: 'interrupt',
          text: 'It injects the completion interrupt into the guest',
          correct: false,
          why: 'That is the other direction, done by an irqfd. An ioeventfd turns a guest write into an event for the host.',
        },
        {
          id: 'iommu',
          text: 'It lets the device DMA into guest memory safely',
          correct: false,
          why: "DMA protection is the IOMMU's job. An ioeventfd is a software notification path inside KVM.",
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'iommu-jobs',
      prompt: 'When a network card is assigned to a guest, what does the IOMMU do? Select all that apply.',
      section: 'device-assignment-and-the-iommu',
      choices: [
        {
          id: 'dma',
          text: "Translates the device's DMA addresses from guest-physical to host-physical",
          correct: true,
          why: "The guest's driver knows only guest-physical addresses; DMA remapping turns them into the host memory that really backs the guest.",
        },
        {
          id: 'confine',
          text: "Blocks the device's DMA to memory outside the guest",
          correct: true,
          why: 'Without that confinement, a guest could program its device to overwrite the hypervisor or another guest.',
        },
        {
          id: 'irq',
          text: "Checks and remaps the device's interrupt messages",
          correct: true,
          why: 'An MSI is a memory write a guest-controlled device could forge; interrupt remapping decides which vector and CPU each one may reach.',
        },
        {
          id: 'registers',
          text: "Traps the guest driver's register accesses so the hypervisor can emulate them",
          correct: false,
          why: "With assignment the device's registers are mapped into the guest and accesses go straight to the hardware; the IOMMU sits on the device-to-memory path, not the CPU-to-device path.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'sriov-vf',
      prompt: 'What lets one SR-IOV network card serve several guests with direct hardware access?',
      section: 'sr-iov-virtual-functions',
      choices: [
        {
          id: 'vf',
          text: 'It presents many virtual functions, each with its own requester ID, queues and interrupts, that can be assigned to different guests',
          correct: true,
          why: 'Each virtual function looks like a separate PCI device, so the IOMMU can isolate it and a guest can drive it directly, while the host manages the card through the physical function.',
        },
        {
          id: 'time-share',
          text: 'The hypervisor switches the whole card between guests many times a second',
          correct: false,
          why: 'Switching a device between guests would mean saving and restoring its state in software. SR-IOV splits the device in hardware instead.',
        },
        {
          id: 'virtio',
          text: 'It emulates a virtio device for each guest in its firmware',
          correct: false,
          why: "That is closer to vDPA. SR-IOV virtual functions usually need the vendor's own driver in the guest.",
        },
        {
          id: 'no-iommu',
          text: 'It makes an IOMMU unnecessary because virtual functions cannot do DMA',
          correct: false,
          why: "Virtual functions do DMA; that is how they move packets. The IOMMU is what keeps each one inside its guest's memory.",
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'assignment-migrates-freely',
      prompt:
        'True or false: a VM whose network card is assigned to it by passthrough can be live-migrated and have its memory overcommitted just as easily as a VM using virtio.',
      section: 'the-trade-offs',
      answer: false,
      whyTrue:
        "An assigned device keeps state in hardware the hypervisor cannot simply copy, and its DMA forces the guest's memory to be pinned, so ballooning, sharing and swapping stop.",
      whyFalse:
        'Speed is bought with flexibility: device state lives in hardware and guest memory is pinned, so migration needs device support or a fallback, and overcommit is off.',
    },
    {
      kind: 'single',
      id: 'posted-interrupts',
      prompt:
        'A virtual CPU is running guest code when its virtio back-end finishes a request. With posted interrupts, how does the guest learn of it?',
      section: 'apic-virtualization-and-posted-interrupts',
      choices: [
        {
          id: 'posted',
          text: 'The back-end sets a bit in the posted-interrupt descriptor and a notification vector makes the CPU deliver the interrupt inside the running guest, with no VM exit',
          correct: true,
          why: 'Posted-interrupt processing lets the CPU merge the pending bit into the virtual APIC itself, so the guest is interrupted as on bare metal.',
        },
        {
          id: 'inject',
          text: 'The hypervisor forces a VM exit and injects the interrupt at the next VM entry',
          correct: false,
          why: 'That is the classic path without APIC virtualization. It works, but costs an exit per interrupt, which posted interrupts exist to avoid.',
        },
        {
          id: 'poll',
          text: 'The guest must poll the used ring, because a running guest cannot receive interrupts',
          correct: false,
          why: 'A running guest can receive interrupts; the question is only whether the hypervisor has to leave and re-enter it to deliver one.',
        },
        {
          id: 'eoi',
          text: 'The guest writes EOI first, which tells the hypervisor to deliver the next interrupt',
          correct: false,
          why: 'EOI ends an interrupt the guest has already handled. With APICv that write no longer exits either, but it does not fetch new interrupts.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'eli-finding',
      prompt: 'What did the ELI work (ASPLOS 2012) show about guests with assigned devices?',
      section: 'apic-virtualization-and-posted-interrupts',
      choices: [
        {
          id: 'interrupts',
          text: "Interrupts were the remaining cost: letting the guest take its device's interrupts without exits brought I/O-heavy work to 97–100% of bare metal",
          correct: true,
          why: 'With the data path already direct, each interrupt still meant an exit, an injection and an EOI exit. ELI removed them in software; posted interrupts do it in hardware now.',
        },
        {
          id: 'dma',
          text: 'DMA remapping by the IOMMU was the main cost, so ELI turned the IOMMU off',
          correct: false,
          why: 'Turning the IOMMU off would let the guest overwrite the host. ELI left DMA protection alone and attacked interrupt exits.',
        },
        {
          id: 'virtio-faster',
          text: 'virtio was faster than device assignment for every workload',
          correct: false,
          why: 'ELI started from assignment, the fastest design, and asked why it still fell short of bare metal. The answer was interrupt handling.',
        },
        {
          id: 'emulation',
          text: 'Emulated NICs could match bare metal once their device models were optimized',
          correct: false,
          why: 'ELI was about assigned devices. Emulation pays exits on every register access, which no optimization of the model removes.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'receive-on-a-virtual-function',
      prompt:
        'A packet arrives for a guest that drives an SR-IOV virtual function, on a platform that posts interrupts. How does the packet reach the guest, and how is the guest told?',
      section: 'follow-one-packet',
      choices: [
        {
          id: 'host-copies',
          text: 'The host kernel copies the frame from the card into guest memory, then signals an irqfd',
          correct: false,
          why: "That is vhost-net's receive path. An assigned function writes guest memory itself, by DMA through the IOMMU, and no host software touches the frame.",
        },
        {
          id: 'dma-posted',
          text: 'The card writes the frame by DMA into a buffer the guest posted, and the interrupt is posted into the running guest with no VM exit',
          correct: true,
          why: "The IOMMU translates the DMA into the guest's memory, and an interrupt-remapping entry in posted format delivers the vector to the running guest. The explorer counts no exit on this path.",
        },
        {
          id: 'always-exits',
          text: 'The interrupt always forces a VM exit, and the hypervisor injects it at the next VM entry',
          correct: false,
          why: 'That is what happens without posted interrupts, and the ELI authors measured its cost. Posting removes the exit while the guest is running.',
        },
        {
          id: 'register-reads',
          text: 'The guest driver reads a status register of the card, and every read exits to the hypervisor',
          correct: false,
          why: "The virtual function's registers are mapped into the guest, so reading them would not exit; and the card marks received descriptors done in guest memory, where the driver looks.",
        },
      ],
    },
  ],
} satisfies QuizFile;
