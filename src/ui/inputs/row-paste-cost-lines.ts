/**
 * Cost lines pasted from a spreadsheet, checked by the model's own validation before anything changes:
 * the candidate lines are added to a copy of the model, the copy is read as a file is, and each problem
 * found at a candidate's path is listed against the pasted row it came from.
 */
import type { BearerFile, CostLineFile, ModelFile } from '../../model/model-file';
import { readModel } from '../../model/read-model';
import { COST_LINE_DEFAULTS, VALUE_TYPES, type ValueType } from '../../model/records/cost-line';
import { LIMITS } from '../../model/records/record-fields';
import { cleanMoneyText, percentTextToFraction } from '../shared/input-text';
import { newId } from '../shared/new-id';
import {
  cellsByField,
  findByIdOrName,
  MAX_PASTED_ROWS,
  matchColumns,
  parseDelimited,
  readPastedYear,
  readYesNo,
  type PastePreview,
  type PreviewRow,
} from './row-paste';

type Field =
  | 'name'
  | 'stream'
  | 'rate'
  | 'quantity'
  | 'unit'
  | 'unitCost'
  | 'priceYear'
  | 'valueType'
  | 'bearers'
  | 'cashable'
  | 'source';

/** The headings each column may have (compared ignoring case, spaces, punctuation and brackets). */
export const COST_LINE_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  name: ['name', 'cost line', 'line', 'description'],
  stream: ['caseload', 'stream', 'caseload stream'],
  rate: ['rate', 'rate per case', 'events per case'],
  quantity: ['quantity', 'qty', 'units per event'],
  unit: ['unit'],
  unitCost: ['unit cost', 'cost per unit', 'unit cost £'],
  priceYear: ['price year', 'year of prices', 'prices'],
  valueType: ['value type', 'value', 'type'],
  bearers: ['bearer', 'bearers', 'partner', 'partners', 'borne by', 'who bears it'],
  cashable: ['cashable'],
  source: ['source', 'sources', 'reference'],
};

/** The columns a paste must name for a line to make sense. */
const REQUIRED: readonly Field[] = ['name', 'stream', 'rate', 'unitCost', 'bearers'];

/** The heading row people are shown as an example, in the order a spreadsheet would hold it. */
export const COST_LINE_EXAMPLE_HEADINGS =
  'Name, Caseload, Rate, Quantity, Unit, Unit cost, Price year, Value type, Bearer, Cashable, Source';

const FIELD_NAMES: Record<Field, string> = {
  name: 'name',
  stream: 'caseload',
  rate: 'rate',
  quantity: 'quantity',
  unit: 'unit',
  unitCost: 'unit cost',
  priceYear: 'price year',
  valueType: 'value type',
  bearers: 'bearer',
  cashable: 'cashable',
  source: 'source',
};

type Candidate = {
  /** The line as it goes into the model (with raw text where a cell could not be read). */
  line: Record<string, unknown>;
  /** Problems found before the model is asked: a partner or value type not understood. */
  problems: string[];
  /** Replacements for the model's messages at a field, in the words of a paste (by field path). */
  friendlier: Map<string, string>;
};

function readValueType(cell: string): ValueType | null {
  const text = cell.trim().toLowerCase();
  if (text === '') return COST_LINE_DEFAULTS.valueType;
  return VALUE_TYPES.find((t) => text === t || text.startsWith(`${t} `)) ?? null;
}

/**
 * "Police" (bears it all), or several partners each with a share: "Police 60%; Housing 40%" (shares
 * may also be fractions: "Police 0.6"). Partners are named by name or id.
 */
function readBearers(
  cell: string,
  file: ModelFile,
): { bearers: BearerFile[]; problems: string[]; friendlier: Map<string, string> } {
  const problems: string[] = [];
  const friendlier = new Map<string, string>();
  const parts = cell
    .split(/[;|+]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0)
    return { bearers: [], problems: ['Say who bears this cost.'], friendlier };
  const bearers = parts.map((part, k) => {
    // A partner whose name ends in a number ("Partner 1") is read whole before looking for a share.
    const whole = findByIdOrName(file.partners, part);
    const match = whole ? null : /^(.*?)[\s:=]+(\d+(?:\.\d+)?)\s*(%?)$/.exec(part);
    const who = match ? (match[1] ?? '').trim() : part;
    let share = parts.length === 1 ? '1' : '';
    if (match) {
      const figure = match[2] ?? '';
      share = match[3] === '%' ? (percentTextToFraction(figure) ?? figure) : figure;
    } else if (parts.length > 1)
      problems.push(`Give ${who}’s share, e.g. “${who} 40%”: there is more than one bearer.`);
    const partner = whole ?? findByIdOrName(file.partners, who);
    if (!partner) friendlier.set(`bearers[${k}].partner`, `There is no partner called “${who}”.`);
    return { partner: partner?.id ?? who, share: share === '' ? '0' : share };
  });
  return { bearers, problems, friendlier };
}

function candidateOf(
  cells: Partial<Record<Field, string>>,
  id: string,
  file: ModelFile,
): Candidate {
  const problems: string[] = [];
  const friendlier = new Map<string, string>();
  const name = (cells.name ?? '').trim();
  if (name === '') problems.push('The line has no name.');
  const streamText = (cells.stream ?? '').trim();
  const stream = findByIdOrName(file.streams, streamText);
  if (!stream && streamText !== '')
    friendlier.set('stream', `There is no caseload stream called “${streamText}”.`);
  const priceText = (cells.priceYear ?? '').trim();
  const valueType = readValueType(cells.valueType ?? '');
  if (valueType === null)
    problems.push(
      `The value type should be fiscal, economic or social, not “${(cells.valueType ?? '').trim()}”.`,
    );
  const cashable = readYesNo(cells.cashable ?? '');
  if (cashable === null)
    problems.push(`Cashable should be yes or no, not “${(cells.cashable ?? '').trim()}”.`);
  const bearers = readBearers(cells.bearers ?? '', file);
  problems.push(...bearers.problems);
  for (const [at, message] of bearers.friendlier) friendlier.set(at, message);
  const quantity = (cells.quantity ?? '').trim();
  const line: Record<string, unknown> = {
    id,
    name,
    stream: stream?.id ?? streamText,
    rate: cleanMoneyText(cells.rate ?? ''),
    quantity: quantity === '' ? COST_LINE_DEFAULTS.quantity : cleanMoneyText(quantity),
    unit: (cells.unit ?? '').trim(),
    unitCost: cleanMoneyText(cells.unitCost ?? ''),
    priceYear: priceText === '' ? file.priceBaseYear : (readPastedYear(priceText) ?? priceText),
    bearers: bearers.bearers,
    valueType: valueType ?? COST_LINE_DEFAULTS.valueType,
    cashable: cashable ?? false,
    source: (cells.source ?? '').trim(),
  };
  return { line, problems, friendlier };
}

/** The model's problems at one candidate's path, as messages (in the paste's words where known). */
function problemsAt(
  problems: readonly { path: string; message: string }[],
  prefix: string,
  friendlier: Map<string, string>,
): string[] {
  const said = new Set<string>();
  for (const problem of problems) {
    if (problem.path !== prefix && !problem.path.startsWith(`${prefix}.`)) continue;
    const field = problem.path.slice(prefix.length + 1);
    said.add(friendlier.get(field) ?? problem.message);
  }
  return [...said];
}

function refuse(headings: string[], note: string): PastePreview<CostLineFile> {
  return { headings, rows: [], notes: [note], refused: true };
}

/** Reads a paste of cost lines and checks every row against the model `file` it would join. */
export function previewCostLinePaste(text: string, file: ModelFile): PastePreview<CostLineFile> {
  const [headings = [], ...data] = parseDelimited(text);
  if (headings.length === 0) return refuse([], 'Nothing was pasted.');
  const { columns, unknown, repeated } = matchColumns(headings, COST_LINE_COLUMNS);
  const missing = REQUIRED.filter((field) => !columns.includes(field));
  if (missing.length === REQUIRED.length)
    return refuse(
      headings,
      `The first row should name the columns, e.g. “${COST_LINE_EXAMPLE_HEADINGS}”.`,
    );
  if (data.length === 0) return refuse(headings, 'There are no rows under the heading row.');
  const room = LIMITS.costLines - file.costLines.length;
  if (data.length > Math.min(room, MAX_PASTED_ROWS))
    return refuse(
      headings,
      `This paste has ${data.length} rows, but the model has room for ${room} more cost ${room === 1 ? 'line' : 'lines'} (at most ${LIMITS.costLines}). Nothing was added.`,
    );

  const notes: string[] = [];
  if (missing.length > 0)
    notes.push(
      `No column is headed ${missing.map((f) => `“${FIELD_NAMES[f]}”`).join(', ')}: each row needs one.`,
    );
  if (unknown.length > 0)
    notes.push(`Columns not known, so left out: ${unknown.map((h) => `“${h}”`).join(', ')}.`);
  if (repeated.length > 0)
    notes.push(
      `Columns given twice, so only the first was read: ${repeated.map((h) => `“${h}”`).join(', ')}.`,
    );

  const ids: string[] = file.costLines.map((l) => l.id);
  const candidates = data.map((row) => {
    const id = newId('line', ids);
    ids.push(id);
    return candidateOf(cellsByField(row, columns), id, file);
  });
  const checked = readModel({
    ...file,
    costLines: [...file.costLines, ...candidates.map((c) => c.line)],
  });
  const problems = checked.ok ? [] : checked.problems;
  const rows = candidates.map((candidate, k): PreviewRow<CostLineFile> => {
    const prefix = `costLines[${file.costLines.length + k}]`;
    const found = [...candidate.problems, ...problemsAt(problems, prefix, candidate.friendlier)];
    return {
      rowNumber: k + 2,
      cells: data[k] ?? [],
      record: found.length === 0 ? (candidate.line as CostLineFile) : null,
      problems: found,
    };
  });
  return { headings, rows, notes, refused: false };
}
