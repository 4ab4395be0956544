/**
 * A case's headline figures as CSV: one row per figure with its unit beside it (money, a ratio, a year, a
 * share), doing nothing and each scenario as columns, numbers unrounded but for money to the penny.
 */
import { ZERO, type Dec } from '../../model/decimal';
import type { Basis, Headline, Results, Totals } from '../../model/results';
import { caseFigures, doNothingOfCase, type CaseKind } from './case-kind';
import { moneyCell, numberCell, percentCell, type CsvCell, type CsvTable } from './csv-cells';
import { formatFinancialYear } from './format';

/** `basisText` is the money's basis in words, e.g. "Present value at 2026/27 prices, discounted at 3.5%". */
export function headlineCsv(
  results: Results,
  basis: Basis,
  kind: CaseKind,
  basisText: string,
): Omit<CsvTable, 'title'> {
  const headlines = results.scenarios.map((s) => caseFigures(s, kind).headline);
  const money = `£, ${basisText.charAt(0).toLowerCase()}${basisText.slice(1)}`;
  const moneyRow = (label: string, pick: (h: Headline) => Totals, baseline: Dec): CsvCell[] => [
    label,
    money,
    moneyCell(baseline),
    ...headlines.map((h) => moneyCell(pick(h)[basis])),
  ];
  const otherRow = (label: string, unit: string, pick: (h: Headline) => CsvCell): CsvCell[] => [
    label,
    unit,
    null,
    ...headlines.map(pick),
  ];
  return {
    header: ['Figure', 'Unit', 'Doing nothing', ...results.scenarios.map((s) => s.name)],
    rows: [
      moneyRow(
        'Cost of doing nothing',
        (h) => h.doNothing,
        doNothingOfCase(results, kind, basis).total,
      ),
      moneyRow('Cost avoided', (h) => h.avoided, ZERO),
      moneyRow('Cashable cost avoided', (h) => h.cashableAvoided, ZERO),
      moneyRow('Service cost', (h) => h.service, ZERO),
      moneyRow('Net saving', (h) => h.netSaving, ZERO),
      otherRow('Benefit–cost ratio', 'ratio, present value', (h) =>
        h.bcr === null ? null : numberCell(h.bcr.toDecimalPlaces(4)),
      ),
      otherRow('Payback year', 'financial year, present value', (h) =>
        h.paybackYear === null ? 'Not within the horizon' : formatFinancialYear(h.paybackYear),
      ),
      otherRow('Break-even share of the assumed effects', '%, present value', (h) =>
        h.breakEvenScale === null ? null : percentCell(h.breakEvenScale),
      ),
    ],
  };
}
