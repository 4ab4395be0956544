/** Names and one-line explanations of the contribution rules, in the words a partnership meeting uses. */
import type { ContributionRule } from '../../model/model-file';

export const RULE_LABELS: Record<ContributionRule, string> = {
  equal: 'Equal shares',
  costBorne: 'By cost borne',
  benefit: 'By benefit',
  custom: 'Agreed shares',
  offers: 'Offers',
};

export const RULE_EXPLANATIONS: Record<ContributionRule, string> = {
  equal: 'Each contributing partner pays the same share of the pool.',
  costBorne:
    'Each contributor pays in proportion to the fiscal cost of doing nothing it bears (present value): what would land in its budget.',
  benefit:
    'Each contributor pays in proportion to the fiscal cost this scenario avoids for it (present value): what it saves in its budget.',
  custom: 'Each partner pays the share the partnership agreed for this scenario.',
  offers:
    'Each partner pays the fixed sum it offered in every year the service runs; the rest is a shortfall (or a surplus).',
};

/** Bar colours for the rules (not partners), each also with its own fill pattern. */
export const RULE_COLOURS: Record<ContributionRule, string> = {
  equal: '#1d3557',
  costBorne: '#b45309',
  benefit: '#047857',
  custom: '#7c3aed',
  offers: '#be123c',
};
