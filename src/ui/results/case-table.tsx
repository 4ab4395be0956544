import { useId } from 'react';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { ScrollRegion } from '../shared/scroll-region';
import { CASE_NAMES, CASE_TITLES, type CaseKind } from '../shared/case-kind';
import { headlineTable } from '../shared/headline-data';
import { headlineCsv } from '../shared/headline-csv';
import { TableCsvButton } from '../shared/table-csv-button';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean; kind: CaseKind };

/** One case's headline figures, doing nothing and each scenario as columns: a card that reads on its own. */
export function CaseTable({ model, results, basis, pence, kind }: Props) {
  const headingId = useId();
  const table = headlineTable(results, basis, pence, kind);
  const years = `${model.horizonYears} ${model.horizonYears === 1 ? 'year' : 'years'}`;
  return (
    <section aria-labelledby={headingId} className="case-card" style={CARD_STYLE}>
      <h4 id={headingId}>{CASE_TITLES[kind]}</h4>
      <ScrollRegion>
        <table className="data-table headline-table">
          <caption>
            {CASE_NAMES[kind]}: headline figures over {years} ({basisLabel(basis, model)})
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
      <TableCsvButton
        title={`${CASE_NAMES[kind]}: headline figures`}
        table={() => headlineCsv(results, basis, kind, basisLabel(basis, model))}
      />
    </section>
  );
}

/** Each card takes half a wide screen and the whole of a narrow one (the cards wrap, so they stack). */
const CARD_STYLE = { flex: '1 1 34rem', minWidth: 0 } as const;
