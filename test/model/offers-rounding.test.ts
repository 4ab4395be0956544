/**
 * Under the offers rule each partner pays its annual offer rounded half up to pennies in every year with a
 * pool (MODEL.md, "Contributions"), in real terms as in cash terms, and its contributions PV is the PV of
 * those rounded payments. The figures below are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/model/evaluate';
import { toHeadlessResults } from '../../src/model/headless-results';
import { compareRules, isRuleError } from '../../src/model/rule-comparison';
import { offersModel } from './half-penny-offer';

function evaluated() {
  const evaluation = evaluateModel(offersModel());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  const [scenario] = evaluation.results.scenarios;
  if (!scenario) throw new Error('no scenario');
  return { ...evaluation, scenario };
}

describe('an offer with a half penny', () => {
  it('is paid in whole pennies in real terms: £600.01 a year', () => {
    const { scenario } = evaluated();
    expect(scenario.partners[0]?.contributions.map((c) => c.toString())).toEqual([
      '600.01',
      '600.01',
      '600.01',
    ]);
    // 3 × 600.01 = 1,800.03 (not 3 × 600.005 = 1,800.015).
    expect(scenario.partnerSummaries[0]?.contribution.real.toString()).toBe('1800.03');
  });

  it('is paid in whole pennies in cash terms: 600.01 × 1, × 1.1, × 1.21', () => {
    const { scenario } = evaluated();
    // 600.01; 660.011 → 660.01; 726.0121 → 726.01. Total 1,986.03.
    expect(scenario.partners[0]?.contributionsCash.map((c) => c.toString())).toEqual([
      '600.01',
      '660.01',
      '726.01',
    ]);
    expect(scenario.partnerSummaries[0]?.contribution.cash.toString()).toBe('1986.03');
  });

  it('has a PV that discounts the rounded payments: 600.01 × 3.31 / 1.21 = 1,641.35', () => {
    const { model, results, scenario } = evaluated();
    // 600.01 × 3.31 = 1,986.0331; ÷ 1.21 = 1,641.34966942148760… → 1,641.35 (600.005 would give
    // 1,641.3359… → 1,641.34). The PV is kept in full and rounded only when shown.
    expect(scenario.partnerSummaries[0]?.contribution.pv.toDecimalPlaces(10).toString()).toBe(
      '1641.3496694215',
    );
    // B: 300 × 3.31 / 1.21 = 993 / 1.21 = 820.66115702479338… → 820.66.
    expect(scenario.partnerSummaries[1]?.contribution.pv.toDecimalPlaces(10).toString()).toBe(
      '820.6611570248',
    );
    const [headless] = toHeadlessResults(model, results).scenarios;
    expect(headless?.partners.map((p) => [p.contributionsPV, p.contributions])).toEqual([
      ['1641.35', ['600.01', '600.01', '600.01']],
      ['820.66', ['300.00', '300.00', '300.00']],
    ]);
  });

  it('leaves a shortfall of 1,000 − 900.01 = £99.99 a year, £273.53 in PV', () => {
    const { scenario } = evaluated();
    expect(scenario.shortfall?.byYear.map((v) => v.toString())).toEqual([
      '99.99',
      '99.99',
      '99.99',
    ]);
    // 99.99 × 3.31 / 1.21 = 330.9669 / 1.21 = 273.5263… → 273.53.
    expect(scenario.shortfall?.total.pv.toFixed(2)).toBe('273.53');
  });

  it('gives the same PV in the comparison of rules, whose offers column adds up to the pool', () => {
    const { model, results } = evaluated();
    const comparison = compareRules(model, results, 'offers');
    const offers = comparison?.rules.find((r) => r.rule === 'offers');
    if (!offers || isRuleError(offers)) throw new Error('no offers column');
    expect(offers.partners.map((p) => p.contribution.toFixed(2))).toEqual(['1641.35', '820.66']);
    // The pool's PV: 1,000 × 3.31 / 1.21 = 2,735.53719008…; less 1,641.34966942… and 820.66115702…
    // leaves 273.52636363… → 273.53.
    expect(comparison?.poolPV.toFixed(2)).toBe('2735.54');
    expect(offers.shortfall?.toDecimalPlaces(8).toString()).toBe('273.52636364');
  });
});
