/**
 * The yearly layout shared by the Doing nothing, scenario and Contributions sheets: label and key in the
 * first two columns, one column per projection year, then totals in real terms, cash terms and present
 * value, then a check or note.
 */
import type { Worksheet } from 'exceljs';
import type { Dec } from '../../model/decimal';
import type { YearFactors } from '../../model/results';
import { totalsOf } from '../../model/year-factors';
import { range } from './cell-address';
import { writeFormula, writeNumber, writeText, type Cached, type Format } from './cell-writers';

export type YearColumns = {
  years: number;
  /** Column of year t. */
  of: (t: number) => number;
  first: number;
  last: number;
  real: number;
  cash: number;
  pv: number;
  note: number;
};

export const FIRST_YEAR_COLUMN = 3;

export function yearColumns(years: number): YearColumns {
  const first = FIRST_YEAR_COLUMN;
  const last = first + years - 1;
  return {
    years,
    of: (t) => first + t,
    first,
    last,
    real: last + 1,
    cash: last + 2,
    pv: last + 3,
    note: last + 4,
  };
}

/** Where a sheet finds the cash and discount factors (fixed ranges on the Doing nothing sheet). */
export type FactorRanges = { cash: string; discount: string; factors: YearFactors };

export type YearRow = {
  label: string;
  key?: string;
  /** The formula for year t; null writes the cached figures as values (rows calculated by the app). */
  formula: ((t: number, column: number) => string) | null;
  values: readonly Cached[];
  /** Number format; none for checks that show TRUE or FALSE. */
  format?: Format;
  /** Money rows get a real, cash and PV total (the values must then be Decs). */
  totals?: FactorRanges;
  note?: string | { formula: string; result: Cached };
};

export function writeYearRow(
  ws: Worksheet,
  columns: YearColumns,
  row: number,
  spec: YearRow,
): void {
  writeText(ws, 1, row, spec.label);
  if (spec.key !== undefined) writeText(ws, 2, row, spec.key);
  for (let t = 0; t < columns.years; t += 1) {
    const column = columns.of(t);
    const value = spec.values[t] ?? 0;
    if (spec.formula) writeFormula(ws, column, row, spec.formula(t, column), value, spec.format);
    else if (typeof value === 'number' || typeof value === 'object')
      writeNumber(ws, column, row, value, spec.format ?? 'whole');
    else writeText(ws, column, row, String(value));
  }
  if (spec.totals) {
    const decs = spec.values.filter((v): v is Dec => typeof v === 'object');
    const totals = totalsOf(decs, spec.totals.factors);
    const span = range(columns.first, row, columns.last, row);
    writeFormula(ws, columns.real, row, `SUM(${span})`, totals.real, spec.format);
    writeFormula(
      ws,
      columns.cash,
      row,
      `SUMPRODUCT(${span},${spec.totals.cash})`,
      totals.cash,
      spec.format,
    );
    writeFormula(
      ws,
      columns.pv,
      row,
      `SUMPRODUCT(${span},${spec.totals.discount})`,
      totals.pv,
      spec.format,
    );
  }
  if (typeof spec.note === 'string') writeText(ws, columns.note, row, spec.note);
  else if (spec.note) writeFormula(ws, columns.note, row, spec.note.formula, spec.note.result);
}

/** The span of a row over every year, e.g. `$C$12:$L$12`. */
export function yearSpan(columns: YearColumns, row: number, fixed = true): string {
  return range(columns.first, row, columns.last, row, fixed);
}
