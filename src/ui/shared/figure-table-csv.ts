/** The figures behind a chart or a figure table as CSV rows: exact numbers, the unit in each header. */
import type { Dec } from '../../model/decimal';
import type { FigureTable } from './chart-types';
import { moneyCell, moneyHeader, percentCell, type CsvCell, type CsvTable } from './csv-cells';

/**
 * `basis` (e.g. "Real terms, 2026/27 prices") goes into each money column's header; percentages are
 * written as per cent (12.5 for 12.5%). Rows set apart at the foot, such as totals, follow the rows.
 */
export function figureTableCsv(table: FigureTable, basis?: string): Omit<CsvTable, 'title'> {
  const isMoney = table.format === 'money';
  const cell = (value: Dec | null): CsvCell =>
    value === null ? null : isMoney ? moneyCell(value) : percentCell(value);
  return {
    header: [
      table.rowHeader,
      ...table.columns.map((c) => (isMoney ? moneyHeader(c, basis) : `${c} (%)`)),
    ],
    rows: [...table.rows, ...table.foot].map((row) => [row.label, ...row.cells.map(cell)]),
  };
}
