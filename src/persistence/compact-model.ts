/**
 * The compact form of a model used inside share links: defaults left out, cost lines that match the
 * built-in library replaced by the library id, and short keys. `expandModel(compactModel(f))` gives back
 * the canonical file (every default spelled out), so a link round-trips exactly. Each record declares
 * its own defaults, compact form and short keys; this only puts them together.
 */
import type { ModelFile } from '../model/model-file';
import { CONTRIBUTIONS_SHORT_KEYS } from '../model/records/contributions';
import { COST_LINE_SHORT_KEYS, compactCostLine, expandCostLines } from '../model/records/cost-line';
import { EFFECT_SHORT_KEYS } from '../model/records/effect';
import {
  isJsonRecord,
  mapRecords,
  toJson,
  withoutDefaults,
  type Json,
  type JsonRecord,
} from '../model/records/link-json';
import {
  MODEL_SETTINGS_DEFAULTS,
  MODEL_SETTINGS_SHORT_KEYS,
} from '../model/records/model-settings';
import { PARTNER_SHORT_KEYS, payerIds, SOCIETY_KIND } from '../model/records/partner';
import type { ShortKeys } from '../model/records/record-fields';
import { compactScenario, expandScenarios, SCENARIO_SHORT_KEYS } from '../model/records/scenario';
import {
  compactService,
  expandServices,
  REACH_SHORT_KEYS,
  SERVICE_SHORT_KEYS,
} from '../model/records/service';
import { compactStream, expandStreams, STREAM_SHORT_KEYS } from '../model/records/stream';
import { compactUncertainty, expandUncertainty } from '../model/records/uncertainty';

/** Every record's short keys, in the order the records were declared. */
export const RECORD_SHORT_KEYS: readonly ShortKeys<string>[] = [
  MODEL_SETTINGS_SHORT_KEYS,
  PARTNER_SHORT_KEYS,
  STREAM_SHORT_KEYS,
  COST_LINE_SHORT_KEYS,
  SERVICE_SHORT_KEYS,
  EFFECT_SHORT_KEYS,
  REACH_SHORT_KEYS,
  SCENARIO_SHORT_KEYS,
  CONTRIBUTIONS_SHORT_KEYS,
];

/**
 * Long key → short key, merged. A key several records share (such as `name`) has one short key in all
 * of them, and no short key equals a long key, so unknown keys pass through untouched (both checked
 * by the tests).
 */
export const SHORT_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  RECORD_SHORT_KEYS.flatMap((keys) =>
    Object.entries(keys).flatMap(([long, short]) => (short === undefined ? [] : [[long, short]])),
  ),
);
const LONG_KEYS = Object.fromEntries(
  Object.entries(SHORT_KEYS).map(([long, short]) => [short, long]),
);

function renameKeys(value: Json, names: Readonly<Record<string, string>>): Json {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      Object.hasOwn(names, key) ? (names[key] ?? key) : key,
      renameKeys(item, names),
    ]),
  );
}

/** A canonical model file (as `writeModelFile` makes) in its compact, short-keyed form. */
export function compactModel(file: ModelFile): Json {
  const partnerIds = payerIds(file.partners);
  const { format, version, ...rest } = file;
  const compact = {
    ...withoutDefaults(rest, MODEL_SETTINGS_DEFAULTS),
    streams: file.streams.map(compactStream),
    costLines: file.costLines.map(compactCostLine),
    services: file.services.map(compactService),
    scenarios: file.scenarios.map((s) => compactScenario(s, partnerIds)),
    // Under its long keys, which no short key renames (the short keys of format 2 are frozen).
    ...(file.uncertainty ? { uncertainty: compactUncertainty(file.uncertainty) } : {}),
  };
  return renameKeys(compact, SHORT_KEYS);
}

/**
 * The fields version 2 added, by where they sit: a link of format 1 is expanded without them, so it gives
 * back exactly the version-1 file it was made from (frozen: version 1 will never change).
 */
const VERSION_2_FIELDS = {
  model: ['longTermDiscountRate'],
  costLine: ['valueType'],
  service: ['costOptimismBias', 'benefitYears'],
  effect: ['deadweight', 'attribution', 'source'],
} as const;

function without(record: JsonRecord, keys: readonly string[]): JsonRecord {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function asVersion1(file: JsonRecord): JsonRecord {
  return {
    ...without(file, VERSION_2_FIELDS.model),
    costLines:
      mapRecords(file.costLines, (line) => without(line, VERSION_2_FIELDS.costLine)) ?? null,
    services:
      mapRecords(file.services, (service) => ({
        ...without(service, VERSION_2_FIELDS.service),
        effects:
          mapRecords(service.effects, (effect) => without(effect, VERSION_2_FIELDS.effect)) ?? null,
      })) ?? null,
  };
}

/** Reverses `compactModel`. Untrusted input: anything unexpected is left for the validator to report. */
export function expandModel(compact: unknown, linkVersion: number): unknown {
  const long = renameKeys(toJson(compact), LONG_KEYS);
  if (!isJsonRecord(long)) return long;
  const partners = Array.isArray(long.partners) ? long.partners : [];
  // Contributors left out of a link are every partner who can pay, as in `compactModel`.
  const partnerIds = partners.flatMap((p) =>
    isJsonRecord(p) && typeof p.id === 'string' && p.kind !== SOCIETY_KIND ? [p.id] : [],
  );
  const file: JsonRecord = {
    // Each link format carries a model file of the same format version.
    format: 'cost-of-inaction',
    version: linkVersion,
    ...MODEL_SETTINGS_DEFAULTS,
    ...long,
    streams: expandStreams(long.streams) ?? null,
    costLines: expandCostLines(long.costLines) ?? null,
    services: expandServices(long.services) ?? null,
    scenarios: expandScenarios(long.scenarios, partnerIds) ?? null,
    ...(long.uncertainty === undefined
      ? {}
      : { uncertainty: expandUncertainty(long.uncertainty) ?? null }),
  };
  return linkVersion === 1 ? asVersion1(file) : file;
}
