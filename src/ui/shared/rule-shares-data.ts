/**
 * Chart 6: each paying partner's contribution (present value) under every rule, side by side. Partners of
 * kind society never pay, so they are not rows here; their names are kept to say so.
 */
import { ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { ContributionRule } from '../../model/model-file';
import { isRuleError, type RuleComparison, type RuleShare } from '../../model/rule-comparison';
import { formatMoney, formatPercent } from './format';
import type { ChartData, ChartPoint, SeriesStyle } from './chart-types';
import { nonPayerNames, payersOf } from './payers';
import { RULE_COLOURS, RULE_EXPLANATIONS, RULE_LABELS } from './rule-words';

export type RuleColumn = {
  rule: ContributionRule;
  label: string;
  explanation: string;
  isCurrent: boolean;
};

export type RuleGrid = {
  columns: RuleColumn[];
  rows: { partnerId: string; name: string; cells: { contribution: Dec; share: Dec }[] }[];
  /** Offers' shortfall in the offers column (null in the others); null when no rule is offers. */
  shortfall: (Dec | null)[] | null;
  /** Each column's contributions plus any shortfall: the pool's PV. */
  totals: Dec[];
  poolPV: Dec;
  errors: { rule: ContributionRule; label: string; message: string }[];
  /** Partners that bear costs but never pay (kind society), in model order. */
  nonPayers: string[];
};

export function ruleSharesData(
  model: Model,
  comparison: RuleComparison,
): ChartData & { grid: RuleGrid } {
  const shown = comparison.rules.flatMap((o) => (isRuleError(o) ? [] : [o]));
  const errors = comparison.rules.flatMap((o) =>
    isRuleError(o) ? [{ rule: o.rule, label: RULE_LABELS[o.rule], message: o.error }] : [],
  );
  const columns = shown.map((o) => ({
    rule: o.rule,
    label: RULE_LABELS[o.rule],
    explanation: RULE_EXPLANATIONS[o.rule],
    isCurrent: o.rule === comparison.currentRule,
  }));
  const shareOf = (partners: readonly RuleShare[], i: number) =>
    partners[i] ?? { partnerId: '', contribution: ZERO, share: ZERO };
  const rows = payersOf(model).map(({ partner: p, index: i }) => ({
    partnerId: p.id,
    name: p.name,
    cells: shown.map((o) => {
      const s = shareOf(o.partners, i);
      return { contribution: s.contribution, share: s.share };
    }),
  }));
  const hasOffers = shown.some((o) => o.shortfall !== null);
  const totals = shown.map((o) => o.total);

  const series = shown.map((o, k): SeriesStyle => ({
    key: o.rule,
    name: `${RULE_LABELS[o.rule]}${o.rule === comparison.currentRule ? ' (current rule)' : ''}`,
    colour: RULE_COLOURS[o.rule],
    dash: '',
    pattern: k,
    mark: 'fill',
  }));
  const points = rows.map((row) => {
    const point: ChartPoint = { label: row.name };
    shown.forEach((o, k) => {
      const value = row.cells[k]?.contribution ?? ZERO;
      point[o.rule] = value.toNumber();
      point[`${o.rule}Text`] = formatMoney(value);
    });
    return point;
  });

  return {
    series,
    points,
    summary: summarise(model, comparison, shown, rows),
    grid: {
      columns,
      rows,
      shortfall: hasOffers ? shown.map((o) => o.shortfall) : null,
      totals,
      poolPV: comparison.poolPV,
      errors,
      nonPayers: nonPayerNames(model),
    },
    table: {
      rowHeader: 'Partner',
      columns: columns.map((c) => c.label),
      rows: rows.map((row) => ({ label: row.name, cells: row.cells.map((c) => c.contribution) })),
      foot: [{ label: 'Total (the pool)', cells: totals }],
      format: 'money',
    },
  };
}

/** Who pays most under the current rule, and whose bill moves most between rules. */
function summarise(
  model: Model,
  comparison: RuleComparison,
  shown: readonly { rule: ContributionRule }[],
  rows: RuleGrid['rows'],
): string {
  const current = shown.findIndex((o) => o.rule === comparison.currentRule);
  let top: RuleGrid['rows'][number] | undefined;
  for (const row of rows) {
    const value = row.cells[current]?.contribution ?? ZERO;
    if (!top || value.gt(top.cells[current]?.contribution ?? ZERO)) top = row;
  }
  const topCell = top?.cells[current];
  const first =
    top && topCell && current >= 0
      ? `Under the current rule (${RULE_LABELS[comparison.currentRule]}) ${top.name} pays the most: ${formatMoney(topCell.contribution)} (${formatPercent(topCell.share)} of the pool's present value of ${formatMoney(comparison.poolPV)}).`
      : `The pool's present value is ${formatMoney(comparison.poolPV)}.`;
  const swing = comparison.widestSwing;
  const swingName = model.partners.find((p) => p.id === swing?.partnerId)?.name;
  const second =
    swing && swingName !== undefined
      ? ` The rule matters most to ${swingName}: from ${formatMoney(swing.low.contribution)} (${RULE_LABELS[swing.low.rule]}) to ${formatMoney(swing.high.contribution)} (${RULE_LABELS[swing.high.rule]}).`
      : '';
  return first + second;
}
