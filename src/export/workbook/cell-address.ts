/** A1-style cell addresses and sheet-qualified references for the workbook's formulas. */

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `C7`, or `$C$7` when fixed. */
export function cell(column: number, row: number, fixed = false): string {
  return fixed ? `$${columnLetter(column)}$${row}` : `${columnLetter(column)}${row}`;
}

/** `C7:L7`, or fixed at both ends. */
export function range(
  fromColumn: number,
  fromRow: number,
  toColumn: number,
  toRow: number,
  fixed = false,
): string {
  return `${cell(fromColumn, fromRow, fixed)}:${cell(toColumn, toRow, fixed)}`;
}

/**
 * A reference to another sheet: the name always in quotes with any apostrophe doubled, so a sheet named
 * after a user's scenario is only ever a name inside a formula, never part of it.
 */
export function onSheet(sheetName: string, reference: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${reference}`;
}

/** `C$7`: the row fixed, the column free, for a year's figure on a heading row. */
export function rowFixed(column: number, row: number): string {
  return `${columnLetter(column)}$${row}`;
}
