/**
 * Percentiles of simulated figures, by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, as Excel's PERCENTILE.INC, R's default and NumPy's 'linear'): with the n values sorted
 * x₀ ≤ … ≤ xₙ₋₁, the p-th percentile is x_k + f × (x_{k+1} − x_k) where h = (n − 1)p, k = ⌊h⌋, f = h − k.
 */

export type Percentiles = {
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  mean: number;
};

/** The p-th percentile (0 ≤ p ≤ 1) of values already sorted ascending; NaN when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = sorted[k] ?? Number.NaN;
  if (k + 1 >= n) return below;
  const above = sorted[k + 1] ?? below;
  return below + (h - k) * (above - below);
}

/**
 * Rearranges `a[lo..hi]` so that `a[k]` holds the value it would hold if that part were sorted, every value
 * before it ≤ it and every value after it ≥ it: Floyd and Rivest's SELECT (CACM 18(3), 1975, Algorithm
 * 489), which first narrows to a sample around the k-th value. The value found does not depend on how
 * the sample is chosen. Swaps are written out and indices kept as small integers (`| 0`), which V8
 * runs several times faster than through a helper.
 */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  let left = lo | 0;
  let right = hi | 0;
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const size = 0.5 * Math.exp((2 * z) / 3);
      const spread = 0.5 * Math.sqrt((z * size * (n - size)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const sampleLeft = Math.max(left, Math.floor(k - (m * size) / n + spread)) | 0;
      const sampleRight = Math.min(right, Math.floor(k + ((n - m) * size) / n + spread)) | 0;
      selectInPlace(a, k, sampleLeft, sampleRight);
    }
    const pivot = a[k] ?? 0;
    let i = left;
    let j = right;
    let kept = a[left] ?? 0;
    a[left] = pivot;
    a[k] = kept;
    if ((a[right] ?? 0) > pivot) {
      kept = a[left] ?? 0;
      a[left] = a[right] ?? 0;
      a[right] = kept;
    }
    while (i < j) {
      kept = a[i] ?? 0;
      a[i] = a[j] ?? 0;
      a[j] = kept;
      i += 1;
      j -= 1;
      while ((a[i] ?? 0) < pivot) i += 1;
      while ((a[j] ?? 0) > pivot) j -= 1;
    }
    if (a[left] === pivot) {
      kept = a[left] ?? 0;
      a[left] = a[j] ?? 0;
      a[j] = kept;
    } else {
      j += 1;
      kept = a[j] ?? 0;
      a[j] = a[right] ?? 0;
      a[right] = kept;
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/** Puts each of the ascending `ranks[from..to]` in its sorted place within `a[lo..hi]`, halving as it goes. */
function selectRanks(
  a: Float64Array,
  ranks: readonly number[],
  from: number,
  to: number,
  lo: number,
  hi: number,
): void {
  if (from > to) return;
  const middle = (from + to) >> 1;
  const k = ranks[middle] ?? lo;
  selectInPlace(a, k, lo, hi);
  selectRanks(a, ranks, from, middle - 1, lo, k - 1);
  selectRanks(a, ranks, middle + 1, to, k + 1, hi);
}

/** The percentiles reported, as shares. */
const LEVELS = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

/** The smallest of a[from..to]. */
function smallestOf(a: Float64Array, from: number, to: number): number {
  let smallest = Infinity;
  for (let i = from; i <= to; i += 1) smallest = Math.min(smallest, a[i] ?? Infinity);
  return smallest;
}

/**
 * P5, P10, P50, P90, P95 and the mean of a set of values. Rearranges `values` rather than sorting it
 * (the same percentiles, much quicker): each percentile's lower order statistic k = ⌊(n − 1)p⌋ is put in
 * its sorted place, which leaves the values between two such places in between them, so the (k + 1)-th
 * is the smallest of those after k. The mean adds the values in the order given, before rearranging.
 */
export function summarise(values: Float64Array): Percentiles {
  const n = values.length;
  let total = 0;
  for (const value of values) total += value;
  if (n === 0) {
    const none = Number.NaN;
    return { p5: none, p10: none, p50: none, p90: none, p95: none, mean: none };
  }
  const ranks = [...new Set(LEVELS.map((p) => Math.floor((n - 1) * p)))];
  selectRanks(values, ranks, 0, ranks.length - 1, 0, n - 1);
  const [p5, p10, p50, p90, p95] = LEVELS.map((p) => {
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const below = values[k] ?? Number.NaN;
    if (k + 1 >= n) return below;
    const nextRank = ranks.find((rank) => rank > k) ?? n - 1;
    return below + (h - k) * (smallestOf(values, k + 1, nextRank) - below);
  });
  return {
    p5: p5 ?? Number.NaN,
    p10: p10 ?? Number.NaN,
    p50: p50 ?? Number.NaN,
    p90: p90 ?? Number.NaN,
    p95: p95 ?? Number.NaN,
    mean: total / n,
  };
}
