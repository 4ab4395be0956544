/**
 * The whole calculation: caseloads, the cost of doing nothing, and each funding scenario's avoided cost,
 * service cost, contributions and headline figures. Pure: a validated model in, results out.
 */
import { ONE, sum, ZERO, type Dec } from './decimal';
import { shareContributions } from './contributions';
import { projectionYears } from './financial-year';
import type { CostLine, Model, Problem, Scenario } from './model';
import type { DoNothingResult, Results, ScenarioResult } from './results';
import { headlineFor } from './headline';
import { pooledCosts, scheduleServices } from './service-schedule';
import { projectCaseload } from './trends';
import { subtractTotals, totalsOf, yearFactors, zeroTotals } from './year-factors';

export type CalculateResult = { ok: true; results: Results } | { ok: false; problems: Problem[] };

/** f_j: converts a unit cost from its price year to the model's price base through the price index. */
export function priceFactor(model: Model, priceYear: number): Dec {
  if (priceYear === model.priceBaseYear) return ONE;
  const base = model.priceIndex.get(model.priceBaseYear);
  const then = model.priceIndex.get(priceYear);
  return base && then ? base.div(then) : ONE;
}

/** Adds `amount × share` into each bearer's series for year t. */
function shareAmongBearers(line: CostLine, amount: Dec, t: number, into: Map<string, Dec[]>): void {
  if (amount.isZero()) return;
  for (const bearer of line.bearers) {
    const series = into.get(bearer.partner);
    if (series) series[t] = (series[t] ?? ZERO).plus(amount.times(bearer.share));
  }
}

function zeroSeries(length: number): Dec[] {
  return Array.from({ length }, () => ZERO);
}

function emptyPartnerSeries(model: Model): Map<string, Dec[]> {
  return new Map(model.partners.map((p) => [p.id, zeroSeries(model.horizonYears)]));
}

export function projectDoNothing(model: Model): DoNothingResult {
  const years = projectionYears(model.startYear, model.horizonYears);
  const factors = yearFactors(years, model.priceBaseYear, model.inflationRate, model.discountRate);
  const streams = model.streams.map((stream) => ({
    streamId: stream.id,
    ...projectCaseload(stream, years),
  }));
  const caseloads = new Map(streams.map((s) => [s.streamId, s.caseloads]));
  const byPartner = emptyPartnerSeries(model);
  const lines = model.costLines.map((line) => {
    const factor = priceFactor(model, line.priceYear);
    const perCase = line.rate.times(line.quantity).times(line.unitCost).times(factor);
    const cases = caseloads.get(line.stream) ?? zeroSeries(model.horizonYears);
    const cost = cases.map((n) => n.times(perCase));
    cost.forEach((amount, t) => {
      shareAmongBearers(line, amount, t, byPartner);
    });
    return { lineId: line.id, priceFactor: factor, cost };
  });
  const total = years.map((_, t) => sum(lines.map((l) => l.cost[t] ?? ZERO)));

  return {
    years,
    factors,
    streams,
    lines,
    partners: model.partners.map((p) => {
      const cost = byPartner.get(p.id) ?? zeroSeries(model.horizonYears);
      return { partnerId: p.id, cost, totals: totalsOf(cost, factors) };
    }),
    total,
    totals: totalsOf(total, factors),
  };
}

/**
 * Lines that every service reduces by the same e_sj share one reduction ρ_jt, so the engine works out
 * ρ once per group (e_sj = 1 − Π(1 − e) over a service's effects naming the line or its stream).
 * Scenario-independent: built once per calculation.
 */
type EffectGroup = {
  /** e_sj for each service, in model order. */
  reductions: Dec[];
  lineIndexes: number[];
  /** Σ C_jt over the group's lines, and the same by bearing partner. */
  cost: Dec[];
  byPartner: Map<string, Dec[]>;
};

function effectGroups(model: Model, doNothing: DoNothingResult): EffectGroup[] {
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

function projectScenario(
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

  const avoidedByPartner = emptyPartnerSeries(model);
  const avoidedTotal = zeroSeries(H);
  const avoidedByLine: Dec[][] = model.costLines.map(() => zeroSeries(H));
  for (const group of groups) {
    // ρ_t = 1 − Π_s (1 − e_s × Ē_st × (1 − optimism bias_s))
    const rho = years.map((_, t) => {
      let kept = ONE;
      group.reductions.forEach((e, s) => {
        if (!e.isZero()) kept = kept.times(ONE.minus(e.times(strength[s]?.[t] ?? ZERO)));
      });
      return ONE.minus(kept);
    });
    rho.forEach((r, t) => {
      if (r.isZero()) return;
      avoidedTotal[t] = (avoidedTotal[t] ?? ZERO).plus((group.cost[t] ?? ZERO).times(r));
      for (const j of group.lineIndexes) {
        const line = avoidedByLine[j];
        if (line) line[t] = (doNothing.lines[j]?.cost[t] ?? ZERO).times(r);
      }
      for (const [partnerId, cost] of group.byPartner) {
        const series = avoidedByPartner.get(partnerId);
        if (series) series[t] = (series[t] ?? ZERO).plus((cost[t] ?? ZERO).times(r));
      }
    });
  }
  const lines = model.costLines.map((line, j) => {
    const cost = doNothing.lines[j]?.cost ?? zeroSeries(H);
    const avoided = avoidedByLine[j] ?? zeroSeries(H);
    return { lineId: line.id, avoided, remaining: cost.map((c, t) => c.minus(avoided[t] ?? ZERO)) };
  });

  const pool = pooledCosts(model.services, scenario, schedules, H);
  const doNothingPV = new Map(doNothing.partners.map((p) => [p.partnerId, p.totals.pv]));
  const avoidedTotals = new Map(
    model.partners.map((p) => [p.id, totalsOf(avoidedByPartner.get(p.id) ?? [], factors)]),
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

  let running = ZERO;
  const rows = years.map((year, t) => {
    const avoided = avoidedTotal[t] ?? ZERO;
    const service = pool[t] ?? ZERO;
    const total = doNothing.total[t] ?? ZERO;
    running = running.plus(avoided.minus(service));
    return {
      year,
      doNothing: total,
      remaining: total.minus(avoided),
      avoided,
      service,
      netSaving: avoided.minus(service),
      cumulativeNetSaving: running,
    };
  });

  const partners = model.partners.map((p, i) => {
    const contribution = shared.partners[i];
    const doNothingCost = doNothing.partners[i]?.cost ?? zeroSeries(H);
    const avoided = avoidedByPartner.get(p.id) ?? zeroSeries(H);
    return {
      partnerId: p.id,
      doNothing: doNothingCost,
      avoided,
      remaining: doNothingCost.map((c, t) => c.minus(avoided[t] ?? ZERO)),
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
    const avoided = avoidedTotals.get(p.partnerId) ?? zeroTotals();
    return {
      partnerId: p.partnerId,
      isContributor: c?.isContributor ?? false,
      weight: c?.weight ?? null,
      doNothing: doNothing.partners[i]?.totals ?? zeroTotals(),
      avoided,
      contribution,
      netBenefit: subtractTotals(avoided, contribution),
    };
  });

  const firstYears = schedules.map((s) => s.firstYear).filter((t): t is number => t !== null);
  const cashableLines = lines.filter((_, j) => model.costLines[j]?.cashable === true);
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
      rows,
      factors,
      years,
      doNothing: doNothing.totals,
      cashableAvoided: years.map((_, t) => sum(cashableLines.map((l) => l.avoided[t] ?? ZERO))),
      firstServiceYear: firstYears.length > 0 ? Math.min(...firstYears) : null,
    }),
    shortfall: shared.shortfall
      ? { byYear: shared.shortfall, total: totalsOf(shared.shortfall, factors) }
      : null,
  };
}

/** Runs the whole model. Fails only where MODEL.md calls a rule's weights an error (a zero denominator). */
export function calculate(model: Model): CalculateResult {
  const doNothing = projectDoNothing(model);
  const groups = effectGroups(model, doNothing);
  const problems: Problem[] = [];
  const scenarios: ScenarioResult[] = [];
  for (const scenario of model.scenarios) {
    const result = projectScenario(model, scenario, doNothing, groups);
    if ('scenarioId' in result) scenarios.push(result);
    else problems.push(result);
  }
  if (problems.length > 0) return { ok: false, problems };
  const warnings = doNothing.streams.flatMap((s, i) =>
    s.warnings.map((message) => ({ path: `streams[${i}].trend`, message })),
  );
  return { ok: true, results: { doNothing, scenarios, warnings } };
}
