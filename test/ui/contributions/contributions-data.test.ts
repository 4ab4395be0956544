import { describe, expect, it } from 'vitest';
import { sum, ZERO, type Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { Results, ScenarioResult } from '../../../src/model/results';
import { compareRules } from '../../../src/model/rule-comparison';
import { inBasis } from '../../../src/model/year-factors';
import { costBorneTable } from '../../../src/ui/contributions/cost-borne-data';
import { partnerBalanceData } from '../../../src/ui/contributions/partner-balance-data';
import { ruleSharesData } from '../../../src/ui/shared/rule-shares-data';
import { yearlyContributions } from '../../../src/ui/contributions/yearly-contributions-data';
import { formatFinancialYear } from '../../../src/ui/shared/format';
import { workedExample } from '../render-with-store';
import { twoValueTypesModel } from '../results/two-value-types-model';

function engine(): { model: Model; results: Results } {
  const evaluation = evaluateModel(workedExample());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}

function scenarioOf(results: Results, id: string): ScenarioResult {
  const found = results.scenarios.find((s) => s.scenarioId === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

describe('who-pays data', () => {
  it('puts each partner’s contribution beside the fiscal cost it bears and avoids, with both net benefits', () => {
    const { model, results } = engine();
    const result = scenarioOf(results, 'one-year-grants');
    for (const basis of ['real', 'cash', 'pv'] as const) {
      const data = partnerBalanceData(model, result, basis);
      // Partners of kind society never pay, so they are not in this chart or its table.
      const payers = model.partners.filter((p) => p.kind !== 'society');
      expect(data.points.map((p) => p.label)).toEqual(payers.map((p) => p.name));
      expect(data.table.columns).toEqual([
        'Fiscal cost borne (doing nothing)',
        'Contribution',
        'Fiscal cost avoided',
        'Net benefit: fiscal cost avoided less contribution',
        'Net benefit of all value types',
      ]);
      data.table.rows.forEach((row, i) => {
        const summary = result.partnerSummaries.find((p) => p.partnerId === payers[i]!.id)!;
        expect(row.cells.map((c) => c?.toString())).toEqual([
          summary.fiscal.doNothing[basis].toString(),
          summary.contribution[basis].toString(),
          summary.fiscal.avoided[basis].toString(),
          summary.fiscal.netBenefit[basis].toString(),
          summary.netBenefit[basis].toString(),
        ]);
      });
      // Contributions add up to the pool: each year's pool in pennies, in this basis (in cash terms the
      // pennies are shared out in cash), added up.
      const expected =
        basis === 'cash'
          ? result.ledger.cash.pool.total
          : sum(inBasis(result.ledger.real.pool.byYear, basis, results.doNothing.factors));
      expect(data.table.foot[0]!.cells[1]!.toFixed(2)).toBe(expected.toFixed(2));
    }
  });

  it('leaves partners of kind society out of who pays, and keeps them among the bearers', () => {
    // Worked by hand in test/ui/results/two-value-types-model.ts: the council pays the whole pool
    // (PV 840) and avoids 900 of the 1,800 fiscal cost it bears; victims and families bear 900 of
    // economic cost (PV), none of it fiscal, and avoid 360 of it.
    const evaluation = evaluateModel(twoValueTypesModel());
    if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
    const { model, results } = evaluation;
    const result = scenarioOf(results, 'two');
    const text = (cells: readonly (Dec | null)[]) => cells.map((c) => c?.toString());
    const balance = partnerBalanceData(model, result, 'pv');
    expect(balance.table.rows.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['Council', '1800', '840', '900', '60', '60'],
    ]);
    const borne = costBorneTable(model, result, 'pv');
    expect(borne.rows.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['Council', '1800', '900', '1800', '900'],
      ['Victims and families (bears costs, never pays)', '0', '0', '900', '360'],
    ]);
    expect(borne.foot.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['All partners', '1800', '900', '2700', '1260'],
    ]);
    const rules = ruleSharesData(model, compareRules(model, results, 'two')!);
    expect(rules.grid.rows.map((r) => r.name)).toEqual(['Council']);
    expect(rules.grid.nonPayers).toEqual(['Victims and families']);
    const yearly = yearlyContributions(model, results, result, 'real');
    // The council pays 600 then 300.
    expect(yearly.table.rows.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['Council', '600', '300', '900'],
    ]);
  });

  it('sets every rule side by side, each column adding up to the pool', () => {
    const { model, results } = engine();
    for (const result of results.scenarios) {
      const comparison = compareRules(model, results, result.scenarioId)!;
      const data = ruleSharesData(model, comparison);
      expect(data.grid.columns.filter((c) => c.isCurrent).map((c) => c.rule)).toEqual([
        result.rule,
      ]);
      data.grid.columns.forEach((_, k) => {
        const partners = sum(data.grid.rows.map((row) => row.cells[k]!.contribution));
        const shortfall = data.grid.shortfall?.[k] ?? ZERO;
        expect(partners.plus(shortfall).toFixed(2)).toBe(comparison.poolPV.toFixed(2));
        expect(data.grid.totals[k]!.toFixed(2)).toBe(comparison.poolPV.toFixed(2));
      });
      expect(data.points).toHaveLength(model.partners.filter((p) => p.kind !== 'society').length);
    }
  });

  it('reconciles the yearly contributions to the pool to the penny, in real and cash terms', () => {
    const { model, results } = engine();
    for (const result of results.scenarios) {
      for (const basis of ['real', 'cash'] as const) {
        const data = yearlyContributions(model, results, result, basis);
        expect(data.table.columns).toEqual([
          ...results.doNothing.years.map(formatFinancialYear),
          'Total over 10 years',
        ]);
        const foot = (label: RegExp) => data.table.foot.find((r) => label.test(r.label))!.cells;
        const pool = foot(/^Pool/);
        const total = foot(/^Total contributions/);
        const shortfall = result.rule === 'offers' ? foot(/^Shortfall/) : null;
        pool.forEach((amount, t) => {
          const partners = sum(data.table.rows.map((row) => row.cells[t]!));
          expect(total[t]!.eq(partners)).toBe(true);
          expect(partners.plus(shortfall?.[t] ?? ZERO).toFixed(2)).toBe(amount!.toFixed(2));
        });
        expect(data.reconciles).toBe(result.rule !== 'offers');
      }
    }
    // The pilot's offers fall short of its first year's pool: with the optimism bias on costs,
    // (320,000 + 60,000) × 1.1 + (180,000 + 30,000) × 1.2 = 418,000 + 252,000 = 670,000, against offers
    // of 150,000 + 100,000 + 80,000 + 75,000 + 50,000 = 455,000: a shortfall of 215,000.
    const pilot = yearlyContributions(
      model,
      results,
      scenarioOf(results, 'one-year-pilot'),
      'real',
    );
    expect(pilot.shortfall?.toFixed(2)).toBe('215000.00');
  });
});
