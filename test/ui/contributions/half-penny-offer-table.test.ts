/**
 * The contributions screen's data for a £600.005 offer: the yearly table shows what is paid, in whole
 * pennies adding up as a ledger, and the rule comparison names whose bill moves most.
 */
import { describe, expect, it } from 'vitest';
import type { Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import { compareRules } from '../../../src/model/rule-comparison';
import { ruleSharesData } from '../../../src/ui/shared/rule-shares-data';
import { yearlyContributions } from '../../../src/ui/contributions/yearly-contributions-data';
import { offersModel } from '../../model/half-penny-offer';

describe('the yearly contributions of a £600.005 offer against a £1,000 pool', () => {
  const evaluation = evaluateModel(offersModel());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  const { model, results } = evaluation;
  const [scenario] = results.scenarios;
  if (!scenario) throw new Error('no scenario');
  const cells = (basis: 'real' | 'cash') => {
    const { table, shortfall, reconciles } = yearlyContributions(model, results, scenario, basis);
    const text = (values: readonly (Dec | null)[]) => values.map((v) => v?.toString() ?? '');
    return {
      rows: table.rows.map((r) => [r.label, ...text(r.cells)]),
      foot: table.foot.map((r) => [r.label, ...text(r.cells)]),
      shortfall: shortfall?.toString(),
      reconciles,
    };
  };

  it('in real terms: 600.01 a year from A, 300 from B, a shortfall of 99.99 a year', () => {
    // A: 3 × 600.01 = 1,800.03; B: 900; together 900.01 a year, 2,700.03 in all; pool 3,000.
    expect(cells('real')).toEqual({
      rows: [
        ['A', '600.01', '600.01', '600.01', '1800.03'],
        ['B', '300', '300', '300', '900'],
      ],
      foot: [
        ['Total contributions', '900.01', '900.01', '900.01', '2700.03'],
        ['Shortfall (a surplus is negative)', '99.99', '99.99', '99.99', '299.97'],
        ['Pool: the services’ cost', '1000', '1000', '1000', '3000'],
      ],
      shortfall: '299.97',
      reconciles: false,
    });
  });

  it('in cash terms: each year’s payment inflated then rounded, 10% a year', () => {
    // A: 600.01, 660.011 → 660.01, 726.0121 → 726.01 (1,986.03). B: 300, 330, 363 (993).
    // Pool: 1,000, 1,100, 1,210 (3,310). Shortfall: 1,000 − 900.01 = 99.99; 1,100 − 990.01 = 109.99;
    // 1,210 − 1,089.01 = 120.99; in all 330.97.
    expect(cells('cash')).toEqual({
      rows: [
        ['A', '600.01', '660.01', '726.01', '1986.03'],
        ['B', '300', '330', '363', '993'],
      ],
      foot: [
        ['Total contributions', '900.01', '990.01', '1089.01', '2979.03'],
        ['Shortfall (a surplus is negative)', '99.99', '109.99', '120.99', '330.97'],
        ['Pool: the services’ cost', '1000', '1100', '1210', '3310'],
      ],
      shortfall: '330.97',
      reconciles: false,
    });
  });

  it('says whose bill moves most between the rules', () => {
    // Worked in test/model/rule-comparison.test.ts: B pays 820.66 under offers, 1,367.77 in equal shares.
    const comparison = compareRules(model, results, 'offers');
    if (!comparison) throw new Error('no comparison');
    expect(ruleSharesData(model, comparison).summary).toContain(
      'The rule matters most to B: from £821 (Offers) to £1,368 (Equal shares).',
    );
  });
});
