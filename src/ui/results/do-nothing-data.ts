/** Chart 1: the cost of doing nothing by partner over the years, stacked. */
import { ZERO } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { formatFinancialYear, formatMoney, formatPercent } from '../shared/format';
import { partnerColour } from '../shared/partner-colours';
import { basisWords } from '../shared/basis-label';
import type { ChartData, ChartPoint, SeriesStyle } from '../shared/chart-types';

export function doNothingByPartnerData(model: Model, results: Results, basis: Basis): ChartData {
  const { doNothing } = results;
  const byPartner = doNothing.partners.map((p) => p.series[basis]);
  const totals = doNothing.partners.map((p) => p.totals[basis]);
  const yearly = doNothing.series[basis];
  const grandTotal = doNothing.totals[basis];
  const series = model.partners.map((p, i): SeriesStyle => ({
    key: `p${i}`,
    name: p.name,
    colour: partnerColour(i),
    dash: '',
    pattern: i,
    mark: 'fill',
  }));
  const points = doNothing.years.map((year, t) => {
    const point: ChartPoint = { label: formatFinancialYear(year) };
    byPartner.forEach((values, i) => {
      const value = values[t] ?? ZERO;
      point[`p${i}`] = value.toNumber();
      point[`p${i}Text`] = formatMoney(value);
    });
    return point;
  });

  let largest = -1;
  totals.forEach((total, i) => {
    if (largest < 0 || total.gt(totals[largest] ?? ZERO)) largest = i;
  });
  const years = doNothing.years.length;
  const first = doNothing.years[0] ?? model.startYear;
  const last = doNothing.years[years - 1] ?? first;
  const opening = `Doing nothing costs the partnership ${formatMoney(grandTotal)} over ${years} ${years === 1 ? 'year' : 'years'} (${basisWords(basis)}), from ${formatMoney(yearly[0] ?? ZERO)} in ${formatFinancialYear(first)} to ${formatMoney(yearly[years - 1] ?? ZERO)} in ${formatFinancialYear(last)}.`;
  const top = model.partners[largest];
  const topTotal = totals[largest] ?? ZERO;
  const topShare = doNothing.partners[largest]?.share[basis] ?? null;
  const bearsMost =
    top && topShare !== null
      ? ` ${top.name} bears the most: ${formatMoney(topTotal)} (${formatPercent(topShare)}).`
      : '';

  return {
    series,
    points,
    summary: opening + bearsMost,
    table: {
      rowHeader: 'Year',
      columns: [...model.partners.map((p) => p.name), 'All partners'],
      rows: doNothing.years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: [...byPartner.map((values) => values[t] ?? ZERO), yearly[t] ?? ZERO],
      })),
      foot: [
        {
          label: `Total over ${years} ${years === 1 ? 'year' : 'years'}`,
          cells: [...totals, grandTotal],
        },
      ],
      format: 'money',
    },
  };
}
