import { formatMoney, formatPercent } from './format';
import type { Dec } from '../../model/decimal';
import type { FigureTable as Table, TableRow } from './chart-types';
import { figureTableCsv } from './figure-table-csv';
import { ScrollRegion } from './scroll-region';
import { TableCsvButton } from './table-csv-button';

type Props = {
  table: Table;
  caption: string;
  pence: boolean;
  /** The table's title for its CSV file; the caption when not given. */
  title?: string;
  /** The basis of the money, for the CSV's column headers (e.g. "Real terms, 2026/27 prices"). */
  basis?: string;
  /** False where the CSV is offered elsewhere, as beside a chart. */
  hasDownload?: boolean;
};

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

/** The figures behind a chart, as a table with a caption and header scopes, and a CSV of them. */
export function FigureTable({ table, caption, pence, title, basis, hasDownload = true }: Props) {
  return (
    <>
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
      {hasDownload && (
        <TableCsvButton title={title ?? caption} table={() => figureTableCsv(table, basis)} />
      )}
    </>
  );
}
