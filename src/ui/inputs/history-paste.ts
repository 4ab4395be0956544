/**
 * Reads a caseload history pasted from a spreadsheet: two columns (year and count, separated by tabs,
 * commas or semicolons) or a column of counts alone. Tolerates a heading row, blank lines, "2021/22"
 * years and thousands separators, and says line by line what it could not read. A paste longer than a
 * history can be is refused before any line is read, so a pasted column of thousands costs nothing.
 */
import { parseDecimal } from '../../model/field-reader';
import { LIMITS, YEAR_RANGE } from '../../model/records/record-fields';

export type PastedPoint = { year: number; count: string };

export type PasteOutcome = {
  /** Sorted by year. */
  points: PastedPoint[];
  layout: 'years-and-counts' | 'counts-only' | 'empty' | 'too-many';
  /** The first line, when it was a heading such as "Year  Cases". */
  heading: string | null;
  /** One sentence for each line (or column) that was not used. */
  notUnderstood: string[];
  /** Why nothing was read at all: the paste has more lines than a history may hold. */
  refused?: string;
};

type Count = { ok: true; value: string } | { ok: false; reason: string };

function unquote(cell: string): string {
  return cell
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
}

/** "1,120" or "1120.5" as a decimal string; thousands commas only where they belong. */
export function readCount(cell: string): Count {
  let text = unquote(cell).replace(/\s+/g, '');
  if (text === '') return { ok: false, reason: 'has no count' };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  const value = parseDecimal(text);
  if (value === null) return { ok: false, reason: `"${unquote(cell)}" is not a number of cases` };
  if (value.isNegative()) return { ok: false, reason: 'a count cannot be negative' };
  return { ok: true, value: value.toString() };
}

/** "2021", "2021/22", "2021-2022" or "FY 2021/22" as the year the financial year starts in. */
export function readYear(cell: string): number | null {
  const match = /^(?:FY\s*)?(\d{4})(?:\s*[/\-–]\s*(?:\d{2}|\d{4}))?$/i.exec(unquote(cell));
  if (!match) return null;
  const year = Number(match[1]);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

/** Splits one line into cells. A comma may separate columns or thousands, so numbers are tried whole. */
function splitCells(line: string): string[] {
  let cells: string[];
  if (line.includes('\t')) cells = line.split('\t');
  else if (line.includes(';')) cells = line.split(';');
  else if (line.includes(',')) {
    if (readCount(line).ok) cells = [line];
    else {
      const [head = '', ...rest] = line.split(',');
      const tail = rest.join(',');
      cells = [head, ...(readCount(tail).ok ? [tail] : rest)];
    }
  } else cells = line.trim().split(/\s+/);
  cells = cells.map(unquote);
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** The line as it reads on screen: tabs become spaces. */
function shorten(raw: string): string {
  const text = raw.replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

type Line = { number: number; text: string; cells: string[] };

function isHeading(line: Line): boolean {
  return /[A-Za-z]/.test(line.text) && !isDataLine(line);
}

function tooMany(count: number): PasteOutcome {
  const limit = LIMITS.history.toLocaleString('en-GB');
  return {
    points: [],
    layout: 'too-many',
    heading: null,
    notUnderstood: [],
    refused: `This paste has ${count.toLocaleString('en-GB')} lines of figures, but a history holds at most ${limit} years. Paste ${limit} lines or fewer; the history is unchanged.`,
  };
}

/** `startYear` is the model's first financial year: counts alone end the year before it. */
export function parseHistoryPaste(text: string, startYear: number): PasteOutcome {
  const rows = text.split(/\r\n|\r|\n/);
  const toLine = (raw: string, i: number): Line => ({
    number: i + 1,
    text: raw.trim(),
    cells: splitCells(raw),
  });
  // Counted before any line is read: only the first may be a heading.
  const filled = rows.reduce((n, raw) => (raw.trim() === '' ? n : n + 1), 0);
  const firstRow = rows.findIndex((raw) => raw.trim() !== '');
  const hasHeading = firstRow >= 0 && isHeading(toLine(rows[firstRow] ?? '', firstRow));
  const figures = filled - (hasHeading ? 1 : 0);
  if (figures > LIMITS.history) return tooMany(figures);

  const lines: Line[] = rows.map(toLine).filter((line) => line.text !== '');
  const notUnderstood: string[] = [];
  const say = (line: Line, reason: string) => {
    notUnderstood.push(`Line ${line.number} ("${shorten(line.text)}"): ${reason}.`);
  };
  let heading: string | null = null;
  if (hasHeading) heading = lines.shift()?.text ?? null;
  const firstData = lines[0];
  if (!firstData) return { points: [], layout: 'empty', heading, notUnderstood };

  if (firstData.cells.length === 1) {
    const counts: string[] = [];
    for (const line of lines) {
      if (line.cells.length > 1) {
        say(line, 'expected a count on its own, as on the first line');
        continue;
      }
      const count = readCount(line.cells[0] ?? '');
      if (count.ok) counts.push(count.value);
      else say(line, count.reason);
    }
    // Counts that would land before the earliest year a model holds are left out, and said so.
    const firstYear = startYear - counts.length;
    const early = Math.max(0, Math.min(counts.length, YEAR_RANGE.min - firstYear));
    if (early > 0)
      notUnderstood.push(
        `The first ${early === 1 ? 'count' : `${early} counts`} would fall before ${YEAR_RANGE.min}, the earliest year a model can hold, so ${early === 1 ? 'it was' : 'they were'} left out.`,
      );
    const points = counts
      .map((count, i) => ({ year: firstYear + i, count }))
      .filter((point) => point.year >= YEAR_RANGE.min);
    return { points, layout: 'counts-only', heading, notUnderstood };
  }

  const byYear = new Map<number, { count: string; line: number }>();
  let extraColumns = false;
  for (const line of lines) {
    const [yearCell = '', countCell = '', ...rest] = line.cells;
    if (line.cells.length < 2) {
      say(line, 'expected a year and a count, as on the first line');
      continue;
    }
    const year = readYear(yearCell);
    if (year === null) {
      say(line, `"${yearCell}" is not a year such as 2021 or 2021/22`);
      continue;
    }
    const count = readCount(countCell);
    if (!count.ok) {
      say(line, count.reason);
      continue;
    }
    const earlier = byYear.get(year);
    if (earlier) {
      say(line, `${year} was already given on line ${earlier.line}; the first figure was kept`);
      continue;
    }
    if (rest.some((cell) => cell !== '')) extraColumns = true;
    byYear.set(year, { count: count.value, line: line.number });
  }
  if (extraColumns) notUnderstood.push('Columns after the second were left out.');
  const points = [...byYear.entries()]
    .map(([year, { count }]) => ({ year, count }))
    .sort((a, b) => a.year - b.year);
  return { points, layout: 'years-and-counts', heading, notUnderstood };
}

function isDataLine(line: Line): boolean {
  const [a = '', b] = line.cells;
  return b === undefined ? readCount(a).ok : readYear(a) !== null && readCount(b).ok;
}
