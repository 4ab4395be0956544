/**
 * How sure the model is: the ranges (90% intervals) the user set on uncertain inputs, and the seed and
 * number of draws of the simulation. Optional at the top level of a model file: a file without it reads
 * with the defaults (no ranges of the user's own, seed 1, 10,000 draws) and is written back without it, so
 * every file and link made before it stays byte for byte the same.
 *
 * In a share link the record travels under its own long keys (`uncertainty`, `seed`, `draws`, `ranges`):
 * the short keys of link format 2 are frozen, and long keys pass through the renaming untouched. Each
 * range goes as an `[input, low, high]` triple.
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import { isJsonRecord, type Json, type JsonRecord } from './link-json';
import { checkDistinct } from './record-checks';
import { decimalText, type DecimalString } from './record-fields';

export type UncertaintyRangeFile = { input: string; low: DecimalString; high: DecimalString };

export type UncertaintyFile = {
  /** The simulation's seed: a whole number from 0 to 2^32 − 1; defaults to 1. */
  seed?: number;
  /** How many draws the simulation makes: 100 to 100,000; defaults to 10,000. */
  draws?: number;
  /** Ranges the user set, each keyed by an uncertain input's key; the rest follow their defaults. */
  ranges?: UncertaintyRangeFile[];
};

export type UncertaintyRange = { input: string; low: Dec; high: Dec };

export type Uncertainty = { seed: number; draws: number; ranges: UncertaintyRange[] };

export const UNCERTAINTY_DEFAULTS = { seed: 1, draws: 10_000 } as const satisfies UncertaintyFile;

export const SEED_RANGE = { min: 0, max: 2 ** 32 - 1 };
export const DRAWS_RANGE = { min: 100, max: 100_000 };
/** More ranges than any model has inputs worth a range; a list beyond it is refused. */
const RANGES_LIMIT = 20_000;

/** The record of a model that says nothing about uncertainty. */
export function defaultUncertainty(): Uncertainty {
  return { ...UNCERTAINTY_DEFAULTS, ranges: [] };
}

/** Reads the record (absent: the defaults). Whether each range fits its input is checked later. */
export function readUncertainty(r: FieldReader, value: unknown): Uncertainty {
  if (value === undefined) return defaultUncertainty();
  const path = 'uncertainty';
  const obj = r.object(value, path, 'The uncertainty settings');
  if (!obj) return defaultUncertainty();
  const seed = r.integer(obj, 'seed', path, 'The seed', SEED_RANGE, UNCERTAINTY_DEFAULTS.seed);
  const draws = r.integer(
    obj,
    'draws',
    path,
    'The number of draws',
    DRAWS_RANGE,
    UNCERTAINTY_DEFAULTS.draws,
  );
  const rangesPath = joinPath(path, 'ranges');
  const items =
    r.optionalList(obj, 'ranges', path, 'The ranges', RANGES_LIMIT) ?? ([] as unknown[]);
  const ranges = r.objects(items, rangesPath, 'A range', (item, at) => {
    const range = {
      input: r.reference(item, 'input', at, 'figure this range is for'),
      low: r.decimal(item, 'low', at, 'The low end of the range', {}),
      high: r.decimal(item, 'high', at, 'The high end of the range', {}),
    };
    const lowAt = joinPath(at, 'low');
    if (!r.hasProblemAt(lowAt) && !r.hasProblemAt(joinPath(at, 'high')) && range.low.gt(range.high))
      r.report(
        lowAt,
        `The low end (${range.low.toString()}) is above the high end (${range.high.toString()}): swap them or lower the low end.`,
      );
    return range;
  });
  checkDistinct(
    r,
    ranges.map((range) => range.input),
    rangesPath,
    'input',
    'The range for',
  );
  return { seed, draws, ranges };
}

/** What a saved range is checked against: the figure it is for, as the model has it today. */
export type RangeTarget = {
  key: string;
  label: string;
  value: Dec;
  min: Dec | null;
  max: Dec | null;
};

/**
 * Each range is for a figure in the model, holds today's value (low ≤ value ≤ high) and stays within what
 * the figure may be. Run once the rest of the model has passed, so the figures are the real ones.
 */
export function checkUncertaintyRanges(
  r: FieldReader,
  uncertainty: Uncertainty,
  targets: ReadonlyMap<string, RangeTarget>,
): void {
  uncertainty.ranges.forEach((range, i) => {
    const at = joinPath(joinPath('uncertainty', 'ranges'), i);
    const inputAt = joinPath(at, 'input');
    const lowAt = joinPath(at, 'low');
    const highAt = joinPath(at, 'high');
    if (r.hasProblemAt(inputAt) || r.hasProblemAt(at)) return;
    const target = targets.get(range.input);
    if (!target) {
      r.report(
        inputAt,
        `The figure this range was set for ("${range.input}") is no longer in the model: remove this range.`,
      );
      return;
    }
    const today = target.value.toString();
    const { label, min, max } = target;
    if (!r.hasProblemAt(lowAt)) {
      if (min && range.low.lt(min))
        r.report(lowAt, `The low end of ${label} cannot be below ${min.toString()}: raise it.`);
      else if (range.low.gt(target.value))
        r.report(
          lowAt,
          `The low end of ${label} (${range.low.toString()}) is above today's value (${today}): lower it to ${today} or less.`,
        );
    }
    if (!r.hasProblemAt(highAt)) {
      if (max && range.high.gt(max))
        r.report(highAt, `The high end of ${label} cannot be above ${max.toString()}: lower it.`);
      else if (range.high.lt(target.value))
        r.report(
          highAt,
          `The high end of ${label} (${range.high.toString()}) is below today's value (${today}): raise it to ${today} or more.`,
        );
    }
  });
}

function isDefault(uncertainty: Uncertainty): boolean {
  return (
    uncertainty.seed === UNCERTAINTY_DEFAULTS.seed &&
    uncertainty.draws === UNCERTAINTY_DEFAULTS.draws &&
    uncertainty.ranges.length === 0
  );
}

/** The record as a file has it, every field spelled out; none at all while everything is the default. */
export function writeUncertainty(uncertainty: Uncertainty): UncertaintyFile | undefined {
  if (isDefault(uncertainty)) return undefined;
  return {
    seed: uncertainty.seed,
    draws: uncertainty.draws,
    ranges: uncertainty.ranges.map((range) => ({
      input: range.input,
      low: decimalText(range.low),
      high: decimalText(range.high),
    })),
  };
}

/** In a link: defaults left out, each range as an [input, low, high] triple. */
export function compactUncertainty(uncertainty: UncertaintyFile): JsonRecord {
  const out: JsonRecord = {};
  if (uncertainty.seed !== undefined && uncertainty.seed !== UNCERTAINTY_DEFAULTS.seed)
    out.seed = uncertainty.seed;
  if (uncertainty.draws !== undefined && uncertainty.draws !== UNCERTAINTY_DEFAULTS.draws)
    out.draws = uncertainty.draws;
  if (uncertainty.ranges && uncertainty.ranges.length > 0)
    out.ranges = uncertainty.ranges.map((range) => [range.input, range.low, range.high]);
  return out;
}

/** Reverses `compactUncertainty`; anything unexpected is passed on for the reader to report. */
export function expandUncertainty(value: Json | undefined): Json | undefined {
  if (!isJsonRecord(value)) return value;
  return {
    ...UNCERTAINTY_DEFAULTS,
    ...value,
    ranges: Array.isArray(value.ranges)
      ? value.ranges.map((item) =>
          Array.isArray(item)
            ? { input: item[0] ?? null, low: item[1] ?? null, high: item[2] ?? null }
            : item,
        )
      : (value.ranges ?? []),
  };
}
