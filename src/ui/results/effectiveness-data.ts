/**
 * Chart 4: the services' operating level each year under each scenario. Each year's figure is the simple
 * average of the services' operating level Ō (effectiveness × ramp-up in the months a service runs, 0 in
 * the months it does not, before optimism bias), so gaps between one-year grants show as dips and the
 * level falls to 0 when the funding ends.
 */
import { ZERO } from '../../model/decimal';
import type { Results } from '../../model/results';
import { formatFinancialYear, formatPercent } from '../shared/format';
import type { ChartData, ChartPoint } from '../shared/chart-types';
import { scenarioStyle } from '../shared/scenario-style';

export const EFFECTIVENESS_NOTE =
  'Each year is the simple average of the services’ operating level in that year: effectiveness times ramp-up in the months a service runs, and 0 in a gap between contracts or once the funding ends (before optimism bias). A service that is not running helps no new cases.';

export function effectivenessData(results: Results): ChartData {
  const { years } = results.doNothing;
  const averages = results.scenarios.map((s) => s.meanEffectiveness.byYear);
  const series = results.scenarios.map((s, i) => scenarioStyle(i, s.name));
  const points = years.map((year, t) => {
    const point: ChartPoint = { label: formatFinancialYear(year) };
    series.forEach((style, i) => {
      const value = averages[i]?.[t] ?? ZERO;
      point[style.key] = value.times(100).toNumber();
      point[`${style.key}Text`] = formatPercent(value);
    });
    return point;
  });
  const overall = results.scenarios.map((s) => s.meanEffectiveness.overall);
  const words = results.scenarios.map((s, i) => `${s.name} ${formatPercent(overall[i] ?? ZERO)}`);
  const count = results.scenarios[0]?.services.length ?? 0;
  return {
    series,
    points,
    summary: `Average operating level over the ${years.length} years, across ${count} ${count === 1 ? 'service' : 'services'}: ${words.join('; ')}.`,
    table: {
      rowHeader: 'Year',
      columns: series.map((s) => s.name),
      rows: years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: averages.map((values) => values[t] ?? ZERO),
      })),
      foot: [{ label: 'Average over the years', cells: overall }],
      format: 'percent',
    },
  };
}
