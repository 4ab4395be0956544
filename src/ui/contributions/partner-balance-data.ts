/** Chart 5: each partner's contribution against the cost the scenario avoids for it, in the chosen basis. */
import { ZERO } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Basis, ScenarioResult } from '../../model/results';
import { formatMoney } from '../shared/format';
import { partnerColour } from '../shared/partner-colours';
import { basisWords } from '../shared/basis-label';
import type { ChartData, ChartPoint, SeriesStyle } from '../shared/chart-types';

export const CONTRIBUTION_KEY = 'contribution';
export const AVOIDED_KEY = 'avoided';

const LEGEND_INK = '#484949';

export function partnerBalanceData(model: Model, result: ScenarioResult, basis: Basis): ChartData {
  const summaries = model.partners.map((p, i) => {
    const summary = result.partnerSummaries[i];
    return {
      name: p.name,
      colour: partnerColour(i),
      contribution: summary?.contribution[basis] ?? ZERO,
      avoided: summary?.avoided[basis] ?? ZERO,
      net: summary?.netBenefit[basis] ?? ZERO,
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
      name: 'Cost avoided (hatched bars)',
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
  const count = `${gainers.length} of ${summaries.length} partners ${gainers.length === 1 ? 'avoids' : 'avoid'} more cost than ${gainers.length === 1 ? 'it pays' : 'they pay'} in (${basisWords(basis)}).`;
  const gain = best?.net.gt(ZERO) ? ` ${best.name} gains the most: ${formatMoney(best.net)}.` : '';
  const loss = worst?.net.lt(ZERO)
    ? ` ${worst.name} pays ${formatMoney(worst.net.abs())} more than it avoids.`
    : '';
  return {
    series,
    points,
    summary: count + gain + loss,
    table: {
      rowHeader: 'Partner',
      columns: ['Contribution', 'Cost avoided', 'Net benefit'],
      rows: summaries.map((s) => ({ label: s.name, cells: [s.contribution, s.avoided, s.net] })),
      foot: [
        {
          label: 'All partners',
          cells: [
            result.allPartners.contribution[basis],
            result.allPartners.avoided[basis],
            result.allPartners.netBenefit[basis],
          ],
        },
      ],
      format: 'money',
    },
  };
}
