/** Chart 3: cumulative net saving (avoided − service) per scenario, with the year each pays back. */
import { ZERO, type Dec } from '../../model/decimal';
import type { Basis, Results, ScenarioResult } from '../../model/results';
import { cumulative, inBasis } from '../../model/year-factors';
import { formatFinancialYear, formatMoney } from '../shared/format';
import { basisWords } from '../shared/basis-label';
import type { ChartData, ChartPoint } from '../shared/chart-types';
import { scenarioStyle } from './scenario-style';

export type Payback = { key: string; label: string; value: number; year: number };

/**
 * The first year whose running net saving is ≥ 0 once a service has started. In present value this is
 * the engine's payback year; in real or cash terms it is the same test on that basis's running total.
 */
export function paybackIndex(scenario: ScenarioResult, running: readonly Dec[]): number | null {
  const start = scenario.years.findIndex((row) => !row.service.isZero());
  if (start < 0) return null;
  const t = running.findIndex((value, i) => i >= start && value.gte(ZERO));
  return t >= 0 ? t : null;
}

export function netSavingData(results: Results, basis: Basis): ChartData & { paybacks: Payback[] } {
  const { doNothing } = results;
  const runningTotals = results.scenarios.map((s) =>
    cumulative(
      inBasis(
        s.years.map((row) => row.netSaving),
        basis,
        doNothing.factors,
      ),
    ),
  );
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
    const running = runningTotals[i] ?? [];
    const t = paybackIndex(s, running);
    const year = t === null ? undefined : doNothing.years[t];
    if (t === null || year === undefined) return `${s.name} not within the horizon`;
    paybacks.push({
      key: series[i]?.key ?? `s${i}`,
      label: formatFinancialYear(year),
      value: (running[t] ?? ZERO).toNumber(),
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
    ? `${bestScenario.name} ends with the largest cumulative net saving: ${formatMoney(bestEnd)} by ${formatFinancialYear(doNothing.years[last] ?? 0)} (${basisWords(basis)}). `
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
