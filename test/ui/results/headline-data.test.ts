/**
 * The headline table and the short- against long-term sentence, on a model small enough to work by hand.
 * Every expected cell is worked out by hand in the comments here and in hand-worked-model.ts, never by
 * the engine or a copy of it.
 */
import { describe, expect, it } from 'vitest';
import type { Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import {
  comparisonSentence,
  defaultPair,
  resolvePair,
} from '../../../src/ui/shared/comparison-data';
import { headlineTable } from '../../../src/ui/shared/headline-data';
import { valueTypeTable } from '../../../src/ui/results/value-type-data';
import { handWorkedModel as model } from '../../model/hand-worked-model';
import { twoValueTypesModel } from './two-value-types-model';

function evaluated() {
  const evaluation = evaluateModel(model());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}

const COLUMNS = ['Doing nothing', 'Two-year contract', 'Annual grants', 'One-year pilot'];

describe('headline table data', () => {
  const { results } = evaluated();
  const cells = (basis: 'real' | 'cash' | 'pv', pence = false, kind = 'financial' as const) =>
    Object.fromEntries(
      headlineTable(results, basis, pence, kind).rows.map((r) => [r.label, r.cells]),
    );

  it('names doing nothing and each scenario as columns', () => {
    expect(headlineTable(results, 'pv', false, 'financial').columns).toEqual(COLUMNS);
  });

  it('shows the present-value figures in the order of the financial case', () => {
    const table = headlineTable(results, 'pv', false, 'financial');
    expect(table.rows.map((r) => r.label)).toEqual([
      'Cost of doing nothing',
      'Cost avoided',
      'Cashable cost avoided',
      'Service cost',
      'Net saving',
      'Benefit–cost ratio',
      'Payback year',
      'Break-even share of the assumed effects',
    ]);
    expect(cells('pv')).toEqual({
      'Cost of doing nothing': ['£1,800', '£1,800', '£1,800', '£1,800'],
      'Service cost': ['£0', '£840', '£888', '£600'],
      'Cost avoided': ['£0', '£900', '£900', '£500'],
      'Net saving': ['£0', '£60', '£12', '−£100'],
      'Benefit–cost ratio': ['–', '1.07', '1.01', '0.83'],
      'Payback year': ['–', '2027/28', '2027/28', 'Not within the horizon'],
      'Break-even share of the assumed effects': ['–', '93.3%', '98.7%', '120%'],
      'Cashable cost avoided': ['£0', '£900', '£900', '£500'],
    });
  });

  it('gives the same figures in both cases when every line is fiscal', () => {
    const figures = (kind: 'financial' | 'economic') =>
      headlineTable(results, 'pv', false, kind).rows.map((r) => r.cells);
    expect(figures('economic')).toEqual(figures('financial'));
  });

  it('shows real-terms money with pence, keeping the ratios and payback worked out in PV', () => {
    expect(cells('real', true)).toEqual({
      'Cost of doing nothing': ['£2,000.00', '£2,000.00', '£2,000.00', '£2,000.00'],
      'Service cost': ['£0.00', '£900.00', '£960.00', '£600.00'],
      'Cost avoided': ['£0.00', '£1,000.00', '£1,000.00', '£500.00'],
      'Net saving': ['£0.00', '£100.00', '£40.00', '−£100.00'],
      'Benefit–cost ratio': ['–', '1.07', '1.01', '0.83'],
      'Payback year': ['–', '2027/28', '2027/28', 'Not within the horizon'],
      'Break-even share of the assumed effects': ['–', '93.3%', '98.7%', '120%'],
      'Cashable cost avoided': ['£0.00', '£1,000.00', '£1,000.00', '£500.00'],
    });
  });

  it('shows cash-terms money', () => {
    const cash = cells('cash');
    expect(cash['Cost of doing nothing']).toEqual(['£2,100', '£2,100', '£2,100', '£2,100']);
    expect(cash['Service cost']).toEqual(['£0', '£930', '£996', '£600']);
    expect(cash['Cost avoided']).toEqual(['£0', '£1,050', '£1,050', '£500']);
    expect(cash['Net saving']).toEqual(['£0', '£120', '£54', '−£100']);
  });

  it('says which figures are always in present value only when another basis is shown', () => {
    const hint = (basis: 'real' | 'pv') =>
      headlineTable(results, basis, false, 'financial').rows.find((r) => r.label === 'Payback year')
        ?.hint;
    expect(hint('pv')).toBe('The first year by which the running net saving reaches zero.');
    expect(hint('real')).toBe(
      'The first year by which the running net saving reaches zero. Always worked out in present value.',
    );
  });
});

describe('the short- against long-term sentence', () => {
  const { model: read, results } = evaluated();

  it('defaults to the shortest contracts funded for the whole horizon against the longest', () => {
    // The pilot has one-year contracts too but is funded for one year only.
    expect(defaultPair(read)).toEqual({ shortTerm: 'annual', longTerm: 'two' });
    expect(resolvePair(read, { shortTerm: 'gone', longTerm: 'pilot' })).toEqual({
      shortTerm: 'annual',
      longTerm: 'pilot',
    });
  });

  it('names both scenarios and the difference in net saving, saying "more" when it is negative', () => {
    // PV: 60 − 12 = 48 less under annual grants.
    expect(
      comparisonSentence(
        read,
        results,
        { shortTerm: 'annual', longTerm: 'two' },
        'pv',
        'financial',
      ),
    ).toBe(
      'Annual grants would save £48 less over 2 years than Two-year contract (present value).',
    );
    // Swapped, real terms: annual grants 40 against 100, so the two-year contract saves 60 more.
    expect(
      comparisonSentence(
        read,
        results,
        { shortTerm: 'two', longTerm: 'annual' },
        'real',
        'economic',
        true,
      ),
    ).toBe(
      'Two-year contract would save £60.00 more over 2 years than Annual grants (real terms).',
    );
    expect(
      comparisonSentence(read, results, { shortTerm: 'two', longTerm: 'two' }, 'cash', 'financial'),
    ).toBe('Two-year contract would save the same over 2 years as Two-year contract (cash terms).');
  });
});

/** Figures worked by hand in two-value-types-model.ts: one fiscal line and one economic line. */
describe('the financial and the economic case of a model with an economic line', () => {
  const evaluation = evaluateModel(twoValueTypesModel());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  const { model: read, results } = evaluation;
  const cells = (kind: 'financial' | 'economic') =>
    Object.fromEntries(
      headlineTable(results, 'pv', false, kind).rows.map((r) => [r.label, r.cells]),
    );

  it('counts fiscal lines alone in the financial case, against the whole service cost', () => {
    expect(cells('financial')).toEqual({
      'Cost of doing nothing': ['£1,800', '£1,800', '£1,800'],
      'Cost avoided': ['£0', '£900', '£700'],
      'Cashable cost avoided': ['£0', '£900', '£700'],
      'Service cost': ['£0', '£840', '£600'],
      'Net saving': ['£0', '£60', '£100'],
      'Benefit–cost ratio': ['–', '1.07', '1.17'],
      'Payback year': ['–', '2027/28', '2027/28'],
      'Break-even share of the assumed effects': ['–', '93.3%', '85.7%'],
    });
  });

  it('counts every value type in the economic case', () => {
    expect(cells('economic')).toEqual({
      'Cost of doing nothing': ['£2,700', '£2,700', '£2,700'],
      'Cost avoided': ['£0', '£1,260', '£980'],
      'Cashable cost avoided': ['£0', '£900', '£700'],
      'Service cost': ['£0', '£840', '£600'],
      'Net saving': ['£0', '£420', '£380'],
      'Benefit–cost ratio': ['–', '1.50', '1.63'],
      'Payback year': ['–', '2026/27', '2026/27'],
      'Break-even share of the assumed effects': ['–', '66.7%', '61.2%'],
    });
  });

  it('breaks the cost of doing nothing and the cost avoided down by value type', () => {
    const table = valueTypeTable(results, 'pv');
    expect(table.columns).toEqual([
      'Cost of doing nothing',
      'Cost avoided: Two-year contract',
      'Cost avoided: One-year pilot',
    ]);
    const text = (cells: readonly (Dec | null)[]) => cells.map((c) => c?.toString());
    // Fiscal 1,800 | 900 | 700; economic 900 | 360 | 280; social nothing; all 2,700 | 1,260 | 980.
    expect(table.rows.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['Fiscal: public bodies’ budgets', '1800', '900', '700'],
      ['Economic: lost output and other costs to the economy', '900', '360', '280'],
      ['Social: harm to victims’ health and wellbeing', '0', '0', '0'],
    ]);
    expect(table.foot.map((r) => [r.label, ...text(r.cells)])).toEqual([
      ['All value types', '2700', '1260', '980'],
    ]);
  });

  it('prices short-term funding in both cases', () => {
    const pair = { shortTerm: 'pilot', longTerm: 'two' };
    // Financial: 60 − 100 = −40, so the pilot saves £40 more. Economic: 420 − 380 = 40, £40 less.
    expect(comparisonSentence(read, results, pair, 'pv', 'financial')).toBe(
      'One-year pilot would save £40 more over 2 years than Two-year contract (present value).',
    );
    expect(comparisonSentence(read, results, pair, 'pv', 'economic')).toBe(
      'One-year pilot would save £40 less over 2 years than Two-year contract (present value).',
    );
  });
});
