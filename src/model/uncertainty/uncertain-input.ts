/**
 * An input whose value is uncertain, with the range it may take (a 90% interval). The sensitivity
 * analysis, the switching values and the Monte Carlo simulation all work from this list.
 */
import type { Dec } from '../decimal';

export const INPUT_KINDS = [
  'unitCost',
  'rate',
  'growth',
  'reduction',
  'deadweight',
  'attribution',
  'coverage',
  'serviceCost',
  'effectiveness',
] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** The unit-cost library's red–amber–green rating of a figure; every other figure is 'not rated'. */
export type Confidence = 'green' | 'amber' | 'red' | 'not rated';

export type UncertainInput = {
  /**
   * Stable across edits and renames, built from ids: `costLine:<id>:unitCost`, `costLine:<id>:rate`,
   * `stream:<id>:growth`, `effect:<serviceId>:costLine:<lineId>:reduction` (or `…:stream:<streamId>:…`,
   * and `:deadweight`, `:attribution`), `reach:<serviceId>:<streamId>:coverage`,
   * `service:<id>:annualCost`, `scenario:<id>:effectiveness`. Saved ranges are keyed by it.
   */
  key: string;
  kind: InputKind;
  /** Plain English naming the figure, e.g. "Unit cost of “Police call-out”". */
  label: string;
  /** Today's value, as the deterministic figures use it. */
  value: Dec;
  /** The 90% interval: low ≤ value ≤ high. */
  low: Dec;
  high: Dec;
  /** True when the range is the default that follows the figure's confidence, not one the user set. */
  isDefault: boolean;
  confidence: Confidence;
  /** The values the input may take at all (a fraction is 0–1, a cost at least 0); null is unbounded. */
  min: Dec | null;
  max: Dec | null;
};
