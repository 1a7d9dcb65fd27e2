import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TraceControls } from '../diagram/TraceControls';
import { useTracePlayer } from '../diagram/useTracePlayer';
import { useHydrated } from '../lib/useHydrated';
import {
  countHops,
  describeCost,
  getIoDesign,
  hopCost,
  hopKindLabel,
  IO_LAYER_LABELS,
  IO_PHASE_LABELS,
  ioPath,
  perPacket,
} from '../model/io-paths';
import { packetSearch, parsePacketParams, type PacketPathState } from '../model/packet-path-state';
import { clampStep, type Step } from '../model/step';
import { PacketPathChoices } from './PacketPathChoices';
import { PacketPathCompare } from './PacketPathCompare';
import { PacketPathLanes } from './PacketPathLanes';

const STATE_KEYS = ['io', 'dir', 'irq', 'batch', 'hop'];

/**
 * The packet-path explorer: pick an I/O design and a direction, step one packet's send and its
 * completion interrupt (or its arrival and the interrupt that announces it) through the layers, and
 * watch the exits, copies and context switches add up. Its state lives in the address (io, dir, irq,
 * batch, hop), so a link opens exactly this view.
 */
export default function PacketPath() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const parsed = useMemo(() => parsePacketParams(hydrated ? params : new URLSearchParams()), [hydrated, params]);
  // The learner's own choices are the view's source of truth once made; the address follows them
  // (replace, no history entry), so a copied link or a reload opens the same state.
  const [own, setOwn] = useState<PacketPathState | null>(null);
  const state = own ?? parsed.state;
  const problems = own ? [] : parsed.problems;
  const hops = ioPath(state.design, state.irq, state.dir);
  const setState = useCallback(
    (next: PacketPathState) => {
      setOwn(next);
      const search = new URLSearchParams(window.location.search);
      STATE_KEYS.forEach((k) => search.delete(k));
      new URLSearchParams(packetSearch(next)).forEach((v, k) => search.set(k, v));
      void navigate(
        { search: search.toString(), hash: window.location.hash },
        { replace: true, preventScrollReset: true },
      );
    },
    [navigate],
  );
  const { design: designId, dir, irq, batch } = state;
  const setHop = useCallback(
    (hop: Step) => setState({ design: designId, dir, irq, batch, hop }),
    [setState, designId, dir, irq, batch],
  );
  const player = useTracePlayer(state.hop, hops.length, setHop);
  const design = getIoDesign(state.design);
  const current = state.hop === null ? undefined : hops[state.hop];
  const sofar = countHops(hops, state.batch, state.hop);
  const times = current?.repeat === 'per-packet' ? state.batch : 1;
  const done = state.hop === hops.length - 1;
  return (
    <figure className="packet-path" aria-label="Explorer: one packet's path" data-interactive={hydrated}>
      {problems.map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      <PacketPathChoices
        state={state}
        interactive={hydrated}
        onChange={(next) => {
          player.stop();
          setState(next);
        }}
      />
      <p className="packet-summary">{design.summary}</p>
      <PacketPathLanes hops={hops} current={state.hop} />
      <div className="visually-hidden">
        <p>
          {design.name}, {dir === 'rx' ? 'receiving' : 'sending'}{' '}
          {state.batch === 1 ? 'one packet' : `a batch of ${state.batch} packets`}. The path, hop by hop:
        </p>
        <ol>
          {hops.map((h, i) => (
            <li key={i}>
              {IO_LAYER_LABELS[h.layer]}: {h.caption}{' '}
              {describeCost(hopCost(h.kind), h.repeat === 'per-packet' ? state.batch : 1)}
            </li>
          ))}
        </ol>
      </div>
      <figcaption className="trace-caption">
        <div className="trace-step" aria-live="polite">
          {current && state.hop !== null ? (
            <p>
              <span className="step-count">
                Hop {state.hop + 1} of {hops.length}
              </span>{' '}
              <span className="step-where">
                {IO_PHASE_LABELS[current.phase]} · {IO_LAYER_LABELS[current.layer]} · {hopKindLabel(current.kind)}
                {current.repeat === 'per-batch' && state.batch > 1 ? ' · once per batch' : ''}
              </span>
              <br />
              {current.caption} <strong>{describeCost(hopCost(current.kind), times)}</strong>
            </p>
          ) : (
            <p>Press Play or Forward to {dir === 'rx' ? 'receive' : 'send'} the packet.</p>
          )}
        </div>
        <dl
          className="packet-counts"
          aria-label={`Running count for ${state.batch === 1 ? 'one packet' : `${state.batch} packets`}`}
        >
          <div>
            <dt>VM exits</dt>
            <dd>{sofar.exits}</dd>
          </div>
          <div>
            <dt>Copies</dt>
            <dd>{sofar.copies}</dd>
          </div>
          <div>
            <dt>Context switches</dt>
            <dd>{sofar.switches}</dd>
          </div>
        </dl>
        {done && state.batch > 1 ? (
          <p className="packet-per">
            Per packet: {perPacket(sofar.exits, state.batch)} exits, {perPacket(sofar.copies, state.batch)} copies,{' '}
            {perPacket(sofar.switches, state.batch)} context switches.
          </p>
        ) : null}
      </figcaption>
      <TraceControls
        step={state.hop}
        total={hops.length}
        playing={player.playing}
        onPlay={player.play}
        onStep={(s) => {
          player.stop();
          setHop(clampStep(s, hops.length));
        }}
        label="the packet path"
        interactive={hydrated}
      />
      <PacketPathCompare irq={irq} batch={batch} dir={dir} shown={state.design} />
    </figure>
  );
}
