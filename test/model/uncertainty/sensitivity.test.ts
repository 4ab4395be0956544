/**
 * The tornado (src/model/uncertainty/sensitivity.ts): swings worked by hand on a model whose net saving is
 * a straight line in each input, and on the worked example, checked against the full calculation.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/model/calculate';
import { Dec } from '../../../src/model/decimal';
import { tornado } from '../../../src/model/uncertainty/sensitivity';
import { withInput } from '../../../src/model/uncertainty/uncertain-inputs';
import { linearModelFile, modelOf, workedExampleFile } from './uncertainty-models';

const money = (x: Dec) => x.toFixed(2);

describe('tornado of the hand-worked model', () => {
  const rows = tornado(modelOf(linearModelFile()), 'a');

  it('puts the largest financial swing first, then the largest economic swing', () => {
    // Financial swings 90,000 (reduction, fiscal unit cost and rate), 45,000 (attribution, coverage,
    // effectiveness), 36,000 (service cost), 0 (the economic line); among equal financial swings the
    // reduction's economic swing (108,000) beats the fiscal line's (90,000). Growth and deadweight are 0
    // today, so their ranges have no width and they are left out.
    expect(rows.map((r) => r.key)).toEqual([
      'effect:v:stream:s:reduction',
      'costLine:l:unitCost',
      'costLine:l:rate',
      'effect:v:stream:s:attribution',
      'reach:v:s:coverage',
      'scenario:a:effectiveness',
      'service:v:annualCost',
      'costLine:e:unitCost',
      'costLine:e:rate',
    ]);
  });

  it.each([
    // Unit cost 500 to 1,500: fiscal avoided 25,000 to 75,000 a year; × 1.8 after the service's 20,000:
    // financial 9,000 to 99,000; economic (adding the economic line's 10,000) 27,000 to 117,000.
    ['costLine:l:unitCost', '9000.00', '99000.00', '27000.00', '117000.00'],
    // Reduction 0.25 to 0.75 halves or 1.5× both lines' avoided cost: 25,000 to 75,000 fiscal,
    // 30,000 to 90,000 in all. Financial 9,000 to 99,000; economic 18,000 to 126,000.
    ['effect:v:stream:s:reduction', '9000.00', '99000.00', '18000.00', '126000.00'],
    // Coverage 0.5 to 1: half the cases helped, or all: financial 9,000 to 54,000, economic 18,000
    // to 72,000. Attribution and effectiveness the same.
    ['reach:v:s:coverage', '9000.00', '54000.00', '18000.00', '72000.00'],
    ['scenario:a:effectiveness', '9000.00', '54000.00', '18000.00', '72000.00'],
    // Service cost 10,000 to 30,000: financial (50,000 − 10,000) × 1.8 = 72,000 to 36,000; economic
    // 90,000 to 54,000.
    ['service:v:annualCost', '72000.00', '36000.00', '90000.00', '54000.00'],
    // The economic line's unit cost 100 to 300 leaves the financial case at 54,000; economic
    // (50,000 + 5,000 − 20,000) × 1.8 = 63,000 to (50,000 + 15,000 − 20,000) × 1.8 = 81,000.
    ['costLine:e:unitCost', '54000.00', '54000.00', '63000.00', '81000.00'],
  ])('%s: financial %s to %s, economic %s to %s', (key, fLow, fHigh, eLow, eHigh) => {
    const row = rows.find((r) => r.key === key);
    expect(
      row && [
        money(row.financialAtLow),
        money(row.financialAtHigh),
        money(row.economicAtLow),
        money(row.economicAtHigh),
      ],
    ).toEqual([fLow, fHigh, eLow, eHigh]);
    expect(row && money(row.financialSwing)).toBe(new Dec(fHigh).minus(fLow).abs().toFixed(2));
  });

  it('throws on a scenario the model does not have', () => {
    expect(() => tornado(modelOf(linearModelFile()), 'nope')).toThrow(/no scenario/);
  });
});

describe('tornado of the worked example', () => {
  const model = modelOf(workedExampleFile());
  const rows = tornado(model, 'five-year');

  it('moves the net saving by the IDVA service’s budgeted cost across its range', () => {
    // Annual cost 320,000 not rated: 160,000 to 480,000, a difference of 320,000. The five-year
    // commitment runs it in every month of ten years, with 10% optimism bias on costs, so each pound of
    // annual cost costs 1.1 × Σ_{t=0}^{9} 1.035^−t = 1.1 × 8.6076865088681 in PV.
    // Swing 320,000 × 1.1 × 8.6076865088681 = 3,029,905.65, the same in both cases.
    const row = rows.find((r) => r.key === 'service:idva:annualCost');
    expect(row && [money(row.financialSwing), money(row.economicSwing)]).toEqual([
      '3029905.65',
      '3029905.65',
    ]);
  });

  it('moves the net saving by half of a line’s avoided cost across an amber unit cost’s range', () => {
    // Amber: 75% to 125% of the figure, so the swing is half the line's avoided cost PV (as the full
    // calculation reports it); the health line is fiscal, so the same in both cases.
    const calculated = calculate(model);
    if (!calculated.ok) throw new Error('The worked example should calculate.');
    const scenario = calculated.results.scenarios.find((s) => s.scenarioId === 'five-year');
    const factors = calculated.results.doNothing.factors.discount;
    const avoided = scenario?.lines.find((l) => l.lineId === 'health')?.avoided ?? [];
    const avoidedPV = avoided.reduce(
      (total, a, t) => total.plus(a.times(factors[t] ?? 0)),
      new Dec(0),
    );
    const row = rows.find((r) => r.key === 'costLine:health:unitCost');
    expect(row?.financialSwing.minus(avoidedPV.div(2)).abs().lt('0.000001')).toBe(true);
    expect(row?.economicSwing.minus(avoidedPV.div(2)).abs().lt('0.000001')).toBe(true);
  });

  it('gives the figures the full calculation gives with the input at each end', () => {
    // The first rows, and one of each kind, recalculated in full at both ends.
    const kinds = new Set<string>();
    const checked = rows.filter((r, i) => {
      if (i >= 3 && kinds.has(r.kind)) return false;
      kinds.add(r.kind);
      return true;
    });
    for (const row of checked)
      for (const [value, financial, economic] of [
        [row.low, row.financialAtLow, row.economicAtLow],
        [row.high, row.financialAtHigh, row.economicAtHigh],
      ] as const) {
        const full = calculate(withInput(model, row.key, value));
        if (!full.ok) throw new Error(`${row.key} should calculate.`);
        const scenario = full.results.scenarios.find((s) => s.scenarioId === 'five-year');
        expect(money(scenario?.financial.headline.netSaving.pv ?? new Dec(0))).toBe(
          money(financial),
        );
        expect(money(scenario?.headline.netSaving.pv ?? new Dec(0))).toBe(money(economic));
      }
  });

  it('is sorted by financial swing and leaves out other scenarios’ effectiveness', () => {
    rows.forEach((row, i) => {
      const before = rows[i - 1];
      if (before) expect(before.financialSwing.gte(row.financialSwing)).toBe(true);
    });
    expect(rows.some((r) => r.key === 'scenario:one-year-grants:effectiveness')).toBe(false);
    expect(rows.some((r) => r.key === 'scenario:five-year:effectiveness')).toBe(true);
  });
});
