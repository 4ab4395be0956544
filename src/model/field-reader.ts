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

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  hasProblemAt(path: string): boolean {
    return this.problems.some((p) => p.path === path);
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
    return this.decimalValue(value, joinPath(path, key), what, range);
  }

  decimalValue(value: unknown, at: string, what: string, range: DecimalRange): DecType {
    const parsed = parseDecimal(value);
    if (parsed === null) {
      const message =
        value === undefined || value === ''
          ? `${what} is missing.`
          : `${what} should be a number such as 0.25 or 350.00, not ${describe(value)}.`;
      this.report(at, message);
      return range.min ?? new Dec(0);
    }
    if (parsed.abs().gt(MAX_MAGNITUDE)) {
      this.report(at, `${what} is too large to be a real figure.`);
      return range.min ?? new Dec(0);
    }
    const { min, max, minExclusive = false } = range;
    if (min !== undefined && (minExclusive ? parsed.lte(min) : parsed.lt(min))) {
      this.report(at, rangeMessage(what, range));
      return min;
    }
    if (max !== undefined && parsed.gt(max)) {
      this.report(at, rangeMessage(what, range));
      return max;
    }
    return parsed;
  }
}

function rangeMessage(what: string, { min, max, minExclusive }: DecimalRange): string {
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

/** A decimal from a string such as "350.00" or a JSON number; null for anything else. */
export function parseDecimal(value: unknown): DecType | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length > 60 || !DECIMAL_PATTERN.test(trimmed)) return null;
  return new Dec(trimmed);
}
