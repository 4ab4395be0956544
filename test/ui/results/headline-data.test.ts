import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../src/model/headline';
import {
  comparisonSentence,
  defaultPair,
  resolvePair,
} from '../../../src/ui/results/comparison-data';
import { headlineTable } from '../../../src/ui/results/headline-data';
import { formatFinancialYear, formatMoney, formatRatio } from '../../../src/ui/shared/format';
import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { Results, ScenarioResult } from '../../../src/model/results';
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

describe('headline table data', () => {
  it('shows each scenario’s engine figures in the chosen basis', () => {
    const { results } = engine();
    for (const basis of ['real', 'cash', 'pv'] as const) {
      const table = headlineTable(results, basis, true);
      const row = (label: string) => table.rows.find((r) => r.label === label)!.cells;
      expect(table.columns).toEqual(['Doing nothing', ...results.scenarios.map((s) => s.name)]);
      expect(row('Net saving')).toEqual([
        '£0.00',
        ...results.scenarios.map((s) => formatMoney(s.headline.netSaving[basis], { pence: true })),
      ]);
      expect(row('Cost of doing nothing')[0]).toBe(
        formatMoney(results.doNothing.totals[basis], { pence: true }),
      );
      expect(row('Benefit–cost ratio').slice(1)).toEqual(
        results.scenarios.map((s) => formatRatio(s.headline.bcr)),
      );
      expect(row('Payback year').slice(1)).toEqual(
        results.scenarios.map((s) =>
          s.headline.paybackYear === null
            ? 'Not within the horizon'
            : formatFinancialYear(s.headline.paybackYear),
        ),
      );
    }
  });
});

describe('the short- against long-term sentence', () => {
  it('defaults to the shortest contracts funded for the whole horizon against the longest', () => {
    const { model } = engine();
    // The one-year pilot has one-year contracts too but is funded for one year only.
    expect(defaultPair(model)).toEqual({ shortTerm: 'one-year-grants', longTerm: 'five-year' });
    expect(resolvePair(model, { shortTerm: 'gone', longTerm: 'three-year' })).toEqual({
      shortTerm: 'one-year-grants',
      longTerm: 'three-year',
    });
  });

  it('names both scenarios and the difference in net saving, saying "more" when it is negative', () => {
    const { model, results } = engine();
    const short = scenarioOf(results, 'one-year-grants');
    const long = scenarioOf(results, 'five-year');
    const difference = compareScenarios(long.headline, short.headline).netSavingDifference.pv;
    expect(difference.isPositive()).toBe(true);
    expect(
      comparisonSentence(
        model,
        results,
        { shortTerm: short.scenarioId, longTerm: long.scenarioId },
        'pv',
      ),
    ).toBe(
      `${short.name} would save ${formatMoney(difference)} less over 10 years than ${long.name} (present value).`,
    );
    const swapped = comparisonSentence(
      model,
      results,
      { shortTerm: long.scenarioId, longTerm: short.scenarioId },
      'real',
    );
    const real = compareScenarios(long.headline, short.headline).netSavingDifference.real;
    expect(swapped).toBe(
      `${long.name} would save ${formatMoney(real)} more over 10 years than ${short.name} (real terms).`,
    );
  });
});
