import { formatMoney, formatPercent } from './format';
import type { Dec } from '../../model/decimal';
import type { FigureTable as Table, TableRow } from './chart-types';
import { ScrollRegion } from './scroll-region';

type Props = { table: Table; caption: string; pence: boolean };

function Row({ row, format, pence }: { row: TableRow; format: Table['format']; pence: boolean }) {
  const show = (value: Dec | null) =>
    value === null
      ? '–'
      : format === 'money'
        ? formatMoney(value, { pence })
        : formatPercent(value);
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell, i) => (
        <td key={i} className="num">
          {show(cell)}
        </td>
      ))}
    </tr>
  );
}

/** The figures behind a chart, as a table with a caption and header scopes. */
export function FigureTable({ table, caption, pence }: Props) {
  return (
    <ScrollRegion>
      <table className="data-table figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.label} row={row} format={table.format} pence={pence} />
          ))}
        </tbody>
        {table.foot.length > 0 && (
          <tfoot>
            {table.foot.map((row) => (
              <Row key={row.label} row={row} format={table.format} pence={pence} />
            ))}
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
