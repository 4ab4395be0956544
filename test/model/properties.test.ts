/**
 * Property-based tests of the engine: for any valid model file, the figures keep the promises MODEL.md
 * makes (pennies add up, nothing avoided beyond the cost of doing nothing, order does not matter, …).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sum, toPennies, ZERO } from '../../src/model/decimal';
import { evaluateModel } from '../../src/model/evaluate';
import type {
  ContributionRule,
  ContributionsFile,
  ModelFile,
  ScenarioFile,
} from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import type { Results, ScenarioResult, Totals } from '../../src/model/results';
import { arbitraryModelFile, isWithinProjectionBounds } from '../arbitraries/model-file-arbitrary';

const WEIGHTED: readonly ContributionRule[] = ['equal', 'costBorne', 'benefit', 'custom'];
const PENNY = new Dec('0.01');
const TOTAL_KEYS = ['doNothing', 'service', 'avoided', 'remaining', 'netSaving'] as const;

/** The one failure MODEL.md allows a valid file: a costBorne or benefit rule with a zero denominator. */
function isZeroDenominator(problem: { path: string; message: string }): boolean {
  return (
    /^scenarios\[\d+\]\.contributions\.rule$/.test(problem.path) &&
    /^The pool cannot be shared by (cost borne|benefit)/.test(problem.message)
  );
}

/** Results, or null when the only problems are zero denominators; anything else fails the property. */
function evaluate(file: ModelFile): Results | null {
  // A generated model whose figures compound past MODEL.md's projection bounds is skipped, not failed.
  fc.pre(isWithinProjectionBounds(file));
  const evaluation = evaluateModel(file);
  if (evaluation.ok) return evaluation.results;
  if (evaluation.problems.every(isZeroDenominator)) return null;
  throw new Error(`Unexpected problems: ${JSON.stringify(evaluation.problems)}`);
}

function evaluateOrSkip(file: ModelFile): Results {
  const results = evaluate(file);
  fc.pre(results !== null);
  return results;
}

function isWholePennies(amount: Dec): boolean {
  return amount.decimalPlaces() <= 2;
}

/** Equal up to the last few of the engine's 40 significant digits (summing in another order). */
function close(a: Dec, b: Dec): boolean {
  const scale = Dec.max(a.abs(), b.abs(), 1);
  return a.minus(b).abs().lte(scale.times('1e-30'));
}

function expectClose(a: Dec, b: Dec, what: string): void {
  if (!close(a, b)) expect.fail(`${what}: ${a.toString()} ≠ ${b.toString()}`);
}

/** a ≤ b, allowing for the last digits of the engine's 40 (aggregates are summed in different ways). */
function expectAtMost(a: Dec, b: Dec, what: string): void {
  if (!a.lte(b) && !close(a, b)) expect.fail(`${what}: ${a.toString()} > ${b.toString()}`);
}

function expectEq(a: Dec, b: Dec, what: string): void {
  if (!a.eq(b)) expect.fail(`${what}: ${a.toString()} ≠ ${b.toString()}`);
}

function expectLte(a: Dec, b: Dec, what: string): void {
  if (!a.lte(b)) expect.fail(`${what}: ${a.toString()} > ${b.toString()}`);
}

function byId<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function get<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Missing ${String(key)}`);
  return value;
}

function cashFactor(file: ModelFile, t: number): Dec {
  return new Dec(1).plus(file.inflationRate).pow(file.startYear + t - file.priceBaseYear);
}

/** DF_t = 1 / ((1 + r)^min(t, 30) × (1 + r_long)^max(0, t − 30)) (MODEL.md, "Words"). */
function discountFactor(file: ModelFile, t: number): Dec {
  const standard = new Dec(1).plus(file.discountRate).pow(Math.min(t, 30));
  const longTerm = new Dec(1).plus(file.longTermDiscountRate ?? '0.03').pow(Math.max(0, t - 30));
  return new Dec(1).div(standard.times(longTerm));
}

function mapScenarios(file: ModelFile, change: (s: ScenarioFile) => ScenarioFile): ModelFile {
  return { ...file, scenarios: file.scenarios.map(change) };
}

/** A deterministic shuffle (mulberry32 and Fisher–Yates), so one generated seed reorders everything. */
function shuffler(seed: number): <T>(items: readonly T[]) => T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  };
}

function shuffleContributions(c: ContributionsFile, shuffle: <T>(items: readonly T[]) => T[]) {
  const out: ContributionsFile = { rule: c.rule };
  if (c.contributors) out.contributors = shuffle(c.contributors);
  if (c.shares) out.shares = shuffle(c.shares);
  if (c.offers) out.offers = shuffle(c.offers);
  return out;
}

function reorder(file: ModelFile, seed: number): ModelFile {
  const shuffle = shuffler(seed);
  return {
    ...file,
    partners: shuffle(file.partners),
    streams: shuffle(file.streams).map((s) => ({ ...s, history: shuffle(s.history) })),
    costLines: shuffle(file.costLines).map((l) => ({ ...l, bearers: shuffle(l.bearers) })),
    services: shuffle(file.services).map((s) => ({ ...s, effects: shuffle(s.effects) })),
    scenarios: shuffle(file.scenarios).map((s) =>
      s.contributions ? { ...s, contributions: shuffleContributions(s.contributions, shuffle) } : s,
    ),
  };
}

function everyScenario(results: Results, check: (s: ScenarioResult) => void): void {
  results.scenarios.forEach(check);
}

describe('the model-file generator', () => {
  it('only makes valid models', () => {
    fc.assert(
      fc.property(arbitraryModelFile(), (file) => {
        fc.pre(isWithinProjectionBounds(file));
        const read = readModel(file);
        if (!read.ok) expect.fail(JSON.stringify(read.problems));
        // Files survive JSON unchanged (what saving, exporting and links do).
        expect(JSON.parse(JSON.stringify(file))).toEqual(file);
        const evaluation = evaluateModel(file);
        if (!evaluation.ok) expect(evaluation.problems.every(isZeroDenominator)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('covers every trend method and contribution rule', () => {
    const files = fc.sample(arbitraryModelFile({ minScenarios: 1 }), { numRuns: 300, seed: 1 });
    const methods = new Set(files.flatMap((f) => f.streams.map((s) => s.trend.method)));
    const rules = new Set(
      files.flatMap((f) => f.scenarios.map((s) => s.contributions?.rule ?? 'default')),
    );
    expect([...methods].sort()).toEqual(['compound', 'flat', 'linear', 'rate', 'series']);
    expect([...rules].sort()).toEqual([
      'benefit',
      'costBorne',
      'custom',
      'default',
      'equal',
      'offers',
    ]);
  });
});

describe('engine properties', () => {
  it('shares the pool to the penny every year, in real and cash terms', () => {
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1, minServices: 1 }), (file) => {
        const results = evaluateOrSkip(file);
        everyScenario(results, (scenario) => {
          const spec = file.scenarios.find((s) => s.id === scenario.scenarioId);
          const contributors = new Set(
            spec?.contributions?.rule === 'custom'
              ? (spec.contributions.shares ?? []).map((s) => s.partner)
              : spec?.contributions?.rule === 'offers'
                ? (spec.contributions.offers ?? []).map((o) => o.partner)
                : (spec?.contributions?.contributors ?? file.partners.map((p) => p.id)),
          );
          for (const partner of scenario.partners) {
            for (const amount of [...partner.contributions, ...partner.contributionsCash]) {
              expect(isWholePennies(amount)).toBe(true);
              expect(amount.gte(0)).toBe(true);
              if (!contributors.has(partner.partnerId)) expect(amount.isZero()).toBe(true);
            }
          }
          scenario.years.forEach((year, t) => {
            const paid = sum(scenario.partners.map((p) => p.contributions[t] ?? ZERO));
            const paidCash = sum(scenario.partners.map((p) => p.contributionsCash[t] ?? ZERO));
            if (WEIGHTED.includes(scenario.rule)) {
              expectEq(paid, toPennies(year.service), `${scenario.scenarioId} year ${t} real`);
              expectEq(
                paidCash,
                toPennies(year.service.times(cashFactor(file, t))),
                `${scenario.scenarioId} year ${t} cash`,
              );
            } else {
              const shortfall = scenario.shortfall?.byYear[t];
              expect(shortfall).toBeDefined();
              expectEq(shortfall ?? ZERO, year.service.minus(paid), `shortfall ${t}`);
            }
          });
          // Each partner's PV is the PV of its yearly contributions as rounded to pennies.
          scenario.partnerSummaries.forEach((p, i) => {
            const yearly = scenario.partners[i]?.contributions ?? [];
            const pv = sum(yearly.map((amount, t) => amount.times(discountFactor(file, t))));
            expectEq(p.contribution.pv, pv, `${p.partnerId} contributions PV`);
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never avoids more than the cost of doing nothing', () => {
    fc.assert(
      fc.property(
        arbitraryModelFile({ minScenarios: 1, minServices: 1, minCostLines: 1 }),
        (file) => {
          const results = evaluateOrSkip(file);
          everyScenario(results, (scenario) => {
            scenario.lines.forEach((line, j) => {
              const cost = results.doNothing.lines[j]?.cost ?? [];
              line.avoided.forEach((avoided, t) => {
                const c = cost[t] ?? ZERO;
                const remaining = line.remaining[t] ?? ZERO;
                expectLte(ZERO, avoided, `line ${line.lineId} avoided ${t}`);
                expectLte(avoided, c, `line ${line.lineId} avoided ${t}`);
                expectLte(ZERO, remaining, `line ${line.lineId} remaining ${t}`);
                expectEq(remaining, c.minus(avoided), `line ${line.lineId} remaining ${t}`);
              });
            });
            for (const partner of scenario.partners) {
              partner.avoided.forEach((avoided, t) => {
                const c = partner.doNothing[t] ?? ZERO;
                expectLte(ZERO, avoided, `partner ${partner.partnerId} avoided ${t}`);
                expectAtMost(avoided, c, `partner ${partner.partnerId} avoided ${t}`);
                expectEq(partner.remaining[t] ?? ZERO, c.minus(avoided), `partner remaining ${t}`);
              });
            }
            scenario.years.forEach((year, t) => {
              expectLte(ZERO, year.avoided, `year ${t} avoided`);
              expectAtMost(year.avoided, year.doNothing, `year ${t} avoided`);
              expectEq(year.remaining, year.doNothing.minus(year.avoided), `year ${t} remaining`);
              expectLte(year.remaining, year.doNothing, `year ${t} remaining`);
            });
            const h = scenario.headline;
            expectAtMost(h.avoided.pv, h.doNothing.pv, 'avoided PV');
            expectAtMost(h.cashableAvoided.pv, h.avoided.pv, 'cashable avoided PV');
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('saves nothing when the services have no effect', () => {
    const noEffect = fc.constantFrom('reductions', 'effectiveness', 'unfunded');
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1 }), noEffect, (generated, how) => {
        // The benefit rule cannot share a pool when nothing is avoided; pay equally instead.
        let file = mapScenarios(generated, (s) =>
          s.contributions?.rule === 'benefit' ? { ...s, contributions: { rule: 'equal' } } : s,
        );
        if (how === 'reductions')
          file = {
            ...file,
            services: file.services.map((s) => ({
              ...s,
              effects: s.effects.map((e) => ({ ...e, reduction: '0' })),
            })),
          };
        if (how === 'effectiveness')
          file = mapScenarios(file, (s) => ({ ...s, effectiveness: '0' }));
        if (how === 'unfunded') file = mapScenarios(file, (s) => ({ ...s, fundedYears: 0 }));
        const results = evaluateOrSkip(file);
        everyScenario(results, (scenario) => {
          for (const line of scenario.lines)
            for (const avoided of line.avoided) expect(avoided.isZero()).toBe(true);
          for (const partner of scenario.partners)
            for (const avoided of partner.avoided) expect(avoided.isZero()).toBe(true);
          for (const year of scenario.years) {
            expect(year.avoided.isZero()).toBe(true);
            expectEq(year.netSaving, year.service.neg(), `net saving ${year.year}`);
            expectEq(year.remaining, year.doNothing, `remaining ${year.year}`);
            if (how === 'unfunded') expect(year.service.isZero()).toBe(true);
          }
          const h = scenario.headline;
          for (const basis of ['real', 'cash', 'pv'] as const) {
            expect(h.avoided[basis].isZero()).toBe(true);
            expectEq(h.netSaving[basis], h.service[basis].neg(), `net saving ${basis}`);
          }
          expect(h.breakEvenScale).toBeNull();
        });
      }),
      { numRuns: 100 },
    );
  });

  it('never raises a present value of costs when the discount rate rises', () => {
    const rates = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
      .map(([a, b]) =>
        [Math.min(a, b), Math.max(a, b)].map((n) => new Dec(n).div(1000).toString()),
      );
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1 }), rates, (file, [low, high]) => {
        const atLow = evaluateOrSkip({ ...file, discountRate: low ?? '0' });
        const atHigh = evaluate({ ...file, discountRate: high ?? '0' });
        expect(atHigh).not.toBeNull();
        if (!atHigh) return;
        const pv = (r: Results) =>
          sum(r.doNothing.total.map((c, t) => c.times(r.doNothing.factors.discount[t] ?? ZERO)));
        expectLte(pv(atHigh), pv(atLow), 'do-nothing PV');
        atLow.scenarios.forEach((lowScenario, i) => {
          const highScenario = atHigh.scenarios[i];
          if (!highScenario) throw new Error('scenario missing');
          for (const key of ['doNothing', 'service', 'avoided', 'remaining'] as const)
            expectLte(highScenario.headline[key].pv, lowScenario.headline[key].pv, `${key} PV`);
          lowScenario.partnerSummaries.forEach((lowPartner, p) => {
            const highPartner = highScenario.partnerSummaries[p];
            if (!highPartner) throw new Error('partner missing');
            expectLte(highPartner.doNothing.pv, lowPartner.doNothing.pv, 'partner do-nothing PV');
            expectLte(highPartner.avoided.pv, lowPartner.avoided.pv, 'partner avoided PV');
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same results whatever order the lists are in', () => {
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1 }), fc.integer(), (file, seed) => {
        const original = evaluate(file);
        const shuffled = evaluate(reorder(file, seed));
        expect(shuffled === null).toBe(original === null);
        if (!original || !shuffled) return;
        const H = file.horizonYears;
        const lines = byId(shuffled.doNothing.lines, (l) => l.lineId);
        for (const line of original.doNothing.lines)
          line.cost.forEach((c, t) => {
            expectClose(c, get(lines, line.lineId).cost[t] ?? ZERO, `line ${line.lineId}`);
          });
        const scenarios = byId(shuffled.scenarios, (s) => s.scenarioId);
        for (const a of original.scenarios) {
          const b = get(scenarios, a.scenarioId);
          for (const key of TOTAL_KEYS)
            for (const basis of ['real', 'cash', 'pv'] as const)
              expectClose(a.headline[key][basis], b.headline[key][basis], `${key} ${basis}`);
          a.years.forEach((year, t) => {
            expectClose(year.service, b.years[t]?.service ?? ZERO, `service ${t}`);
            expectClose(year.avoided, b.years[t]?.avoided ?? ZERO, `avoided ${t}`);
          });
          const partners = byId(b.partnerSummaries, (p) => p.partnerId);
          for (const p of a.partnerSummaries) {
            const q = get(partners, p.partnerId);
            for (const key of ['doNothing', 'avoided'] as const)
              for (const basis of ['real', 'cash', 'pv'] as const)
                expectClose(p[key][basis], q[key][basis], `${p.partnerId} ${key} ${basis}`);
            // A penny that ties between partners may go to another one in another order.
            const real = p.contribution.real.minus(q.contribution.real).abs();
            expectLte(real, PENNY.times(H), `${p.partnerId} contributions`);
            // Ties go by partner order, so a reordered list may move a penny in each year.
            const pv = p.contribution.pv.minus(q.contribution.pv).abs();
            expectLte(pv, PENNY.times(H), `${p.partnerId} contributions PV`);
          }
          const totalOf = (s: ScenarioResult, basis: keyof Totals) =>
            sum(s.partnerSummaries.map((p) => p.contribution[basis]));
          for (const basis of ['real', 'cash'] as const)
            expectEq(totalOf(a, basis), totalOf(b, basis), `all contributions ${basis}`);
          // The PV adds discounted pennies, so the order of the additions shows in the last digits.
          expectClose(totalOf(a, 'pv'), totalOf(b, 'pv'), 'all contributions pv');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives cash equal to real when inflation is zero', () => {
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1 }), (generated) => {
        const file = { ...generated, inflationRate: '0' };
        const results = evaluateOrSkip(file);
        everyScenario(results, (scenario) => {
          const h = scenario.headline;
          for (const key of [...TOTAL_KEYS, 'cashableAvoided'] as const)
            expectEq(h[key].cash, h[key].real, `${key} cash`);
          for (const p of scenario.partnerSummaries)
            for (const key of ['doNothing', 'avoided', 'contribution', 'netBenefit'] as const)
              expectEq(p[key].cash, p[key].real, `${p.partnerId} ${key} cash`);
          for (const p of scenario.partners)
            p.contributionsCash.forEach((c, t) => {
              expectEq(c, p.contributions[t] ?? ZERO, `${p.partnerId} cash ${t}`);
            });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives present values equal to real when the discount rate is zero', () => {
    fc.assert(
      fc.property(arbitraryModelFile({ minScenarios: 1 }), (generated) => {
        const file = { ...generated, discountRate: '0' };
        const results = evaluateOrSkip(file);
        everyScenario(results, (scenario) => {
          const h = scenario.headline;
          for (const key of [...TOTAL_KEYS, 'cashableAvoided'] as const)
            expectEq(h[key].pv, h[key].real, `${key} PV`);
          for (const p of scenario.partnerSummaries) {
            for (const key of ['doNothing', 'avoided'] as const)
              expectEq(p[key].pv, p[key].real, `${p.partnerId} ${key} PV`);
            // Weighted rules share the pool's PV in one go and each year's pool separately, so the
            // two may differ by the pennies rounded in each year.
            const gap = p.contribution.pv.minus(p.contribution.real).abs();
            expectLte(gap, PENNY.times(file.horizonYears + 1), `${p.partnerId} contribution PV`);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('never avoids less when an effect is made stronger', () => {
    const files = arbitraryModelFile({ minScenarios: 1, minServices: 1, minCostLines: 1 });
    fc.assert(
      fc.property(
        files,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 1000 }),
        (generated, serviceIndex, effectIndex, step) => {
          // Give the chosen service an effect (of nothing) if it has none, then strengthen one.
          const s = serviceIndex % generated.services.length;
          const services = generated.services.map((service, i) =>
            i === s && service.effects.length === 0
              ? {
                  ...service,
                  effects: [{ stream: generated.streams[0]?.id ?? '', reduction: '0' }],
                }
              : service,
          );
          const before: ModelFile = { ...generated, services };
          const effects = services[s]?.effects ?? [];
          const k = effectIndex % effects.length;
          const old = new Dec(effects[k]?.reduction ?? '0');
          const raised = old.plus(new Dec(1).minus(old).times(step).div(1000)).toString();
          const after: ModelFile = {
            ...before,
            services: services.map((service, i) =>
              i === s
                ? {
                    ...service,
                    effects: service.effects.map((e, j) =>
                      j === k ? { ...e, reduction: raised } : e,
                    ),
                  }
                : service,
            ),
          };
          const weaker = evaluateOrSkip(before);
          const stronger = evaluate(after);
          expect(stronger).not.toBeNull();
          if (!stronger) return;
          weaker.scenarios.forEach((a, i) => {
            const b = stronger.scenarios[i];
            if (!b) throw new Error('scenario missing');
            expectAtMost(
              a.headline.avoided.pv,
              b.headline.avoided.pv,
              `${a.scenarioId} avoided PV`,
            );
            a.years.forEach((year, t) => {
              expectAtMost(year.avoided, b.years[t]?.avoided ?? ZERO, `avoided ${t}`);
            });
            a.partnerSummaries.forEach((p, j) => {
              expectAtMost(p.avoided.pv, b.partnerSummaries[j]?.avoided.pv ?? ZERO, 'partner');
            });
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
