/** Chart 1: the cost of doing nothing by partner over the years, stacked, in one case. */
import { ZERO } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { formatFinancialYear, formatMoney, formatPercent } from './format';
import { partnerColour } from './partner-colours';
import { basisWords } from './basis-label';
import type { ChartData, ChartPoint, SeriesStyle } from './chart-types';
import { CASE_COUNTS, doNothingOfCase, partnerDoNothingOfCase, type CaseKind } from './case-kind';

export function doNothingByPartnerData(
  model: Model,
  results: Results,
  basis: Basis,
  kind: CaseKind,
): ChartData {
  const { doNothing } = results;
  const partners = model.partners.map(
    (_, i) =>
      partnerDoNothingOfCase(results, i, kind, basis) ?? {
        byYear: doNothing.years.map(() => ZERO),
        total: ZERO,
      },
  );
  const byPartner = partners.map((p) => p.byYear);
  const totals = partners.map((p) => p.total);
  const whole = doNothingOfCase(results, kind, basis);
  const yearly = whole.byYear;
  const grandTotal = whole.total;
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
  const whom = kind === 'financial' ? 'public bodies’ budgets' : 'the partners and society';
  const opening = `Doing nothing costs ${whom} ${formatMoney(grandTotal)} over ${years} ${years === 1 ? 'year' : 'years'} (${basisWords(basis)}, ${CASE_COUNTS[kind]}), from ${formatMoney(yearly[0] ?? ZERO)} in ${formatFinancialYear(first)} to ${formatMoney(yearly[years - 1] ?? ZERO)} in ${formatFinancialYear(last)}.`;
  const top = model.partners[largest];
  const topTotal = totals[largest] ?? ZERO;
  const bearsMost =
    top && !grandTotal.isZero() && topTotal.gt(ZERO)
      ? ` ${top.name} bears the most: ${formatMoney(topTotal)} (${formatPercent(topTotal.div(grandTotal))}).`
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
