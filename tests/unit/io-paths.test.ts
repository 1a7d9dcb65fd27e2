import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BATCH_CHOICES,
  compareRows,
  countHops,
  hopCost,
  IO_DESIGN_IDS,
  IO_DIRECTIONS,
  IRQ_MODES,
  ioPath,
  perPacket,
  type IoDesignId,
  type IoDirection,
  type IrqMode,
} from '../../src/model/io-paths';
import { DEFAULT_PACKET_STATE, packetSearch, parsePacketParams } from '../../src/model/packet-path-state';

const all = (irq: IrqMode, batch = 1, dir: IoDirection = 'tx') =>
  Object.fromEntries(compareRows(irq, batch, dir).map((r) => [r.design.id, r.counts]));

describe('packet paths', () => {
  it('an assigned virtual function has no VM exit and no copy anywhere on its send path', () => {
    for (const irq of IRQ_MODES) {
      const send = ioPath('sriov', irq).filter((h) => h.phase === 'send');
      expect(send.length).toBeGreaterThan(0);
      expect(countHops(send, 32)).toMatchObject({ exits: 0, copies: 0, switches: 0 });
    }
  });

  it('an assigned virtual function receives with no VM exit, no copy and no switch when interrupts are posted', () => {
    const hops = ioPath('sriov', 'posted', 'rx');
    expect(hops.some((h) => h.kind === 'dma')).toBe(true);
    expect(hops.some((h) => h.kind === 'direct-access')).toBe(true);
    for (const batch of BATCH_CHOICES)
      expect(countHops(hops, batch)).toMatchObject({ exits: 0, copies: 0, switches: 0 });
    // Without posted interrupts, the interrupt and its EOI are its only exits.
    const exits = ioPath('sriov', 'injected', 'rx').filter((h) => hopCost(h.kind).exits > 0);
    expect(exits.map((h) => h.kind)).toEqual(['interrupt-injected', 'eoi-trapped']);
  });

  it('an emulated NIC exits once for every register access, and every register access exits, both ways', () => {
    for (const dir of IO_DIRECTIONS)
      for (const irq of IRQ_MODES) {
        const hops = ioPath('emulated', irq, dir);
        const registerAccesses = hops.filter((h) => h.kind === 'trapped-access' || h.kind === 'direct-access');
        expect(registerAccesses.length).toBeGreaterThanOrEqual(3);
        expect(registerAccesses.every((h) => h.kind === 'trapped-access')).toBe(true);
        expect(countHops(hops, 1).exits).toBeGreaterThanOrEqual(registerAccesses.length);
      }
  });

  it('on receive, the frame is written into a buffer before the interrupt announces it', () => {
    for (const id of IO_DESIGN_IDS)
      for (const irq of IRQ_MODES) {
        const hops = ioPath(id, irq, 'rx');
        const written = hops.findIndex((h) => h.kind === 'copy' || h.kind === 'dma');
        const interrupt = hops.findIndex((h) => h.kind === 'interrupt-injected' || h.kind === 'interrupt-posted');
        expect(written).toBeGreaterThanOrEqual(0);
        expect(written).toBeLessThan(interrupt);
        expect(hops[interrupt]?.phase).toBe('handle');
        expect(hops.slice(0, interrupt).every((h) => h.phase === 'receive')).toBe(true);
      }
  });

  it('gives the receive counts of one packet with classic injected interrupts', () => {
    expect(all('injected', 1, 'rx')).toEqual({
      emulated: { exits: 5, copies: 2, switches: 9, packets: 1 },
      virtio: { exits: 2, copies: 2, switches: 3, packets: 1 },
      vhost: { exits: 2, copies: 1, switches: 1, packets: 1 },
      sriov: { exits: 2, copies: 0, switches: 0, packets: 1 },
    });
  });

  it('gives the round-trip counts of one packet with classic injected interrupts', () => {
    expect(all('injected')).toEqual({
      emulated: { exits: 5, copies: 2, switches: 8, packets: 1 },
      virtio: { exits: 3, copies: 1, switches: 3, packets: 1 },
      vhost: { exits: 3, copies: 1, switches: 1, packets: 1 },
      sriov: { exits: 2, copies: 0, switches: 0, packets: 1 },
    });
  });

  it('posted interrupts and a virtualized EOI remove exactly the two interrupt exits, both ways', () => {
    for (const dir of IO_DIRECTIONS) {
      const injected = all('injected', 1, dir);
      const posted = all('posted', 1, dir);
      for (const id of IO_DESIGN_IDS) expect(posted[id]?.exits).toBe((injected[id]?.exits ?? 0) - 2);
      expect(posted.sriov?.exits).toBe(0);
    }
  });

  it('orders the designs from most to fewest exits per packet, for every direction, batch and interrupt mode', () => {
    const order: IoDesignId[] = ['emulated', 'virtio', 'vhost', 'sriov'];
    for (const dir of IO_DIRECTIONS)
      for (const irq of IRQ_MODES)
        for (const batch of BATCH_CHOICES) {
          const rows = all(irq, batch, dir);
          const exits = order.map((id) => rows[id]?.exits ?? Number.NaN);
          expect([...exits].sort((a, b) => b - a)).toEqual(exits);
        }
  });

  it('batching drives virtio exits per packet below one, but leaves the emulated NIC at one or more', () => {
    const batched = all('injected', 32);
    expect(perPacket(batched.virtio?.exits ?? 99, 32)).toBeLessThan(1);
    expect(perPacket(batched.vhost?.exits ?? 99, 32)).toBeLessThan(1);
    expect(perPacket(batched.emulated?.exits ?? 0, 32)).toBeGreaterThanOrEqual(1);
  });

  it('only vhost and the assigned function keep every packet out of user space, both ways', () => {
    for (const dir of IO_DIRECTIONS) {
      const batched = all('posted', 8, dir);
      expect(batched.vhost?.switches).toBe(1);
      expect(batched.sriov?.switches).toBe(0);
      expect(batched.virtio?.switches).toBeGreaterThanOrEqual(8);
      expect(batched.emulated?.switches).toBeGreaterThanOrEqual(8);
    }
  });

  it('running counts never decrease and end at the total', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IO_DESIGN_IDS),
        fc.constantFrom(...IRQ_MODES),
        fc.constantFrom(...IO_DIRECTIONS),
        fc.integer({ min: 1, max: 64 }),
        (id, irq, dir, batch) => {
          const hops = ioPath(id, irq, dir);
          let prev = countHops(hops, batch, null);
          expect(prev).toMatchObject({ exits: 0, copies: 0, switches: 0 });
          hops.forEach((_, i) => {
            const now = countHops(hops, batch, i);
            expect(now.exits).toBeGreaterThanOrEqual(prev.exits);
            expect(now.copies).toBeGreaterThanOrEqual(prev.copies);
            expect(now.switches).toBeGreaterThanOrEqual(prev.switches);
            prev = now;
          });
          expect(prev).toEqual(countHops(hops, batch));
        },
      ),
    );
  });

  it('puts every send hop before every completion hop, every receive hop before handling, and ends with the EOI', () => {
    for (const id of IO_DESIGN_IDS)
      for (const irq of IRQ_MODES) {
        const tx = ioPath(id, irq, 'tx').map((h) => h.phase);
        expect(tx.indexOf('complete')).toBe(tx.lastIndexOf('send') + 1);
        expect(new Set(tx)).toEqual(new Set(['send', 'complete']));
        const rx = ioPath(id, irq, 'rx').map((h) => h.phase);
        expect(rx.indexOf('handle')).toBe(rx.lastIndexOf('receive') + 1);
        expect(new Set(rx)).toEqual(new Set(['receive', 'handle']));
        for (const dir of IO_DIRECTIONS)
          expect(ioPath(id, irq, dir).at(-1)?.kind).toBe(irq === 'posted' ? 'eoi-virtualized' : 'eoi-trapped');
      }
  });

  it('costs nothing for work in memory and one exit for a trapped access', () => {
    expect(hopCost('work')).toEqual({ exits: 0, copies: 0, switches: 0 });
    expect(hopCost('trapped-access')).toEqual({ exits: 1, copies: 0, switches: 0 });
  });
});

describe('packet-path URL state', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IO_DESIGN_IDS),
        fc.constantFrom(...IO_DIRECTIONS),
        fc.constantFrom(...IRQ_MODES),
        fc.constantFrom(...BATCH_CHOICES),
        fc.nat(),
        (design, dir, irq, batch, n) => {
          const k = n % (ioPath(design, irq, dir).length + 1);
          const hop = k === 0 ? null : k - 1;
          const state = { design, dir, irq, batch, hop };
          const parsed = parsePacketParams(new URLSearchParams(packetSearch(state)));
          expect(parsed).toEqual({ state, problems: [] });
        },
      ),
    );
  });

  it('falls back to the default for each bad part and says which', () => {
    const { state, problems } = parsePacketParams(
      new URLSearchParams('io=token-ring&dir=sideways&irq=psychic&batch=7&hop=999'),
    );
    expect(state).toEqual(DEFAULT_PACKET_STATE);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/no I\/O design called "token-ring"/);
    expect(problems[1]).toMatch(/Direction "sideways" is unknown/);
  });

  it('reads a receive hop against the receive path, and an old link without a direction as a send', () => {
    const rxLength = ioPath('sriov', 'posted', 'rx').length;
    expect(parsePacketParams(new URLSearchParams(`io=sriov&dir=rx&irq=posted&hop=${rxLength}`))).toEqual({
      state: { design: 'sriov', dir: 'rx', irq: 'posted', batch: 1, hop: rxLength - 1 },
      problems: [],
    });
    expect(parsePacketParams(new URLSearchParams('io=vhost&hop=2')).state.dir).toBe('tx');
  });

  it('keeps the good parts of a partly bad address, and never throws on arbitrary input', () => {
    expect(parsePacketParams(new URLSearchParams('io=vhost&hop=banana')).state).toEqual({
      ...DEFAULT_PACKET_STATE,
      design: 'vhost',
    });
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { state } = parsePacketParams(new URLSearchParams(s));
        expect(IO_DESIGN_IDS).toContain(state.design);
        expect(IO_DIRECTIONS).toContain(state.dir);
        expect(state.hop === null || state.hop < ioPath(state.design, state.irq, state.dir).length).toBe(true);
      }),
    );
  });
});
