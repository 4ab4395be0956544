/**
 * Percentiles by linear interpolation between order statistics (type 7: h = (n − 1)p, x_⌊h⌋ + (h − ⌊h⌋) ×
 * (x_⌊h⌋+1 − x_⌊h⌋)), worked by hand, and the quick selection giving the very figures of a full sort.
 */
import { describe, expect, it } from 'vitest';
import { percentileOfSorted, summarise } from '../../../src/model/uncertainty/percentiles';
import { Pcg32 } from '../../../src/model/uncertainty/random';

describe('percentiles by linear interpolation', () => {
  it('works the hand example 1 … 10 given in any order', () => {
    // n = 10, so h = 9p. P5: h = 0.45 → 1 + 0.45 × (2 − 1) = 1.45. P10: h = 0.9 → 1.9.
    // P50: h = 4.5 → 5 + 0.5 × (6 − 5) = 5.5. P90: h = 8.1 → 9.1. P95: h = 8.55 → 9.55. Mean 55 / 10 = 5.5.
    const result = summarise(Float64Array.from([7, 3, 10, 1, 9, 5, 2, 8, 6, 4]));
    expect(result.p5).toBeCloseTo(1.45, 12);
    expect(result.p10).toBeCloseTo(1.9, 12);
    expect(result.p50).toBeCloseTo(5.5, 12);
    expect(result.p90).toBeCloseTo(9.1, 12);
    expect(result.p95).toBeCloseTo(9.55, 12);
    expect(result.mean).toBe(5.5);
  });

  it('works an uneven example with ties: 0, 0, 10, 40, 100', () => {
    // n = 5, h = 4p. P5: h = 0.2 → 0. P10: h = 0.4 → 0. P50: h = 2 → 10. P90: h = 3.6 → 40 + 0.6 × 60 = 76.
    // P95: h = 3.8 → 40 + 0.8 × 60 = 88. Mean 150 / 5 = 30.
    const result = summarise(Float64Array.from([100, 0, 40, 10, 0]));
    expect([result.p5, result.p10, result.p50, result.mean]).toEqual([0, 0, 10, 30]);
    // 0.8 and 0.6 have no exact binary form: equal to the last few bits.
    expect(result.p90).toBeCloseTo(76, 10);
    expect(result.p95).toBeCloseTo(88, 10);
  });

  it('gives a single value for every percentile, and NaN for no values', () => {
    expect(summarise(Float64Array.from([-3]))).toEqual({
      p5: -3,
      p10: -3,
      p50: -3,
      p90: -3,
      p95: -3,
      mean: -3,
    });
    expect(Number.isNaN(summarise(new Float64Array(0)).p50)).toBe(true);
  });

  it('reads a sorted list at any share', () => {
    expect(percentileOfSorted([10, 20], 0.25)).toBe(12.5);
    expect(percentileOfSorted([10, 20], 1)).toBe(20);
    expect(percentileOfSorted([10, 20], 0)).toBe(10);
  });

  it('selects the same figures as a full sort would give, for many sizes and ties', () => {
    const random = new Pcg32(11);
    for (let trial = 0; trial < 400; trial += 1) {
      const n = 1 + (random.nextUint32() % (trial < 300 ? 40 : 3000));
      const ties = trial % 3 === 0;
      const values = Float64Array.from({ length: n }, () =>
        ties ? random.nextUint32() % 4 : random.nextUint32() / 1000 - 2e6,
      );
      const sorted = [...values].sort((a, b) => a - b);
      const result = summarise(values);
      expect(result.p5).toBe(percentileOfSorted(sorted, 0.05));
      expect(result.p10).toBe(percentileOfSorted(sorted, 0.1));
      expect(result.p50).toBe(percentileOfSorted(sorted, 0.5));
      expect(result.p90).toBe(percentileOfSorted(sorted, 0.9));
      expect(result.p95).toBe(percentileOfSorted(sorted, 0.95));
    }
  });
});
