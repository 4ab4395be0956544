import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../../../src/model/decimal';
import { inBasis } from '../../../src/model/year-factors';
import { doNothingByPartnerData } from '../../../src/ui/shared/do-nothing-data';
import { effectivenessData } from '../../../src/ui/results/effectiveness-data';
import { netSavingData } from '../../../src/ui/shared/net-saving-data';
import { reachTables } from '../../../src/ui/results/reach-data';
import { totalCostData } from '../../../src/ui/results/total-cost-data';
import { moneyTick } from '../../../src/ui/shared/axis-format';
import { formatFinancialYear, formatMoney } from '../../../src/ui/shared/format';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { Basis, Results } from '../../../src/model/results';
import { workedExample } from '../render-with-store';
import { twoValueTypesModel } from './two-value-types-model';

function engine(): { model: Model; results: Results } {
  const evaluation = evaluateModel(workedExample());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}

const BASES: Basis[] = ['real', 'cash', 'pv'];

/** Equal to 10 decimal places: sums taken in a different order may differ in the 34th digit. */
function same(a: Dec | null | undefined, b: Dec): void {
  expect(a?.toFixed(10)).toBe(b.toFixed(10));
}

describe('chart data for the results screen', () => {
  it('stacks the cost of doing nothing by partner so each year adds up to the total, in every basis', () => {
    const { model, results } = engine();
    for (const basis of BASES) {
      const data = doNothingByPartnerData(model, results, basis, 'economic');
      const total = inBasis(results.doNothing.total, basis, results.doNothing.factors);
      expect(data.points).toHaveLength(model.horizonYears);
      expect(data.points.map((p) => p.label)).toEqual(
        results.doNothing.years.map(formatFinancialYear),
      );
      expect(data.series).toHaveLength(model.partners.length);
      data.table.rows.forEach((row, t) => {
        const partners = row.cells.slice(0, -1).map((c) => c ?? new Dec(0));
        same(sum(partners), total[t]!);
        same(row.cells.at(-1), total[t]!);
        const stack = data.series.reduce((acc, s) => acc + Number(data.points[t]![s.key]), 0);
        expect(stack).toBeCloseTo(total[t]!.toNumber(), 4);
      });
      same(data.table.foot[0]!.cells.at(-1), results.doNothing.totals[basis]);
      expect(data.summary).toContain(formatMoney(results.doNothing.totals[basis]));
    }
  });

  it('puts each scenario’s remaining cost plus service cost against doing nothing', () => {
    const { results } = engine();
    for (const basis of BASES) {
      const data = totalCostData(results, basis, 'economic');
      expect(data.series).toHaveLength(results.scenarios.length + 1);
      const totals = data.table.foot[0]!.cells;
      same(totals[0], results.doNothing.totals[basis]);
      results.scenarios.forEach((s, i) => {
        same(totals[i + 1], s.headline.remaining[basis].plus(s.headline.service[basis]));
      });
    }
  });

  it('ends the running net saving at each headline net saving and marks the engine’s payback year in PV', () => {
    const { results } = engine();
    for (const basis of BASES) {
      const data = netSavingData(results, basis, 'economic');
      const last = data.table.rows.at(-1)!;
      results.scenarios.forEach((s, i) => {
        same(last.cells[i], s.headline.netSaving[basis]);
      });
    }
    const pv = netSavingData(results, 'pv', 'economic');
    const expected = results.scenarios.flatMap((s) =>
      s.headline.paybackYear === null ? [] : [s.headline.paybackYear],
    );
    expect(pv.paybacks.map((p) => p.year)).toEqual(expected);
    for (const s of results.scenarios) {
      const words =
        s.headline.paybackYear === null
          ? `${s.name} not within the horizon`
          : `${s.name} in ${formatFinancialYear(s.headline.paybackYear)}`;
      expect(pv.summary).toContain(words);
    }
  });

  it('averages the services’ yearly operating level for each scenario', () => {
    const { results } = engine();
    const data = effectivenessData(results);
    results.scenarios.forEach((s, i) => {
      data.table.rows.forEach((row, t) => {
        const mean = sum(s.services.map((service) => service.effectiveness[t]!)).div(
          s.services.length,
        );
        same(row.cells[i], mean);
        expect(mean.gte(0) && mean.lte(1)).toBe(true);
        expect(data.points[t]![`s${i}`]).toBeCloseTo(mean.times(100).toNumber(), 8);
      });
    });
  });
});

/** Figures worked by hand in two-value-types-model.ts (PV; the discount factors are 1 and 0.8). */
describe('chart data in the financial and the economic case', () => {
  const evaluation = evaluateModel(twoValueTypesModel());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  const { model, results } = evaluation;
  const text = (values: readonly (Dec | null)[]) => values.map((v) => v?.toString());

  it('runs the net saving of fiscal lines alone in the financial case, and of everything in the economic case', () => {
    // Financial, two-year contract: 500 − 600 = −100, then −100 + (500 − 300) × 0.8 = 60; pilot: −100,
    // then −100 + 250 × 0.8 = 100. Economic: 700 − 600 = 100, then 100 + (700 − 300) × 0.8 = 420; pilot:
    // 100, then 100 + 350 × 0.8 = 380.
    const financial = netSavingData(results, 'pv', 'financial');
    expect(financial.table.rows.map((r) => text(r.cells))).toEqual([
      ['-100', '-100'],
      ['60', '100'],
    ]);
    expect(financial.paybacks.map((p) => p.label)).toEqual(['2027/28', '2027/28']);
    expect(financial.summary).toContain('(present value, fiscal values)');
    const economic = netSavingData(results, 'pv', 'economic');
    expect(economic.table.rows.map((r) => text(r.cells))).toEqual([
      ['100', '100'],
      ['420', '380'],
    ]);
    expect(economic.paybacks.map((p) => p.label)).toEqual(['2026/27', '2026/27']);
  });

  it('puts the remaining cost plus service against doing nothing in each case', () => {
    // Financial, real terms: doing nothing 1,000 a year; two-year contract 500 + 600 = 1,100 and
    // 500 + 300 = 800; pilot 1,100 and 750 + 0 = 750.
    const financial = totalCostData(results, 'real', 'financial');
    expect(financial.table.rows.map((r) => text(r.cells))).toEqual([
      ['1000', '1100', '1100'],
      ['1000', '800', '750'],
    ]);
    // Economic: doing nothing 1,500; two-year 800 + 600 = 1,400 and 800 + 300 = 1,100; pilot 1,400 and
    // 1,500 − 350 = 1,150.
    const economic = totalCostData(results, 'real', 'economic');
    expect(economic.table.rows.map((r) => text(r.cells))).toEqual([
      ['1500', '1400', '1400'],
      ['1500', '1100', '1150'],
    ]);
  });

  it('stacks the fiscal cost by partner in the financial case: society bears none of it', () => {
    const financial = doNothingByPartnerData(model, results, 'real', 'financial');
    expect(financial.table.rows.map((r) => text(r.cells))).toEqual([
      ['1000', '0', '1000'],
      ['1000', '0', '1000'],
    ]);
    const economic = doNothingByPartnerData(model, results, 'real', 'economic');
    expect(economic.table.rows.map((r) => text(r.cells))).toEqual([
      ['1000', '500', '1500'],
      ['1000', '500', '1500'],
    ]);
  });

  it('shows the share of each reached caseload helped and benefiting, by year', () => {
    // Pilot: helped 100% while it runs, then 0%; benefiting 100%, then 50% (last year's help, at half weight).
    const [idva] = reachTables(model, results, 'pilot');
    expect(idva?.serviceName).toBe('IDVA service');
    expect(idva?.table.columns).toEqual([
      'Victims known to services: helped',
      'Victims known to services: benefiting',
    ]);
    expect(idva?.table.rows.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['2026/27', '1', '1'],
      ['2027/28', '0', '0.5'],
    ]);
  });
});

describe('money axis ticks', () => {
  it('keeps the decimals a tick needs instead of rounding it to a different value', () => {
    expect([6_750_000, 6_500_000, 7_000_000, 450_000, 0, -600_000].map(moneyTick)).toEqual([
      '£6.75m',
      '£6.5m',
      '£7m',
      '£450k',
      '£0',
      '−£600k',
    ]);
  });
});
