import { Dec } from '../../model/decimal';
import { formatMoney } from '../shared/format';
import type { RuleGrid } from '../shared/rule-shares-data';
import { ScrollRegion } from '../shared/scroll-region';
import { moneyCell, percentCell, type CsvTable } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

type Props = {
  grid: RuleGrid;
  caption: string;
  /** The table's title for its CSV file; the caption when not given. */
  title?: string;
};

/** Each rule's £ and % of the pool per partner, then the shortfall and the pool, always in present value. */
function ruleSharesCsv(grid: RuleGrid): Omit<CsvTable, 'title'> {
  const blanks = (amounts: readonly (Dec | null)[]) =>
    amounts.flatMap((amount) => [amount === null ? null : moneyCell(amount), null]);
  return {
    header: [
      'Partner',
      ...grid.columns.flatMap((c) => [
        `${c.label}${c.isCurrent ? ' (current rule)' : ''} (£, present value)`,
        `${c.label}${c.isCurrent ? ' (current rule)' : ''} (% of the pool)`,
      ]),
    ],
    rows: [
      ...grid.rows.map((row) => [
        row.name,
        ...row.cells.flatMap((cell) => [moneyCell(cell.contribution), percentCell(cell.share)]),
      ]),
      ...(grid.shortfall
        ? [['Shortfall (offers only; a surplus is negative)', ...blanks(grid.shortfall)]]
        : []),
      ['Total: the pool', ...blanks(grid.totals)],
    ],
  };
}

/** Shares to one decimal place, trailing zero kept, so the column lines up: "14.0%". */
function percent(share: Dec): string {
  return `${share.times(100).toFixed(1, Dec.ROUND_HALF_UP)}%`;
}

const currentClass = (isCurrent: boolean) => (isCurrent ? 'rule-table__current' : undefined);

/** Partners as rows, rules as columns (£ and % of the pool), the current rule marked, a total row. */
export function RuleSharesTable({ grid, caption, title }: Props) {
  return (
    <>
      <ScrollRegion>
        <table className="data-table rule-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Partner
              </th>
              {grid.columns.map((c) => (
                <th key={c.rule} scope="colgroup" colSpan={2} className={currentClass(c.isCurrent)}>
                  {c.label}
                  {c.isCurrent && (
                    <>
                      {' '}
                      <span className="rule-current">Current rule</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
            <tr>
              {grid.columns.map((c) => [
                <th
                  key={`${c.rule}-money`}
                  scope="col"
                  className={`num ${currentClass(c.isCurrent) ?? ''}`}
                >
                  £<span className="visually-hidden"> {c.label}</span>
                </th>,
                <th
                  key={`${c.rule}-share`}
                  scope="col"
                  className={`num ${currentClass(c.isCurrent) ?? ''}`}
                >
                  %<span className="visually-hidden"> {c.label}</span>
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.partnerId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, k) => {
                  const className = `num ${currentClass(grid.columns[k]?.isCurrent ?? false) ?? ''}`;
                  return [
                    <td key={`m${k}`} className={className}>
                      {formatMoney(cell.contribution, { pence: true })}
                    </td>,
                    <td key={`s${k}`} className={className}>
                      {percent(cell.share)}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {grid.shortfall && (
              <tr>
                <th scope="row">Shortfall (offers only; a surplus is negative)</th>
                {grid.shortfall.map((amount, k) => (
                  <td key={k} colSpan={2} className="num">
                    {amount === null ? '–' : formatMoney(amount, { pence: true })}
                  </td>
                ))}
              </tr>
            )}
            <tr className="row--total">
              <th scope="row">Total: the pool</th>
              {grid.totals.map((total, k) => (
                <td key={k} colSpan={2} className="num">
                  {formatMoney(total, { pence: true })}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <TableCsvButton title={title ?? caption} table={() => ruleSharesCsv(grid)} />
    </>
  );
}
