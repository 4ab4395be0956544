/** The ways of sharing the pooled budget, in plain words, and what switching between them sets up. */
import { Dec } from '../../model/decimal';
import type { ContributionRule, ContributionsFile, ScenarioFile } from '../../model/model-file';

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
 * start from even shares among the current contributors when there are none yet. `partnerIds` are the
 * partners who may pay (never society), the default contributors.
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

/**
 * Takes a partner out of every scenario's contributors, agreed shares and offers, as when it becomes
 * society, which never pays (MODEL.md, "Words"). Returns the names of the scenarios it was taken out of.
 */
export function removeFromPayers(scenarios: ScenarioFile[], partnerId: string): string[] {
  const changed: string[] = [];
  for (const scenario of scenarios) {
    const c = scenario.contributions;
    if (!c) continue;
    const names = (list: readonly { partner: string }[] | undefined) =>
      (list ?? []).some((x) => x.partner === partnerId);
    const isNamed =
      (c.contributors ?? []).includes(partnerId) || names(c.shares) || names(c.offers);
    if (!isNamed) continue;
    if (c.contributors) c.contributors = c.contributors.filter((id) => id !== partnerId);
    if (c.shares) c.shares = c.shares.filter((s) => s.partner !== partnerId);
    if (c.offers) c.offers = c.offers.filter((o) => o.partner !== partnerId);
    changed.push(scenario.name || scenario.id);
  }
  return changed;
}
