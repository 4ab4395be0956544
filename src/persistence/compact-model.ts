/**
 * The compact form of a model used inside share links: defaults left out, cost lines that match the
 * built-in library replaced by the library id, and short keys. `expandModel(compactModel(f))` gives back
 * the canonical file (every default spelled out), so a link round-trips exactly.
 */
import type { CostLineFile, ModelFile, ScenarioFile, ServiceFile } from '../model/model-file';
import { findUnitCost, UNIT_COST_LIBRARY } from '../model/reference/unit-cost-library';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

/** Long key → short key. Short keys never equal a long key, so unknown keys pass through untouched. */
const SHORT_KEYS: Record<string, string> = {
  title: 'T',
  area: 'A',
  notes: 'N',
  startYear: 'Y',
  horizonYears: 'H',
  priceBaseYear: 'P',
  discountRate: 'D',
  inflationRate: 'I',
  priceIndex: 'X',
  partners: 'p',
  streams: 's',
  costLines: 'c',
  services: 'v',
  scenarios: 'n',
  name: 'a',
  kind: 'k',
  history: 'h',
  year: 'y',
  count: 'C',
  trend: 't',
  method: 'm',
  base: 'b',
  rate: 'r',
  baseYear: 'B',
  values: 'V',
  stream: 'S',
  quantity: 'q',
  unit: 'u',
  unitCost: 'U',
  priceYear: 'Q',
  bearers: 'e',
  partner: 'o',
  share: 'z',
  cashable: 'K',
  source: 'R',
  annualCost: 'x',
  setupCost: 'j',
  renewalCost: 'w',
  rampUpMonths: 'M',
  dropOffPerYear: 'd',
  optimismBias: 'O',
  effects: 'f',
  costLine: 'l',
  reduction: 'g',
  fundedYears: 'F',
  contractYears: 'L',
  renewalGapMonths: 'G',
  rampRestartsOnRenewal: 'E',
  effectiveness: 'Z',
  contributions: 'W',
  rule: 'i',
  contributors: 'J',
  shares: 'sh',
  offers: 'of',
  annual: 'an',
  library: 'lb',
};
const LONG_KEYS = Object.fromEntries(
  Object.entries(SHORT_KEYS).map(([long, short]) => [short, long]),
);

function renameKeys(value: Json, names: Record<string, string>): Json {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      Object.hasOwn(names, key) ? (names[key] ?? key) : key,
      renameKeys(item, names),
    ]),
  );
}

const LINE_DEFAULTS = { quantity: '1', unit: '', cashable: false, source: '' } as const;
const SERVICE_DEFAULTS = {
  setupCost: '0',
  renewalCost: '0',
  rampUpMonths: 0,
  dropOffPerYear: '0',
  optimismBias: '0',
} as const;
const SCENARIO_DEFAULTS = {
  renewalGapMonths: 0,
  rampRestartsOnRenewal: false,
  effectiveness: '1',
} as const;

function isJsonObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The item as plain JSON without the fields that equal their defaults. */
function withoutDefaults(item: object, defaults: Record<string, Json>): JsonObject {
  const json = toJson(item);
  if (!isJsonObject(json)) return {};
  return Object.fromEntries(Object.entries(json).filter(([key, value]) => defaults[key] !== value));
}

/** The library entry a cost line was taken from, if its published fields are unchanged. */
function libraryMatch(line: CostLineFile): string | null {
  const entry = UNIT_COST_LIBRARY.find(
    (e) =>
      e.name === line.name &&
      e.unitCost === line.unitCost &&
      e.priceYear === line.priceYear &&
      e.unit === (line.unit ?? '') &&
      e.source === (line.source ?? ''),
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

const LIBRARY_FIELDS = new Set(['name', 'unitCost', 'priceYear', 'unit', 'source']);

function compactLine(line: CostLineFile): JsonObject {
  const fields = withoutDefaults(line, LINE_DEFAULTS);
  const library = libraryMatch(line);
  const kept = library
    ? Object.fromEntries(Object.entries(fields).filter(([key]) => !LIBRARY_FIELDS.has(key)))
    : fields;
  return { ...kept, bearers: compactBearers(line.bearers), ...(library ? { library } : {}) };
}

function compactScenario(scenario: ScenarioFile, partnerIds: readonly string[]): JsonObject {
  const out = withoutDefaults(scenario, SCENARIO_DEFAULTS);
  const c = scenario.contributions;
  if (c) {
    const contributors = c.contributors ?? partnerIds;
    const everyone =
      contributors.length === partnerIds.length &&
      contributors.every((id, i) => id === partnerIds[i]);
    const compact: JsonObject = { rule: c.rule };
    if (!everyone) compact.contributors = [...contributors];
    if (c.shares && c.shares.length > 0) compact.shares = c.shares.map((x) => [x.partner, x.share]);
    if (c.offers && c.offers.length > 0)
      compact.offers = c.offers.map((x) => [x.partner, x.annual]);
    if (compact.rule === 'equal' && Object.keys(compact).length === 1) delete out.contributions;
    else out.contributions = compact;
  }
  return out;
}

/** A canonical model file (as `writeModelFile` makes) in its compact, short-keyed form. */
export function compactModel(file: ModelFile): Json {
  const partnerIds = file.partners.map((p) => p.id);
  const { format, version, ...rest } = file;
  const compact: JsonObject = {
    ...withoutDefaults(rest, { title: '', area: '', notes: '' }),
    streams: file.streams.map((stream) => ({
      ...stream,
      history: stream.history.map((point) => [point.year, point.count]),
    })),
    costLines: file.costLines.map(compactLine),
    services: file.services.map((s: ServiceFile) => withoutDefaults(s, SERVICE_DEFAULTS)),
    scenarios: file.scenarios.map((s) => compactScenario(s, partnerIds)),
  };
  return renameKeys(compact, SHORT_KEYS);
}

/** Reverses `compactModel`. Untrusted input: anything unexpected is left for the validator to report. */
export function expandModel(compact: unknown): unknown {
  const long = renameKeys(toJson(compact), LONG_KEYS);
  if (long === null || typeof long !== 'object' || Array.isArray(long)) return long;
  const partners = Array.isArray(long.partners) ? long.partners : [];
  const partnerIds = partners.flatMap((p) =>
    p && typeof p === 'object' && !Array.isArray(p) && typeof p.id === 'string' ? [p.id] : [],
  );
  return {
    format: 'cost-of-inaction',
    version: 1,
    title: '',
    area: '',
    notes: '',
    ...long,
    streams: mapObjects(long.streams, (stream) => ({
      ...stream,
      history: Array.isArray(stream.history)
        ? stream.history.map((point) =>
            Array.isArray(point) ? { year: point[0] ?? null, count: point[1] ?? null } : point,
          )
        : (stream.history ?? null),
    })),
    costLines: mapObjects(long.costLines, (line) => {
      const entry = typeof line.library === 'string' ? findUnitCost(line.library) : undefined;
      const { library, ...rest } = line;
      const fromLibrary = entry
        ? {
            name: entry.name,
            unitCost: entry.unitCost,
            priceYear: entry.priceYear,
            unit: entry.unit,
            source: entry.source,
          }
        : {};
      const given = entry ? rest : line;
      return {
        ...LINE_DEFAULTS,
        ...fromLibrary,
        ...given,
        bearers: expandBearers(given.bearers) ?? null,
      };
    }),
    services: mapObjects(long.services, (s) => ({ ...SERVICE_DEFAULTS, ...s })),
    scenarios: mapObjects(long.scenarios, (s) => {
      const given = s.contributions;
      const contributions =
        given && typeof given === 'object' && !Array.isArray(given) ? given : { rule: 'equal' };
      return {
        ...SCENARIO_DEFAULTS,
        ...s,
        contributions: {
          contributors: partnerIds,
          ...contributions,
          ...pairsToObjects(contributions.shares, 'shares', 'share'),
          ...pairsToObjects(contributions.offers, 'offers', 'annual'),
        },
      };
    }),
  };
}

/** [partner, amount] pairs back to `{ partner, [field]: amount }` objects, under `key`. */
function pairsToObjects(value: Json | undefined, key: string, field: string): JsonObject {
  if (!Array.isArray(value)) return {};
  return {
    [key]: value.map((pair) =>
      Array.isArray(pair) ? { partner: pair[0] ?? null, [field]: pair[1] ?? null } : pair,
    ),
  };
}

function mapObjects(
  value: Json | undefined,
  change: (item: JsonObject) => JsonObject,
): Json | undefined {
  if (!Array.isArray(value)) return value;
  return value.map((item) =>
    item && typeof item === 'object' && !Array.isArray(item) ? change(item) : item,
  );
}

function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}
