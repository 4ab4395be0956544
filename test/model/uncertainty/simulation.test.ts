/**
 * The Monte Carlo simulation: a hand-worked model with one uncertain input, narrow ranges centred on the
 * deterministic figures, reproducibility by seed, progress and cancellation, and what it refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { Results } from '../../../src/model/results';
import { simulate, type SimulationResult } from '../../../src/model/uncertainty/simulation';
import type { UncertainInput } from '../../../src/model/uncertainty/uncertain-input';
import { uncertainInputs } from '../../../src/model/uncertainty/uncertain-inputs';
import { largeModel } from '../../bench/large-model';
import { handWorkedModel } from '../hand-worked-model';

function evaluated(input: unknown): { model: Model; results: Results } {
  const evaluation = evaluateModel(input);
  if (!evaluation.ok) throw new Error('the model is invalid');
  return evaluation;
}

/** An input with the given range, made by hand for the tests. */
function input(key: string, value: string, low: string, high: string): UncertainInput {
  return {
    key,
    kind: 'serviceCost',
    label: key,
    value: new Dec(value),
    low: new Dec(low),
    high: new Dec(high),
    isDefault: false,
    confidence: 'not rated',
    min: new Dec(0),
    max: null,
  };
}

/** Every input of the model with a range of `share` either side of today's value (zero width at 0). */
function narrowed(model: Model, share: string): UncertainInput[] {
  return uncertainInputs(model).map((i) => {
    const spread = i.value.abs().times(share);
    return { ...i, low: i.value.minus(spread), high: i.value.plus(spread) };
  });
}

function completed(result: SimulationResult | null): SimulationResult {
  if (!result) throw new Error('the simulation was cancelled');
  return result;
}

describe('the hand-worked model with an uncertain annual cost', () => {
  // Annual cost a: median 300, 5th and 95th percentiles 240 and 360 (spread 60 / 1.645 = 36.48).
  // Two-year contract: net saving PV 600 − 1.8a (see simulation-kernel.test.ts), falling as a rises, so
  // its P5 is 600 − 1.8 × 360 = −48, P50 600 − 540 = 60 and P95 600 − 432 = 168. It pays back when
  // 600 − 1.8a ≥ 0 in 2027/28 (the first year, 200 − a, never is): a ≤ 333.33, a chance of
  // Φ(33.33 / 36.48) = Φ(0.914) = 0.8196. Annual grants: 552 − 1.8a, always 48 less.
  const { model } = evaluated(handWorkedModel());
  const inputs = [input('service:v:annualCost', '300', '240', '360')];
  const result = completed(simulate(model, inputs, { draws: 20_000, seed: 3 }));
  const [two, annual] = result.scenarios;

  it('gives the percentiles the hand-worked line says, within their sampling error', () => {
    // Standard errors at 20,000 draws: about 1 at P5 and P95, 0.6 at P50.
    const net = two?.financial.netSavingPV;
    expect(Math.abs((net?.p5 ?? 0) - -48)).toBeLessThan(5);
    expect(Math.abs((net?.p50 ?? 0) - 60)).toBeLessThan(3);
    expect(Math.abs((net?.p95 ?? 0) - 168)).toBeLessThan(5);
    expect(Math.abs((net?.mean ?? 0) - 60)).toBeLessThan(3);
    expect(Math.abs((two?.financial.chancePaysBack ?? 0) - 0.8196)).toBeLessThan(0.012);
  });

  it('gives the same in the economic case (every line is fiscal) and the running total by year', () => {
    expect(two?.economic).toEqual(two?.financial);
    // The last year's running total is the net saving PV; the first year's is 200 − a.
    expect(two?.financial.cumulativeNetSaving[1]).toEqual(two?.financial.netSavingPV);
    expect(Math.abs((two?.financial.cumulativeNetSaving[0]?.p50 ?? 0) - -100)).toBeLessThan(2);
    expect(result.years).toEqual([2026, 2027]);
  });

  it('finds the two-year contract ahead of annual grants in every draw', () => {
    expect(Math.abs((annual?.financial.netSavingPV.p50 ?? 0) - 12)).toBeLessThan(3);
    expect(result.longTermBeatsShortTerm).toEqual([
      { longId: 'two', shortId: 'annual', chance: 1 },
      { longId: 'two', shortId: 'pilot', chance: 1 },
    ]);
  });

  it('gives the only partner, paying the whole pool, the net saving as its fiscal net benefit', () => {
    const [council] = result.partners;
    expect(council?.id).toBe('council');
    const range = council?.perScenario[0];
    expect(range?.scenarioId).toBe('two');
    expect(Math.abs((range?.p10 ?? 0) - (two?.financial.netSavingPV.p10 ?? 0))).toBeLessThan(1e-6);
    expect(Math.abs((range?.p90 ?? 0) - (two?.financial.netSavingPV.p90 ?? 0))).toBeLessThan(1e-6);
  });
});

describe('narrow, symmetric ranges', () => {
  const workedExample: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
  );
  it.each([
    ['the worked example', workedExample, 4000],
    ['the large model', largeModel(), 1000],
  ] as const)('put the P50 of %s within 0.5% of the deterministic figures', (_, file, draws) => {
    const { model, results } = evaluated(file);
    // A tenth of a per cent either side of every figure.
    const result = completed(simulate(model, narrowed(model, '0.001'), { draws, seed: 1 }));
    results.scenarios.forEach((exact, sc) => {
      const simulated = result.scenarios[sc];
      const pairs = [
        [simulated?.financial.netSavingPV.p50, exact.financial.headline.netSaving.pv],
        [simulated?.economic.netSavingPV.p50, exact.headline.netSaving.pv],
      ] as const;
      for (const [p50, deterministic] of pairs)
        expect(Math.abs((p50 ?? 0) - deterministic.toNumber())).toBeLessThanOrEqual(
          0.005 * Math.abs(deterministic.toNumber()),
        );
    });
  });

  it('of zero width give the deterministic figures in every percentile', () => {
    const { model, results } = evaluated(workedExample);
    const result = completed(simulate(model, narrowed(model, '0'), { draws: 50, seed: 9 }));
    results.scenarios.forEach((exact, sc) => {
      const net = result.scenarios[sc]?.financial.netSavingPV;
      const figure = exact.financial.headline.netSaving.pv.toNumber();
      for (const value of [net?.p5, net?.p50, net?.p95, net?.mean])
        expect(Math.abs((value ?? 0) - figure)).toBeLessThan(1e-6 * Math.abs(figure));
      expect(result.scenarios[sc]?.financial.chancePaysBack).toBe(
        exact.financial.paybackYears.pv === null ? 0 : 1,
      );
    });
  });
});

describe('seeds', () => {
  const { model } = evaluated(handWorkedModel());
  const inputs = uncertainInputs(model);

  it('give the same percentiles for the same seed, run twice', () => {
    const first = simulate(model, inputs, { draws: 500, seed: 42 });
    const second = simulate(model, inputs, { draws: 500, seed: 42 });
    expect(second).toEqual(first);
  });

  it('give different percentiles for a different seed', () => {
    const first = completed(simulate(model, inputs, { draws: 500, seed: 42 }));
    const other = completed(simulate(model, inputs, { draws: 500, seed: 43 }));
    expect(other.scenarios[0]?.financial.netSavingPV.p50).not.toBe(
      first.scenarios[0]?.financial.netSavingPV.p50,
    );
    expect(other.seed).toBe(43);
  });
});

describe('progress and cancellation', () => {
  const { model } = evaluated(handWorkedModel());
  const inputs = uncertainInputs(model);

  it('reports progress every 250 draws', () => {
    const done: number[] = [];
    simulate(model, inputs, { draws: 1000, seed: 1, onProgress: (n) => done.push(n) });
    expect(done).toEqual([250, 500, 750, 1000]);
  });

  it('stops and returns null when asked to, between chunks', () => {
    let asked = 0;
    const done: number[] = [];
    const result = simulate(model, inputs, {
      draws: 1000,
      seed: 1,
      onProgress: (n) => done.push(n),
      isCancelled: () => (asked += 1) > 2,
    });
    expect(result).toBeNull();
    expect(done).toEqual([250, 500]);
  });
});

describe('what it refuses', () => {
  const { model } = evaluated(handWorkedModel());

  it('refuses an input the model does not have', () => {
    const stale = [input('service:gone:annualCost', '1', '1', '1')];
    expect(() => simulate(model, stale, { draws: 100, seed: 1 })).toThrow(
      /service:gone:annualCost/,
    );
  });

  it.each([
    [{ draws: 0, seed: 1 }],
    [{ draws: 100.5, seed: 1 }],
    [{ draws: 100_001, seed: 1 }],
    [{ draws: 100, seed: -1 }],
    [{ draws: 100, seed: 2 ** 32 }],
    [{ draws: 100, seed: 0.5 }],
  ])('refuses draws or a seed out of range: %o', (options) => {
    expect(() => simulate(model, [], options)).toThrow(RangeError);
  });
});
