/** Real-terms, cash-terms and present-value conversions (MODEL.md, "Words"). */
import { Dec, ONE, sum, ZERO, type Dec as DecType } from './decimal';
import type { Basis, Totals, YearFactors } from './results';

/** Cash factor `(1 + inflation)^(Y_t − P)` and discount factor `1 / (1 + r)^t` for each year. */
export function yearFactors(
  years: readonly number[],
  priceBaseYear: number,
  inflationRate: DecType,
  discountRate: DecType,
): YearFactors {
  const inflation = ONE.plus(inflationRate);
  const discount = ONE.plus(discountRate);
  return {
    cash: years.map((year) => inflation.pow(year - priceBaseYear)),
    discount: years.map((_, t) => ONE.div(discount.pow(t))),
  };
}

/** A real-terms series in the chosen basis: unchanged, inflated to cash, or discounted. */
export function inBasis(series: readonly DecType[], basis: Basis, factors: YearFactors): DecType[] {
  if (basis === 'real') return [...series];
  const multipliers = basis === 'cash' ? factors.cash : factors.discount;
  return series.map((value, t) => value.times(multipliers[t] ?? ZERO));
}

export function totalsOf(series: readonly DecType[], factors: YearFactors): Totals {
  return {
    real: sum(series),
    cash: sum(inBasis(series, 'cash', factors)),
    pv: sum(inBasis(series, 'pv', factors)),
  };
}

export function subtractTotals(a: Totals, b: Totals): Totals {
  return { real: a.real.minus(b.real), cash: a.cash.minus(b.cash), pv: a.pv.minus(b.pv) };
}

export function zeroTotals(): Totals {
  return { real: ZERO, cash: ZERO, pv: ZERO };
}

/** Running total of a series. */
export function cumulative(series: readonly DecType[]): DecType[] {
  let running = ZERO;
  return series.map((value) => (running = running.plus(value)));
}

export { Dec };
