/**
 * One funding scenario against the cost of doing nothing: who each service helps and for how long,
 * avoided cost, service cost, contributions, every yearly series in each basis, and the financial and
 * economic cases (MODEL.md, "Who is helped", "Effects and costs avoided", "Contributions", "Results").
 */
import { Dec, ONE, sum, ZERO } from './decimal';
import { contributionLedger, shareContributions } from './contributions';
import { bearerSets, shareSets, sumOfLines, zeroSeries, type BearerSet } from './do-nothing';
import { headlineFor, paybackYears } from './headline';
import type { CostLine, Model, Problem, Scenario, Service } from './model';
import type { ValueType } from './model-file';
import { netEffect } from './records/effect';
import { reachOf } from './records/service';
import type {
  CaseFigures,
  DoNothingResult,
  ReachResult,
  ScenarioResult,
  ScenarioSeries,
  Totals,
  YearFactors,
} from './results';
import { pooledCosts, scheduleServices, type ServiceSchedule } from './service-schedule';
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
 * Lines of one stream that every service reduces by the same e_sj share one reduction ρ_jt, so the
 * engine works out ρ once per group (e_sj = 1 − Π(1 − e) over the net effects of a service's effects
 * naming the line or its stream). Scenario-independent: built once per calculation.
 */
export type EffectGroup = {
  /** The stream every line of the group follows: its cases are the ones helped. */
  stream: string;
  /** e_sj for each service, in model order. */
  reductions: Dec[];
  lineIndexes: number[];
  /** Σ C_jt over the group's lines. */
  cost: Dec[];
  /** Σ C_jt over the group's lines in each set of bearers (an index into `EffectGroups.sets`). */
  bySet: { set: number; cost: Dec[] }[];
  /** Σ C_jt over the group's lines of each value type it has (most groups have one). */
  byType: { type: ValueType; cost: Dec[] }[];
};

export type EffectGroups = {
  groups: EffectGroup[];
  sets: BearerSet[];
  /** What is avoided in a year at given strengths of every service (keyed by both), across scenarios. */
  avoidedByYear: Map<string, AvoidedYear>;
  /** The stream each cost line follows: what a service without its own reach reaches. */
  lineStreams: ReadonlyMap<string, string>;
};

/** A service's effects by what they name, each with its place in the list and its 1 − e. */
type EffectIndex = Map<string, { at: number; kept: Dec; text: string }[]>;

function indexEffects(service: Service): EffectIndex {
  const index: EffectIndex = new Map();
  service.effects.forEach((effect, at) => {
    const key = `${effect.target === 'costLine' ? 'l' : 's'}:${effect.id}`;
    const net = netEffect(effect);
    const entry = { at, kept: ONE.minus(net), text: net.toString() };
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
    const key = `${line.stream.length}:${line.stream}|${found.map((e) => e.text).join('|')}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        stream: line.stream,
        reductions: found.map((e) => e.reduction),
        lineIndexes: [],
        cost: [],
        bySet: [],
        byType: [],
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
    lineStreams: new Map(model.costLines.map((line) => [line.id, line.stream])),
    groups: [...groups.values()].map(({ stream, reductions, lineIndexes, linesBySet }) => {
      const cost = sumOfLines(costs, lineIndexes, H);
      return {
        stream,
        reductions,
        lineIndexes,
        cost,
        bySet: costsOfParts(linesBySet, cost, costs, H).map(([set, c]) => ({ set, cost: c })),
        byType: costsOfParts(linesByType(model.costLines, lineIndexes), cost, costs, H).map(
          ([type, c]) => ({ type, cost: c }),
        ),
      };
    }),
  };
}

/**
 * Σ C_jt over each part's lines. A group in one part only (the usual case) reuses the group's total
 * rather than adding its lines again.
 */
function costsOfParts<K>(
  byPart: ReadonlyMap<K, readonly number[]>,
  total: Dec[],
  costs: readonly (readonly Dec[])[],
  H: number,
): [K, Dec[]][] {
  return [...byPart].map(([part, lines]) => [
    part,
    byPart.size === 1 ? total : sumOfLines(costs, lines, H),
  ]);
}

/** The group's lines by value type, for the types it has. */
function linesByType(
  lines: readonly CostLine[],
  lineIndexes: readonly number[],
): Map<ValueType, number[]> {
  const byType = new Map<ValueType, number[]>();
  for (const j of lineIndexes) {
    const type = lines[j]?.valueType ?? 'fiscal';
    const list = byType.get(type);
    if (list) list.push(j);
    else byType.set(type, [j]);
  }
  return byType;
}

/**
 * How strongly each service works on each stream's cases in each year: A_skt × (1 − optimism bias_s),
 * by stream id, then by service in model order (null where the service does not reach the stream).
 */
type Strengths = ReadonlyMap<string, readonly (readonly Dec[] | null)[]>;

/** ρ_t = 1 − Π_s (1 − e_sj × A_skt × (1 − optimism bias_s)) for one group in year t. */
function reductionOf(group: EffectGroup, strengths: Strengths, t: number): Dec {
  const strength = strengths.get(group.stream);
  if (!strength) return ZERO;
  let kept = ONE;
  group.reductions.forEach((e, s) => {
    const a = strength[s]?.[t];
    if (!e.isZero() && a && !a.isZero()) kept = kept.times(ONE.minus(e.times(a)));
  });
  return ONE.minus(kept);
}

/** What is avoided in one year: by line (in model order), in all, by set of bearers and by value type. */
type AvoidedYear = { byLine: Dec[]; total: Dec; bySet: Dec[]; byType: Record<ValueType, Dec> };

function avoidedInYear(
  model: Model,
  doNothing: DoNothingResult,
  { groups, sets }: EffectGroups,
  strengths: Strengths,
  t: number,
): AvoidedYear {
  const byLine = model.costLines.map(() => ZERO);
  const bySet = sets.map(() => ZERO);
  const byType = { fiscal: ZERO, economic: ZERO, social: ZERO };
  let total = ZERO;
  for (const group of groups) {
    const r = reductionOf(group, strengths, t);
    if (r.isZero()) continue;
    total = total.plus((group.cost[t] ?? ZERO).times(r));
    for (const j of group.lineIndexes) byLine[j] = (doNothing.lines[j]?.cost[t] ?? ZERO).times(r);
    for (const { set, cost } of group.bySet)
      bySet[set] = (bySet[set] ?? ZERO).plus((cost[t] ?? ZERO).times(r));
    for (const { type, cost } of group.byType) {
      const amount = cost[t] ?? ZERO;
      if (!amount.isZero()) byType[type] = byType[type].plus(amount.times(r));
    }
  }
  return { byLine, total, bySet, byType };
}

/** A key naming every strength in year t, so equal years can share one answer. */
function strengthKey(strengths: Strengths, t: number): string {
  const parts: string[] = [String(t)];
  for (const [stream, byService] of strengths)
    parts.push(
      `${stream.length}:${stream}=${byService.map((series) => series?.[t]?.toString() ?? '-').join(',')}`,
    );
  return parts.join('|');
}

/** Avoided cost in total, by line, by value type and by partner, real terms by year. */
function avoidedCosts(
  model: Model,
  doNothing: DoNothingResult,
  groups: EffectGroups,
  strengths: Strengths,
) {
  // A year in which every service works at the same strength as in the same year of an earlier
  // scenario avoids the very same costs, so each is worked out once per calculation.
  const years = doNothing.years.map((_, t) => {
    const key = strengthKey(strengths, t);
    let year = groups.avoidedByYear.get(key);
    if (!year) {
      year = avoidedInYear(model, doNothing, groups, strengths, t);
      groups.avoidedByYear.set(key, year);
    }
    return year;
  });
  return {
    total: years.map((year) => year.total),
    byLine: model.costLines.map((_, j) => years.map((year) => year.byLine[j] ?? ZERO)),
    byType: {
      fiscal: years.map((year) => year.byType.fiscal),
      economic: years.map((year) => year.byType.economic),
      social: years.map((year) => year.byType.social),
    },
    byPartner: shareSets(groups.sets, (_, k) => years.map((year) => year.bySet[k] ?? ZERO), model),
  };
}

/**
 * Who a service helps in each stream it reaches (MODEL.md, "Who is helped, and for how long"):
 * g_skt = Ō_st × min(coverage, capacity ÷ N_kt), and A_skt = min(1, Σ_a g_sk,t−a × (1 − drop-off)^a)
 * over the year itself and the `benefitYears − 1` before it.
 */
function reachFigures(
  service: Service,
  operatingLevel: readonly Dec[],
  caseloads: ReadonlyMap<string, readonly Dec[]>,
  lineStreams: ReadonlyMap<string, string>,
): ReachResult[] {
  const weights = Array.from({ length: service.benefitYears }, (_, a) =>
    ONE.minus(service.dropOffPerYear).pow(a),
  );
  return reachOf(service, lineStreams).map((reach) => {
    const cases = caseloads.get(reach.stream) ?? [];
    const helped = operatingLevel.map((level, t) => {
      const n = cases[t] ?? ZERO;
      if (level.isZero() || n.isZero()) return ZERO;
      const share =
        reach.capacity === null ? reach.coverage : Dec.min(reach.coverage, reach.capacity.div(n));
      return level.times(share);
    });
    const benefiting = helped.map((_, t) => {
      let total = ZERO;
      for (let a = 0; a < weights.length && a <= t; a += 1) {
        const g = helped[t - a] ?? ZERO;
        if (!g.isZero()) total = total.plus(g.times(weights[a] ?? ZERO));
      }
      return Dec.min(ONE, total);
    });
    return { streamId: reach.stream, helped, benefiting };
  });
}

/** Each stream's strengths by service, from the services' reach and optimism bias on benefits. */
function strengthsOf(model: Model, reaches: readonly ReachResult[][]): Strengths {
  const strengths = new Map<string, (Dec[] | null)[]>();
  model.services.forEach((service, s) => {
    const keep = ONE.minus(service.optimismBias);
    for (const reach of reaches[s] ?? []) {
      let byService = strengths.get(reach.streamId);
      if (!byService) {
        byService = model.services.map(() => null);
        strengths.set(reach.streamId, byService);
      }
      byService[s] = reach.benefiting.map((a) => (keep.eq(ONE) ? a : a.times(keep)));
    }
  });
  return strengths;
}

/** The scenario's yearly series in each basis, from its real-terms do-nothing, avoided and service costs. */
function scenarioSeries(
  doNothing: readonly Dec[],
  factors: YearFactors,
  avoided: Dec[],
  service: Dec[],
): ScenarioSeries {
  const remaining = doNothing.map((c, t) => c.minus(avoided[t] ?? ZERO));
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

/** A case's figures: its series, payback years and headline, against the do-nothing cost it counts. */
function caseFigures(
  doNothing: { cost: readonly Dec[]; totals: Totals },
  avoided: Dec[],
  pool: Dec[],
  factors: YearFactors,
  years: readonly number[],
  firstServiceYear: number | null,
  cashableAvoided: Totals,
): CaseFigures {
  const series = scenarioSeries(doNothing.cost, factors, avoided, pool);
  const payback = paybackYears(series, years, firstServiceYear);
  const headline = headlineFor({
    series,
    doNothing: doNothing.totals,
    cashableAvoided,
    paybackYear: payback.pv,
  });
  return { headline, series, paybackYears: payback };
}

function firstOperatingYear(schedules: readonly ServiceSchedule[]): number | null {
  const firstYears = schedules.map((s) => s.firstYear).filter((t): t is number => t !== null);
  return firstYears.length > 0 ? Math.min(...firstYears) : null;
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
  const caseloads = new Map(doNothing.streams.map((s) => [s.streamId, s.caseloads]));
  const reaches = model.services.map((service, s) =>
    reachFigures(service, schedules[s]?.yearly ?? [], caseloads, groups.lineStreams),
  );
  const avoided = avoidedCosts(model, doNothing, groups, strengthsOf(model, reaches));
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
  const partnerAvoided = (id: string) => ({
    all: totalsOf(avoided.byPartner.all.get(id) ?? [], factors),
    fiscal: totalsOf(avoided.byPartner.fiscal.get(id) ?? [], factors),
  });
  const avoidedTotals = new Map(model.partners.map((p) => [p.id, partnerAvoided(p.id)]));
  // Who pays is argued on the financial case: the weights follow fiscal values alone.
  const shared = shareContributions({
    contributions: scenario.contributions,
    partners: model.partners,
    pool,
    factors,
    doNothingPV: new Map(doNothing.partners.map((p) => [p.partnerId, p.fiscal.totals.pv])),
    avoidedPV: new Map([...avoidedTotals].map(([id, totals]) => [id, totals.fiscal.pv])),
  });
  if (!shared.ok)
    return {
      path: `scenarios[${model.scenarios.indexOf(scenario)}].contributions.rule`,
      message: shared.message,
    };

  const firstServiceYear = firstOperatingYear(schedules);
  const cashableLines = lines.filter((_, j) => model.costLines[j]?.cashable === true);
  const cashableAvoided = totalsOf(
    years.map((_, t) => sum(cashableLines.map((l) => l.avoided[t] ?? ZERO))),
    factors,
  );
  const economic = caseFigures(
    { cost: doNothing.total, totals: doNothing.totals },
    avoided.total,
    pool,
    factors,
    years,
    firstServiceYear,
    cashableAvoided,
  );
  const financial = caseFigures(
    doNothing.valueTypes.fiscal,
    avoided.byType.fiscal,
    pool,
    factors,
    years,
    firstServiceYear,
    cashableAvoided,
  );
  const { series } = economic;
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
    const avoidedCost = avoided.byPartner.all.get(p.id) ?? zeroSeries(H);
    return {
      partnerId: p.id,
      doNothing: doNothingCost,
      avoided: avoidedCost,
      remaining: doNothingCost.map((c, t) => c.minus(avoidedCost[t] ?? ZERO)),
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
    const found = avoidedTotals.get(p.partnerId);
    const all = found?.all ?? zeroTotals();
    const fiscal = found?.fiscal ?? zeroTotals();
    const bearer = doNothing.partners[i];
    return {
      partnerId: p.partnerId,
      isContributor: c?.isContributor ?? false,
      weight: c?.weight ?? null,
      doNothing: bearer?.totals ?? zeroTotals(),
      avoided: all,
      contribution,
      netBenefit: subtractTotals(all, contribution),
      fiscal: {
        doNothing: bearer?.fiscal.totals ?? zeroTotals(),
        avoided: fiscal,
        netBenefit: subtractTotals(fiscal, contribution),
      },
    };
  });
  const addUp = (pick: (s: (typeof partnerSummaries)[number]) => Totals) =>
    partnerSummaries.reduce((total, s) => addTotals(total, pick(s)), zeroTotals());

  const partnerIds = model.partners.map((p) => p.id);
  const meanByYear = years.map((_, t) =>
    schedules.length === 0
      ? ZERO
      : sum(schedules.map((s) => s.yearly[t] ?? ZERO)).div(schedules.length),
  );
  const valueType = (type: ValueType) => ({
    doNothing: doNothing.valueTypes[type].totals,
    avoided: totalsOf(avoided.byType[type], factors),
    avoidedByYear: avoided.byType[type],
  });
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
      reach: reaches[s] ?? [],
    })),
    headline: economic.headline,
    financial,
    valueTypes: {
      fiscal: valueType('fiscal'),
      economic: valueType('economic'),
      social: valueType('social'),
    },
    shortfall: shared.shortfall
      ? { byYear: shared.shortfall, total: totalsOf(shared.shortfall, factors) }
      : null,
    series,
    paybackYears: economic.paybackYears,
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
