import { describe, expect, it } from 'vitest';
import { sum, toPennies, ZERO } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { Results, ScenarioResult } from '../../../src/model/results';
import { compareRules } from '../../../src/model/rule-comparison';
import { inBasis } from '../../../src/model/year-factors';
import { partnerBalanceData } from '../../../src/ui/contributions/partner-balance-data';
import { ruleSharesData } from '../../../src/ui/contributions/rule-shares-data';
import { yearlyContributions } from '../../../src/ui/contributions/yearly-contributions-data';
import { formatFinancialYear } from '../../../src/ui/shared/format';
import { workedExample } from '../render-with-store';

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
  it('puts each partner’s contribution beside the cost it avoids, with net benefit in the table', () => {
    const { model, results } = engine();
    const result = scenarioOf(results, 'one-year-grants');
    for (const basis of ['real', 'cash', 'pv'] as const) {
      const data = partnerBalanceData(model, result, basis);
      expect(data.points.map((p) => p.label)).toEqual(model.partners.map((p) => p.name));
      data.table.rows.forEach((row, i) => {
        const summary = result.partnerSummaries[i]!;
        expect(row.cells.map((c) => c?.toString())).toEqual([
          summary.contribution[basis].toString(),
          summary.avoided[basis].toString(),
          summary.netBenefit[basis].toString(),
        ]);
      });
      // Contributions add up to the pool (its PV, or the yearly pennies summed).
      const expected =
        basis === 'pv'
          ? toPennies(result.headline.service.pv)
          : sum(
              inBasis(
                result.years.map((y) => y.service),
                basis,
                results.doNothing.factors,
              ).map(toPennies),
            );
      expect(data.table.foot[0]!.cells[0]!.toFixed(2)).toBe(expected.toFixed(2));
    }
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
      expect(data.points).toHaveLength(model.partners.length);
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
    // The pilot's offers fall short of its £690,000 first year.
    const pilot = yearlyContributions(
      model,
      results,
      scenarioOf(results, 'one-year-pilot'),
      'real',
    );
    expect(pilot.shortfall?.toFixed(2)).toBe('235000.00');
  });
});
