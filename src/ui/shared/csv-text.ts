/**
 * Writes a table as CSV that Excel opens as it should: quoted by papaparse (loaded only when a download
 * is asked for), UTF-8 with a byte-order mark so "£" survives, lines ending CRLF. Text that a spreadsheet
 * would run as a formula is neutralised, as OWASP advises, by a leading single quote; numbers stay numbers.
 */
import type { CsvCell, CsvTable } from './csv-cells';

const BYTE_ORDER_MARK = '\uFEFF';

/** The characters a spreadsheet reads as the start of a formula (or that hide one behind them). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: "=HYPERLINK(…)" becomes "'=HYPERLINK(…)". */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? neutraliseText(cell) : cell.number;
}

/** The whole file's text: byte-order mark, header row, rows, each line ending CRLF. */
export async function csvText(table: Pick<CsvTable, 'header' | 'rows'>): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const data = [table.header.map(neutraliseText), ...table.rows.map((row) => row.map(cellText))];
  return `${BYTE_ORDER_MARK}${Papa.unparse(data, { newline: '\r\n' })}\r\n`;
}

/** A file name from a title, of safe characters only: "Net saving by year" → "net-saving-by-year.csv". */
export function safeFileName(title: string, extension: string): string {
  const stem = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${stem || 'table'}.${extension}`;
}
