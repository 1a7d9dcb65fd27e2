import { hopCost, IO_LAYER_LABELS, IO_LAYERS, type Hop } from '../model/io-paths';
import type { Step } from '../model/step';

/**
 * The picture: one row per layer, one column per hop, a mark where each hop happens. Hidden from
 * screen readers, which get the text twin instead. Exits are a different shape as well as colour.
 */
export function PacketPathLanes({ hops, current }: { readonly hops: readonly Hop[]; readonly current: Step }) {
  return (
    <div className="packet-lanes" aria-hidden="true" style={{ '--hops': hops.length } as React.CSSProperties}>
      {IO_LAYERS.map((layer) => (
        <div className={current !== null && hops[current]?.layer === layer ? 'lane is-active' : 'lane'} key={layer}>
          <span className="lane-label">{IO_LAYER_LABELS[layer]}</span>
          {hops.map((h, i) => {
            if (h.layer !== layer) return <span className="hop-cell" key={i} />;
            const cost = hopCost(h.kind);
            const classes = [
              'hop-mark',
              cost.exits > 0 ? 'is-exit' : cost.copies > 0 ? 'is-copy' : cost.switches > 0 ? 'is-switch' : '',
              current === null ? '' : i < current ? 'is-past' : i === current ? 'is-current' : '',
              h.phase === 'complete' ? 'is-completion' : '',
            ];
            return (
              <span className="hop-cell" key={i}>
                <span className={classes.filter(Boolean).join(' ')} />
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
