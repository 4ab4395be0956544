/**
 * The headline table and the short- against long-term sentence, on a model small enough to work by hand.
 * Every expected cell is worked out by hand in the comments here and in hand-worked-model.ts, never by
 * the engine or a copy of it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/model/evaluate';
import {
  comparisonSentence,
  defaultPair,
  resolvePair,
} from '../../../src/ui/results/comparison-data';
import { headlineTable } from '../../../src/ui/results/headline-data';
import { handWorkedModel as model } from '../../model/hand-worked-model';

function evaluated() {
  const evaluation = evaluateModel(model());
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}

const COLUMNS = ['Doing nothing', 'Two-year contract', 'Annual grants', 'One-year pilot'];

describe('headline table data', () => {
  const { results } = evaluated();
  const cells = (basis: 'real' | 'cash' | 'pv', pence = false) =>
    Object.fromEntries(headlineTable(results, basis, pence).rows.map((r) => [r.label, r.cells]));

  it('names doing nothing and each scenario as columns', () => {
    expect(headlineTable(results, 'pv', false).columns).toEqual(COLUMNS);
  });

  it('shows the present-value figures', () => {
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
      headlineTable(results, basis, false).rows.find((r) => r.label === 'Payback year')?.hint;
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
    expect(comparisonSentence(read, results, { shortTerm: 'annual', longTerm: 'two' }, 'pv')).toBe(
      'Annual grants would save £48 less over 2 years than Two-year contract (present value).',
    );
    // Swapped, real terms: annual grants 40 against 100, so the two-year contract saves 60 more.
    expect(
      comparisonSentence(read, results, { shortTerm: 'two', longTerm: 'annual' }, 'real', true),
    ).toBe(
      'Two-year contract would save £60.00 more over 2 years than Annual grants (real terms).',
    );
    expect(comparisonSentence(read, results, { shortTerm: 'two', longTerm: 'two' }, 'cash')).toBe(
      'Two-year contract would save the same over 2 years as Two-year contract (cash terms).',
    );
  });
});
