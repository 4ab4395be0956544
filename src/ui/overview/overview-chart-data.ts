/**
 * The one chart of the overview: each scenario's cumulative financial net saving (fiscal cost avoided
 * less the whole service cost) by year, in present value, with the same figures as a table and a summary.
 */
import { ZERO } from '../../model/decimal';
import type { Results } from '../../model/results';
import type { ChartData, ChartPoint } from '../shared/chart-types';
import { formatFinancialYear, formatMoney } from '../shared/format';
import { scenarioStyle } from '../shared/scenario-style';

export function overviewChartData(results: Results): ChartData {
  const { years } = results.doNothing;
  const running = results.scenarios.map((s) => s.financial.series.cumulativeNetSaving.pv);
  const series = results.scenarios.map((s, i) => scenarioStyle(i, s.name.trim() || s.scenarioId));
  const points = years.map((year, t) => {
    const point: ChartPoint = { label: formatFinancialYear(year) };
    series.forEach((style, i) => {
      const value = running[i]?.[t] ?? ZERO;
      point[style.key] = value.toNumber();
      point[`${style.key}Text`] = formatMoney(value);
    });
    return point;
  });

  const last = years.length - 1;
  const lastYear = formatFinancialYear(years[last] ?? 0);
  const ends = series.map((style, i) => ({ name: style.name, end: running[i]?.[last] ?? ZERO }));
  let best: { name: string; end: typeof ZERO } | null = null;
  for (const item of ends) if (!best || item.end.gt(best.end)) best = item;
  const paying = ends.filter((item) => !item.end.isNegative()).length;
  const summary = best
    ? `${best.name} ends with the largest cumulative financial net saving: ${formatMoney(best.end)} by ${lastYear} in present value. ` +
      `${paying} of ${ends.length} ${ends.length === 1 ? 'scenario ends' : 'scenarios end'} at or above zero, having saved partners’ budgets at least what the services cost.`
    : 'There is no funding scenario to chart yet.';

  return {
    series,
    points,
    summary,
    table: {
      rowHeader: 'Year',
      columns: series.map((s) => s.name),
      rows: years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: running.map((values) => values[t] ?? ZERO),
      })),
      foot: [],
      format: 'money',
    },
  };
}
