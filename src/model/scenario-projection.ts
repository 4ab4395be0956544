/**
 * One funding scenario against the cost of doing nothing: avoided cost, service cost, contributions,
 * every yearly series in each basis and the headline figures (MODEL.md, "Effects", "Contributions",
 * "Results").
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { contributionLedger, shareContributions } from './contributions';
import {
  bearerSets,
  emptyPartnerSeries,
  shareAmongBearers,
  sumOfLines,
  zeroSeries,
  type BearerSet,
} from './do-nothing';
import { headlineFor, paybackYears } from './headline';
import type { CostLine, Model, Problem, Scenario, Service } from './model';
import type { DoNothingResult, ScenarioResult, ScenarioSeries, Totals } from './results';
import { pooledCosts, scheduleServices } from './service-schedule';
import {
  addTotals,
  cumulative,
  mapSeries,
  seriesOf,
  subtractTotals,
  totalsOf,
  zeroTotals,
} from './year-factors';

/**
 * Lines that every service reduces by the same e_sj share one reduction ρ_jt, so the engine works out
 * ρ once per group (e_sj = 1 − Π(1 − e) over a service's effects naming the line or its stream).
 * Scenario-independent: built once per calculation.
 */
export type EffectGroup = {
  /** e_sj for each service, in model order. */
  reductions: Dec[];
  lineIndexes: number[];
  /** Σ C_jt over the group's lines. */
  cost: Dec[];
  /** Σ C_jt over the group's lines in each set of bearers (an index into `EffectGroups.sets`). */
  bySet: { set: number; cost: Dec[] }[];
};

export type EffectGroups = {
  groups: EffectGroup[];
  sets: BearerSet[];
  /** What is avoided in a year at given strengths of every service (keyed by both), across scenarios. */
  avoidedByYear: Map<string, AvoidedYear>;
};

/** A service's effects by what they name, each with its place in the list and its 1 − e. */
type EffectIndex = Map<string, { at: number; kept: Dec; text: string }[]>;

function indexEffects(service: Service): EffectIndex {
  const index: EffectIndex = new Map();
  service.effects.forEach((effect, at) => {
    const key = `${effect.target === 'costLine' ? 'l' : 's'}:${effect.id}`;
    const entry = { at, kept: ONE.minus(effect.reduction), text: effect.reduction.toString() };
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  });
  return index;
}

/**
 * e_sj for one service and line: the effects naming the line or its stream, multiplied in the order the
 * service lists them (so the figure is the very one a plain scan gives). Lines meeting the same effects
 * share one answer through `memo`.
 */
function lineReduction(
  index: EffectIndex,
  line: CostLine,
  memo: Map<string, { reduction: Dec; text: string }>,
): { reduction: Dec; text: string } {
  const own = index.get(`l:${line.id}`) ?? [];
  const viaStream = index.get(`s:${line.stream}`) ?? [];
  if (own.length === 0 && viaStream.length === 0) return { reduction: ZERO, text: '0' };
  const applied = [...own, ...viaStream].sort((a, b) => a.at - b.at);
  const key = applied.map((e) => e.text).join(',');
  const known = memo.get(key);
  if (known) return known;
  let kept = ONE;
  for (const effect of applied) kept = kept.times(effect.kept);
  const reduction = ONE.minus(kept);
  const found = { reduction, text: reduction.toString() };
  memo.set(key, found);
  return found;
}

export function effectGroups(model: Model, doNothing: DoNothingResult): EffectGroups {
  const H = model.horizonYears;
  const indexes = model.services.map(indexEffects);
  type Found = { reduction: Dec; text: string };
  const memos = model.services.map(() => new Map<string, Found>());
  const sets = bearerSets(model.costLines);
  const setOfLine: number[] = [];
  sets.forEach((set, k) => {
    for (const j of set.lineIndexes) setOfLine[j] = k;
  });
  const groups = new Map<string, EffectGroup & { linesBySet: Map<number, number[]> }>();
  model.costLines.forEach((line, j) => {
    const found = indexes.map((index, s) =>
      lineReduction(index, line, memos[s] ?? new Map<string, Found>()),
    );
    if (found.every((e) => e.reduction.isZero())) return;
    const key = found.map((e) => e.text).join('|');
    let group = groups.get(key);
    if (!group) {
      group = {
        reductions: found.map((e) => e.reduction),
        lineIndexes: [],
        cost: [],
        bySet: [],
        linesBySet: new Map(),
      };
      groups.set(key, group);
    }
    group.lineIndexes.push(j);
    const set = setOfLine[j] ?? 0;
    const inSet = group.linesBySet.get(set);
    if (inSet) inSet.push(j);
    else group.linesBySet.set(set, [j]);
  });
  const costs = doNothing.lines.map((l) => l.cost);
  return {
    sets,
    avoidedByYear: new Map(),
    groups: [...groups.values()].map(({ reductions, lineIndexes, linesBySet }) => ({
      reductions,
      lineIndexes,
      cost: sumOfLines(costs, lineIndexes, H),
      bySet: [...linesBySet].map(([set, lines]) => ({ set, cost: sumOfLines(costs, lines, H) })),
    })),
  };
}

/** ρ_t = 1 − Π_s (1 − e_s × Ē_st × (1 − optimism bias_s)) for one group in year t. */
function reductionOf(group: EffectGroup, strength: readonly (readonly Dec[])[], t: number): Dec {
  let kept = ONE;
  group.reductions.forEach((e, s) => {
    if (!e.isZero()) kept = kept.times(ONE.minus(e.times(strength[s]?.[t] ?? ZERO)));
  });
  return ONE.minus(kept);
}

/** What is avoided in one year: by line (in model order), in all, and by set of bearers. */
type AvoidedYear = { byLine: Dec[]; total: Dec; bySet: Dec[] };

function avoidedInYear(
  model: Model,
  doNothing: DoNothingResult,
  { groups, sets }: EffectGroups,
  strength: readonly (readonly Dec[])[],
  t: number,
): AvoidedYear {
  const byLine = model.costLines.map(() => ZERO);
  const bySet = sets.map(() => ZERO);
  let total = ZERO;
  for (const group of groups) {
    const r = reductionOf(group, strength, t);
    if (r.isZero()) continue;
    total = total.plus((group.cost[t] ?? ZERO).times(r));
    for (const j of group.lineIndexes) byLine[j] = (doNothing.lines[j]?.cost[t] ?? ZERO).times(r);
    for (const { set, cost } of group.bySet)
      bySet[set] = (bySet[set] ?? ZERO).plus((cost[t] ?? ZERO).times(r));
  }
  return { byLine, total, bySet };
}

/** Avoided cost in total, by line and by partner, real terms by year. */
function avoidedCosts(
  model: Model,
  doNothing: DoNothingResult,
  groups: EffectGroups,
  strength: readonly (readonly Dec[])[],
) {
  // A year in which every service works at the same strength as in the same year of an earlier
  // scenario avoids the very same costs, so each is worked out once per calculation.
  const years = doNothing.years.map((_, t) => {
    const key = `${t}:${strength.map((series) => (series[t] ?? ZERO).toString()).join('|')}`;
    let year = groups.avoidedByYear.get(key);
    if (!year) {
      year = avoidedInYear(model, doNothing, groups, strength, t);
      groups.avoidedByYear.set(key, year);
    }
    return year;
  });
  const byPartner = emptyPartnerSeries(model);
  groups.sets.forEach((set, k) => {
    shareAmongBearers(
      set.bearers,
      years.map((year) => year.bySet[k] ?? ZERO),
      byPartner,
    );
  });
  return {
    total: years.map((year) => year.total),
    byLine: model.costLines.map((_, j) => years.map((year) => year.byLine[j] ?? ZERO)),
    byPartner,
  };
}

/** The scenario's yearly series in each basis, from its real-terms avoided and service costs. */
function scenarioSeries(
  doNothing: DoNothingResult,
  avoided: Dec[],
  service: Dec[],
): ScenarioSeries {
  const { factors } = doNothing;
  const remaining = doNothing.total.map((c, t) => c.minus(avoided[t] ?? ZERO));
  const netSaving = seriesOf(
    avoided.map((a, t) => a.minus(service[t] ?? ZERO)),
    factors,
  );
  return {
    remaining: seriesOf(remaining, factors),
    avoided: seriesOf(avoided, factors),
    service: seriesOf(service, factors),
    netSaving,
    // In PV the running total adds up the discounted years.
    cumulativeNetSaving: mapSeries(netSaving, (values) => cumulative(values)),
    totalCost: seriesOf(
      remaining.map((r, t) => r.plus(service[t] ?? ZERO)),
      factors,
    ),
  };
}

export function projectScenario(
  model: Model,
  scenario: Scenario,
  doNothing: DoNothingResult,
  groups: EffectGroups,
): ScenarioResult | Problem {
  const H = model.horizonYears;
  const { factors, years } = doNothing;
  const schedules = scheduleServices(model.services, scenario, H);
  // Ē_st × (1 − optimism bias), the effect strength of each service in each year.
  const strength = schedules.map((schedule, s) => {
    const keep = ONE.minus(model.services[s]?.optimismBias ?? ZERO);
    return schedule.yearly.map((e) => e.times(keep));
  });
  const avoided = avoidedCosts(model, doNothing, groups, strength);
  const lines = model.costLines.map((line, j) => {
    const cost = doNothing.lines[j]?.cost ?? zeroSeries(H);
    const lineAvoided = avoided.byLine[j] ?? zeroSeries(H);
    return {
      lineId: line.id,
      avoided: lineAvoided,
      remaining: cost.map((c, t) => c.minus(lineAvoided[t] ?? ZERO)),
    };
  });

  const pool = pooledCosts(model.services, scenario, schedules, H);
  const doNothingPV = new Map(doNothing.partners.map((p) => [p.partnerId, p.totals.pv]));
  const avoidedTotals = new Map(
    model.partners.map((p) => [p.id, totalsOf(avoided.byPartner.get(p.id) ?? [], factors)]),
  );
  const avoidedPV = new Map([...avoidedTotals].map(([id, totals]) => [id, totals.pv]));
  const shared = shareContributions({
    contributions: scenario.contributions,
    partners: model.partners,
    pool,
    factors,
    doNothingPV,
    avoidedPV,
  });
  if (!shared.ok)
    return {
      path: `scenarios[${model.scenarios.indexOf(scenario)}].contributions.rule`,
      message: shared.message,
    };

  const series = scenarioSeries(doNothing, avoided.total, pool);
  const rows = years.map((year, t) => ({
    year,
    doNothing: doNothing.total[t] ?? ZERO,
    remaining: series.remaining.real[t] ?? ZERO,
    avoided: series.avoided.real[t] ?? ZERO,
    service: series.service.real[t] ?? ZERO,
    netSaving: series.netSaving.real[t] ?? ZERO,
    cumulativeNetSaving: series.cumulativeNetSaving.real[t] ?? ZERO,
  }));

  const partners = model.partners.map((p, i) => {
    const contribution = shared.partners[i];
    const doNothingCost = doNothing.partners[i]?.cost ?? zeroSeries(H);
    const partnerAvoided = avoided.byPartner.get(p.id) ?? zeroSeries(H);
    return {
      partnerId: p.id,
      doNothing: doNothingCost,
      avoided: partnerAvoided,
      remaining: doNothingCost.map((c, t) => c.minus(partnerAvoided[t] ?? ZERO)),
      contributions: contribution?.real ?? zeroSeries(H),
      contributionsCash: contribution?.cash ?? zeroSeries(H),
    };
  });
  const partnerSummaries = partners.map((p, i) => {
    const c = shared.partners[i];
    const contribution = {
      real: sum(p.contributions),
      cash: sum(p.contributionsCash),
      pv: c?.pv ?? ZERO,
    };
    const partnerAvoided = avoidedTotals.get(p.partnerId) ?? zeroTotals();
    return {
      partnerId: p.partnerId,
      isContributor: c?.isContributor ?? false,
      weight: c?.weight ?? null,
      doNothing: doNothing.partners[i]?.totals ?? zeroTotals(),
      avoided: partnerAvoided,
      contribution,
      netBenefit: subtractTotals(partnerAvoided, contribution),
    };
  });
  const addUp = (pick: (s: (typeof partnerSummaries)[number]) => Totals) =>
    partnerSummaries.reduce((total, s) => addTotals(total, pick(s)), zeroTotals());

  const firstYears = schedules.map((s) => s.firstYear).filter((t): t is number => t !== null);
  const firstServiceYear = firstYears.length > 0 ? Math.min(...firstYears) : null;
  const payback = paybackYears(series, years, firstServiceYear);
  const cashableLines = lines.filter((_, j) => model.costLines[j]?.cashable === true);
  const cashableAvoided = years.map((_, t) => sum(cashableLines.map((l) => l.avoided[t] ?? ZERO)));
  const partnerIds = model.partners.map((p) => p.id);
  const meanByYear = years.map((_, t) =>
    schedules.length === 0
      ? ZERO
      : sum(schedules.map((s) => s.yearly[t] ?? ZERO)).div(schedules.length),
  );
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    rule: scenario.contributions.rule,
    years: rows,
    lines,
    partners,
    partnerSummaries,
    services: model.services.map((service, s) => ({
      serviceId: service.id,
      effectiveness: schedules[s]?.yearly ?? [],
      monthlyEffectiveness: schedules[s]?.monthly ?? [],
      cost: schedules[s]?.cost ?? [],
    })),
    headline: headlineFor({
      series,
      doNothing: doNothing.totals,
      cashableAvoided: totalsOf(cashableAvoided, factors),
      paybackYear: payback.pv,
    }),
    shortfall: shared.shortfall
      ? { byYear: shared.shortfall, total: totalsOf(shared.shortfall, factors) }
      : null,
    series,
    paybackYears: payback,
    meanEffectiveness: {
      byYear: meanByYear,
      overall: meanByYear.length === 0 ? ZERO : sum(meanByYear).div(meanByYear.length),
    },
    ledger: {
      real: contributionLedger(
        partnerIds,
        partners.map((p) => p.contributions),
        series.service.real,
      ),
      cash: contributionLedger(
        partnerIds,
        partners.map((p) => p.contributionsCash),
        series.service.cash,
      ),
    },
    allPartners: {
      doNothing: addUp((s) => s.doNothing),
      avoided: addUp((s) => s.avoided),
      contribution: addUp((s) => s.contribution),
      netBenefit: addUp((s) => s.netBenefit),
    },
  };
}
