import { productsOf } from '../model/products';
import type { ArchitectureId } from '../model/types';

export default function ProductTable({ arch }: { arch: ArchitectureId }) {
  const list = productsOf(arch);
  return (
    <div className="table-scroll">
      <table className="product-table">
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Year</th>
            <th scope="col">Today</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.year}</td>
              <td>{p.current ? 'Still available' : 'Discontinued'}</td>
              <td>{p.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
