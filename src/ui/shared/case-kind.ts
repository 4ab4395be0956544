/**
 * The two cases the results are argued in (MODEL.md, "Results"): the financial case, of fiscal lines
 * alone (what lands in partners' budgets), and the economic case, of every value type. Each screen picks
 * its figures for a case through here, so no screen works a case out for itself.
 */
import type { Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { ByBasis, CaseFigures, Results, ScenarioResult, Totals } from '../../model/results';
import { inBasis } from '../../model/year-factors';
import { basisLabel } from '../shared/basis-label';

export type CaseKind = 'financial' | 'economic';

export const CASE_KINDS: readonly CaseKind[] = ['financial', 'economic'];

/** The full title of each case, as the headline tables name it. */
export const CASE_TITLES: Record<CaseKind, string> = {
  financial: 'Financial case — what lands in partners’ budgets (fiscal values)',
  economic: 'Economic case — all value types (fiscal, economic and social)',
};

/** The short name, for captions, switches and sentences. */
export const CASE_NAMES: Record<CaseKind, string> = {
  financial: 'Financial case',
  economic: 'Economic case',
};

/** "fiscal values" or "all value types": what a case counts, inside a sentence. */
export const CASE_COUNTS: Record<CaseKind, string> = {
  financial: 'fiscal values',
  economic: 'all value types',
};

/** A scenario's headline, series and payback years in one case. */
export function caseFigures(result: ScenarioResult, kind: CaseKind): CaseFigures {
  if (kind === 'financial') return result.financial;
  return { headline: result.headline, series: result.series, paybackYears: result.paybackYears };
}

/** The cost of doing nothing in one case: by year in the chosen basis, and its total. */
export function doNothingOfCase(
  results: Results,
  kind: CaseKind,
  basis: keyof ByBasis<Dec>,
): { byYear: Dec[]; total: Dec; totals: Totals } {
  const { doNothing } = results;
  if (kind === 'economic')
    return {
      byYear: doNothing.series[basis],
      total: doNothing.totals[basis],
      totals: doNothing.totals,
    };
  const fiscal = doNothing.valueTypes.fiscal;
  return {
    byYear: inBasis(fiscal.cost, basis, doNothing.factors),
    total: fiscal.totals[basis],
    totals: fiscal.totals,
  };
}

/** The cost of doing nothing that partner `index` bears in one case, by year in the chosen basis, and its total. */
export function partnerDoNothingOfCase(
  results: Results,
  index: number,
  kind: CaseKind,
  basis: keyof ByBasis<Dec>,
): { byYear: Dec[]; total: Dec } | null {
  const partner = results.doNothing.partners[index];
  if (!partner) return null;
  if (kind === 'economic') return { byYear: partner.series[basis], total: partner.totals[basis] };
  return {
    byYear: inBasis(partner.fiscal.cost, basis, results.doNothing.factors),
    total: partner.fiscal.totals[basis],
  };
}

/** "Present value at 2026/27 prices, discounted at 3.5%; financial case (fiscal values)": a chart's basis and case. */
export function caseBasisLabel(basis: keyof ByBasis<Dec>, model: Model, kind: CaseKind): string {
  return `${basisLabel(basis, model)}; ${CASE_NAMES[kind].toLowerCase()} (${CASE_COUNTS[kind]})`;
}
