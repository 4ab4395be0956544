/**
 * What every record module shares: the decimal-string form of numbers in a file, the ranges fields are
 * checked against, list limits, and the shape of a record's share-link short keys.
 */
import { Dec, ONE, ZERO, type Dec as DecType } from '../decimal';
import type { DecimalRange } from '../field-reader';

/** Money, rates and counts in a file: decimal strings, so nothing is lost to binary floating point. */
export type DecimalString = string;

export const YEAR_RANGE = { min: 1900, max: 2200 };

export const LIMITS = {
  partners: 50,
  streams: 50,
  costLines: 500,
  services: 50,
  scenarios: 20,
  history: 200,
};

export const FRACTION: DecimalRange = { min: ZERO, max: ONE };
export const NON_NEGATIVE: DecimalRange = { min: ZERO };
/** Inflation and a trend's growth: above −100% and at most 100% a year (MODEL.md, "Validation"). */
export const YEARLY_GROWTH: DecimalRange = { min: new Dec(-1), minExclusive: true, max: ONE };

/** A validated decimal written back as a file's decimal string. */
export function decimalText(value: DecType): DecimalString {
  return value.toString();
}

/** A file default (a decimal string) as the validated value it stands for. */
export function decimalDefault(value: DecimalString): DecType {
  return new Dec(value);
}

/**
 * Long key → short key in a share link, for the keys one record's file form uses. The short keys are
 * frozen: links already sent depend on them.
 */
export type ShortKeys<Key extends string> = Partial<Record<Key, string>>;

/** Drops the lists' nulls left by items too broken to read. */
export function isPresent<T>(value: T | null): value is T {
  return value !== null;
}

/**
 * Fields that only describe (titles, names, notes, sources, units): no figure depends on them, so editing
 * one never needs a recalculation. The model's own title, area and notes are also shown nowhere in results.
 */
export const DESCRIPTIVE_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'area',
  'notes',
  'name',
  'source',
  'unit',
]);
export const MODEL_NOTE_FIELDS: ReadonlySet<string> = new Set(['title', 'area', 'notes']);
