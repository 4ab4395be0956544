/**
 * Chart 2: what the partnership spends in all under each scenario (remaining cost + service) against
 * doing nothing, in one case (financial: fiscal lines; economic: every value type).
 */
import { ZERO, type Dec } from '../../model/decimal';
import type { Basis, Results } from '../../model/results';
import { formatFinancialYear, formatMoney } from '../shared/format';
import { basisWords } from '../shared/basis-label';
import type { ChartData, ChartPoint } from '../shared/chart-types';
import { CASE_COUNTS, caseFigures, doNothingOfCase, type CaseKind } from '../shared/case-kind';
import { doNothingStyle, scenarioStyle } from '../shared/scenario-style';

export function totalCostData(results: Results, basis: Basis, kind: CaseKind): ChartData {
  const { doNothing } = results;
  const cases = results.scenarios.map((s) => caseFigures(s, kind));
  const baseline = doNothingOfCase(results, kind, basis);
  const scenarios = cases.map((c) => c.series.totalCost[basis]);
  const columns: Dec[][] = [baseline.byYear, ...scenarios];
  const series = [
    doNothingStyle(),
    ...results.scenarios.map((s, i) => scenarioStyle(i, `${s.name}: remaining cost + service`)),
  ];
  const points = doNothing.years.map((year, t) => {
    const point: ChartPoint = { label: formatFinancialYear(year) };
    series.forEach((style, k) => {
      const value = columns[k]?.[t] ?? ZERO;
      point[style.key] = value.toNumber();
      point[`${style.key}Text`] = formatMoney(value);
    });
    return point;
  });
  const totals = [baseline.total, ...cases.map((c) => c.headline.totalCost[basis])];
  const baselineTotal = totals[0] ?? ZERO;

  let cheapest = -1;
  scenarios.forEach((_, i) => {
    const total = totals[i + 1] ?? ZERO;
    if (cheapest < 0 || total.lt(totals[cheapest + 1] ?? ZERO)) cheapest = i;
  });
  const years = doNothing.years.length;
  const span = `${years} ${years === 1 ? 'year' : 'years'}`;
  const best = results.scenarios[cheapest];
  const bestTotal = totals[cheapest + 1] ?? ZERO;
  // Doing nothing less (remaining + service) is the net saving.
  const saving = cases[cheapest]?.headline.netSaving[basis] ?? ZERO;
  const comparison = best
    ? ` The lowest total is under ${best.name}: ${formatMoney(bestTotal)} including the service, ${formatMoney(saving.abs())} ${saving.isNegative() ? 'more' : 'less'} than doing nothing.`
    : '';

  return {
    series,
    points,
    summary: `Doing nothing costs ${formatMoney(baselineTotal)} over ${span} (${basisWords(basis)}, ${CASE_COUNTS[kind]}).${comparison}`,
    table: {
      rowHeader: 'Year',
      columns: series.map((s) => (s.key === 'doNothing' ? 'Doing nothing' : s.name)),
      rows: doNothing.years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: columns.map((values) => values[t] ?? ZERO),
      })),
      foot: [{ label: `Total over ${span}`, cells: totals }],
      format: 'money',
    },
  };
}
