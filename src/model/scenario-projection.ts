/**
 * One funding scenario against the cost of doing nothing: avoided cost, service cost, contributions,
 * every yearly series in each basis and the headline figures (MODEL.md, "Effects", "Contributions",
 * "Results").
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { contributionLedger, shareContributions } from './contributions';
import { emptyPartnerSeries, zeroSeries } from './do-nothing';
import { headlineFor, paybackYears } from './headline';
import type { Model, Problem, Scenario } from './model';
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
  /** Σ C_jt over the group's lines, and the same by bearing partner. */
  cost: Dec[];
  byPartner: Map<string, Dec[]>;
};

export function effectGroups(model: Model, doNothing: DoNothingResult): EffectGroup[] {
  const groups = new Map<string, EffectGroup>();
  model.costLines.forEach((line, j) => {
    const reductions = model.services.map((service) => {
      let kept = ONE;
      for (const effect of service.effects) {
        const applies =
          effect.target === 'costLine' ? effect.id === line.id : effect.id === line.stream;
        if (applies) kept = kept.times(ONE.minus(effect.reduction));
      }
      return ONE.minus(kept);
    });
    if (reductions.every((e) => e.isZero())) return;
    const key = reductions.map((e) => e.toString()).join('|');
    let group = groups.get(key);
    if (!group) {
      group = {
        reductions,
        lineIndexes: [],
        cost: zeroSeries(model.horizonYears),
        byPartner: new Map(),
      };
      groups.set(key, group);
    }
    group.lineIndexes.push(j);
    const target = group;
    const cost = doNothing.lines[j]?.cost ?? [];
    cost.forEach((amount, t) => {
      target.cost[t] = (target.cost[t] ?? ZERO).plus(amount);
      for (const bearer of line.bearers) {
        const series = target.byPartner.get(bearer.partner) ?? zeroSeries(model.horizonYears);
        series[t] = (series[t] ?? ZERO).plus(amount.times(bearer.share));
        target.byPartner.set(bearer.partner, series);
      }
    });
  });
  return [...groups.values()];
}

/** Avoided cost in total, by line and by partner, real terms by year. */
function avoidedCosts(
  model: Model,
  doNothing: DoNothingResult,
  groups: readonly EffectGroup[],
  strength: readonly (readonly Dec[])[],
) {
  const H = model.horizonYears;
  const byPartner = emptyPartnerSeries(model);
  const total = zeroSeries(H);
  const byLine: Dec[][] = model.costLines.map(() => zeroSeries(H));
  for (const group of groups) {
    // ρ_t = 1 − Π_s (1 − e_s × Ē_st × (1 − optimism bias_s))
    const rho = doNothing.years.map((_, t) => {
      let kept = ONE;
      group.reductions.forEach((e, s) => {
        if (!e.isZero()) kept = kept.times(ONE.minus(e.times(strength[s]?.[t] ?? ZERO)));
      });
      return ONE.minus(kept);
    });
    rho.forEach((r, t) => {
      if (r.isZero()) return;
      total[t] = (total[t] ?? ZERO).plus((group.cost[t] ?? ZERO).times(r));
      for (const j of group.lineIndexes) {
        const line = byLine[j];
        if (line) line[t] = (doNothing.lines[j]?.cost[t] ?? ZERO).times(r);
      }
      for (const [partnerId, cost] of group.byPartner) {
        const series = byPartner.get(partnerId);
        if (series) series[t] = (series[t] ?? ZERO).plus((cost[t] ?? ZERO).times(r));
      }
    });
  }
  return { total, byLine, byPartner };
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
  groups: readonly EffectGroup[],
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
