import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { ScrollRegion } from '../shared/scroll-region';
import { CASE_COUNTS, CASE_KINDS, CASE_NAMES } from './case-kind';
import { casesSummary } from './cases-summary-data';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean };

const FIGURES = ['Net saving', 'Benefit–cost ratio', 'Payback year'] as const;

/** Both cases of every scenario in one table, the financial case on the left. */
export function CasesSummary({ model, results, basis, pence }: Props) {
  const rows = casesSummary(results, basis, pence);
  return (
    <ScrollRegion>
      <table className="data-table cases-summary">
        <caption>
          The financial and economic cases side by side ({basisLabel(basis, model)}; ratios and
          payback in present value)
        </caption>
        <thead>
          <tr>
            <td />
            {CASE_KINDS.map((kind) => (
              <th key={kind} scope="colgroup" colSpan={FIGURES.length}>
                {CASE_NAMES[kind]} ({CASE_COUNTS[kind]})
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">Scenario</th>
            {CASE_KINDS.flatMap((kind) =>
              FIGURES.map((figure) => (
                <th key={`${kind}-${figure}`} scope="col" className="num">
                  {figure}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.scenario}</th>
              {row.cells.map((cell, k) => (
                <td key={k} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
