/**
 * A headline table for one case: one column for doing nothing and one per scenario, as display text.
 * The financial case counts fiscal lines alone against the whole service cost; the economic case counts
 * every value type. Each table reads on its own.
 */
import { ZERO, type Dec } from '../../model/decimal';
import type { Basis, Headline, Results, Totals } from '../../model/results';
import { formatFinancialYear, formatMoney, formatPercent, formatRatio } from './format';
import { caseFigures, doNothingOfCase, type CaseKind } from './case-kind';

export type HeadlineRow = { label: string; hint: string; cells: string[] };

export type HeadlineTable = { columns: string[]; rows: HeadlineRow[] };

const NOT_APPLICABLE = '–';

const DO_NOTHING_HINTS: Record<CaseKind, string> = {
  financial: 'What the consequences cost public bodies’ budgets with no service (fiscal lines).',
  economic: 'What the consequences cost with no service: to budgets, the economy and victims.',
};

const AVOIDED_HINTS: Record<CaseKind, string> = {
  financial: 'The part of the fiscal cost of doing nothing the services prevent.',
  economic: 'The part of the whole cost of doing nothing the services prevent.',
};

const CASHABLE_HINTS: Record<CaseKind, string> = {
  financial: 'Cost avoided on lines marked cashable: money that could be released from budgets.',
  economic: 'Only fiscal lines can be cashable, so this is the same as in the financial case.',
};

export function headlineTable(
  results: Results,
  basis: Basis,
  pence: boolean,
  kind: CaseKind,
): HeadlineTable {
  const headlines = results.scenarios.map((s) => caseFigures(s, kind).headline);
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
        DO_NOTHING_HINTS[kind],
        (h) => h.doNothing,
        doNothingOfCase(results, kind, basis).total,
      ),
      moneyRow('Cost avoided', AVOIDED_HINTS[kind], (h) => h.avoided, ZERO),
      moneyRow('Cashable cost avoided', CASHABLE_HINTS[kind], (h) => h.cashableAvoided, ZERO),
      moneyRow(
        'Service cost',
        'Set-up, renewal and running costs: the pooled budget.',
        (h) => h.service,
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
    ],
  };
}
