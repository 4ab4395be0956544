/**
 * Drawing an uncertain input: a standard normal by its quantile function (Acklam's rational
 * approximation, relative error below 1.15 × 10⁻⁹), scaled on each side of today's value so that today's
 * value is the median and low and high are the 5th and 95th percentiles. Only +, −, ×, ÷ and square
 * roots (which IEEE 754 rounds exactly), and a logarithm of our own built from them, so a draw is the
 * same number on any machine and in any JavaScript engine.
 */

/** The 95th percentile of the standard normal, Φ⁻¹(0.95) (often written 1.645). */
export const Z_95 = 1.6448536269514722;

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/**
 * ln x for x > 0: x = m × 2^e with m in [√½, √2) by exact halving and doubling, then
 * ln m = 2 atanh s with s = (m − 1)/(m + 1), |s| < 0.172, summed to s^23 (error below 10⁻¹⁶).
 */
export function naturalLog(x: number): number {
  let m = x;
  let e = 0;
  while (m < 1) {
    m *= 2;
    e -= 1;
  }
  while (m >= 2) {
    m /= 2;
    e += 1;
  }
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let series = 1 / 23;
  for (let k = 21; k >= 1; k -= 2) series = 1 / k + s2 * series;
  return e * LN2 + 2 * s * series;
}

// Acklam's coefficients, as published (P. J. Acklam, "An algorithm for computing the inverse normal
// cumulative distribution function", 2003).
const A1 = -3.969683028665376e1;
const A2 = 2.209460984245205e2;
const A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2;
const A5 = -3.066479806614716e1;
const A6 = 2.506628277459239;
const B1 = -5.447609879822406e1;
const B2 = 1.615858368580409e2;
const B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1;
const B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3;
const C2 = -3.223964580411365e-1;
const C3 = -2.400758277161838;
const C4 = -2.549732539343734;
const C5 = 4.374664141464968;
const C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3;
const D2 = 3.224671290700398e-1;
const D3 = 2.445134137142996;
const D4 = 3.754408661907416;
const P_LOW = 0.02425;

function tail(p: number): number {
  const q = Math.sqrt(-2 * naturalLog(p));
  return (
    (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) /
    ((((D1 * q + D2) * q + D3) * q + D4) * q + 1)
  );
}

/** Φ⁻¹(p) for 0 < p < 1: the z with a share p of the standard normal below it. */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) /
    (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1)
  );
}

/**
 * One input's draw from a uniform u in (0, 1): value + z × spread, the spread (value − low)/Z_95 below
 * the median and (high − value)/Z_95 above it (each half holds half the draws, so the median is today's
 * value and low and high the 5th and 95th percentiles), then clipped to [min, max]. A range of zero
 * width gives today's value.
 */
export function drawSplitNormal(
  u: number,
  value: number,
  spreadBelow: number,
  spreadAbove: number,
  min: number,
  max: number,
): number {
  const z = normalQuantile(u);
  const x = value + z * (z < 0 ? spreadBelow : spreadAbove);
  return x < min ? min : x > max ? max : x;
}
