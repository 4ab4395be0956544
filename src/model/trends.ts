/**
 * Projected caseloads (MODEL.md, "Trends"). Fits use years centred on their mean so the arithmetic stays
 * well conditioned; caseloads are expected values and need not be whole numbers.
 */
import { Dec, ONE, sum, ZERO, type Dec as DecType } from './decimal';
import { formatFinancialYear } from './financial-year';
import type { HistoryPoint, Stream } from './model';

export type TrendProjection = {
  /** Caseload in each projection year, t = 0 … H−1. */
  caseloads: DecType[];
  /** Annual growth the trend implies: `e^b − 1` for compound, the rate for rate; otherwise null. */
  impliedGrowth: DecType | null;
  /** Change in cases per year for a linear fit; otherwise null. */
  annualChange: DecType | null;
  warnings: string[];
};

type Fit = { intercept: DecType; slope: DecType; centre: DecType };

/** Ordinary least squares of y on year, with years centred: y = intercept + slope × (year − centre). */
function fitLeastSquares(years: readonly number[], values: readonly DecType[]): Fit {
  const n = new Dec(years.length);
  const centre = sum(years.map((y) => new Dec(y))).div(n);
  const meanY = sum([...values]).div(n);
  let sxx = ZERO;
  let sxy = ZERO;
  years.forEach((year, i) => {
    const dx = new Dec(year).minus(centre);
    sxx = sxx.plus(dx.times(dx));
    sxy = sxy.plus(dx.times((values[i] ?? ZERO).minus(meanY)));
  });
  return { intercept: meanY, slope: sxx.isZero() ? ZERO : sxy.div(sxx), centre };
}

function latest(history: readonly HistoryPoint[]): HistoryPoint | undefined {
  return history.reduce<HistoryPoint | undefined>(
    (best, p) => (!best || p.year > best.year ? p : best),
    undefined,
  );
}

/**
 * Projects one stream's caseload over the projection years. Assumes a validated stream (enough history
 * for the method), so it never divides by zero or takes the log of zero.
 */
export function projectCaseload(stream: Stream, years: readonly number[]): TrendProjection {
  const { trend, history } = stream;
  const none = { impliedGrowth: null, annualChange: null, warnings: [] };
  switch (trend.method) {
    case 'flat': {
      const base = latest(history)?.count ?? trend.base ?? ZERO;
      return { ...none, caseloads: years.map(() => base) };
    }
    case 'rate': {
      const point = latest(history);
      const base = point?.count ?? trend.base ?? ZERO;
      const baseYear = point?.year ?? trend.baseYear ?? years[0] ?? 0;
      const growth = ONE.plus(trend.rate);
      return {
        ...none,
        impliedGrowth: trend.rate,
        caseloads: years.map((y) => base.times(growth.pow(y - baseYear))),
      };
    }
    case 'linear': {
      const fit = fitLeastSquares(
        history.map((p) => p.year),
        history.map((p) => p.count),
      );
      const warnings: string[] = [];
      const caseloads = years.map((y) => {
        const value = fit.intercept.plus(fit.slope.times(new Dec(y).minus(fit.centre)));
        if (value.isNegative() && warnings.length === 0)
          warnings.push(
            `The straight-line trend falls below zero in ${formatFinancialYear(y)}; the caseload is held at zero from then on.`,
          );
        return value.isNegative() ? ZERO : value;
      });
      return { ...none, annualChange: fit.slope, caseloads, warnings };
    }
    case 'compound': {
      const fit = fitLeastSquares(
        history.map((p) => p.year),
        history.map((p) => p.count.ln()),
      );
      // N_t = exp(a + b·(Y_t − centre)): one exp for the first year, then × e^b for each year after.
      const growth = fit.slope.exp();
      const first = new Dec(years[0] ?? 0);
      let caseload = fit.intercept.plus(fit.slope.times(first.minus(fit.centre))).exp();
      const caseloads = years.map((_, t) =>
        t === 0 ? caseload : (caseload = caseload.times(growth)),
      );
      return { ...none, impliedGrowth: growth.minus(ONE), caseloads };
    }
    case 'series':
      return { ...none, caseloads: years.map((_, t) => trend.values[t] ?? ZERO) };
  }
}
