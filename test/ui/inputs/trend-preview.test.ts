import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import {
  previewPoints,
  previewRows,
  previewSummary,
  trendSentence,
  type StreamProjection,
} from '../../../src/ui/inputs/trend-preview';
import { workedExample } from '../render-with-store';

function projection(values: string[], startYear = 2026): StreamProjection {
  return {
    years: values.map((_, t) => startYear + t),
    caseloads: values.map((v) => new Dec(v)),
    impliedGrowth: null,
    annualChange: null,
  };
}

describe('previewRows and previewPoints', () => {
  it('puts recorded history and the projection on one axis of financial years', () => {
    const rows = previewRows(
      [
        { year: 2024, count: '100' },
        { year: 2025, count: '110' },
      ],
      projection(['120.5', '130']),
    );
    expect(rows.map((r) => r.label)).toEqual(['2024/25', '2025/26', '2026/27', '2027/28']);
    expect(previewPoints(rows)).toEqual([
      { year: 2024, label: '2024/25', recorded: 100, projected: null },
      { year: 2025, label: '2025/26', recorded: 110, projected: null },
      { year: 2026, label: '2026/27', recorded: null, projected: 120.5 },
      { year: 2027, label: '2027/28', recorded: null, projected: 130 },
    ]);
  });

  it('fills missing years, leaves out counts that are not numbers, and keeps the first of a repeated year', () => {
    const rows = previewRows(
      [
        { year: 2021, count: '90' },
        { year: 2023, count: '12x' },
        { year: 2021, count: '95' },
      ],
      projection(['100'], 2024),
    );
    expect(previewPoints(rows)).toEqual([
      { year: 2021, label: '2021/22', recorded: 90, projected: null },
      { year: 2022, label: '2022/23', recorded: null, projected: null },
      { year: 2023, label: '2023/24', recorded: null, projected: null },
      { year: 2024, label: '2024/25', recorded: null, projected: 100 },
    ]);
  });

  it('does not fill a gap left by a mistyped year', () => {
    const rows = previewRows([{ year: 1921, count: '90' }], projection(['100'], 2026));
    expect(rows.map((r) => r.year)).toEqual([1921, 2026]);
  });

  it('shows the projection from the engine exactly as calculated', () => {
    const evaluation = evaluateModel(workedExample());
    if (!evaluation.ok) throw new Error('worked example should be valid');
    const { years, streams } = evaluation.results.doNothing;
    const marac = streams.find((s) => s.streamId === 'marac')!;
    const rows = previewRows(workedExample().streams[1]!.history, { years, ...marac });
    const projected = rows.filter((r) => r.projected);
    expect(projected).toHaveLength(10);
    expect(projected[0]!.projected!.eq(marac.caseloads[0]!)).toBe(true);
  });
});

describe('trendSentence', () => {
  it('gives the implied growth of a compound or rate trend', () => {
    const p = { ...projection(['1']), impliedGrowth: new Dec('0.04137') };
    expect(trendSentence('compound', p)).toBe('Implied annual growth: 4.1%');
    expect(trendSentence('rate', { ...p, impliedGrowth: new Dec('0.02') })).toBe(
      'Implied annual growth: 2%',
    );
    expect(trendSentence('rate', { ...p, impliedGrowth: new Dec('-0.035') })).toBe(
      'Implied annual growth: −3.5%',
    );
  });

  it('gives the yearly change of a straight line', () => {
    const p = { ...projection(['1']), annualChange: new Dec('55.7') };
    expect(trendSentence('linear', p)).toBe('Changes by about +56 cases a year');
    expect(trendSentence('linear', { ...p, annualChange: new Dec('-200') })).toBe(
      'Changes by about −200 cases a year',
    );
    expect(trendSentence('linear', { ...p, annualChange: new Dec('0.2') })).toBe(
      'Changes by less than one case a year',
    );
  });

  it('says nothing for flat and series', () => {
    expect(trendSentence('flat', projection(['1']))).toBeNull();
    expect(trendSentence('series', projection(['1']))).toBeNull();
  });
});

describe('previewSummary', () => {
  it('describes the chart in one sentence', () => {
    const rows = previewRows(
      [
        { year: 2024, count: '1000' },
        { year: 2025, count: '1100' },
      ],
      projection(['1200.4', '1300', '1400.6']),
    );
    expect(previewSummary(rows)).toBe(
      'Recorded: 1,000 in 2024/25 to 1,100 in 2025/26; projected: 1,200 in 2026/27 to 1,401 in 2028/29.',
    );
    expect(previewSummary([])).toBe('No figures to show yet.');
  });
});
