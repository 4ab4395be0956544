import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { basisLabel } from '../shared/basis-label';
import { ScrollRegion } from '../shared/scroll-region';
import { CASE_COUNTS, CASE_KINDS, CASE_NAMES, caseFigures } from './case-kind';
import { casesSummary } from './cases-summary-data';
import { moneyHeader, moneyCell, numberCell, type CsvTable } from './csv-cells';
import { formatFinancialYear } from './format';
import { TableCsvButton } from './table-csv-button';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean };

const FIGURES = ['Net saving', 'Benefit–cost ratio', 'Payback year'] as const;

/** Both cases' net saving, ratio and payback per scenario, money to the penny. */
function summaryCsv(model: Model, results: Results, basis: Basis): Omit<CsvTable, 'title'> {
  const label = basisLabel(basis, model);
  return {
    header: [
      'Scenario',
      ...CASE_KINDS.flatMap((kind) => [
        moneyHeader(`${CASE_NAMES[kind]}: net saving`, label),
        `${CASE_NAMES[kind]}: benefit–cost ratio (present value)`,
        `${CASE_NAMES[kind]}: payback year (present value)`,
      ]),
    ],
    rows: results.scenarios.map((s) => [
      s.name || s.scenarioId,
      ...CASE_KINDS.flatMap((kind) => {
        const { headline } = caseFigures(s, kind);
        return [
          moneyCell(headline.netSaving[basis]),
          headline.bcr === null ? null : numberCell(headline.bcr.toDecimalPlaces(4)),
          headline.paybackYear === null
            ? 'Not within the horizon'
            : formatFinancialYear(headline.paybackYear),
        ];
      }),
    ]),
  };
}

/** Both cases of every scenario in one table, the financial case on the left. */
export function CasesSummary({ model, results, basis, pence }: Props) {
  const rows = casesSummary(results, basis, pence);
  return (
    <>
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
      <TableCsvButton
        title="The financial and economic cases side by side"
        table={() => summaryCsv(model, results, basis)}
      />
    </>
  );
}
