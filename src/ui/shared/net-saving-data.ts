/**
 * Chart 3: cumulative net saving (avoided − service) per scenario, with the year each pays back, in one
 * case (financial: fiscal lines against the whole service cost; economic: every value type).
 */
import { ZERO } from '../../model/decimal';
import type { Basis, Results } from '../../model/results';
import { formatFinancialYear, formatMoney } from './format';
import { basisWords } from './basis-label';
import type { ChartData, ChartPoint } from './chart-types';
import { CASE_COUNTS, caseFigures, type CaseKind } from './case-kind';
import { scenarioStyle } from './scenario-style';

export type Payback = { key: string; label: string; value: number; year: number };

/** The engine's running net saving and payback year in the chosen basis (in PV, the headline's). */
export function netSavingData(
  results: Results,
  basis: Basis,
  kind: CaseKind,
): ChartData & { paybacks: Payback[] } {
  const { doNothing } = results;
  const cases = results.scenarios.map((s) => caseFigures(s, kind));
  const runningTotals = cases.map((c) => c.series.cumulativeNetSaving[basis]);
  const series = results.scenarios.map((s, i) => scenarioStyle(i, s.name));
  const points = doNothing.years.map((year, t) => {
    const point: ChartPoint = { label: formatFinancialYear(year) };
    series.forEach((style, i) => {
      const value = runningTotals[i]?.[t] ?? ZERO;
      point[style.key] = value.toNumber();
      point[`${style.key}Text`] = formatMoney(value);
    });
    return point;
  });
  const paybacks: Payback[] = [];
  const paybackWords = results.scenarios.map((s, i) => {
    const year = cases[i]?.paybackYears[basis] ?? null;
    if (year === null) return `${s.name} not within the horizon`;
    const t = doNothing.years.indexOf(year);
    paybacks.push({
      key: series[i]?.key ?? `s${i}`,
      label: formatFinancialYear(year),
      value: (runningTotals[i]?.[t] ?? ZERO).toNumber(),
      year,
    });
    return `${s.name} in ${formatFinancialYear(year)}`;
  });

  const last = doNothing.years.length - 1;
  let best = -1;
  runningTotals.forEach((running, i) => {
    const end = running[last] ?? ZERO;
    if (best < 0 || end.gt(runningTotals[best]?.[last] ?? ZERO)) best = i;
  });
  const bestScenario = results.scenarios[best];
  const bestEnd = runningTotals[best]?.[last] ?? ZERO;
  const lead = bestScenario
    ? `${bestScenario.name} ends with the largest cumulative net saving: ${formatMoney(bestEnd)} by ${formatFinancialYear(doNothing.years[last] ?? 0)} (${basisWords(basis)}, ${CASE_COUNTS[kind]}). `
    : '';

  return {
    series,
    points,
    paybacks,
    summary: `${lead}Pays for itself: ${paybackWords.join('; ')}.`,
    table: {
      rowHeader: 'Year',
      columns: series.map((s) => s.name),
      rows: doNothing.years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: runningTotals.map((running) => running[t] ?? ZERO),
      })),
      foot: [],
      format: 'money',
    },
  };
}
