/**
 * What each partner would pay (present value) under every contribution rule, for one scenario: the view a
 * partnership meeting argues over. Worked out from the results' partner PVs and the yearly pool without
 * running the model again, shared to the penny year by year exactly as the engine shares the scenario's
 * own rule, and each partner's PV the PV of its rounded yearly payments.
 */
import { allocatePennies } from './allocate-pennies';
import { contributionWeights, offerPayments } from './contributions';
import { sum, toPennies, ZERO, type Dec as DecType } from './decimal';
import type { Model, Scenario } from './model';
import type { ContributionRule } from './model-file';
import { payerIds } from './records/partner';
import type { Results, ScenarioResult, YearFactors } from './results';
import { presentValue } from './year-factors';

export type RuleShare = {
  partnerId: string;
  /** Contribution PV: the PV of the yearly payments in whole pennies. */
  contribution: DecType;
  /** Fraction of the pool's PV (0 when the pool is 0). */
  share: DecType;
};

export type RuleOutcome =
  | {
      rule: ContributionRule;
      partners: RuleShare[];
      /** Offers only: the pool's PV less the offers' PV (negative is a surplus); null for weighted rules. */
      shortfall: DecType | null;
      /** The contributions plus any shortfall: the pool's PV in pennies when the rule reconciles. */
      total: DecType;
    }
  | { rule: ContributionRule; error: string };

export type RuleComparison = {
  scenarioId: string;
  currentRule: ContributionRule;
  /** The PV of the yearly pool rounded to pennies: every rule's contributions (and any shortfall) add up to it. */
  poolPV: DecType;
  rules: RuleOutcome[];
  /** The partner whose contribution moves most between the rules shown, or null if none moves. */
  widestSwing: Swing | null;
};

export type Swing = {
  partnerId: string;
  low: { rule: ContributionRule; contribution: DecType };
  high: { rule: ContributionRule; contribution: DecType };
};

export function isRuleError(
  outcome: RuleOutcome,
): outcome is { rule: ContributionRule; error: string } {
  return 'error' in outcome;
}

type Context = {
  model: Model;
  scenario: Scenario;
  result: ScenarioResult;
  factors: YearFactors;
  /** The PV of the yearly pool rounded to pennies. */
  poolPennies: DecType;
};

function sharesOf(context: Context, amounts: readonly DecType[]): RuleShare[] {
  const { model, poolPennies } = context;
  return model.partners.map((p, i) => {
    const contribution = amounts[i] ?? ZERO;
    return {
      partnerId: p.id,
      contribution,
      share: poolPennies.isZero() ? ZERO : contribution.div(poolPennies),
    };
  });
}

function outcomeOf(
  context: Context,
  rule: ContributionRule,
  amounts: readonly DecType[],
  shortfall: DecType | null,
): RuleOutcome {
  const partners = sharesOf(context, amounts);
  const total = sum(partners.map((p) => p.contribution)).plus(shortfall ?? ZERO);
  return { rule, partners, shortfall, total };
}

/** Weighted rules: each year's pool × w_p, shared to pennies by the engine's own rule, then discounted. */
function weighted(
  context: Context,
  rule: ContributionRule,
  weights: readonly DecType[],
): RuleOutcome {
  const byYear = context.result.years.map((row) =>
    allocatePennies(
      weights.map((w) => row.service.times(w)),
      row.service,
    ),
  );
  const amounts = weights.map((_, i) =>
    presentValue(
      byYear.map((year) => year[i] ?? ZERO),
      context.factors,
    ),
  );
  return outcomeOf(context, rule, amounts, null);
}

function contributorSet(context: Context): Set<string> {
  const listed = context.scenario.contributions.contributors;
  return new Set(listed.length > 0 ? listed : payerIds(context.model.partners));
}

/** Any weighted rule, with the engine's own weights (and its message when they cannot be found). */
function byWeights(context: Context, rule: ContributionRule): RuleOutcome {
  const { model, scenario, result } = context;
  const found = contributionWeights({
    contributions: { ...scenario.contributions, rule, contributors: [...contributorSet(context)] },
    partners: model.partners,
    // As in the engine, weights follow fiscal values alone.
    doNothingPV: new Map(result.partnerSummaries.map((p) => [p.partnerId, p.fiscal.doNothing.pv])),
    avoidedPV: new Map(result.partnerSummaries.map((p) => [p.partnerId, p.fiscal.avoided.pv])),
  });
  return found.ok ? weighted(context, rule, found.weights) : { rule, error: found.message };
}

function custom(context: Context): RuleOutcome {
  const byPartner = new Map(context.scenario.contributions.shares.map((s) => [s.partner, s.share]));
  // Shares kept from when the rule was custom are only checked while it is, so check them here.
  const total = sum(context.model.partners.map((p) => byPartner.get(p.id) ?? ZERO));
  if (!total.eq(1))
    return {
      rule: 'custom',
      error: `The agreed shares add up to ${total.times(100).toDecimalPlaces(2).toString()}%, not 100%.`,
    };
  return byWeights(context, 'custom');
}

/** Offers: each offer is paid as the engine pays it (see `offerPayments`); the rest of the pool is a shortfall. */
function offers(context: Context): RuleOutcome {
  const { factors } = context;
  const byPartner = new Map(
    context.scenario.contributions.offers.map((o) => [o.partner, o.annual]),
  );
  const pool = context.result.years.map((row) => row.service);
  const amounts = context.model.partners.map(
    (p) => offerPayments(byPartner.get(p.id) ?? ZERO, pool, factors).pv,
  );
  return outcomeOf(context, 'offers', amounts, context.poolPennies.minus(sum(amounts)));
}

function zeroPool(context: Context, rule: ContributionRule): RuleOutcome {
  return outcomeOf(
    context,
    rule,
    context.model.partners.map(() => ZERO),
    rule === 'offers' ? ZERO : null,
  );
}

/** The rules that apply to a scenario: the three general ones, plus custom and offers where it has them. */
function rulesFor(scenario: Scenario): ContributionRule[] {
  const { shares, offers: offered } = scenario.contributions;
  return [
    'equal',
    'costBorne',
    'benefit',
    ...(shares.length > 0 ? (['custom'] as const) : []),
    ...(offered.length > 0 ? (['offers'] as const) : []),
  ];
}

/** Each partner's contribution PV under every rule that applies to the scenario; null if it is not found. */
export function compareRules(
  model: Model,
  results: Results,
  scenarioId: string,
): RuleComparison | null {
  const scenario = model.scenarios.find((s) => s.id === scenarioId);
  const result = results.scenarios.find((s) => s.scenarioId === scenarioId);
  if (!scenario || !result) return null;
  const { factors } = results.doNothing;
  const poolPennies = presentValue(
    result.years.map((row) => toPennies(row.service)),
    factors,
  );
  const context: Context = { model, scenario, result, factors, poolPennies };
  // With nothing to pay for, every rule gives zero (as in the engine), even one whose weights cannot be found.
  const poolIsZero = result.years.every((row) => row.service.isZero());
  const outcomeOf = (rule: ContributionRule): RuleOutcome => {
    if (poolIsZero) return zeroPool(context, rule);
    switch (rule) {
      case 'equal':
      case 'costBorne':
      case 'benefit':
        return byWeights(context, rule);
      case 'custom':
        return custom(context);
      case 'offers':
        return offers(context);
    }
  };
  const rules = rulesFor(scenario).map(outcomeOf);
  return {
    scenarioId,
    currentRule: scenario.contributions.rule,
    poolPV: context.poolPennies,
    rules,
    widestSwing: widestSwing(rules),
  };
}

/** The largest gap between a partner's lowest and highest contribution; ties go to the earlier partner and rule. */
function widestSwing(rules: readonly RuleOutcome[]): Swing | null {
  const shown = rules.flatMap((o) => (isRuleError(o) ? [] : [o]));
  let widest: Swing | null = null;
  let widestRange = ZERO;
  const partnerCount = shown[0]?.partners.length ?? 0;
  for (let i = 0; i < partnerCount; i += 1) {
    const cells = shown.flatMap((o) => {
      const share = o.partners[i];
      return share
        ? [{ rule: o.rule, contribution: share.contribution, partnerId: share.partnerId }]
        : [];
    });
    let low = cells[0];
    let high = cells[0];
    for (const cell of cells) {
      if (low && cell.contribution.lt(low.contribution)) low = cell;
      if (high && cell.contribution.gt(high.contribution)) high = cell;
    }
    if (!low || !high) continue;
    const range = high.contribution.minus(low.contribution);
    if (range.gt(widestRange)) {
      widestRange = range;
      widest = {
        partnerId: low.partnerId,
        low: { rule: low.rule, contribution: low.contribution },
        high: { rule: high.rule, contribution: high.contribution },
      };
    }
  }
  return widest;
}
