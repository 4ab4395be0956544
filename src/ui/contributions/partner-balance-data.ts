/**
 * Chart 5: each paying partner's contribution against the fiscal cost the scenario avoids for it, in the
 * chosen basis. Who pays is argued on the financial case, so the main net benefit is fiscal cost avoided
 * less contribution; the net benefit of every value type is shown beside it. Partners of kind society never
 * pay and are left out (they appear among the bearers of cost).
 */
import { sum, ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Basis, ScenarioResult } from '../../model/results';
import { formatMoney } from '../shared/format';
import { partnerColour } from '../shared/partner-colours';
import { basisWords } from '../shared/basis-label';
import type { ChartData, ChartPoint, SeriesStyle } from '../shared/chart-types';
import { payersOf } from '../shared/payers';

export const CONTRIBUTION_KEY = 'contribution';
export const AVOIDED_KEY = 'avoided';

const LEGEND_INK = '#484949';

export const PARTNER_BALANCE_COLUMNS = [
  'Fiscal cost borne (doing nothing)',
  'Contribution',
  'Fiscal cost avoided',
  'Net benefit: fiscal cost avoided less contribution',
  'Net benefit of all value types',
];

export function partnerBalanceData(model: Model, result: ScenarioResult, basis: Basis): ChartData {
  const summaries = payersOf(model).map(({ partner, index }) => {
    const summary = result.partnerSummaries.find((s) => s.partnerId === partner.id);
    return {
      name: partner.name,
      colour: partnerColour(index),
      borne: summary?.fiscal.doNothing[basis] ?? ZERO,
      contribution: summary?.contribution[basis] ?? ZERO,
      avoided: summary?.fiscal.avoided[basis] ?? ZERO,
      net: summary?.fiscal.netBenefit[basis] ?? ZERO,
      netAll: summary?.netBenefit[basis] ?? ZERO,
    };
  });
  const series: SeriesStyle[] = [
    {
      key: CONTRIBUTION_KEY,
      name: 'Contribution (solid bars)',
      colour: LEGEND_INK,
      dash: '',
      pattern: 0,
      mark: 'fill',
    },
    {
      key: AVOIDED_KEY,
      name: 'Fiscal cost avoided (hatched bars)',
      colour: LEGEND_INK,
      dash: '',
      pattern: 1,
      mark: 'fill',
    },
  ];
  const points = summaries.map((s): ChartPoint => ({
    label: s.name,
    colour: s.colour,
    [CONTRIBUTION_KEY]: s.contribution.toNumber(),
    [`${CONTRIBUTION_KEY}Text`]: formatMoney(s.contribution),
    [AVOIDED_KEY]: s.avoided.toNumber(),
    [`${AVOIDED_KEY}Text`]: formatMoney(s.avoided),
  }));

  const gainers = summaries.filter((s) => s.net.gt(ZERO));
  let best = summaries[0];
  let worst = summaries[0];
  for (const s of summaries) {
    if (best && s.net.gt(best.net)) best = s;
    if (worst && s.net.lt(worst.net)) worst = s;
  }
  const count = `${gainers.length} of ${summaries.length} paying partners ${gainers.length === 1 ? 'avoids' : 'avoid'} more fiscal cost than ${gainers.length === 1 ? 'it pays' : 'they pay'} in (${basisWords(basis)}).`;
  const gain = best?.net.gt(ZERO) ? ` ${best.name} gains the most: ${formatMoney(best.net)}.` : '';
  const loss = worst?.net.lt(ZERO)
    ? ` ${worst.name} pays ${formatMoney(worst.net.abs())} more than the fiscal cost it avoids.`
    : '';
  const total = (pick: (s: (typeof summaries)[number]) => Dec) => sum(summaries.map(pick));
  return {
    series,
    points,
    summary: count + gain + loss,
    table: {
      rowHeader: 'Partner',
      columns: PARTNER_BALANCE_COLUMNS,
      rows: summaries.map((s) => ({
        label: s.name,
        cells: [s.borne, s.contribution, s.avoided, s.net, s.netAll],
      })),
      foot: [
        {
          label: 'All paying partners',
          cells: [
            total((s) => s.borne),
            total((s) => s.contribution),
            total((s) => s.avoided),
            total((s) => s.net),
            total((s) => s.netAll),
          ],
        },
      ],
      format: 'money',
    },
  };
}
