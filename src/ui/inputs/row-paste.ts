/**
 * Rows pasted from a spreadsheet: cells separated by tabs (as Excel and Google Sheets copy them) or by
 * commas (a CSV file opened as text), with quoted cells that may hold the separator, doubled quotes or a
 * line break. The first row names the columns; each kind of row (cost lines, services) says which names
 * it knows, so columns can come in any order and unknown ones are left out and said so.
 */

/** The most rows one paste may add (the model's own limits are lower still). */
export const MAX_PASTED_ROWS = 500;

/** The separator of a paste: a tab if the first line has one, else a comma (outside quotes). */
function separatorOf(text: string): '\t' | ',' {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return firstLine.includes('\t') ? '\t' : ',';
}

/**
 * Splits delimited text into rows of cells. Quoted cells ("a, b" or "say ""hi""") keep their commas,
 * tabs, quotes and line breaks; cells are trimmed; blank rows are dropped.
 */
export function parseDelimited(text: string): string[][] {
  const separator = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    row.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c !== '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      // A quote opens a quoted cell only at the cell's start; elsewhere it is an ordinary character.
      quoted = true;
      wasQuoted = true;
      cell = '';
    } else if (char === separator) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text.charAt(i + 1) === '\n') i += 1;
      endRow();
    } else cell += char;
  }
  endRow();
  return rows;
}

/** A column heading as compared: lower case, letters and digits only ("Unit cost (£)" → "unitcost"). */
export function headingKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** Which known field each pasted column fills, from the heading row; null for a column not known. */
export function matchColumns<Field extends string>(
  headings: readonly string[],
  names: Readonly<Record<Field, readonly string[]>>,
): { columns: (Field | null)[]; unknown: string[]; repeated: string[] } {
  const byKey = new Map<string, Field>();
  for (const field of Object.keys(names) as Field[])
    for (const name of names[field]) byKey.set(headingKey(name), field);
  const seen = new Set<Field>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  const columns = headings.map((heading) => {
    const field = byKey.get(headingKey(heading)) ?? null;
    if (field === null) {
      if (heading.trim() !== '') unknown.push(heading.trim());
      return null;
    }
    if (seen.has(field)) {
      repeated.push(heading.trim());
      return null;
    }
    seen.add(field);
    return field;
  });
  return { columns, unknown, repeated };
}

/** One data row as the cells of each known column (missing cells are blank). */
export function cellsByField<Field extends string>(
  row: readonly string[],
  columns: readonly (Field | null)[],
): Partial<Record<Field, string>> {
  const cells: Partial<Record<Field, string>> = {};
  columns.forEach((field, i) => {
    if (field !== null) cells[field] = row[i] ?? '';
  });
  return cells;
}

/** "Yes", "y", "true", "1", "x" or "✓" → true; "no", "n", "false", "0" or blank → false; else null. */
export function readYesNo(cell: string): boolean | null {
  const text = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', '✓', '✔'].includes(text)) return true;
  if (['no', 'n', 'false', '0', ''].includes(text)) return false;
  return null;
}

/** "2024", "2024/25" or "2024-25" as the year the financial year starts in; null otherwise. */
export function readPastedYear(cell: string): number | null {
  const match = /^(\d{4})(?:\s*[/\-–]\s*(?:\d{2}|\d{4}))?$/.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

/** Finds a record by its id or (ignoring case and spacing) its name. */
export function findByIdOrName<T extends { id: string; name: string }>(
  records: readonly T[],
  text: string,
): T | undefined {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return undefined;
  return (
    records.find((r) => r.id === text.trim()) ??
    records.find((r) => r.name.trim().toLowerCase().replace(/\s+/g, ' ') === wanted)
  );
}

/** One pasted row as previewed: what it would become, or why it cannot be added. */
export type PreviewRow<Record> = {
  /** The row's number in the paste, counting the heading row as 1 (as a spreadsheet would). */
  rowNumber: number;
  /** The pasted cells, by column. */
  cells: string[];
  /** What the row would add; null when it has problems. */
  record: Record | null;
  problems: string[];
};

export type PastePreview<Record> = {
  headings: string[];
  rows: PreviewRow<Record>[];
  /** Problems with the paste as a whole (no heading row, too many rows, unknown columns). */
  notes: string[];
  /** True when nothing can be added at all (the notes say why). */
  refused: boolean;
};
