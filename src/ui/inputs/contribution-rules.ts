/** The ways of sharing the pooled budget, in plain words, and what switching between them sets up. */
import { Dec } from '../../model/decimal';
import type { ContributionRule, ContributionsFile } from '../../model/model-file';

export const RULE_OPTIONS = [
  { value: 'equal', label: 'Equal shares' },
  { value: 'costBorne', label: 'In proportion to the cost of doing nothing each bears' },
  { value: 'benefit', label: 'In proportion to the cost avoided for each' },
  { value: 'custom', label: 'Agreed shares' },
  { value: 'offers', label: 'What each partner offers a year' },
] as const satisfies readonly { value: ContributionRule; label: string }[];

/**
 * Whole-percentage shares that total exactly 100%: 100 ÷ n rounded down for each, and the percentage
 * points left over to the first partners. A starting point for agreed shares.
 */
export function evenShares(partnerIds: readonly string[]): { partner: string; share: string }[] {
  const n = partnerIds.length;
  if (n === 0) return [];
  const each = Math.floor(100 / n);
  const extra = 100 - each * n;
  return partnerIds.map((partner, i) => ({
    partner,
    share: new Dec(each + (i < extra ? 1 : 0)).div(100).toString(),
  }));
}

/**
 * Switches to `rule`, keeping the other rules' lists so switching back restores them. Agreed shares
 * start from even shares among the current contributors when there are none yet.
 */
export function switchRule(
  contributions: ContributionsFile,
  rule: ContributionRule,
  partnerIds: readonly string[],
): void {
  contributions.rule = rule;
  if (rule === 'custom' && (contributions.shares ?? []).length === 0) {
    const contributors = contributions.contributors ?? partnerIds;
    contributions.shares = evenShares(contributors.length > 0 ? contributors : partnerIds);
  }
}
