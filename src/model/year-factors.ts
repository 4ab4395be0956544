/** Real-terms, cash-terms and present-value conversions (MODEL.md, "Words"). */
import { ONE, sum, ZERO, type Dec } from './decimal';
import type { Basis, Series, Totals, YearFactors } from './results';

/** The last year discounted at the standard rate; later years take the long-term rate (Green Book). */
export const LAST_STANDARD_RATE_YEAR = 30;

/**
 * Cash factor `(1 + inflation)^(Y_t − P)` and discount factor `DF_t = DF_{t−1} / (1 + r_t)` for each
 * year, with r_t the discount rate for t ≤ 30 and the long-term rate from t = 31.
 */
export function yearFactors(
  years: readonly number[],
  priceBaseYear: number,
  inflationRate: Dec,
  rates: { discountRate: Dec; longTermDiscountRate: Dec },
): YearFactors {
  const inflation = ONE.plus(inflationRate);
  const standard = ONE.plus(rates.discountRate);
  const longTerm = ONE.plus(rates.longTermDiscountRate);
  const discount = years.map((_, t) =>
    t <= LAST_STANDARD_RATE_YEAR
      ? ONE.div(standard.pow(t))
      : ONE.div(
          standard.pow(LAST_STANDARD_RATE_YEAR).times(longTerm.pow(t - LAST_STANDARD_RATE_YEAR)),
        ),
  );
  return { cash: years.map((year) => inflation.pow(year - priceBaseYear)), discount };
}

/** A real-terms series in the chosen basis: unchanged, inflated to cash, or discounted. */
export function inBasis(series: readonly Dec[], basis: Basis, factors: YearFactors): Dec[] {
  if (basis === 'real') return [...series];
  const multipliers = basis === 'cash' ? factors.cash : factors.discount;
  return series.map((value, t) => value.times(multipliers[t] ?? ZERO));
}

/** The present value of a real-terms series: Σ amount_t × DF_t. */
export function presentValue(series: readonly Dec[], factors: YearFactors): Dec {
  return sum(inBasis(series, 'pv', factors));
}

/** A real-terms series in every basis. The real series is kept as given (not copied). */
export function seriesOf(real: Dec[], factors: YearFactors): Series {
  return { real, cash: inBasis(real, 'cash', factors), pv: inBasis(real, 'pv', factors) };
}

/** Totals of a series already in every basis. */
export function totalsOfSeries(series: Series): Totals {
  return { real: sum(series.real), cash: sum(series.cash), pv: sum(series.pv) };
}

export function totalsOf(series: readonly Dec[], factors: YearFactors): Totals {
  return {
    real: sum(series),
    cash: sum(inBasis(series, 'cash', factors)),
    pv: sum(inBasis(series, 'pv', factors)),
  };
}

export function subtractTotals(a: Totals, b: Totals): Totals {
  return { real: a.real.minus(b.real), cash: a.cash.minus(b.cash), pv: a.pv.minus(b.pv) };
}

export function addTotals(a: Totals, b: Totals): Totals {
  return { real: a.real.plus(b.real), cash: a.cash.plus(b.cash), pv: a.pv.plus(b.pv) };
}

export function zeroTotals(): Totals {
  return { real: ZERO, cash: ZERO, pv: ZERO };
}

/** Running total of a series. */
export function cumulative(series: readonly Dec[]): Dec[] {
  let running = ZERO;
  return series.map((value) => (running = running.plus(value)));
}

/** Applies `f` to the series of each basis. */
export function mapSeries(series: Series, f: (values: Dec[], basis: Basis) => Dec[]): Series {
  return { real: f(series.real, 'real'), cash: f(series.cash, 'cash'), pv: f(series.pv, 'pv') };
}
