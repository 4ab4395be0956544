import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { CASE_NAMES, CASE_TITLES, type CaseKind } from '../shared/case-kind';
import { headlineTable } from '../shared/headline-data';
import { horizonWords } from './committee-report-summary';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model; results: Results; kind: CaseKind };

/** One case's headline figures in present value, each row with what it means, for a printed page. */
export function CommitteeReportCaseTable({ model, results, kind }: Props) {
  const table = headlineTable(results, 'pv', false, kind);
  return (
    <section aria-labelledby={`report-case-${kind}`} className="committee-report__block">
      <h4 id={`report-case-${kind}`}>{CASE_TITLES[kind]}</h4>
      <ScrollRegion>
        <table className="data-table committee-report__table">
          <caption>
            {CASE_NAMES[kind]}: headline figures over {horizonWords(model.horizonYears)} (
            {basisLabel('pv', model)})
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
                  <span className="committee-report__hint">{row.hint}</span>
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
