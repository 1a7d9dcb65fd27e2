import { compareRows, perPacket, type IoDesignId, type IoDirection, type IrqMode } from '../model/io-paths';

interface Props {
  readonly irq: IrqMode;
  readonly batch: number;
  readonly dir: IoDirection;
  readonly shown: IoDesignId;
}

/** One row per design for the same direction, batch and interrupt mode, drawn from the model. */
export function PacketPathCompare({ irq, batch, dir, shown }: Props) {
  const rows = compareRows(irq, batch, dir);
  return (
    <div className="table-scroll">
      <table className="packet-compare">
        <caption>
          Per packet {dir === 'rx' ? 'received' : 'sent'}, for a batch of {batch} with{' '}
          {irq === 'posted' ? 'posted' : 'injected'} interrupts
        </caption>
        <thead>
          <tr>
            <th scope="col">Design</th>
            <th scope="col">VM exits</th>
            <th scope="col">Copies</th>
            <th scope="col">Context switches</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ design, counts }) => (
            <tr key={design.id} className={design.id === shown ? 'is-shown' : undefined}>
              <th scope="row">
                {design.name}
                {design.id === shown ? <span className="visually-hidden">, shown above</span> : null}
              </th>
              <td>{perPacket(counts.exits, counts.packets)}</td>
              <td>{perPacket(counts.copies, counts.packets)}</td>
              <td>{perPacket(counts.switches, counts.packets)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
