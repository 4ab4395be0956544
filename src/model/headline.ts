/** Headline figures and the payback year for one scenario (MODEL.md, "Results"). */
import { ZERO, type Dec } from './decimal';
import type { ByBasis, Headline, ScenarioSeries, Totals } from './results';
import { addTotals, subtractTotals, totalsOfSeries } from './year-factors';

/**
 * The payback year: the first FY whose running net saving is ≥ 0, counting from the first year in which
 * any service operates (whether or not that year has a service cost); null if never or if no service runs.
 * @param running the running net saving by year, in any one basis.
 * @param firstServiceYear index of the first operating year, or null.
 */
function paybackYear(
  running: readonly Dec[],
  years: readonly number[],
  firstServiceYear: number | null,
): number | null {
  if (firstServiceYear === null) return null;
  const t = running.findIndex((value, i) => i >= firstServiceYear && value.gte(ZERO));
  return t >= 0 ? (years[t] ?? null) : null;
}

/** The payback test on each basis's running net saving; the PV one is the headline payback year. */
export function paybackYears(
  series: ScenarioSeries,
  years: readonly number[],
  firstServiceYear: number | null,
): ByBasis<number | null> {
  const running = series.cumulativeNetSaving;
  return {
    real: paybackYear(running.real, years, firstServiceYear),
    cash: paybackYear(running.cash, years, firstServiceYear),
    pv: paybackYear(running.pv, years, firstServiceYear),
  };
}

type Inputs = {
  series: ScenarioSeries;
  /** Totals of the cost of doing nothing: the same in every scenario, so worked out once. */
  doNothing: Totals;
  cashableAvoided: Totals;
  /** The headline payback year (present value). */
  paybackYear: number | null;
};

export function headlineFor({ series, doNothing, cashableAvoided, paybackYear }: Inputs): Headline {
  const service = totalsOfSeries(series.service);
  const avoided = totalsOfSeries(series.avoided);
  // Both are differences of totals already found; summing them again would only repeat the work.
  const remaining = subtractTotals(doNothing, avoided);
  const netSaving = subtractTotals(avoided, service);
  return {
    doNothing,
    service,
    avoided,
    remaining,
    netSaving,
    totalCost: addTotals(remaining, service),
    cashableAvoided,
    bcr: service.pv.isZero() ? null : avoided.pv.div(service.pv),
    paybackYear,
    breakEvenScale: avoided.pv.isZero() ? null : service.pv.div(avoided.pv),
  };
}

/** "The cost of short-term funding": how much more net saving scenario `better` gives than `worse`. */
export function compareScenarios(
  better: Headline,
  worse: Headline,
): { netSavingDifference: Totals } {
  return { netSavingDifference: subtractTotals(better.netSaving, worse.netSaving) };
}
