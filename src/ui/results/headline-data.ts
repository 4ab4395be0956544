/** The headline table: one column for doing nothing and one per scenario, as display text. */
import { ZERO, type Dec } from '../../model/decimal';
import type { Basis, Headline, Results, Totals } from '../../model/results';
import { formatFinancialYear, formatMoney, formatPercent, formatRatio } from '../shared/format';

export type HeadlineRow = { label: string; hint: string; cells: string[] };

export type HeadlineTable = { columns: string[]; rows: HeadlineRow[] };

const NOT_APPLICABLE = '–';

export function headlineTable(results: Results, basis: Basis, pence: boolean): HeadlineTable {
  const headlines = results.scenarios.map((s) => s.headline);
  const money = (value: Dec) => formatMoney(value, { pence });
  const moneyRow = (label: string, hint: string, pick: (h: Headline) => Totals, baseline: Dec) => ({
    label,
    hint,
    cells: [money(baseline), ...headlines.map((h) => money(pick(h)[basis]))],
  });
  const textRow = (label: string, hint: string, show: (h: Headline) => string) => ({
    label,
    hint,
    cells: [NOT_APPLICABLE, ...headlines.map(show)],
  });
  const pvOnly = basis === 'pv' ? '' : ' Always worked out in present value.';
  return {
    columns: ['Doing nothing', ...results.scenarios.map((s) => s.name)],
    rows: [
      moneyRow(
        'Cost of doing nothing',
        'What the consequences cost the partners with no service.',
        (h) => h.doNothing,
        results.doNothing.totals[basis],
      ),
      moneyRow(
        'Service cost',
        'Set-up, renewal and running costs: the pooled budget.',
        (h) => h.service,
        ZERO,
      ),
      moneyRow(
        'Cost avoided',
        'The part of the cost of doing nothing the services prevent.',
        (h) => h.avoided,
        ZERO,
      ),
      moneyRow('Net saving', 'Cost avoided less service cost.', (h) => h.netSaving, ZERO),
      textRow(
        'Benefit–cost ratio',
        `Cost avoided for each £1 spent on the services.${pvOnly}`,
        (h) => formatRatio(h.bcr),
      ),
      textRow(
        'Payback year',
        `The first year by which the running net saving reaches zero.${pvOnly}`,
        (h) =>
          h.paybackYear === null ? 'Not within the horizon' : formatFinancialYear(h.paybackYear),
      ),
      textRow(
        'Break-even share of the assumed effects',
        `The service pays for itself if it achieves at least this share of the effects assumed.${pvOnly}`,
        (h) =>
          h.breakEvenScale === null ? 'None: nothing is avoided' : formatPercent(h.breakEvenScale),
      ),
      moneyRow(
        'Cashable cost avoided',
        'Cost avoided on lines marked cashable: money that could be released from budgets.',
        (h) => h.cashableAvoided,
        ZERO,
      ),
    ],
  };
}
