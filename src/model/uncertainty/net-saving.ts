/**
 * A scenario's net saving PV, in the financial and the economic case, as one input moves: the quick path
 * the sensitivity analysis and the switching values share. It works out the same figures as the full
 * calculation (MODEL.md: C_jt, e_sj, A_skt, ρ_jt, the pooled budget; a test holds the two together), but
 * only for the chosen scenario and without contributions, which do not change a net saving. Every figure
 * of the model as it stands is worked out once; a moved input recomputes only what it touches:
 * - a unit cost or rate scales one line's cost, so its avoided cost moves in proportion (exact);
 * - a service's annual cost changes only the pooled budget;
 * - an effect changes the reduction of the lines it names; a coverage the help given to one caseload;
 * - a caseload's growth that caseload, its lines and the help given to it;
 * - the scenario's effectiveness every service's operating level; another scenario's, nothing.
 */
import { Dec, ONE, ZERO } from '../decimal';
import { projectionYears } from '../financial-year';
import type { CostLine, Model, Scenario, Service, Stream } from '../model';
import { netEffect } from '../records/effect';
import { reachOf } from '../records/service';
import { pooledCosts, scheduleServices, type ServiceSchedule } from '../service-schedule';
import { projectCaseload } from '../trends';
import { yearFactors } from '../year-factors';
import { withInput } from './uncertain-inputs';

/** Net saving PV (real terms, discounted) of each case. */
export type CaseNetSavings = { financial: Dec; economic: Dec };

/** By service, in model order: A_skt × (1 − optimism bias_s) for one stream, or null where not reached. */
type StreamStrengths = (Dec[] | null)[];

/** What a line's avoided cost is worked out from. */
type State = {
  /** e_sj by service, then line. */
  reductions: Dec[][];
  strengths: ReadonlyMap<string, StreamStrengths>;
  /** N_kt × DF_t by stream. */
  weights: ReadonlyMap<string, Dec[]>;
};

function priceFactor(model: Model, priceYear: number): Dec {
  if (priceYear === model.priceBaseYear) return ONE;
  const base = model.priceIndex.get(model.priceBaseYear);
  const then = model.priceIndex.get(priceYear);
  return base && then ? base.div(then) : ONE;
}

function perCaseOf(model: Model, line: CostLine): Dec {
  return line.rate
    .times(line.quantity)
    .times(line.unitCost)
    .times(priceFactor(model, line.priceYear));
}

/** e_sj: the net effects naming the line or its stream, in the service's order, combined. */
function lineReduction(service: Service, line: CostLine): Dec {
  let kept = ONE;
  let any = false;
  for (const effect of service.effects) {
    const names = effect.target === 'costLine' ? effect.id === line.id : effect.id === line.stream;
    if (!names) continue;
    kept = kept.times(ONE.minus(netEffect(effect)));
    any = true;
  }
  return any ? ONE.minus(kept) : ZERO;
}

/**
 * A_skt × (1 − optimism bias) for one service and each stream it reaches (or only `only`): g_skt = Ō_st ×
 * min(coverage, capacity ÷ N_kt), then A_skt = min(1, Σ_a g_sk,t−a × (1 − drop-off)^a) over the benefit
 * years.
 */
function serviceStrengths(
  service: Service,
  level: readonly Dec[],
  caseloads: ReadonlyMap<string, readonly Dec[]>,
  lineStreams: ReadonlyMap<string, string>,
  only: string | null,
): Map<string, Dec[]> {
  const weights = Array.from({ length: service.benefitYears }, (_, a) =>
    ONE.minus(service.dropOffPerYear).pow(a),
  );
  const keep = ONE.minus(service.optimismBias);
  const out = new Map<string, Dec[]>();
  for (const reach of reachOf(service, lineStreams)) {
    if (only !== null && reach.stream !== only) continue;
    const cases = caseloads.get(reach.stream) ?? [];
    const helped = level.map((l, t) => {
      const n = cases[t] ?? ZERO;
      if (l.isZero() || n.isZero()) return ZERO;
      const share =
        reach.capacity === null ? reach.coverage : Dec.min(reach.coverage, reach.capacity.div(n));
      return l.times(share);
    });
    out.set(
      reach.stream,
      helped.map((_, t) => {
        let total = ZERO;
        for (let a = 0; a < weights.length && a <= t; a += 1) {
          const g = helped[t - a] ?? ZERO;
          if (!g.isZero()) total = total.plus(g.times(weights[a] ?? ZERO));
        }
        const benefiting = Dec.min(ONE, total);
        return keep.eq(ONE) ? benefiting : benefiting.times(keep);
      }),
    );
  }
  return out;
}

function allStrengths(
  model: Model,
  schedules: readonly ServiceSchedule[],
  caseloads: ReadonlyMap<string, readonly Dec[]>,
  lineStreams: ReadonlyMap<string, string>,
): Map<string, StreamStrengths> {
  const strengths = new Map<string, StreamStrengths>();
  model.services.forEach((service, s) => {
    const found = serviceStrengths(
      service,
      schedules[s]?.yearly ?? [],
      caseloads,
      lineStreams,
      null,
    );
    for (const [stream, series] of found) {
      let byService = strengths.get(stream);
      if (!byService) {
        byService = model.services.map(() => null);
        strengths.set(stream, byService);
      }
      byService[s] = series;
    }
  });
  return strengths;
}

/**
 * Σ_t DF_t × N_kt × ρ_jt of each line given, with ρ_jt = 1 − Π_s (1 − e_sj × strength_skt). Lines of one
 * stream that every service reduces alike have the same figure, worked out once.
 */
function unitPVs(
  lines: readonly number[],
  lineStreams: readonly string[],
  parts: Pick<State, 'reductions' | 'strengths' | 'weights'>,
  into: Dec[],
): void {
  const memo = new Map<string, Dec>();
  for (const j of lines) {
    const stream = lineStreams[j] ?? '';
    const key = `${stream.length}:${stream}|${parts.reductions.map((byLine) => (byLine[j] ?? ZERO).toString()).join('|')}`;
    let pv = memo.get(key);
    if (!pv) {
      pv = unitPVOf(j, stream, parts);
      memo.set(key, pv);
    }
    into[j] = pv;
  }
}

function unitPVOf(
  j: number,
  stream: string,
  { reductions, strengths, weights }: Pick<State, 'reductions' | 'strengths' | 'weights'>,
): Dec {
  const strength = strengths.get(stream);
  const weight = weights.get(stream);
  if (!strength || !weight) return ZERO;
  const active = reductions.flatMap((byLine, s) => {
    const e = byLine[j] ?? ZERO;
    const series = strength[s];
    return e.isZero() || !series ? [] : [{ e, series }];
  });
  if (active.length === 0) return ZERO;
  let total = ZERO;
  weight.forEach((w, t) => {
    if (w.isZero()) return;
    let kept = ONE;
    for (const { e, series } of active) {
      const a = series[t];
      if (a && !a.isZero()) kept = kept.times(ONE.minus(e.times(a)));
    }
    if (!kept.eq(ONE)) total = total.plus(w.times(ONE.minus(kept)));
  });
  return total;
}

function presentValue(series: readonly Dec[], discount: readonly Dec[]): Dec {
  let total = ZERO;
  series.forEach((amount, t) => {
    if (!amount.isZero()) total = total.plus(amount.times(discount[t] ?? ZERO));
  });
  return total;
}

/** The index of the item of `after` that is not the same object as in `before`, or −1. */
function changedAt<T>(before: readonly T[], after: readonly T[]): number {
  if (before === after) return -1;
  return after.findIndex((item, i) => item !== before[i]);
}

export type NetSavingEvaluator = {
  base: CaseNetSavings;
  /** The net savings with one input (by its key) at `value`, every other figure as it stands. */
  at: (key: string, value: Dec) => CaseNetSavings;
};

/** The quick path for one model and scenario; throws when the scenario is not in the model. */
export function netSavingEvaluator(model: Model, scenarioId: string): NetSavingEvaluator {
  const scenario = model.scenarios.find((x) => x.id === scenarioId);
  if (!scenario) throw new Error(`The model has no scenario "${scenarioId}".`);
  const H = model.horizonYears;
  const years = projectionYears(model.startYear, H);
  const { discount } = yearFactors(years, model.priceBaseYear, model.inflationRate, model);
  const lineStreamMap = new Map(model.costLines.map((l) => [l.id, l.stream]));
  const lineStreams = model.costLines.map((l) => l.stream);
  const isFiscal = model.costLines.map((l) => l.valueType === 'fiscal');
  const allLines = model.costLines.map((_, j) => j);
  const linesOf = (stream: string) => allLines.filter((j) => lineStreams[j] === stream);
  const weightsOf = (cases: readonly Dec[]) => cases.map((n, t) => n.times(discount[t] ?? ZERO));

  const schedules = scheduleServices(model.services, scenario, H);
  const caseloads = new Map(
    model.streams.map((stream) => [stream.id, projectCaseload(stream, years).caseloads]),
  );
  const base: State = {
    reductions: model.services.map((service) =>
      model.costLines.map((line) => lineReduction(service, line)),
    ),
    strengths: allStrengths(model, schedules, caseloads, lineStreamMap),
    weights: new Map([...caseloads].map(([id, cases]) => [id, weightsOf(cases)])),
  };
  const perCase = model.costLines.map((line) => perCaseOf(model, line));
  const unitPV: Dec[] = allLines.map(() => ZERO);
  unitPVs(allLines, lineStreams, base, unitPV);
  const servicePV = presentValue(pooledCosts(model.services, scenario, schedules, H), discount);
  let fiscalPV = ZERO;
  let allPV = ZERO;
  allLines.forEach((j) => {
    const pv = (perCase[j] ?? ZERO).times(unitPV[j] ?? ZERO);
    allPV = allPV.plus(pv);
    if (isFiscal[j]) fiscalPV = fiscalPV.plus(pv);
  });

  /** The net savings once the given lines' avoided cost PVs change by the given amounts. */
  const savings = (changes: readonly [number, Dec][], pool: Dec = servicePV): CaseNetSavings => {
    let fiscal = fiscalPV;
    let all = allPV;
    for (const [j, change] of changes) {
      all = all.plus(change);
      if (isFiscal[j]) fiscal = fiscal.plus(change);
    }
    return { financial: fiscal.minus(pool), economic: all.minus(pool) };
  };
  /** The change in each given line's avoided cost PV once its ρ_jt is worked out from `state`. */
  const recomputed = (lines: readonly number[], state: State): [number, Dec][] => {
    const next = [...unitPV];
    unitPVs(lines, lineStreams, state, next);
    return lines.map((j) => [
      j,
      (perCase[j] ?? ZERO).times((next[j] ?? ZERO).minus(unitPV[j] ?? ZERO)),
    ]);
  };

  const atLine = (j: number, line: CostLine, variant: Model): CaseNetSavings => {
    // C_jt = N_kt × perCase_j and ρ_jt does not depend on it: the line's avoided cost scales.
    const change = perCaseOf(variant, line)
      .minus(perCase[j] ?? ZERO)
      .times(unitPV[j] ?? ZERO);
    return savings([[j, change]]);
  };

  const atStream = (stream: Stream): CaseNetSavings => {
    const cases = new Map(caseloads).set(stream.id, projectCaseload(stream, years).caseloads);
    const strengths = new Map(base.strengths).set(
      stream.id,
      model.services.map(
        (service, s) =>
          serviceStrengths(
            service,
            schedules[s]?.yearly ?? [],
            cases,
            lineStreamMap,
            stream.id,
          ).get(stream.id) ?? null,
      ),
    );
    const weights = new Map(base.weights).set(stream.id, weightsOf(cases.get(stream.id) ?? []));
    return savings(recomputed(linesOf(stream.id), { ...base, strengths, weights }));
  };

  const atService = (s: number, service: Service, variant: Model): CaseNetSavings => {
    const before = model.services[s];
    if (!before) return savings([]);
    if (!service.annualCost.eq(before.annualCost))
      return savings(
        [],
        presentValue(pooledCosts(variant.services, scenario, schedules, H), discount),
      );
    const effect = service.effects[changedAt(before.effects, service.effects)];
    if (effect) {
      // Only the lines the effect names change their e_sj.
      const lines =
        effect.target === 'costLine'
          ? allLines.filter((j) => model.costLines[j]?.id === effect.id)
          : linesOf(effect.id);
      const reductions = [...base.reductions];
      const byLine = [...(reductions[s] ?? [])];
      for (const j of lines) {
        const line = model.costLines[j];
        if (line) byLine[j] = lineReduction(service, line);
      }
      reductions[s] = byLine;
      return savings(recomputed(lines, { ...base, reductions }));
    }
    const reaches = service.reach ?? [];
    const reach = reaches[changedAt(before.reach ?? [], reaches)];
    if (!reach) return savings([]);
    // Only the help given to one caseload changes, and only lines this service works on feel it.
    const found = serviceStrengths(
      service,
      schedules[s]?.yearly ?? [],
      caseloads,
      lineStreamMap,
      reach.stream,
    ).get(reach.stream);
    const byService = [...(base.strengths.get(reach.stream) ?? model.services.map(() => null))];
    byService[s] = found ?? null;
    const strengths = new Map(base.strengths).set(reach.stream, byService);
    const worksOn = base.reductions[s] ?? [];
    const lines = linesOf(reach.stream).filter((j) => !(worksOn[j] ?? ZERO).isZero());
    return savings(recomputed(lines, { ...base, strengths }));
  };

  const atScenario = (changed: Scenario): CaseNetSavings => {
    const next = scheduleServices(model.services, changed, H);
    const strengths = allStrengths(model, next, caseloads, lineStreamMap);
    const pool = presentValue(pooledCosts(model.services, changed, next, H), discount);
    return savings(recomputed(allLines, { ...base, strengths }), pool);
  };

  const at = (key: string, value: Dec): CaseNetSavings => {
    const variant = withInput(model, key, value);
    const j = changedAt(model.costLines, variant.costLines);
    const line = variant.costLines[j];
    if (line) return atLine(j, line, variant);
    const stream = variant.streams[changedAt(model.streams, variant.streams)];
    if (stream) return atStream(stream);
    const s = changedAt(model.services, variant.services);
    const service = variant.services[s];
    if (service) return atService(s, service, variant);
    const changed = variant.scenarios.find((x) => x.id === scenarioId);
    if (changed && changed !== scenario) return atScenario(changed);
    // Another scenario's figure: this scenario does not change.
    return savings([]);
  };

  return { base: savings([]), at };
}
