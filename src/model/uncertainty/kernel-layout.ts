/**
 * Everything the simulation needs that no uncertain input changes, worked out once by the exact engine
 * and turned into plain numbers, laid out as typed arrays (structure of arrays): caseload projections,
 * discount factors, each line's quantity × price factor, who bears each fiscal line, which effects work
 * on which lines, what each service reaches, and each scenario's operating levels (at effectiveness 1),
 * months of running cost and fixed costs. Each uncertain figure is one slot of a parameter vector that a
 * draw overwrites; `simulation-kernel.ts` does the arithmetic a draw changes.
 */
import { ONE, ZERO, toPennies } from '../decimal';
import { projectDoNothing } from '../do-nothing';
import type { Model, Scenario } from '../model';
import { reachOf } from '../records/service';
import { pooledCosts, scheduleServices } from '../service-schedule';

/** How a scenario shares its pool: fixed weights (equal, custom), by fiscal cost borne, by benefit, or offers. */
export const RULE_FIXED = 0;
export const RULE_COST_BORNE = 1;
export const RULE_BENEFIT = 2;
export const RULE_OFFERS = 3;

/** Where each kind of figure starts in the parameter vector; the i-th line's unit cost is `unitCost + i`. */
export type ParameterOffsets = {
  unitCost: number;
  rate: number;
  growth: number;
  reduction: number;
  deadweight: number;
  attribution: number;
  coverage: number;
  annualCost: number;
  effectiveness: number;
  size: number;
};

export type KernelLayout = {
  years: number[];
  /** Counts: years, streams, lines, partners, reaches, services, scenarios. */
  H: number;
  K: number;
  J: number;
  P: number;
  R: number;
  S: number;
  SC: number;
  /** DF_t. */
  discount: Float64Array;
  at: ParameterOffsets;
  /** Today's value of every parameter. */
  base: Float64Array;
  /** The parameter slot(s) each uncertain input's key names (as uncertain-inputs.ts makes the keys). */
  slotsOfKey: ReadonlyMap<string, readonly number[]>;
  /** N_kt at today's growth, [k × H + t]. */
  caseloads: Float64Array;
  /** Exponent of the growth ratio in the first year (t adds one a year); −1 marks no growth input. */
  growthOffset: Int32Array;
  hasGrowth: Uint8Array;
  /** Today's growth of each stream, which the drawn growth is measured against. */
  growthToday: Float64Array;
  lineStream: Int32Array;
  /** quantity × price factor f_j: the part of a case's cost no input changes. */
  lineFixedFactor: Float64Array;
  lineFiscal: Uint8Array;
  /** Bearers of fiscal lines: line, partner and share. */
  bearerLine: Int32Array;
  bearerPartner: Int32Array;
  bearerShare: Float64Array;
  /**
   * Lines that one service alone has effects on: ρ_jt = e × strength_t, linear in the strength, so such
   * lines are added up by reach before the yearly arithmetic. Each with its (service, line) pair.
   */
  singleLines: Int32Array;
  singlePair: Int32Array;
  /** Lines that several services have effects on, each with its run of (service, line) pairs. */
  effectLines: Int32Array;
  linePairStart: Int32Array;
  linePairEnd: Int32Array;
  /** For each pair: the reach whose strength applies and its run of effects. */
  pairReach: Int32Array;
  pairEffectStart: Int32Array;
  pairEffectEnd: Int32Array;
  pairEffects: Int32Array;
  /** 1 for a reach some pair uses: the strengths of the others are never needed. */
  reachUsed: Uint8Array;
  effectCount: number;
  reachService: Int32Array;
  reachStream: Int32Array;
  /** Cases a year at full level; Infinity where none is given. */
  reachCapacity: Float64Array;
  /** 1 − optimism bias on benefits. */
  serviceKeep: Float64Array;
  /** The benefit weights (1 − drop-off)^a of each service, a = 0 … benefitYears − 1. */
  weightStart: Int32Array;
  weightCount: Int32Array;
  weights: Float64Array;
  /** Ō_st at effectiveness 1, [(sc × S + s) × H + t]. */
  level: Float64Array;
  /** Months of running cost × (1 + cost optimism bias) ÷ 12, [(sc × S + s) × H + t]. */
  runningShare: Float64Array;
  /** Set-up and renewal costs with their uplift, [sc × H + t]. */
  fixedPool: Float64Array;
  /** The first operating year of each scenario, −1 when it funds nothing. */
  firstYear: Int32Array;
  rule: Uint8Array;
  /** Fixed weights (equal, custom) and annual offers in pennies, [sc × P + p]; contributor flags. */
  fixedWeight: Float64Array;
  offer: Float64Array;
  contributor: Uint8Array;
};

function addSlot(map: Map<string, number[]>, key: string, slot: number): void {
  const slots = map.get(key);
  if (slots) slots.push(slot);
  else map.set(key, [slot]);
}

/** Consecutive runs of the parameter vector, one per kind of figure, in the order the type lists them. */
function offsetsFor(J: number, K: number, E: number, R: number, S: number, SC: number) {
  let size = 0;
  const next = (n: number) => {
    const start = size;
    size += n;
    return start;
  };
  const offsets = {
    unitCost: next(J),
    rate: next(J),
    growth: next(K),
    reduction: next(E),
    deadweight: next(E),
    attribution: next(E),
    coverage: next(R),
    annualCost: next(S),
    effectiveness: next(SC),
  };
  return { ...offsets, size } satisfies ParameterOffsets;
}

function latestYear(model: Model, k: number): number | null {
  const history = model.streams[k]?.history ?? [];
  return history.length === 0 ? null : Math.max(...history.map((p) => p.year));
}

/** Lays out a validated model whose exact calculation succeeds. */
export function layOutKernel(model: Model): KernelLayout {
  const doNothing = projectDoNothing(model);
  const { years } = doNothing;
  const H = model.horizonYears;
  const K = model.streams.length;
  const J = model.costLines.length;
  const P = model.partners.length;
  const S = model.services.length;
  const SC = model.scenarios.length;
  const lineStreams = new Map(model.costLines.map((line) => [line.id, line.stream]));
  const reaches = model.services.flatMap((service, s) =>
    reachOf(service, lineStreams).map((reach) => ({ s, reach })),
  );
  const R = reaches.length;
  const effectStart: number[] = [];
  let E = 0;
  for (const service of model.services) {
    effectStart.push(E);
    E += service.effects.length;
  }
  const at = offsetsFor(J, K, E, R, S, SC);
  const base = new Float64Array(at.size);
  const slots = new Map<string, number[]>();
  const streamIndex = new Map(model.streams.map((stream, k) => [stream.id, k]));
  const partnerIndex = new Map(model.partners.map((p, i) => [p.id, i]));

  const caseloads = new Float64Array(K * H);
  const growthOffset = new Int32Array(K);
  const hasGrowth = new Uint8Array(K);
  const growthToday = new Float64Array(K);
  model.streams.forEach((stream, k) => {
    const projected = doNothing.streams[k];
    projected?.caseloads.forEach((n, t) => (caseloads[k * H + t] = n.toNumber()));
    const { trend } = stream;
    if (trend.method !== 'rate' && trend.method !== 'compound') return;
    const growth = projected?.impliedGrowth ?? ZERO;
    hasGrowth[k] = 1;
    growthToday[k] = growth.toNumber();
    base[at.growth + k] = growth.toNumber();
    // A rate applies from its base year; a fitted growth is varied from the first projection year.
    growthOffset[k] =
      trend.method === 'rate'
        ? model.startYear - (latestYear(model, k) ?? trend.baseYear ?? model.startYear)
        : 0;
    addSlot(slots, `stream:${stream.id}:growth`, at.growth + k);
  });

  const lineStream = new Int32Array(J);
  const lineFixedFactor = new Float64Array(J);
  const lineFiscal = new Uint8Array(J);
  const bearers: { j: number; p: number; share: number }[] = [];
  model.costLines.forEach((line, j) => {
    lineStream[j] = streamIndex.get(line.stream) ?? 0;
    const factor = doNothing.lines[j]?.priceFactor ?? ONE;
    lineFixedFactor[j] = line.quantity.times(factor).toNumber();
    base[at.unitCost + j] = line.unitCost.toNumber();
    base[at.rate + j] = line.rate.toNumber();
    addSlot(slots, `costLine:${line.id}:unitCost`, at.unitCost + j);
    addSlot(slots, `costLine:${line.id}:rate`, at.rate + j);
    if (line.valueType !== 'fiscal') return;
    lineFiscal[j] = 1;
    for (const bearer of line.bearers) {
      const p = partnerIndex.get(bearer.partner);
      if (p !== undefined) bearers.push({ j, p, share: bearer.share.toNumber() });
    }
  });

  const reachIndex = new Map<string, number>();
  const reachService = new Int32Array(R);
  const reachStream = new Int32Array(R);
  const reachCapacity = new Float64Array(R);
  reaches.forEach(({ s, reach }, r) => {
    const service = model.services[s];
    reachService[r] = s;
    reachStream[r] = streamIndex.get(reach.stream) ?? 0;
    reachCapacity[r] = reach.capacity === null ? Infinity : reach.capacity.toNumber();
    base[at.coverage + r] = reach.coverage.toNumber();
    reachIndex.set(`${s}|${reach.stream}`, r);
    if (service) addSlot(slots, `reach:${service.id}:${reach.stream}:coverage`, at.coverage + r);
  });

  const serviceKeep = new Float64Array(S);
  const weightStart = new Int32Array(S);
  const weightCount = new Int32Array(S);
  const weightList: number[] = [];
  model.services.forEach((service, s) => {
    serviceKeep[s] = ONE.minus(service.optimismBias).toNumber();
    base[at.annualCost + s] = service.annualCost.toNumber();
    addSlot(slots, `service:${service.id}:annualCost`, at.annualCost + s);
    weightStart[s] = weightList.length;
    weightCount[s] = service.benefitYears;
    for (let a = 0; a < service.benefitYears; a += 1)
      weightList.push(ONE.minus(service.dropOffPerYear).pow(a).toNumber());
    const seen = new Map<string, number>();
    service.effects.forEach((effect, i) => {
      const e = (effectStart[s] ?? 0) + i;
      // A second effect on the same target is keyed `…#2` (uncertain-inputs.ts).
      const target = `${effect.target}:${effect.id}`;
      const nth = (seen.get(target) ?? 0) + 1;
      seen.set(target, nth);
      base[at.reduction + e] = effect.reduction.toNumber();
      base[at.deadweight + e] = effect.deadweight.toNumber();
      base[at.attribution + e] = effect.attribution.toNumber();
      const stem = `effect:${service.id}:${target}${nth > 1 ? `#${nth}` : ''}`;
      addSlot(slots, `${stem}:reduction`, at.reduction + e);
      addSlot(slots, `${stem}:deadweight`, at.deadweight + e);
      addSlot(slots, `${stem}:attribution`, at.attribution + e);
    });
  });

  const pairs = layOutPairs(model, effectStart, reachIndex, R);
  const scenarios = layOutScenarios(model, H, P, partnerIndex);
  model.scenarios.forEach((scenario, sc) => {
    base[at.effectiveness + sc] = scenario.effectiveness.toNumber();
    addSlot(slots, `scenario:${scenario.id}:effectiveness`, at.effectiveness + sc);
  });

  return {
    years,
    H,
    K,
    J,
    P,
    R,
    S,
    SC,
    discount: Float64Array.from(doNothing.factors.discount, (d) => d.toNumber()),
    at,
    base,
    slotsOfKey: slots,
    caseloads,
    growthOffset,
    hasGrowth,
    growthToday,
    lineStream,
    lineFixedFactor,
    lineFiscal,
    bearerLine: Int32Array.from(bearers, (b) => b.j),
    bearerPartner: Int32Array.from(bearers, (b) => b.p),
    bearerShare: Float64Array.from(bearers, (b) => b.share),
    ...pairs,
    effectCount: E,
    reachService,
    reachStream,
    reachCapacity,
    serviceKeep,
    weightStart,
    weightCount,
    weights: Float64Array.from(weightList),
    ...scenarios,
  };
}

/**
 * For each line, the services with effects on it (naming the line or its stream), each with those
 * effects in the order the service lists them: e_sj = 1 − Π(1 − net effect) over them.
 */
function layOutPairs(
  model: Model,
  effectStart: readonly number[],
  reachIndex: ReadonlyMap<string, number>,
  reachCount: number,
) {
  const singleLines: number[] = [];
  const singlePair: number[] = [];
  const effectLines: number[] = [];
  const linePairStart: number[] = [];
  const linePairEnd: number[] = [];
  const pairReach: number[] = [];
  const pairEffectStart: number[] = [];
  const pairEffectEnd: number[] = [];
  const pairEffects: number[] = [];
  model.costLines.forEach((line, j) => {
    const first = pairReach.length;
    model.services.forEach((service, s) => {
      const named: number[] = [];
      service.effects.forEach((effect, i) => {
        const names =
          effect.target === 'costLine' ? effect.id === line.id : effect.id === line.stream;
        if (names) named.push((effectStart[s] ?? 0) + i);
      });
      // A service that does not reach the line's stream helps none of its cases.
      const reach = reachIndex.get(`${s}|${line.stream}`);
      if (named.length === 0 || reach === undefined) return;
      pairReach.push(reach);
      pairEffectStart.push(pairEffects.length);
      pairEffects.push(...named);
      pairEffectEnd.push(pairEffects.length);
    });
    const count = pairReach.length - first;
    if (count === 1) {
      singleLines.push(j);
      singlePair.push(first);
    } else if (count > 1) {
      effectLines.push(j);
      linePairStart.push(first);
      linePairEnd.push(pairReach.length);
    }
  });
  const reachUsed = new Uint8Array(reachCount);
  for (const r of pairReach) reachUsed[r] = 1;
  return {
    singleLines: Int32Array.from(singleLines),
    singlePair: Int32Array.from(singlePair),
    effectLines: Int32Array.from(effectLines),
    linePairStart: Int32Array.from(linePairStart),
    linePairEnd: Int32Array.from(linePairEnd),
    pairReach: Int32Array.from(pairReach),
    pairEffectStart: Int32Array.from(pairEffectStart),
    pairEffectEnd: Int32Array.from(pairEffectEnd),
    pairEffects: Int32Array.from(pairEffects),
    reachUsed,
  };
}

/** Each scenario's schedules (at effectiveness 1, which scales Ō), pool parts and contribution rule. */
function layOutScenarios(
  model: Model,
  H: number,
  P: number,
  partnerIndex: ReadonlyMap<string, number>,
) {
  const S = model.services.length;
  const SC = model.scenarios.length;
  const level = new Float64Array(SC * S * H);
  const runningShare = new Float64Array(SC * S * H);
  const fixedPool = new Float64Array(SC * H);
  const firstYear = new Int32Array(SC);
  const rule = new Uint8Array(SC);
  const fixedWeight = new Float64Array(SC * P);
  const offer = new Float64Array(SC * P);
  const contributor = new Uint8Array(SC * P);
  const withoutRunning = model.services.map((service) => ({ ...service, annualCost: ZERO }));
  const uplift = model.services.map((service) => ONE.plus(service.costOptimismBias).toNumber());
  model.scenarios.forEach((scenario, sc) => {
    const atFullStrength: Scenario = { ...scenario, effectiveness: ONE };
    const schedules = scheduleServices(model.services, atFullStrength, H);
    schedules.forEach((schedule, s) => {
      for (let t = 0; t < H; t += 1) {
        const i = (sc * S + s) * H + t;
        level[i] = (schedule.yearly[t] ?? ZERO).toNumber();
        runningShare[i] = ((uplift[s] ?? 1) * (schedule.operatingMonths[t] ?? 0)) / 12;
      }
    });
    pooledCosts(withoutRunning, scenario, schedules, H).forEach(
      (amount, t) => (fixedPool[sc * H + t] = amount.toNumber()),
    );
    const first = schedules.map((s) => s.firstYear).filter((t): t is number => t !== null);
    firstYear[sc] = first.length === 0 ? -1 : Math.min(...first);
    const { contributions } = scenario;
    const mark = (id: string) => {
      const p = partnerIndex.get(id);
      if (p !== undefined) contributor[sc * P + p] = 1;
      return p;
    };
    switch (contributions.rule) {
      case 'equal': {
        const ids = contributions.contributors.filter((id) => partnerIndex.has(id));
        for (const id of ids) {
          const p = mark(id);
          if (p !== undefined) fixedWeight[sc * P + p] = 1 / ids.length;
        }
        break;
      }
      case 'custom':
        for (const { partner, share } of contributions.shares) {
          const p = mark(partner);
          if (p !== undefined) fixedWeight[sc * P + p] = share.toNumber();
        }
        break;
      case 'offers':
        rule[sc] = RULE_OFFERS;
        for (const { partner, annual } of contributions.offers) {
          const p = mark(partner);
          if (p !== undefined) offer[sc * P + p] = toPennies(annual).toNumber();
        }
        break;
      case 'costBorne':
      case 'benefit':
        rule[sc] = contributions.rule === 'costBorne' ? RULE_COST_BORNE : RULE_BENEFIT;
        for (const id of contributions.contributors) mark(id);
        break;
    }
  });
  return {
    level,
    runningShare,
    fixedPool,
    firstYear,
    rule,
    fixedWeight,
    offer,
    contributor,
  };
}
