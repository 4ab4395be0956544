/**
 * Writing cells: numbers as numbers with £, % and other formats; formulas with the app's figure as their
 * cached result; text always as a plain string (exceljs writes a string as text, so a name that starts
 * with = + - or @ stays text and never becomes a formula).
 */
import type { Worksheet } from 'exceljs';
import type { Dec } from '../../model/decimal';

export const FORMATS = {
  money: '"£"#,##0.00;[Red]-"£"#,##0.00',
  percent: '0.00%',
  factor: '0.000000',
  count: '#,##0.00',
  whole: '0',
  ratio: '0.000000',
} as const;
export type Format = keyof typeof FORMATS;

/** A cached result: a Dec or number, text ("none", "" for an empty cell), or a check's TRUE/FALSE. */
export type Cached = Dec | number | string | boolean;

/** Inputs a finance officer may change are shaded, so the live cells stand out from them. */
const INPUT_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2CC' },
} as const;

function plain(value: Cached): number | string | boolean {
  if (typeof value === 'object') return value.toNumber();
  return value;
}

export function writeText(
  ws: Worksheet,
  column: number,
  row: number,
  text: string,
  style: { bold?: boolean; wrap?: boolean } = {},
): void {
  const target = ws.getCell(row, column);
  target.value = text;
  if (style.bold) target.font = { bold: true };
  if (style.wrap) target.alignment = { wrapText: true, vertical: 'top' };
}

export function writeNumber(
  ws: Worksheet,
  column: number,
  row: number,
  value: Dec | number,
  format: Format,
  isInput = false,
): void {
  const target = ws.getCell(row, column);
  target.value = plain(value);
  target.numFmt = FORMATS[format];
  if (isInput) target.fill = INPUT_FILL;
}

/** A live formula (written without its leading =) and the app's figure as the cached result. */
export function writeFormula(
  ws: Worksheet,
  column: number,
  row: number,
  formula: string,
  result: Cached,
  format?: Format,
): void {
  const target = ws.getCell(row, column);
  target.value = { formula, result: plain(result) };
  if (format) target.numFmt = FORMATS[format];
}

/** A heading row of bold labels from `column` on. */
export function writeHeader(
  ws: Worksheet,
  row: number,
  labels: readonly string[],
  column = 1,
): void {
  labels.forEach((label, i) => {
    writeText(ws, column + i, row, label, { bold: true });
  });
}

/** Freezes the first `rows` rows and `columns` columns, so headings stay in view. */
export function freeze(ws: Worksheet, rows: number, columns = 0): void {
  ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows }];
}

export function setWidths(ws: Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

/** The note written beside every row whose figures the app works out by a schedule. */
export const BY_THE_APP = 'calculated by the app';

/** A running row: sections of a long sheet are written one under another. */
export type Cursor = { row: number };

/** A bold section title (and a note beside it) after a blank row; the cursor moves to the row after. */
export function writeSection(ws: Worksheet, at: Cursor, title: string, note?: string): void {
  at.row += 1;
  writeText(ws, 1, at.row, title, { bold: true });
  if (note) writeText(ws, 2, at.row, note);
  at.row += 1;
}
