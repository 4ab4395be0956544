/**
 * The simulation's random numbers: PCG32 against its published output, uniformity with a fixed seed, the
 * normal quantile against published values, and the split-normal draw's percentiles and clipping.
 */
import { describe, expect, it } from 'vitest';
import { Pcg32, SIMULATION_STREAM } from '../../../src/model/uncertainty/random';
import {
  drawSplitNormal,
  naturalLog,
  normalQuantile,
  Z_95,
} from '../../../src/model/uncertainty/split-normal';

function uniforms(seed: number, count: number): Float64Array {
  const values = new Float64Array(count);
  new Pcg32(seed).fillUniform(values);
  return values;
}

describe('PCG32', () => {
  it('gives the published output of the reference demo (initstate 42, initseq 54)', () => {
    // pcg-c-basic's pcg32-demo, "Round 1", as printed on pcg-random.org ("Using the C basic
    // implementation"): 0xa15c02b7 0x7b47f409 0xba1d3330 0x83d2f293 0xbfa4784b 0xcbed606e.
    const published = [0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e];
    const random = new Pcg32(42, 54);
    expect(published.map(() => random.nextUint32())).toEqual(published);
  });

  it('uses stream 54, so the simulation seeded with 42 starts with the same numbers', () => {
    expect(SIMULATION_STREAM).toBe(54);
    const random = new Pcg32(42);
    expect([random.nextUint32(), random.nextUint32()]).toEqual([0xa15c02b7, 0x7b47f409]);
  });

  it('fills uniforms that are (output + ½) ÷ 2^32 of the same outputs', () => {
    const outputs = new Pcg32(42);
    const expected = [0xa15c02b7, 0x7b47f409, 0xba1d3330].map((u) => (u + 0.5) / 2 ** 32);
    expect([...uniforms(42, 3)]).toEqual(expected);
    expect(outputs.nextUint32()).toBe(0xa15c02b7);
  });

  it('gives different numbers for neighbouring seeds and the same for the same seed', () => {
    expect([...uniforms(1, 5)]).toEqual([...uniforms(1, 5)]);
    expect([...uniforms(1, 5)]).not.toEqual([...uniforms(2, 5)]);
  });

  it('spreads 100,000 uniforms evenly over 100 bins (chi-square below the 0.1% critical value)', () => {
    const values = uniforms(1, 100_000);
    const bins = new Array<number>(100).fill(0);
    let outside = 0;
    for (const u of values) {
      if (!(u > 0 && u < 1)) outside += 1;
      const bin = Math.floor(u * 100);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    // Expected 1,000 a bin; 99 degrees of freedom: the 99.9th percentile of chi-square is 148.23.
    const chiSquare = bins.reduce((sum, count) => sum + (count - 1000) ** 2 / 1000, 0);
    expect(chiSquare).toBeLessThan(148.23);
    // Mean ½ and variance 1/12 = 0.0833…; standard errors 0.0009 and 0.0003.
    const mean = values.reduce((sum, u) => sum + u, 0) / values.length;
    const variance = values.reduce((sum, u) => sum + (u - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0015);
  });
});

describe('the normal quantile and its logarithm', () => {
  it.each([
    // Published values of Φ⁻¹ (to 16 digits); Acklam's approximation is within 1.15e-9 of them.
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.05, -1.6448536269514722],
    [0.1, -1.2815515655446004],
    [0.001, -3.090232306167813],
    [0.999, 3.090232306167813],
    [1e-6, -4.753424308822899],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8 * Math.max(1, Math.abs(z)));
  });

  it.each([
    [2, 0.6931471805599453],
    [0.5, -0.6931471805599453],
    [0.001, -6.907755278982137],
    [1e-9, -20.72326583694641],
    [0.02425, -3.719338661598645],
    [1, 0],
  ])('ln %s = %s', (x, ln) => {
    expect(Math.abs(naturalLog(x) - ln)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(ln)));
  });

  it('uses Φ⁻¹(0.95) for the 1.645 of the 90% interval', () => {
    expect(Z_95).toBe(1.6448536269514722);
  });
});

describe('the split-normal draw', () => {
  it('has today’s value as its median and low and high as its 5th and 95th percentiles', () => {
    // Value 10, low 7, high 15: 3 below and 5 above, so the spreads differ (3/1.645 and 5/1.645).
    const draws = [...uniforms(7, 100_000)].map((u) =>
      drawSplitNormal(u, 10, 3 / Z_95, 5 / Z_95, -Infinity, Infinity),
    );
    draws.sort((a, b) => a - b);
    // Standard errors of these percentiles at 100,000 draws: about 0.012 (P5), 0.009 (P50), 0.020 (P95).
    expect(Math.abs((draws[4999] ?? 0) - 7)).toBeLessThan(0.06);
    expect(Math.abs((draws[49999] ?? 0) - 10)).toBeLessThan(0.04);
    expect(Math.abs((draws[94999] ?? 0) - 15)).toBeLessThan(0.1);
  });

  it('clips to the values the input may take: 5% of draws pile at a maximum equal to high', () => {
    // Attribution 0.9 in [0.5, 1]: the upper 5% would exceed 1 and are held at 1.
    const draws = [...uniforms(8, 20_000)].map((u) =>
      drawSplitNormal(u, 0.9, 0.4 / Z_95, 0.1 / Z_95, 0, 1),
    );
    expect(Math.max(...draws)).toBe(1);
    const atOne = draws.filter((x) => x === 1).length / draws.length;
    expect(Math.abs(atOne - 0.05)).toBeLessThan(0.006);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
  });

  it('gives today’s value for a range of zero width, whatever the uniform', () => {
    for (const u of [1e-9, 0.3, 0.5, 0.97, 1 - 1e-9])
      expect(drawSplitNormal(u, 42.5, 0, 0, 0, Infinity)).toBe(42.5);
  });
});
