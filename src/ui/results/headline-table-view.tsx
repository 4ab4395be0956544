import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { headlineTable } from './headline-data';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean };

/** Headline figures for every scenario beside doing nothing. */
export function HeadlineTableView({ model, results, basis, pence }: Props) {
  const table = headlineTable(results, basis, pence);
  const label = basisLabel(basis, model);
  return (
    <section aria-labelledby="headline-heading" className="results-section">
      <h3 id="headline-heading">Headline figures</h3>
      <ScrollRegion>
        <table className="data-table headline-table">
          <caption>
            Headline figures over {model.horizonYears} years ({label})
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {table.columns.map((c) => (
                <th key={c} scope="col" className="num">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {row.label}
                  <span className="headline-table__hint">{row.hint}</span>
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className="num">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
