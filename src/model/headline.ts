/** Headline figures for one scenario (MODEL.md, "Results"). */
import { ZERO, type Dec } from './decimal';
import type { Headline, YearFactors, YearRow } from './results';
import { inBasis, totalsOf, cumulative } from './year-factors';

type Inputs = {
  rows: readonly YearRow[];
  factors: YearFactors;
  years: readonly number[];
  cashableAvoided: readonly Dec[];
  /** Index of the first year any service operates, or null if none ever does. */
  firstServiceYear: number | null;
};

export function headlineFor({
  rows,
  factors,
  years,
  cashableAvoided,
  firstServiceYear,
}: Inputs): Headline {
  const doNothing = totalsOf(
    rows.map((r) => r.doNothing),
    factors,
  );
  const service = totalsOf(
    rows.map((r) => r.service),
    factors,
  );
  const avoided = totalsOf(
    rows.map((r) => r.avoided),
    factors,
  );
  const remaining = totalsOf(
    rows.map((r) => r.remaining),
    factors,
  );
  const netSaving = totalsOf(
    rows.map((r) => r.netSaving),
    factors,
  );
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
