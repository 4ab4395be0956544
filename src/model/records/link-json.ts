/**
 * Plain JSON helpers for the compact form records take inside a share link (before short keys). The
 * compact form is untrusted on the way back in: anything unexpected is passed on for validation to report.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = Record<string, Json>;

export function isJsonRecord(value: Json | undefined): value is JsonRecord {
  return (
    value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)
  );
}

/** Any value as plain JSON (what `JSON.stringify` keeps of it). */
export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

/** The item as plain JSON without the fields that equal their defaults. */
export function withoutDefaults(item: object, defaults: Record<string, Json>): JsonRecord {
  const json = toJson(item);
  if (!isJsonRecord(json)) return {};
  return Object.fromEntries(Object.entries(json).filter(([key, value]) => defaults[key] !== value));
}

/** Changes each object in a list, leaving anything else (including a list that is not one) alone. */
export function mapRecords(
  value: Json | undefined,
  change: (item: JsonRecord) => JsonRecord,
): Json | undefined {
  if (!Array.isArray(value)) return value;
  return value.map((item) => (isJsonRecord(item) ? change(item) : item));
}

/**
 * [partner, amount] pairs under `key` back to `{ partner, [field]: amount }` objects, as a record to
 * spread over the item; an empty record when the value is not a list.
 */
export function pairsToRecords(value: Json | undefined, key: string, field: string): JsonRecord {
  if (!Array.isArray(value)) return {};
  return {
    [key]: value.map((pair) =>
      Array.isArray(pair) ? { partner: pair[0] ?? null, [field]: pair[1] ?? null } : pair,
    ),
  };
}
