/**
 * A calculation that remembers its last do-nothing projection and reuses it while nothing that projection
 * reads has changed: an edit to a service or a scenario then recalculates only the scenarios.
 */
import { calculateScenarios, type CalculateResult } from './calculate';
import { projectDoNothing } from './do-nothing';
import type { Model } from './model';
import type { DoNothingResult } from './results';

/** Everything `projectDoNothing` reads, as text: equal text, equal projection. */
function doNothingKey(model: Model): string {
  return JSON.stringify([
    model.startYear,
    model.horizonYears,
    model.priceBaseYear,
    model.inflationRate,
    model.discountRate,
    [...model.priceIndex],
    model.partners,
    model.streams,
    model.costLines,
  ]);
}

export function createReusingCalculation(): (model: Model) => CalculateResult {
  let lastKey: string | null = null;
  let last: DoNothingResult | null = null;
  return (model) => {
    const key = doNothingKey(model);
    if (key !== lastKey || !last) {
      last = projectDoNothing(model);
      lastKey = key;
    }
    return calculateScenarios(model, last);
  };
}
