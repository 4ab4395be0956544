/**
 * Opening and saving model files (the MODEL.md JSON). Whatever comes in, from a file, a link or browser
 * storage, is parsed, migrated and validated here, and comes out canonical or with every problem listed.
 */
import type { Problem } from '../model/model';
import { MODEL_FORMAT, MODEL_VERSION, type ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import { migrateModelFile } from '../model/migrate';
import { writeModelFile } from '../model/write-model';
import { LIMITS } from '../model/records/record-fields';

export type OpenResult =
  | { ok: true; file: ModelFile; migratedFrom: number | null }
  | { ok: false; message: string; problems: Problem[] };

/** Largest file accepted: far above any real model, small enough not to hang the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function openModelJson(json: unknown, what = 'This file'): OpenResult {
  const migrated = migrateModelFile(json);
  if (!migrated.ok)
    return {
      ok: false,
      message: migrated.problems[0]?.message ?? `${what} is not a model.`,
      problems: migrated.problems,
    };
  const read = readModel(json);
  if (!read.ok) {
    const count = read.problems.length;
    return {
      ok: false,
      message: `${what} holds a model with ${count} problem${count === 1 ? '' : 's'}; nothing was changed.`,
      problems: read.problems,
    };
  }
  return {
    ok: true,
    file: writeModelFile(read.model),
    migratedFrom: migrated.fromVersion === MODEL_VERSION ? null : migrated.fromVersion,
  };
}

export function openModelText(text: string, what = 'This file'): OpenResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, message: `${what} is too large to be a model file.`, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `${what} is not a model file: it is not valid JSON.`,
      problems: [],
    };
  }
  return openModelJson(json, what);
}

/**
 * Whatever value checks a model as typed can hold: every field of `ModelFile` has its JSON type, while the
 * values themselves may still have problems (a unit cost of "4,15", a missing partner). Only something of
 * this shape is safe to put on screen; anything else is not a model.
 */
type Check = (value: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number';
const isFlag: Check = (v) => typeof v === 'boolean';
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const listOf =
  (check: Check, limit = Number.POSITIVE_INFINITY): Check =>
  (v) =>
    Array.isArray(v) && v.length <= limit && (v as unknown[]).every(check);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shaped =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isPlainObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));
const isTrend: Check = (v) =>
  shaped({
    method: isText,
    base: optional(isText),
    rate: isPlainObject(v) && v.method === 'rate' ? isText : optional(isText),
    baseYear: optional(isNumber),
    values: isPlainObject(v) && v.method === 'series' ? listOf(isText) : optional(listOf(isText)),
  })(v);
const isEffect: Check = (v) =>
  isPlainObject(v) &&
  isText(v.reduction) &&
  (isText(v.costLine) || isText(v.stream)) &&
  [v.deadweight, v.attribution, v.source].every(optional(isText));
const isReach = shaped({ stream: isText, coverage: optional(isText), capacity: optional(isText) });
const isShare = shaped({ partner: isText, share: isText });
const isModelFileShape = shaped({
  format: (v) => v === MODEL_FORMAT,
  version: (v) => v === MODEL_VERSION,
  title: isText,
  area: isText,
  notes: isText,
  startYear: isNumber,
  horizonYears: isNumber,
  priceBaseYear: isNumber,
  discountRate: isText,
  longTermDiscountRate: optional(isText),
  inflationRate: isText,
  priceIndex: optional((v) => isPlainObject(v) && Object.values(v).every(isText)),
  partners: listOf(shaped({ id: isText, name: isText, kind: isText }), LIMITS.partners),
  streams: listOf(
    shaped({
      id: isText,
      name: isText,
      history: listOf(shaped({ year: isNumber, count: isText }), LIMITS.history),
      trend: isTrend,
    }),
    LIMITS.streams,
  ),
  costLines: listOf(
    shaped({
      id: isText,
      name: isText,
      stream: isText,
      rate: isText,
      quantity: optional(isText),
      unit: optional(isText),
      unitCost: isText,
      priceYear: optional(isNumber),
      bearers: listOf(isShare),
      valueType: optional(isText),
      cashable: optional(isFlag),
      source: optional(isText),
    }),
    LIMITS.costLines,
  ),
  services: listOf(
    shaped({
      id: isText,
      name: isText,
      annualCost: isText,
      setupCost: optional(isText),
      renewalCost: optional(isText),
      rampUpMonths: optional(isNumber),
      costOptimismBias: optional(isText),
      reach: optional(listOf(isReach, LIMITS.streams)),
      benefitYears: optional(isNumber),
      dropOffPerYear: optional(isText),
      optimismBias: optional(isText),
      effects: listOf(isEffect),
    }),
    LIMITS.services,
  ),
  scenarios: listOf(
    shaped({
      id: isText,
      name: isText,
      fundedYears: isNumber,
      contractYears: isNumber,
      renewalGapMonths: optional(isNumber),
      rampRestartsOnRenewal: optional(isFlag),
      effectiveness: optional(isText),
      contributions: optional(
        shaped({
          rule: isText,
          contributors: optional(listOf(isText)),
          shares: optional(listOf(isShare)),
          offers: optional(listOf(shaped({ partner: isText, annual: isText }))),
        }),
      ),
    }),
    LIMITS.scenarios,
  ),
});

export type TypedOpenResult =
  | { ok: true; file: ModelFile; problems: Problem[]; migratedFrom: number | null }
  | { ok: false; message: string; problems: Problem[] };

/**
 * Opens a model kept in this browser as it was typed, problems and all: a valid one comes out canonical,
 * one with problems comes out unchanged with its problems listed, so no typed value is lost. Anything that
 * is not shaped like a model is refused.
 */
export function openModelAsTyped(json: unknown, what: string): TypedOpenResult {
  const opened = openModelJson(json, what);
  if (opened.ok) return { ...opened, problems: [] };
  const migrated = migrateModelFile(json);
  if (!migrated.ok || !isModelFileShape(migrated.file)) return opened;
  return {
    ok: true,
    file: migrated.file as ModelFile,
    problems: opened.problems,
    migratedFrom: migrated.fromVersion === MODEL_VERSION ? null : migrated.fromVersion,
  };
}

/**
 * A model file's text opened as typed (see `openModelAsTyped`): a file downloaded with problems opens
 * again with them listed, so nothing saved is ever shut out.
 */
export function openModelTextAsTyped(text: string, what = 'This file'): TypedOpenResult {
  const opened = openModelText(text, what);
  if (opened.ok) return { ...opened, problems: [] };
  try {
    return openModelAsTyped(JSON.parse(text), what);
  } catch {
    return opened;
  }
}

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return `${String(count)} problem${count === 1 ? '' : 's'}`;
}

/** The file's text: pretty-printed JSON, as MODEL.md describes it. */
export function modelFileText(file: ModelFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name from the model's title: "Ashdown partnership" → "ashdown-partnership.json"; a model with
 * problems says so in its name ("ashdown-partnership-has-problems.json"), so nobody mistakes it for a
 * finished one.
 */
export function modelFileName(file: ModelFile, hasProblems = false): string {
  const slug = file.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'cost-of-inaction-model'}${hasProblems ? '-has-problems' : ''}.json`;
}

/** The model as a saved file would hold it (every default spelled out), or null while it has problems. */
export function canonicalModelFile(file: ModelFile): ModelFile | null {
  const read = readModel(file);
  return read.ok ? writeModelFile(read.model) : null;
}
