/**
 * The cells of a table taken out as CSV: text, or a plain number written exactly from its decimal (never
 * through floating point), with the unit in the column's header rather than in the cell.
 */
import { Dec, type Dec as DecType } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';

/** A number as the text a spreadsheet reads as a number: "-1234.50", "12.5", "2026". */
export type CsvNumber = { readonly number: string };

/** Text (made safe for a spreadsheet when written), a number, or nothing (an empty cell). */
export type CsvCell = string | CsvNumber | null;

/** A table ready to write: its title names the file; the header row and then the rows. */
export type CsvTable = { title: string; header: string[]; rows: CsvCell[][] };

/** Money to the penny, half up: "-1234.50". */
export function moneyCell(amount: DecType): CsvNumber {
  return { number: amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) };
}

/** A fraction as a percentage, to at most four places: 0.125 → "12.5" (the header says %). */
export function percentCell(fraction: DecType): CsvNumber {
  return { number: fraction.times(100).toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed() };
}

/** A count, a year or another plain number: in full, or to at most `places` decimal places (half up). */
export function numberCell(value: DecType | number, places?: number): CsvNumber {
  if (typeof value === 'number') return { number: String(value) };
  const shown = places === undefined ? value : value.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return { number: shown.toFixed() };
}

/** What a person typed in a number field: a number when it reads as one, else the text itself. */
export function typedNumberCell(text: string): CsvCell {
  const value = parseDecimal(text);
  return value ? numberCell(value) : text;
}

/** "Net saving (£, real terms, 2026/27 prices)": the unit and basis of a money column. */
export function moneyHeader(label: string, basis?: string): string {
  return basis ? `${label} (£, ${basis.charAt(0).toLowerCase()}${basis.slice(1)})` : `${label} (£)`;
}
