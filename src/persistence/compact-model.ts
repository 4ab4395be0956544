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
import { isJsonRecord, toJson, withoutDefaults, type Json } from '../model/records/link-json';
import {
  MODEL_SETTINGS_DEFAULTS,
  MODEL_SETTINGS_SHORT_KEYS,
} from '../model/records/model-settings';
import { PARTNER_SHORT_KEYS } from '../model/records/partner';
import type { ShortKeys } from '../model/records/record-fields';
import { compactScenario, expandScenarios, SCENARIO_SHORT_KEYS } from '../model/records/scenario';
import { compactService, expandServices, SERVICE_SHORT_KEYS } from '../model/records/service';
import { compactStream, expandStreams, STREAM_SHORT_KEYS } from '../model/records/stream';

/** Every record's short keys, in the order the records were declared. */
export const RECORD_SHORT_KEYS: readonly ShortKeys<string>[] = [
  MODEL_SETTINGS_SHORT_KEYS,
  PARTNER_SHORT_KEYS,
  STREAM_SHORT_KEYS,
  COST_LINE_SHORT_KEYS,
  SERVICE_SHORT_KEYS,
  EFFECT_SHORT_KEYS,
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
  const partnerIds = file.partners.map((p) => p.id);
  const { format, version, ...rest } = file;
  const compact = {
    ...withoutDefaults(rest, MODEL_SETTINGS_DEFAULTS),
    streams: file.streams.map(compactStream),
    costLines: file.costLines.map(compactCostLine),
    services: file.services.map(compactService),
    scenarios: file.scenarios.map((s) => compactScenario(s, partnerIds)),
  };
  return renameKeys(compact, SHORT_KEYS);
}

/** Reverses `compactModel`. Untrusted input: anything unexpected is left for the validator to report. */
export function expandModel(compact: unknown): unknown {
  const long = renameKeys(toJson(compact), LONG_KEYS);
  if (!isJsonRecord(long)) return long;
  const partners = Array.isArray(long.partners) ? long.partners : [];
  const partnerIds = partners.flatMap((p) =>
    isJsonRecord(p) && typeof p.id === 'string' ? [p.id] : [],
  );
  return {
    // Link format 1 always carries a model file of format version 1.
    format: 'cost-of-inaction',
    version: 1,
    ...MODEL_SETTINGS_DEFAULTS,
    ...long,
    streams: expandStreams(long.streams),
    costLines: expandCostLines(long.costLines),
    services: expandServices(long.services),
    scenarios: expandScenarios(long.scenarios, partnerIds),
  };
}
