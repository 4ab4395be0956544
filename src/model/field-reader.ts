/**
 * Reads untrusted JSON field by field, collecting every problem with its JSON path instead of stopping
 * at the first. Each reader returns a usable fallback so later checks can still run.
 */
import { Dec, type Dec as DecType } from './decimal';

export type JsonObject = Record<string, unknown>;

/** Something wrong with a model, at a JSON path such as `costLines[2].unitCost`. */
export type Problem = { path: string; message: string };

/** Largest magnitude accepted for any number: far beyond any public budget, small enough to stay exact. */
const MAX_MAGNITUDE = new Dec('1e15');
const ZERO_VALUE = new Dec(0);
const DECIMAL_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

export type DecimalRange = {
  min?: DecType;
  /** When true, the value must be strictly above `min`. */
  minExclusive?: boolean;
  max?: DecType;
};

export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty value' : `"${truncate(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'an object';
}

function truncate(text: string): string {
  return text.length > 24 ? `${text.slice(0, 21)}…` : text;
}

export class FieldReader {
  readonly problems: Problem[] = [];
  /** Paths with a problem, so asking about one path costs the same however many problems there are. */
  private readonly problemPaths = new Set<string>();

  report(path: string, message: string): void {
    this.problems.push({ path, message });
    this.problemPaths.add(path);
  }

  hasProblemAt(path: string): boolean {
    return this.problemPaths.has(path);
  }

  object(value: unknown, path: string, what: string): JsonObject | null {
    if (isObject(value)) return value;
    if (value === undefined) {
      this.report(path, `${what} is missing.`);
      return null;
    }
    this.report(path, `${what} should be an object, not ${describe(value)}.`);
    return null;
  }

  list(obj: JsonObject, key: string, path: string, what: string, maxLength: number): unknown[] {
    const value = obj[key];
    const at = joinPath(path, key);
    if (value === undefined) {
      this.report(at, `${what} is missing.`);
      return [];
    }
    if (!Array.isArray(value)) {
      this.report(at, `${what} should be a list, not ${describe(value)}.`);
      return [];
    }
    if (value.length > maxLength) {
      this.report(at, `${what} has ${value.length} entries; at most ${maxLength} are allowed.`);
      return value.slice(0, maxLength);
    }
    return value;
  }

  /**
   * Reads each item of a list (from `list` or `optionalList`) found at `listPath` as an object named
   * `itemWhat`, leaving out items that are not objects (each reported).
   */
  objects<T>(
    items: readonly unknown[],
    listPath: string,
    itemWhat: string,
    read: (item: JsonObject, at: string) => T,
  ): T[] {
    return items.flatMap((item, i) => {
      const at = joinPath(listPath, i);
      const obj = this.object(item, at, itemWhat);
      return obj ? [read(obj, at)] : [];
    });
  }

  optionalList(
    obj: JsonObject,
    key: string,
    path: string,
    what: string,
    maxLength: number,
  ): unknown[] | null {
    return obj[key] === undefined ? null : this.list(obj, key, path, what, maxLength);
  }

  text(obj: JsonObject, key: string, path: string, what: string, maxLength = 200): string {
    const value = obj[key];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      this.report(joinPath(path, key), `${what} should be text, not ${describe(value)}.`);
      return '';
    }
    if (value.length > maxLength) {
      this.report(
        joinPath(path, key),
        `${what} is ${value.length} characters long; at most ${maxLength} are allowed.`,
      );
    }
    return value;
  }

  id(obj: JsonObject, path: string, what: string): string {
    const value = obj.id;
    const at = joinPath(path, 'id');
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(at, `Each ${what} needs an id (a short piece of text).`);
      return '';
    }
    if (value.length > 64) this.report(at, `The ${what} id is too long: at most 64 characters.`);
    return value;
  }

  reference(obj: JsonObject, key: string, path: string, what: string): string {
    const value = obj[key];
    if (typeof value !== 'string' || value === '') {
      this.report(joinPath(path, key), `Choose the ${what}.`);
      return '';
    }
    return value;
  }

  boolean(obj: JsonObject, key: string, path: string, what: string, fallback: boolean): boolean {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.report(joinPath(path, key), `${what} should be true or false, not ${describe(value)}.`);
      return fallback;
    }
    return value;
  }

  /** A whole number within [min, max]; `fallback` when missing and optional. */
  integer(
    obj: JsonObject,
    key: string,
    path: string,
    what: string,
    range: { min: number; max: number },
    fallback?: number,
  ): number {
    const value = obj[key];
    const at = joinPath(path, key);
    if (value === undefined && fallback !== undefined) return fallback;
    return this.integerValue(value, at, what, range, fallback ?? range.min);
  }

  integerValue(
    value: unknown,
    at: string,
    what: string,
    range: { min: number; max: number },
    fallback: number,
  ): number {
    if (value === undefined) {
      this.report(at, `${what} is missing.`);
      return fallback;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.report(at, `${what} should be a whole number, not ${describe(value)}.`);
      return fallback;
    }
    if (value < range.min || value > range.max) {
      this.report(at, `${what} should be from ${range.min} to ${range.max}; it is ${value}.`);
      return Math.min(Math.max(value, range.min), range.max);
    }
    return value;
  }

  /** A decimal string (or plain JSON number) within `range`; `fallback` when missing and optional. */
  decimal(
    obj: JsonObject,
    key: string,
    path: string,
    what: string,
    range: DecimalRange,
    fallback?: DecType,
  ): DecType {
    const value = obj[key];
    // An optional field left empty takes its default, just as one left out does.
    if ((value === undefined || value === '') && fallback !== undefined) return fallback;
    // The path is only put together when there is something to report: most fields have nothing.
    const checked = checkDecimal(value, what, range);
    if (checked.message !== null) this.report(joinPath(path, key), checked.message);
    return checked.value;
  }

  decimalValue(value: unknown, at: string, what: string, range: DecimalRange): DecType {
    const checked = checkDecimal(value, what, range);
    if (checked.message !== null) this.report(at, checked.message);
    return checked.value;
  }
}

type Verdict = 'ok' | 'large' | 'low' | 'high';

/**
 * Where a value stands against a range, remembered for each range and parsed value: with parsed values
 * shared (see `parseDecimal`), a model read again checks each distinct figure once, not once per field.
 */
const verdicts = new WeakMap<DecimalRange, WeakMap<DecType, Verdict>>();

function verdictOf(parsed: DecType, range: DecimalRange): Verdict {
  let known = verdicts.get(range);
  if (!known) {
    known = new WeakMap();
    verdicts.set(range, known);
  }
  const remembered = known.get(parsed);
  if (remembered) return remembered;
  const { min, max, minExclusive = false } = range;
  let verdict: Verdict = 'ok';
  if (parsed.abs().gt(MAX_MAGNITUDE)) verdict = 'large';
  else if (min !== undefined && (minExclusive ? parsed.lte(min) : parsed.lt(min))) verdict = 'low';
  else if (max !== undefined && parsed.gt(max)) verdict = 'high';
  known.set(parsed, verdict);
  return verdict;
}

/** The value to use and, when it is not acceptable, why: the value is then a usable fallback. */
function checkDecimal(
  value: unknown,
  what: string,
  range: DecimalRange,
): { value: DecType; message: string | null } {
  const parsed = parseDecimal(value);
  const fallback = range.min ?? ZERO_VALUE;
  if (parsed === null) {
    const message =
      value === undefined || value === ''
        ? `${what} is missing.`
        : `${what} should be a number such as 0.25 or 350.00, not ${describe(value)}.`;
    return { value: fallback, message };
  }
  switch (verdictOf(parsed, range)) {
    case 'large':
      return { value: fallback, message: `${what} is too large to be a real figure.` };
    case 'low':
      return { value: range.min ?? fallback, message: rangeMessage(what, range) };
    case 'high':
      return { value: range.max ?? parsed, message: rangeMessage(what, range) };
    case 'ok':
      break;
  }
  return { value: parsed, message: null };
}

function rangeMessage(what: string, { min, max, minExclusive }: DecimalRange): string {
  if (min !== undefined && max !== undefined && minExclusive)
    return `${what} should be more than ${min.toString()} and at most ${max.toString()}.`;
  if (min !== undefined && max !== undefined)
    return `${what} should be from ${min.toString()} to ${max.toString()}.`;
  if (min !== undefined) {
    if (minExclusive) return `${what} should be more than ${min.toString()}.`;
    return min.isZero()
      ? `${what} cannot be negative.`
      : `${what} should be at least ${min.toString()}.`;
  }
  return `${what} should be at most ${max?.toString() ?? ''}.`;
}

/**
 * Decimals already parsed, by their text. Values are immutable, and a model is read again on every
 * keystroke with nearly all its text unchanged, so parsing each distinct text once saves most of the
 * reading. Emptied when it grows past `PARSED_LIMIT`, so it never holds more than a few models' worth.
 */
const parsedTexts = new Map<string, DecType | null>();
const parsedNumbers = new Map<number, DecType | null>();
const PARSED_LIMIT = 200_000;

function remember<K>(cache: Map<K, DecType | null>, key: K, value: DecType | null): DecType | null {
  if (cache.size >= PARSED_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** A decimal from a string such as "350.00" or a JSON number; null for anything else. */
export function parseDecimal(value: unknown): DecType | null {
  if (typeof value === 'number') {
    const known = parsedNumbers.get(value);
    if (known !== undefined) return known;
    return remember(parsedNumbers, value, Number.isFinite(value) ? new Dec(value) : null);
  }
  if (typeof value !== 'string') return null;
  const known = parsedTexts.get(value);
  if (known !== undefined) return known;
  const trimmed = value.trim();
  const parsed = trimmed.length > 60 || !DECIMAL_PATTERN.test(trimmed) ? null : new Dec(trimmed);
  // Only short texts are kept: a long one is never a valid number and need not be remembered.
  return value.length > 80 ? parsed : remember(parsedTexts, value, parsed);
}
