/**
 * The figures the engine hands the screens: every yearly series in real terms, cash terms and PV, running
 * totals, payback in each basis, the contributions ledger in pennies, the partners added up, and the
 * average effectiveness. The model and its arithmetic are in hand-worked-model.ts.
 */
import { describe, expect, it } from 'vitest';
import { calculate, calculateScenarios } from '../../src/model/calculate';
import { Dec } from '../../src/model/decimal';
import { projectDoNothing } from '../../src/model/do-nothing';
import { evaluateModel } from '../../src/model/evaluate';
import type { Model } from '../../src/model/model';
import type { Results, ScenarioResult, Series, Totals } from '../../src/model/results';
import { offersModel } from './half-penny-offer';
import { handWorkedModel } from './hand-worked-model';

function evaluated(): { model: Model; results: Results } {
  const evaluation = evaluateModel(handWorkedModel());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}

function scenario(results: Results, id: string): ScenarioResult {
  const found = results.scenarios.find((s) => s.scenarioId === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

const text = (series: Series) => ({
  real: series.real.map(String),
  cash: series.cash.map(String),
  pv: series.pv.map(String),
});
const totals = (t: Totals) => ({ real: String(t.real), cash: String(t.cash), pv: String(t.pv) });

describe('the series a scenario hands the screens (annual grants)', () => {
  const annual = scenario(evaluated().results, 'annual');

  it('has each yearly figure in every basis: cash × 1, × 1.1; PV × 1, × 0.8', () => {
    // Remaining 1,000 − 500 = 500 a year.
    expect(text(annual.series.remaining)).toEqual({
      real: ['500', '500'],
      cash: ['500', '550'],
      pv: ['500', '400'],
    });
    // Service 600, 360.
    expect(text(annual.series.service)).toEqual({
      real: ['600', '360'],
      cash: ['600', '396'],
      pv: ['600', '288'],
    });
    // Net saving 500 − 600 = −100, 500 − 360 = 140.
    expect(text(annual.series.netSaving)).toEqual({
      real: ['-100', '140'],
      cash: ['-100', '154'],
      pv: ['-100', '112'],
    });
    // Running totals of the line above.
    expect(text(annual.series.cumulativeNetSaving)).toEqual({
      real: ['-100', '40'],
      cash: ['-100', '54'],
      pv: ['-100', '12'],
    });
    // Remaining + service: 1,100, 860.
    expect(text(annual.series.totalCost)).toEqual({
      real: ['1100', '860'],
      cash: ['1100', '946'],
      pv: ['1100', '688'],
    });
    // 1,100 + 860; 1,100 + 946; 1,100 + 688.
    expect(totals(annual.headline.totalCost)).toEqual({ real: '1960', cash: '2046', pv: '1788' });
  });

  it('pays back in the year each basis’s running total first reaches zero', () => {
    expect(annual.paybackYears).toEqual({ real: 2027, cash: 2027, pv: 2027 });
    expect(annual.headline.paybackYear).toBe(2027);
  });

  it('keeps a ledger of contributions and pool in whole pennies, real and cash', () => {
    // Equal shares among the one partner: it pays the whole pool.
    const show = (basis: 'real' | 'cash') => {
      const ledger = annual.ledger[basis];
      const line = (f: { byYear: Dec[]; total: Dec }) => [...f.byYear.map(String), String(f.total)];
      return {
        partners: ledger.partners.map((p) => [p.partnerId, ...line(p)]),
        contributions: line(ledger.contributions),
        pool: line(ledger.pool),
        gap: line(ledger.gap),
      };
    };
    expect(show('real')).toEqual({
      partners: [['council', '600', '360', '960']],
      contributions: ['600', '360', '960'],
      pool: ['600', '360', '960'],
      gap: ['0', '0', '0'],
    });
    expect(show('cash')).toEqual({
      partners: [['council', '600', '396', '996']],
      contributions: ['600', '396', '996'],
      pool: ['600', '396', '996'],
      gap: ['0', '0', '0'],
    });
  });

  it('adds the partner figures up over all partners', () => {
    // Contribution PV is the pool's PV, 888; avoided 900; net benefit 12.
    expect(totals(annual.allPartners.contribution)).toEqual({
      real: '960',
      cash: '996',
      pv: '888',
    });
    expect(totals(annual.allPartners.avoided)).toEqual({ real: '1000', cash: '1050', pv: '900' });
    expect(totals(annual.allPartners.netBenefit)).toEqual({ real: '40', cash: '54', pv: '12' });
    expect(totals(annual.allPartners.doNothing)).toEqual({
      real: '2000',
      cash: '2100',
      pv: '1800',
    });
  });
});

describe('the do-nothing series and effectiveness', () => {
  const { results } = evaluated();

  it('gives the cost of doing nothing in every basis, in all and for each partner', () => {
    const expected = { real: ['1000', '1000'], cash: ['1000', '1100'], pv: ['1000', '800'] };
    expect(text(results.doNothing.series)).toEqual(expected);
    expect(results.doNothing.partners.map((p) => text(p.series))).toEqual([expected]);
    // The one partner bears it all.
    expect(results.doNothing.partners.map((p) => p.share.pv?.toString())).toEqual(['1']);
  });

  it('gives no share of a cost of doing nothing that is zero', () => {
    // The half-penny offer model has no cost lines.
    const evaluation = evaluateModel(offersModel());
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    expect(evaluation.results.doNothing.partners.map((p) => p.share)).toEqual([
      { real: null, cash: null, pv: null },
      { real: null, cash: null, pv: null },
    ]);
  });

  it('averages the services’ effectiveness by year and over the years', () => {
    // Full strength while funded; the pilot's effect ends with its money (drop-off 100%).
    const mean = (id: string) => {
      const m = scenario(results, id).meanEffectiveness;
      return [...m.byYear.map(String), String(m.overall)];
    };
    expect(mean('two')).toEqual(['1', '1', '1']);
    expect(mean('pilot')).toEqual(['1', '0', '0.5']);
  });
});

/** True when a value holds only arrays, plain objects, strings, numbers, booleans, null and `Dec`s. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (value instanceof Dec) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainData);
}

describe('the calculation in two steps', () => {
  const { model } = evaluated();

  it('gives the same results when the do-nothing projection is made once and reused', () => {
    const doNothing = projectDoNothing(model);
    const first = calculateScenarios(model, doNothing);
    const second = calculateScenarios(model, doNothing);
    const whole = calculate(model);
    if (!first.ok || !second.ok || !whole.ok) throw new Error('calculation failed');
    expect(first.results.doNothing).toBe(doNothing);
    expect(second.results.doNothing).toBe(doNothing);
    expect(JSON.stringify(first.results)).toBe(JSON.stringify(whole.results));
    expect(JSON.stringify(second.results)).toBe(JSON.stringify(whole.results));
  });

  it('hands back plain data that a worker can post: no maps, functions or other classes', () => {
    const whole = calculate(model);
    if (!whole.ok) throw new Error('calculation failed');
    expect(isPlainData(whole.results)).toBe(true);
    expect(isPlainData({ map: new Map() })).toBe(false);
  });
});
