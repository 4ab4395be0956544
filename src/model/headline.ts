/** Headline figures for one scenario (MODEL.md, "Results"). */
import { ZERO, type Dec } from './decimal';
import type { Headline, Totals, YearFactors, YearRow } from './results';
import { cumulative, inBasis, subtractTotals, totalsOf } from './year-factors';

type Inputs = {
  rows: readonly YearRow[];
  factors: YearFactors;
  years: readonly number[];
  /** Totals of the cost of doing nothing: the same in every scenario, so worked out once. */
  doNothing: Totals;
  cashableAvoided: readonly Dec[];
  /** Index of the first year any service operates, or null if none ever does. */
  firstServiceYear: number | null;
};

export function headlineFor({
  rows,
  factors,
  years,
  doNothing,
  cashableAvoided,
  firstServiceYear,
}: Inputs): Headline {
  const service = totalsOf(
    rows.map((r) => r.service),
    factors,
  );
  const avoided = totalsOf(
    rows.map((r) => r.avoided),
    factors,
  );
  // Both are differences of totals already found; summing them again would only repeat the work.
  const remaining = subtractTotals(doNothing, avoided);
  const netSaving = subtractTotals(avoided, service);
  const discounted = cumulative(
    inBasis(
      rows.map((r) => r.netSaving),
      'pv',
      factors,
    ),
  );
  let paybackYear: number | null = null;
  if (firstServiceYear !== null) {
    const t = discounted.findIndex((value, i) => i >= firstServiceYear && value.gte(ZERO));
    paybackYear = t >= 0 ? (years[t] ?? null) : null;
  }
  return {
    doNothing,
    service,
    avoided,
    remaining,
    netSaving,
    cashableAvoided: totalsOf(cashableAvoided, factors),
    bcr: service.pv.isZero() ? null : avoided.pv.div(service.pv),
    paybackYear,
    breakEvenScale: avoided.pv.isZero() ? null : service.pv.div(avoided.pv),
  };
}

/** "The cost of short-term funding": how much more net saving (PV) scenario `better` gives than `worse`. */
export function compareScenarios(
  better: Headline,
  worse: Headline,
): { netSavingDifference: { real: Dec; cash: Dec; pv: Dec } } {
  return {
    netSavingDifference: {
      real: better.netSaving.real.minus(worse.netSaving.real),
      cash: better.netSaving.cash.minus(worse.netSaving.cash),
      pv: better.netSaving.pv.minus(worse.netSaving.pv),
    },
  };
}
