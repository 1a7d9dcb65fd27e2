import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'who-owns-gpa-to-hpa',
      prompt: 'In a virtual machine, who decides which host-physical page backs a given guest-physical page?',
      section: 'three-address-spaces',
      choices: [
        {
          id: 'hypervisor',
          text: 'The hypervisor',
          correct: true,
          why: "The GPA → HPA mapping is the hypervisor's alone; that is what lets it scatter, share, reclaim or swap guest memory without the guest noticing.",
        },
        {
          id: 'guest-kernel',
          text: 'The guest kernel, through its page tables',
          correct: false,
          why: 'The guest\'s page tables map guest-virtual to guest-physical addresses. The guest never learns where its "physical" memory really is.',
        },
        {
          id: 'guest-app',
          text: 'The guest application that touches the page',
          correct: false,
          why: 'An application only ever uses guest-virtual addresses; even its own kernel does not choose host pages.',
        },
        {
          id: 'fixed',
          text: 'Nobody: guest memory is one fixed, contiguous block of host RAM',
          correct: false,
          why: 'This is a common picture but not how hypervisors work: guest-physical memory is mapped page by page and can be shared, reclaimed or swapped.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'why-not-real-tables',
      prompt:
        "Before nested paging, why could a hypervisor not simply let the MMU walk the guest kernel's own page tables?",
      section: 'why-a-guest-cannot-have-real-page-tables',
      choices: [
        {
          id: 'wrong-numbers',
          text: 'Their entries hold guest-physical frame numbers, which are not real addresses, and a guest could use them to map any memory in the machine',
          correct: true,
          why: "Both problems at once: the numbers mean something only after the hypervisor's own translation, and trusting them would let one guest reach another's pages or the hypervisor's.",
        },
        {
          id: 'format',
          text: 'Guest page tables use a different format from the one the MMU understands',
          correct: false,
          why: 'An unmodified guest builds ordinary x86 page tables, in exactly the format the MMU reads. The format was never the issue; the contents were.',
        },
        {
          id: 'too-slow',
          text: 'The MMU would walk them too slowly',
          correct: false,
          why: "A walk of the guest's tables would be as fast as any other walk. The problem is correctness and isolation, not speed.",
        },
        {
          id: 'ring',
          text: 'The MMU refuses to walk tables built by code outside ring 0',
          correct: false,
          why: 'The MMU does not know or care which ring wrote a table. It walks whatever CR3 points at, which is exactly why that pointer must be controlled.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'shadow-events',
      prompt:
        'Under classic shadow paging, which of these guest events bring the hypervisor in? Choose all that apply.',
      section: 'tracking-the-guests-writes',
      choices: [
        {
          id: 'cr3',
          text: 'The guest kernel loads CR3 to switch to another process',
          correct: true,
          why: 'The real CR3 must point at a shadow, so the hypervisor intercepts the load and installs the shadow for the new guest table.',
        },
        {
          id: 'pte-write',
          text: 'The guest kernel writes an entry in a write-protected page table',
          correct: true,
          why: 'Guest page tables are mapped read-only in the shadows precisely so that such writes fault and the hypervisor can update the shadow.',
        },
        {
          id: 'hidden-fault',
          text: 'A guest process touches a page that the guest has mapped but the shadow has not yet filled in',
          correct: true,
          why: "This is a hidden page fault: the hypervisor copies the guest's mapping into the shadow and retries, and the guest never sees a fault.",
        },
        {
          id: 'tlb-hit',
          text: 'A guest process reads memory whose translation is already in the TLB',
          correct: false,
          why: 'A TLB hit involves no page walk at all, shadow or otherwise. Shadow paging costs nothing on the fast path; its costs are on page-table changes.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'lazy-resync',
      prompt:
        'True or false: a production shadow pager must trap every single write the guest makes to any of its page tables.',
      section: 'lazy-resynchronization',
      answer: false,
      whyTrue:
        'Trapping every write is the simple design, but KVM, Xen and VMware let leaf tables go out of sync and resynchronize them when the guest runs INVLPG or reloads CR3, which is when the guest must expect its change to take effect.',
      whyFalse:
        'Leaf tables may go out of sync and are brought back in line on INVLPG or a CR3 load. Real hardware may also use a stale TLB entry until the kernel flushes it, so a correct guest cannot tell the difference.',
    },
    {
      kind: 'single',
      id: 'walk-24',
      prompt:
        'With nested paging, 4-level guest page tables and a 4-level host table, how many memory references can one TLB miss take in the worst case (not counting the data access itself)?',
      section: 'the-two-dimensional-walk',
      choices: [
        {
          id: 'n24',
          text: '24',
          correct: true,
          why: 'Five host walks of 4 reads (for the guest CR3, the three inner guest pointers and the final guest-physical address) plus 4 guest entry reads: (4 + 1)(4 + 1) − 1 = 24.',
        },
        {
          id: 'n8',
          text: '8',
          correct: false,
          why: 'That would be one walk of each table, one after the other. But every guest pointer is a guest-physical address, so each needs its own host walk before the guest entry can be read.',
        },
        {
          id: 'n16',
          text: '16',
          correct: false,
          why: "4 × 4 forgets two things: the guest's CR3 must itself be translated, and so must the final guest-physical address of the data.",
        },
        {
          id: 'n4',
          text: '4, the same as on bare metal',
          correct: false,
          why: '4 is the native walk. Nested paging removes exits, but each of its guest reads needs a host translation first, so misses cost more.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'walk-huge-pages',
      prompt:
        'A hypervisor maps guest memory with 2 MiB pages in its nested table, and the guest also uses 2 MiB pages. What is the worst-case walk for 4-level tables on both sides now?',
      section: 'page-walk-caches-and-huge-pages',
      choices: [
        {
          id: 'n15',
          text: '15 references: both walks stop one level early, so (3 + 1)(3 + 1) − 1',
          correct: true,
          why: 'A 2 MiB page ends each walk after three levels. The guest has one pointer fewer to translate, and every host walk is one read shorter.',
        },
        {
          id: 'n24',
          text: 'Still 24: page size does not change the walk',
          correct: false,
          why: 'The page size decides where the walk stops. A 2 MiB entry is found one level above the 4 KiB entries, so the walk has fewer steps.',
        },
        {
          id: 'n19',
          text: '19 references: only the host walks get shorter',
          correct: false,
          why: '19 is right when only one side uses 2 MiB pages. Here both do, so both dimensions shrink.',
        },
        {
          id: 'n0',
          text: '0: huge pages never miss in the TLB',
          correct: false,
          why: 'Huge pages cover more memory per TLB entry, so they miss less often, but a miss still needs a walk.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'who-walks-nested',
      prompt:
        "With EPT or NPT, a guest process misses in the TLB. Which layer walks the guest's page tables and the nested table to find the translation?",
      section: 'nested-paging',
      architecture: 'hardware-assisted',
      answer: 'hardware',
      whyRight:
        "The processor's MMU walks both tables itself, with no VM exit; the hypervisor hears about it only if a guest-physical page turns out to be unmapped (an EPT violation).",
      whyWrong:
        'No software runs during a nested walk. That is the point of nested paging: the MMU does both translations, and only a missing host mapping causes an exit.',
      whyLayer: {
        base: 'The hypervisor builds the nested table, but the walk itself is done by the MMU; the hypervisor is called only on an EPT violation or nested page fault.',
        'g1-kernel':
          'The guest kernel built its own page tables and pointed CR3 at them, but it does not take part in the walk; it is involved only if its own mapping is missing.',
      },
    },
    {
      kind: 'pick-layer',
      id: 'who-keeps-shadows',
      prompt:
        'In a hypervisor that runs unmodified guests without nested paging, which layer builds the page tables that the MMU actually walks?',
      section: 'shadow-page-tables',
      architecture: 'full-virtualization',
      answer: 'base',
      whyRight:
        'The hypervisor builds shadow page tables that map guest-virtual addresses straight to host-physical ones, and points the real CR3 at them.',
      whyWrong:
        "Only the hypervisor knows both halves of the translation (the guest's tables and where guest memory really is), so only it can compose them into shadows.",
      whyLayer: {
        'g1-kernel':
          'The guest kernel builds its own tables, but they map to guest-physical addresses and the MMU never walks them; the hypervisor mirrors them in shadows.',
        hardware:
          'Without nested paging, the MMU can walk only one set of tables. It walks the shadows; it does not build them.',
      },
    },
    {
      kind: 'single',
      id: 'vpid-purpose',
      prompt: "What do Intel's VPID and AMD's ASID save?",
      section: 'tagging-the-tlb-vpid-and-asid',
      choices: [
        {
          id: 'flush',
          text: 'A TLB flush on every VM entry and exit, because entries are tagged with the virtual CPU they belong to',
          correct: true,
          why: "With a tag in every entry, the guest's and the hypervisor's translations can coexist, so switching between them keeps the TLB warm.",
        },
        {
          id: 'walk',
          text: 'The second dimension of the page walk',
          correct: false,
          why: 'Tags change which TLB entries survive a switch, not how long a miss takes. Shorter walks come from page-walk caches and huge pages.',
        },
        {
          id: 'exits',
          text: 'The VM exits caused by guest page-table writes',
          correct: false,
          why: 'Those exits belong to shadow paging and were removed by nested paging. VPID and ASID are about the TLB.',
        },
        {
          id: 'memory',
          text: 'Host memory, by sharing identical pages between guests',
          correct: false,
          why: 'That is content-based page sharing, a software technique of the hypervisor. VPID and ASID are tags in the TLB.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'balloon-why',
      prompt: 'What is the main advantage of ballooning over the hypervisor swapping guest pages to disk itself?',
      section: 'ballooning',
      choices: [
        {
          id: 'guest-chooses',
          text: "The guest's own memory manager chooses which pages to give up, using what it knows about them",
          correct: true,
          why: 'The balloon puts the guest under memory pressure, and the guest responds with its own policy, dropping clean caches before useful pages. The hypervisor alone cannot see which pages matter.',
        },
        {
          id: 'no-driver',
          text: 'It needs no cooperation from the guest',
          correct: false,
          why: 'It is the other way round: ballooning needs a driver inside the guest. Host swapping is the technique that needs no cooperation.',
        },
        {
          id: 'instant',
          text: 'It frees memory instantly, whatever the guest is doing',
          correct: false,
          why: 'The balloon can inflate only as fast as the guest frees pages, which is one reason hypervisors keep swapping as a last resort.',
        },
        {
          id: 'no-loss',
          text: 'The guest loses nothing, because the balloon only takes memory the guest would never use',
          correct: false,
          why: 'If the guest was using the memory, it must now page out or drop caches. Ballooning moves the cost to where the best choice can be made; it does not remove it.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'page-sharing-facts',
      prompt:
        "Which statements about content-based page sharing (VMware's TPS, Linux KSM) are accurate? Choose all that apply.",
      section: 'content-based-page-sharing',
      choices: [
        {
          id: 'cow',
          text: 'Identical pages are backed by one read-only host page, and a write gives the writer a private copy',
          correct: true,
          why: 'Sharing is copy-on-write: merged pages are mapped read-only, and the first write faults and breaks the sharing for that guest.',
        },
        {
          id: 'timing',
          text: 'The extra time a write to a merged page takes can reveal what another VM has in memory',
          correct: true,
          why: 'The copy-on-write fault is measurable, so an attacker can learn whether a page it guessed exists elsewhere. That is why sharing across VMs is now commonly disabled.',
        },
        {
          id: 'guest-driver',
          text: 'It needs a driver inside each guest to find the identical pages',
          correct: false,
          why: 'The hypervisor (or ksmd in the host kernel) scans and hashes pages itself; the guest is not involved. A guest driver is what ballooning needs.',
        },
        {
          id: 'huge-better',
          text: 'It finds more to share when guests are backed by 2 MiB host pages',
          correct: false,
          why: 'Two 2 MiB pages are far less likely to be identical than two 4 KiB pages, so huge pages leave sharing with little to do.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'double-paging',
      prompt:
        'True or false: when a hypervisor swaps guest pages to disk on its own, it can end up reading a page back from disk only so that the guest can write it to its own swap space.',
      section: 'host-swapping',
      answer: true,
      whyTrue:
        'This is double paging. The hypervisor cannot know which pages the guest is about to page out itself, so blind host swapping can move the same page twice.',
      whyFalse:
        "It can happen, and has a name: double paging. The hypervisor swaps out a page without knowing the guest's plans; when the guest later pages the same page out, the hypervisor must first bring it back in.",
    },
    {
      kind: 'single',
      id: 'direct-paging',
      prompt: 'How does a Xen paravirtualized guest keep its page tables safe without shadows or nested paging?',
      section: 'paravirtual-memory-direct-paging',
      choices: [
        {
          id: 'validated',
          text: 'Its tables hold real machine frames, are mapped read-only into the guest, and every update goes through a hypercall that Xen checks',
          correct: true,
          why: "That is direct paging: the MMU walks the guest's tables as they are, and Xen's validation makes sure each entry points only at frames the guest owns.",
        },
        {
          id: 'trust',
          text: 'Xen trusts the ported kernel, since its owner modified it',
          correct: false,
          why: 'Porting the kernel changes how it asks, not whether it is trusted. Xen still checks every update, so a buggy or hostile guest cannot map foreign memory.',
        },
        {
          id: 'ept',
          text: 'Xen turns on EPT for PV guests',
          correct: false,
          why: 'Classic PV guests were designed for processors without any virtualization support, so they cannot depend on EPT. Hardware-assisted guests (HVM, PVH) are the ones that use it.',
        },
        {
          id: 'copy',
          text: "Xen copies the guest's tables into its own memory on every context switch",
          correct: false,
          why: "Copying would be a form of shadowing, which direct paging avoids: the guest's own tables are the ones the MMU walks.",
        },
      ],
    },
  ],
} satisfies QuizFile;
