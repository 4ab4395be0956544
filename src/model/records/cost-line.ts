/**
 * A cost line: something that happens to a share of a stream's cases each year and costs the partners
 * who bear it (MODEL.md, "Costs of doing nothing"). Lines taken unchanged from the unit-cost library
 * travel in a link as the library id.
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader, type JsonObject } from '../field-reader';
import {
  findUnitCost,
  UNIT_COST_LIBRARY,
  type UnitCostEntry,
} from '../reference/unit-cost-library';
import { mapRecords, withoutDefaults, type Json, type JsonRecord } from './link-json';
import {
  checkDistinct,
  checkPartnerReference,
  checkSumsToOne,
  type KnownIds,
} from './record-checks';
import {
  decimalDefault,
  decimalText,
  FRACTION,
  LIMITS,
  NON_NEGATIVE,
  YEAR_RANGE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export type BearerFile = { partner: string; share: DecimalString };

/**
 * What kind of value a line's cost is (MODEL.md, "Words"): a public body's budget (the financial case),
 * lost output and other costs to the economy, or harm to victims' health and wellbeing.
 */
export const VALUE_TYPES = ['fiscal', 'economic', 'social'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

function isValueType(value: unknown): value is ValueType {
  return VALUE_TYPES.some((known) => known === value);
}

export type CostLineFile = {
  id: string;
  name: string;
  stream: string;
  rate: DecimalString;
  quantity?: DecimalString;
  unit?: string;
  unitCost: DecimalString;
  /** Defaults to the model's price base year. */
  priceYear?: number;
  bearers: BearerFile[];
  /** Defaults to fiscal. */
  valueType?: ValueType;
  /** Only a fiscal line may be cashable. */
  cashable?: boolean;
  source?: string;
};

export type Bearer = { partner: string; share: Dec };

export type CostLine = {
  id: string;
  name: string;
  stream: string;
  rate: Dec;
  quantity: Dec;
  unit: string;
  unitCost: Dec;
  priceYear: number;
  bearers: Bearer[];
  valueType: ValueType;
  cashable: boolean;
  source: string;
};

export const COST_LINE_DEFAULTS = {
  quantity: '1',
  unit: '',
  valueType: 'fiscal',
  cashable: false,
  source: '',
} as const satisfies Partial<CostLineFile>;

const QUANTITY_DEFAULT = decimalDefault(COST_LINE_DEFAULTS.quantity);

export const COST_LINE_SHORT_KEYS: ShortKeys<keyof CostLineFile | keyof BearerFile | 'library'> = {
  name: 'a',
  stream: 'S',
  rate: 'r',
  quantity: 'q',
  unit: 'u',
  unitCost: 'U',
  priceYear: 'Q',
  bearers: 'e',
  partner: 'o',
  share: 'z',
  valueType: 'vt',
  cashable: 'K',
  source: 'R',
  library: 'lb',
};

/** Where a new line starts: the caseload it follows and who bears it. */
type NewCostLine = { stream: string; bearers: BearerFile[] };

/** One partner bearing the whole cost; nobody when there is no partner yet. */
export function soleBearer(partner: string | undefined): BearerFile[] {
  return partner === undefined ? [] : [{ partner, share: '1' }];
}

/** A blank line for the user to fill in, at the model's base prices. */
export function createCostLine(
  id: string,
  start: NewCostLine & { priceBaseYear: number },
): CostLineFile {
  return {
    id,
    name: '',
    stream: start.stream,
    rate: '0',
    quantity: COST_LINE_DEFAULTS.quantity,
    unit: COST_LINE_DEFAULTS.unit,
    unitCost: '0',
    priceYear: start.priceBaseYear,
    bearers: start.bearers,
    valueType: COST_LINE_DEFAULTS.valueType,
    cashable: COST_LINE_DEFAULTS.cashable,
    source: COST_LINE_DEFAULTS.source,
  };
}

/**
 * The fields a line takes from a library entry (the same as `LIBRARY_FIELDS`); a link names the entry
 * instead while they all match.
 */
function libraryFields(entry: UnitCostEntry) {
  return {
    name: entry.name,
    unitCost: entry.unitCost,
    priceYear: entry.priceYear,
    unit: entry.unit,
    source: entry.source,
  };
}
const LIBRARY_FIELDS = new Set(['name', 'unitCost', 'priceYear', 'unit', 'source']);

/** A line from a library entry, of its value type and cashable default, at a rate the user still has to set. */
export function costLineFromEntry(
  id: string,
  entry: UnitCostEntry,
  start: NewCostLine & { rate: DecimalString },
): CostLineFile {
  return {
    id,
    name: entry.name,
    stream: start.stream,
    rate: start.rate,
    quantity: COST_LINE_DEFAULTS.quantity,
    unit: entry.unit,
    unitCost: entry.unitCost,
    priceYear: entry.priceYear,
    bearers: start.bearers,
    valueType: entry.valueType,
    // Only fiscal value can be cashable (MODEL.md, "Words"), whatever the entry suggests.
    cashable: entry.valueType === 'fiscal' && entry.cashable,
    source: entry.source,
  };
}

export function readCostLine(
  r: FieldReader,
  value: unknown,
  path: string,
  priceBaseYear: number,
): CostLine | null {
  const obj = r.object(value, path, 'A cost line');
  if (!obj) return null;
  const bearers = r.objects(
    r.list(obj, 'bearers', path, 'Who bears the cost', LIMITS.partners),
    joinPath(path, 'bearers'),
    'A bearer',
    (bearer, at) => ({
      partner: r.reference(bearer, 'partner', at, 'partner who bears this cost'),
      share: r.decimal(bearer, 'share', at, 'The share', FRACTION),
    }),
  );
  return {
    id: r.id(obj, path, 'cost line'),
    name: r.text(obj, 'name', path, 'The cost line name'),
    stream: r.reference(obj, 'stream', path, 'caseload stream this cost follows'),
    rate: r.decimal(obj, 'rate', path, 'The rate (events per case per year)', NON_NEGATIVE),
    quantity: r.decimal(
      obj,
      'quantity',
      path,
      'The quantity (units per event)',
      NON_NEGATIVE,
      QUANTITY_DEFAULT,
    ),
    unit: r.text(obj, 'unit', path, 'The unit'),
    unitCost: r.decimal(obj, 'unitCost', path, 'The unit cost', NON_NEGATIVE),
    priceYear: r.integer(obj, 'priceYear', path, 'The price year', YEAR_RANGE, priceBaseYear),
    bearers,
    ...readValue(r, obj, path),
    source: r.text(obj, 'source', path, 'The source', 1000),
  };
}

/** The line's value type, and whether it is cashable: only fiscal value can be. */
function readValue(
  r: FieldReader,
  obj: JsonObject,
  path: string,
): Pick<CostLine, 'valueType' | 'cashable'> {
  const given = obj.valueType ?? COST_LINE_DEFAULTS.valueType;
  if (!isValueType(given))
    r.report(
      joinPath(path, 'valueType'),
      'Choose the value type: fiscal (public budgets), economic or social.',
    );
  const valueType = isValueType(given) ? given : COST_LINE_DEFAULTS.valueType;
  const cashable = r.boolean(obj, 'cashable', path, 'Cashable', COST_LINE_DEFAULTS.cashable);
  if (cashable && valueType !== 'fiscal')
    r.report(
      joinPath(path, 'cashable'),
      `Only a fiscal cost can be cashable: this line's value is ${valueType}. Untick cashable or make the line fiscal.`,
    );
  return { valueType, cashable };
}

/** The stream and partners a line names exist, and its bearers' shares make up the whole cost. */
export function checkCostLineReferences(
  r: FieldReader,
  line: CostLine,
  path: string,
  known: KnownIds,
): void {
  if (line.stream !== '' && !known.streams.has(line.stream))
    r.report(joinPath(path, 'stream'), `There is no caseload stream with the id "${line.stream}".`);
  const bearersPath = joinPath(path, 'bearers');
  if (line.bearers.length === 0)
    r.report(bearersPath, 'Say who bears this cost: at least one partner.');
  line.bearers.forEach((b, k) => {
    checkPartnerReference(r, known, b.partner, joinPath(joinPath(bearersPath, k), 'partner'));
  });
  checkDistinct(
    r,
    line.bearers.map((b) => b.partner),
    bearersPath,
    'partner',
    'The partner',
  );
  checkSumsToOne(
    r,
    line.bearers.map((b) => b.share),
    bearersPath,
    'The bearer shares',
  );
}

/** The line's price year is in the price index (`where` names the index for the message). */
export function checkCostLinePriceYear(
  r: FieldReader,
  line: CostLine,
  path: string,
  priceIndex: ReadonlyMap<number, Dec>,
  where: string,
): void {
  const at = joinPath(path, 'priceYear');
  if (!r.hasProblemAt(at) && !priceIndex.has(line.priceYear))
    r.report(at, `There is no entry for the price year ${line.priceYear} in ${where}.`);
}

export function writeCostLine(line: CostLine): CostLineFile {
  return {
    id: line.id,
    name: line.name,
    stream: line.stream,
    rate: decimalText(line.rate),
    quantity: decimalText(line.quantity),
    unit: line.unit,
    unitCost: decimalText(line.unitCost),
    priceYear: line.priceYear,
    bearers: line.bearers.map((b) => ({ partner: b.partner, share: decimalText(b.share) })),
    valueType: line.valueType,
    cashable: line.cashable,
    source: line.source,
  };
}

/** The library entry a cost line was taken from, if its published fields are unchanged. */
function libraryMatch(line: CostLineFile): string | null {
  const entry = UNIT_COST_LIBRARY.find(
    (e) =>
      e.name === line.name &&
      e.unitCost === line.unitCost &&
      e.priceYear === line.priceYear &&
      e.unit === (line.unit ?? COST_LINE_DEFAULTS.unit) &&
      e.source === (line.source ?? COST_LINE_DEFAULTS.source),
  );
  return entry?.id ?? null;
}

/** A sole bearer of the whole cost is written as its partner id; otherwise [partner, share] pairs. */
function compactBearers(bearers: CostLineFile['bearers']): Json {
  const [only] = bearers;
  if (bearers.length === 1 && only?.share === '1') return only.partner;
  return bearers.map((b) => [b.partner, b.share]);
}

function expandBearers(value: Json | undefined): Json | undefined {
  if (typeof value === 'string') return [{ partner: value, share: '1' }];
  if (!Array.isArray(value)) return value;
  return value.map((pair) =>
    Array.isArray(pair) ? { partner: pair[0] ?? null, share: pair[1] ?? null } : pair,
  );
}

/** A line in a link: defaults left out, library fields replaced by the entry's id, bearers shortened. */
export function compactCostLine(line: CostLineFile): JsonRecord {
  const fields = withoutDefaults(line, COST_LINE_DEFAULTS);
  const library = libraryMatch(line);
  const kept = library
    ? Object.fromEntries(Object.entries(fields).filter(([key]) => !LIBRARY_FIELDS.has(key)))
    : fields;
  return { ...kept, bearers: compactBearers(line.bearers), ...(library ? { library } : {}) };
}

export function expandCostLines(lines: Json | undefined): Json | undefined {
  return mapRecords(lines, (line) => {
    const entry = typeof line.library === 'string' ? findUnitCost(line.library) : undefined;
    const { library, ...rest } = line;
    const given = entry ? rest : line;
    return {
      ...COST_LINE_DEFAULTS,
      ...(entry ? libraryFields(entry) : {}),
      ...given,
      bearers: expandBearers(given.bearers) ?? null,
    };
  });
}
