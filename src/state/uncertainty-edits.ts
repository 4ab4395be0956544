/**
 * Edits to the model's `uncertainty` record: an input's range (low and high of a 90% interval), the
 * seed and the number of draws. Each is a recipe for the model slice's `edit`, so it is undone like any
 * other edit; `rangeEditKey` names the undo step, so typing "350" into one box is one step.
 */
import type { ModelFile } from '../model/model-file';

export type RangeBound = 'low' | 'high';

type UncertaintyFile = NonNullable<ModelFile['uncertainty']>;
type RangeFile = NonNullable<UncertaintyFile['ranges']>[number];

/** The range saved for an input and its position in the file; null while the default applies. */
export function savedRange(
  file: ModelFile,
  key: string,
): { index: number; low: string; high: string } | null {
  const ranges = file.uncertainty?.ranges ?? [];
  const index = ranges.findIndex((r) => r.input === key);
  const range = ranges[index];
  return range ? { index, low: range.low, high: range.high } : null;
}

/** Where a range's bound is reported by the validator, or a path of its own while none is saved. */
export function rangeBoundPath(file: ModelFile, key: string, bound: RangeBound): string {
  const saved = savedRange(file, key);
  return saved
    ? `uncertainty.ranges[${saved.index}].${bound}`
    : `uncertainty.defaultRange.${key}.${bound}`;
}

export function rangeEditKey(key: string, bound: RangeBound): string {
  return `uncertainty.ranges.${key}.${bound}`;
}

/**
 * Sets one end of an input's range to what was typed. An input on its default range gets a saved range
 * whose other end is the default's (`otherDefault`), so changing the low end keeps the high end shown.
 */
export function setRangeBound(
  key: string,
  bound: RangeBound,
  text: string,
  otherDefault: string,
): (draft: ModelFile) => void {
  return (draft) => {
    draft.uncertainty ??= {};
    draft.uncertainty.ranges ??= [];
    const range = draft.uncertainty.ranges.find((r) => r.input === key);
    if (range) {
      range[bound] = text;
      return;
    }
    const added: RangeFile =
      bound === 'low'
        ? { input: key, low: text, high: otherDefault }
        : { input: key, low: otherDefault, high: text };
    draft.uncertainty.ranges.push(added);
  };
}

/** Goes back to the default range of an input (its confidence's), leaving no empty record behind. */
export function clearRange(key: string): (draft: ModelFile) => void {
  return (draft) => {
    const uncertainty = draft.uncertainty;
    if (!uncertainty?.ranges) return;
    uncertainty.ranges = uncertainty.ranges.filter((r) => r.input !== key);
    if (uncertainty.ranges.length === 0) delete uncertainty.ranges;
    if (Object.keys(uncertainty).length === 0) delete draft.uncertainty;
  };
}

/** Sets the simulation's seed (an integer 0 to 2^32 − 1; the validator judges it). */
export function setSeed(seed: number): (draft: ModelFile) => void {
  return (draft) => {
    draft.uncertainty ??= {};
    draft.uncertainty.seed = seed;
  };
}

/** Sets how many draws the simulation makes (100 to 100,000; the validator judges it). */
export function setDraws(draws: number): (draft: ModelFile) => void {
  return (draft) => {
    draft.uncertainty ??= {};
    draft.uncertainty.draws = draws;
  };
}
