/**
 * The two cases side by side, one row per scenario: the financial case's net saving, benefit–cost ratio
 * and payback first, then the economic case's, so a meeting sees both answers at once and a finance
 * officer can read the financial columns alone.
 */
import type { Basis, Headline, Results } from '../../model/results';
import { formatFinancialYear, formatMoney, formatRatio } from '../shared/format';
import { CASE_KINDS, caseFigures } from './case-kind';

export type CasesSummaryRow = { scenario: string; cells: string[] };

/** Net saving, ratio and payback, in that order for each case. */
function caseCells(headline: Headline, basis: Basis, pence: boolean): string[] {
  return [
    formatMoney(headline.netSaving[basis], { pence }),
    formatRatio(headline.bcr),
    headline.paybackYear === null
      ? 'Not within the horizon'
      : formatFinancialYear(headline.paybackYear),
  ];
}

export function casesSummary(results: Results, basis: Basis, pence: boolean): CasesSummaryRow[] {
  return results.scenarios.map((s) => ({
    scenario: s.name || s.scenarioId,
    cells: CASE_KINDS.flatMap((kind) => caseCells(caseFigures(s, kind).headline, basis, pence)),
  }));
}
