/**
 * One draw of the model in plain numbers: only what the drawn inputs change, in the engine's own
 * formulas (MODEL.md): caseloads under the drawn growth, each line's cost per case, net effects and
 * their combination per service, who is helped and who benefits, costs avoided, the pool, net saving and
 * its running total in present value, and each partner's fiscal net benefit. Works in buffers made once
 * (`createWorkspace`), so a draw allocates nothing.
 */
import { RULE_BENEFIT, RULE_COST_BORNE, RULE_OFFERS, type KernelLayout } from './kernel-layout';

export type Workspace = {
  cases: Float64Array;
  /** N_kt × DF_t. */
  discountedCases: Float64Array;
  /** Σ_t N_kt × DF_t. */
  streamPV: Float64Array;
  perCase: Float64Array;
  netEffect: Float64Array;
  /** e_sj of each (service, line) pair. */
  pairEffect: Float64Array;
  /** min(coverage, capacity ÷ N_kt) of each reach, [r × H + t]: the same in every scenario. */
  share: Float64Array;
  /** 1 for a reach with no capacity and cases every year this draw: its share is its coverage. */
  shareIsCoverage: Uint8Array;
  /** Σ_a Ō_{s,t−a} w_a at the drawn effectiveness, [s × H + t]: g ÷ coverage for such a reach. */
  serviceHelped: Float64Array;
  /** A_skt × (1 − optimism bias_s), [r × H + t]. */
  strength: Float64Array;
  /** Σ cost per case × e over the lines one service alone works on through each reach: all, and fiscal. */
  reachCoefficient: Float64Array;
  reachFiscalCoefficient: Float64Array;
  /** Σ_t N_kt × DF_t × strength_rt of each reach. */
  reachPV: Float64Array;
  helped: Float64Array;
  /** Ō_st at the drawn effectiveness of the scenario being worked out, [s × H + t]. */
  effectLevel: Float64Array;
  avoidedFiscal: Float64Array;
  avoidedAll: Float64Array;
  pool: Float64Array;
  lineAvoidedPV: Float64Array;
  partnerDoNothingPV: Float64Array;
  partnerAvoidedPV: Float64Array;
  /** The first and last year in which some service of each scenario helps anyone (first > last for none). */
  activeFrom: Int32Array;
  activeTo: Int32Array;
  needsCostBorne: boolean;
  offsets: OutputOffsets;
};

/**
 * Each scenario's years with a strength that may not be 0: from the first year any service operates to
 * the last year's benefits (benefitYears − 1 after its last operating year). Empty (from > to) when the
 * scenario funds nothing.
 */
function activeYears(layout: KernelLayout): { activeFrom: Int32Array; activeTo: Int32Array } {
  const { H, S, SC } = layout;
  const activeFrom = new Int32Array(SC).fill(H);
  const activeTo = new Int32Array(SC).fill(-1);
  for (let sc = 0; sc < SC; sc += 1)
    for (let s = 0; s < S; s += 1)
      for (let t = 0; t < H; t += 1) {
        if ((layout.level[(sc * S + s) * H + t] ?? 0) === 0) continue;
        activeFrom[sc] = Math.min(activeFrom[sc] ?? H, t);
        const lastHelped = t + (layout.weightCount[s] ?? 0) - 1;
        activeTo[sc] = Math.max(activeTo[sc] ?? -1, Math.min(H - 1, lastHelped));
      }
  return { activeFrom, activeTo };
}

export function createWorkspace(layout: KernelLayout): Workspace {
  const { H, K, J, P, R, S, SC } = layout;
  return {
    cases: new Float64Array(K * H),
    discountedCases: new Float64Array(K * H),
    streamPV: new Float64Array(K),
    perCase: new Float64Array(J),
    netEffect: new Float64Array(layout.effectCount),
    pairEffect: new Float64Array(layout.pairReach.length),
    share: new Float64Array(R * H),
    shareIsCoverage: new Uint8Array(R),
    serviceHelped: new Float64Array(S * H),
    strength: new Float64Array(R * H),
    reachCoefficient: new Float64Array(R),
    reachFiscalCoefficient: new Float64Array(R),
    reachPV: new Float64Array(R),
    helped: new Float64Array(H),
    effectLevel: new Float64Array(S * H),
    avoidedFiscal: new Float64Array(H),
    avoidedAll: new Float64Array(H),
    pool: new Float64Array(H),
    lineAvoidedPV: new Float64Array(J),
    partnerDoNothingPV: new Float64Array(P),
    partnerAvoidedPV: new Float64Array(P),
    offsets: outputOffsets(layout),
    ...activeYears(layout),
    needsCostBorne: Array.from({ length: SC }, (_, sc) => layout.rule[sc]).includes(
      RULE_COST_BORNE,
    ),
  };
}

/**
 * Where a draw's figures go in its output vector: the running net saving PV of scenario sc, case c
 * (0 financial, 1 economic) in year t at `(sc × 2 + c) × H + t` (its last year is the net saving PV);
 * then each partner's fiscal net benefit PV at `partners + sc × P + p`; then 1 where the case pays back
 * within the horizon at `paysBack + sc × 2 + c`.
 */
export type OutputOffsets = { partners: number; paysBack: number; size: number };

export function outputOffsets(layout: KernelLayout): OutputOffsets {
  const { H, P, SC } = layout;
  const partners = SC * 2 * H;
  const paysBack = partners + SC * P;
  return { partners, paysBack, size: paysBack + SC * 2 };
}

/** x^n for a whole n by repeated multiplication (exact to the last bit on every machine, unlike pow). */
function integerPower(x: number, n: number): number {
  let result = 1;
  const factor = n < 0 ? 1 / x : x;
  for (let i = Math.abs(n); i > 0; i -= 1) result *= factor;
  return result;
}

/** Caseloads, their discounted values and each line's cost per case under the drawn inputs. */
function projectCosts(L: KernelLayout, x: Float64Array, w: Workspace): void {
  const { H, at, discount } = L;
  for (let k = 0; k < L.K; k += 1) {
    let ratio = 1;
    if (L.hasGrowth[k] === 1) ratio = (1 + (x[at.growth + k] ?? 0)) / (1 + (L.growthToday[k] ?? 0));
    let factor = ratio === 1 ? 1 : integerPower(ratio, L.growthOffset[k] ?? 0);
    let pv = 0;
    for (let t = 0; t < H; t += 1) {
      const n = (L.caseloads[k * H + t] ?? 0) * factor;
      const discounted = n * (discount[t] ?? 0);
      w.cases[k * H + t] = n;
      w.discountedCases[k * H + t] = discounted;
      pv += discounted;
      factor *= ratio;
    }
    w.streamPV[k] = pv;
  }
  for (let j = 0; j < L.J; j += 1)
    w.perCase[j] = (x[at.rate + j] ?? 0) * (x[at.unitCost + j] ?? 0) * (L.lineFixedFactor[j] ?? 0);
  for (let r = 0; r < L.R; r += 1) {
    if (L.reachUsed[r] !== 1) continue;
    const coverage = x[at.coverage + r] ?? 0;
    const capacity = L.reachCapacity[r] ?? 0;
    const k = L.reachStream[r] ?? 0;
    let constant = capacity === Infinity ? 1 : 0;
    for (let t = 0; t < H; t += 1) {
      const n = w.cases[k * H + t] ?? 0;
      if (!(n > 0)) constant = 0;
      w.share[r * H + t] = n === 0 ? 0 : Math.min(coverage, capacity / n);
    }
    w.shareIsCoverage[r] = constant;
  }
}

/** Net effects r(1 − d)a, then e_sj = 1 − Π(1 − net) over each pair's effects. */
function combineEffects(L: KernelLayout, x: Float64Array, w: Workspace): void {
  const { at } = L;
  for (let e = 0; e < L.effectCount; e += 1)
    w.netEffect[e] =
      (x[at.reduction + e] ?? 0) * (1 - (x[at.deadweight + e] ?? 0)) * (x[at.attribution + e] ?? 0);
  for (let q = 0; q < L.pairReach.length; q += 1) {
    let kept = 1;
    const end = L.pairEffectEnd[q] ?? 0;
    for (let i = L.pairEffectStart[q] ?? 0; i < end; i += 1)
      kept *= 1 - (w.netEffect[L.pairEffects[i] ?? 0] ?? 0);
    w.pairEffect[q] = 1 - kept;
  }
  w.reachCoefficient.fill(0);
  w.reachFiscalCoefficient.fill(0);
  for (let i = 0; i < L.singleLines.length; i += 1) {
    const j = L.singleLines[i] ?? 0;
    const q = L.singlePair[i] ?? 0;
    const r = L.pairReach[q] ?? 0;
    const amount = (w.perCase[j] ?? 0) * (w.pairEffect[q] ?? 0);
    w.reachCoefficient[r] = (w.reachCoefficient[r] ?? 0) + amount;
    if (L.lineFiscal[j] === 1)
      w.reachFiscalCoefficient[r] = (w.reachFiscalCoefficient[r] ?? 0) + amount;
  }
}

/**
 * One scenario's strengths and costs avoided. g = Ō × min(coverage, capacity ÷ N);
 * A = min(1, Σ_a g_{t−a} w_a); strength = A × (1 − optimism bias). Then costs avoided by year in PV
 * (fiscal and all lines) and each line's avoided PV: C × (1 − Π(1 − e × strength)). Lines one service
 * alone works on are added up by reach as soon as that reach's strengths are known (Σ_j c_j e_j × N DF
 * strength), in the same order as adding them up afterwards would.
 */
function avoidedCosts(L: KernelLayout, x: Float64Array, w: Workspace, sc: number): void {
  const { H, S, R, level, weights, reachUsed, reachService, reachStream } = L;
  const { helped, strength, share, discountedCases, avoidedFiscal, avoidedAll, reachPV } = w;
  const { effectLevel, reachCoefficient, reachFiscalCoefficient } = w;
  const effectiveness = x[L.at.effectiveness + sc] ?? 0;
  // Ō at the drawn effectiveness, once per service rather than once per reach.
  const levels = sc * S * H;
  for (let i = 0; i < S * H; i += 1) effectLevel[i] = effectiveness * (level[levels + i] ?? 0);
  for (let t = 0; t < H; t += 1) {
    avoidedFiscal[t] = 0;
    avoidedAll[t] = 0;
  }
  // Outside the years some service of the scenario helps anyone, every strength is 0 and so is every
  // figure added up below: those years are skipped (adding 0 changes nothing).
  const from = w.activeFrom[sc] ?? 0;
  const to = w.activeTo[sc] ?? -1;
  // A reach whose share is its coverage every year has g = coverage × Ō: its sum over the benefit
  // years is coverage × the service's, worked out once per service rather than once per reach.
  const { serviceHelped, shareIsCoverage } = w;
  for (let s = 0; s < S; s += 1) {
    const sH = s * H;
    const first = L.weightStart[s] ?? 0;
    const last = (L.weightCount[s] ?? 0) - 1;
    for (let t = from; t <= to; t += 1) {
      let total = 0;
      const upTo = last < t - from ? last : t - from;
      for (let a = 0; a <= upTo; a += 1)
        total += (effectLevel[sH + t - a] ?? 0) * (weights[first + a] ?? 0);
      serviceHelped[sH + t] = total;
    }
  }
  const coverageAt = L.at.coverage;
  for (let r = 0; r < R; r += 1) {
    reachPV[r] = 0;
    if (reachUsed[r] !== 1) continue;
    const s = reachService[r] ?? 0;
    const rH = r * H;
    const sH = s * H;
    const keep = L.serviceKeep[s] ?? 0;
    const first = L.weightStart[s] ?? 0;
    const last = (L.weightCount[s] ?? 0) - 1;
    const all = reachCoefficient[r] ?? 0;
    const fiscal = reachFiscalCoefficient[r] ?? 0;
    const kH = (reachStream[r] ?? 0) * H;
    const constant = shareIsCoverage[r] === 1;
    const coverage = x[coverageAt + r] ?? 0;
    if (constant)
      for (let t = from; t <= to; t += 1) {
        const total = coverage * (serviceHelped[sH + t] ?? 0);
        strength[rH + t] = (total < 1 ? total : 1) * keep;
      }
    else
      for (let t = from; t <= to; t += 1) {
        helped[t] = (effectLevel[sH + t] ?? 0) * (share[rH + t] ?? 0);
        let total = 0;
        const upTo = last < t - from ? last : t - from;
        for (let a = 0; a <= upTo; a += 1)
          total += (helped[t - a] ?? 0) * (weights[first + a] ?? 0);
        strength[rH + t] = (total < 1 ? total : 1) * keep;
      }
    if (all === 0) continue;
    let pv = 0;
    for (let t = from; t <= to; t += 1) {
      const amount = (discountedCases[kH + t] ?? 0) * (strength[rH + t] ?? 0);
      avoidedAll[t] = (avoidedAll[t] ?? 0) + all * amount;
      avoidedFiscal[t] = (avoidedFiscal[t] ?? 0) + fiscal * amount;
      pv += amount;
    }
    reachPV[r] = pv;
  }
  const { perCase, pairEffect, lineAvoidedPV } = w;
  const { pairReach } = L;
  for (let i = 0; i < L.singleLines.length; i += 1) {
    const j = L.singleLines[i] ?? 0;
    const q = L.singlePair[i] ?? 0;
    lineAvoidedPV[j] = (perCase[j] ?? 0) * (pairEffect[q] ?? 0) * (reachPV[pairReach[q] ?? 0] ?? 0);
  }
  // Lines several services work on: ρ = 1 − Π_s (1 − e_sj × strength), year by year.
  const { effectLines, linePairStart, linePairEnd, lineStream, lineFiscal } = L;
  for (let i = 0; i < effectLines.length; i += 1) {
    const j = effectLines[i] ?? 0;
    const pairFrom = linePairStart[i] ?? 0;
    const pairTo = linePairEnd[i] ?? 0;
    const lineCost = perCase[j] ?? 0;
    const kH = (lineStream[j] ?? 0) * H;
    const fiscal = lineFiscal[j] === 1;
    let pv = 0;
    if (pairTo - pairFrom === 2) {
      // Two services, the usual case: Π(1 − e × strength) written out.
      const e0 = pairEffect[pairFrom] ?? 0;
      const e1 = pairEffect[pairFrom + 1] ?? 0;
      const r0H = (pairReach[pairFrom] ?? 0) * H;
      const r1H = (pairReach[pairFrom + 1] ?? 0) * H;
      for (let t = from; t <= to; t += 1) {
        const kept = (1 - e0 * (strength[r0H + t] ?? 0)) * (1 - e1 * (strength[r1H + t] ?? 0));
        const v = lineCost * (discountedCases[kH + t] ?? 0) * (1 - kept);
        avoidedAll[t] = (avoidedAll[t] ?? 0) + v;
        if (fiscal) avoidedFiscal[t] = (avoidedFiscal[t] ?? 0) + v;
        pv += v;
      }
    } else
      for (let t = from; t <= to; t += 1) {
        let kept = 1;
        for (let q = pairFrom; q < pairTo; q += 1)
          kept *= 1 - (pairEffect[q] ?? 0) * (strength[(pairReach[q] ?? 0) * H + t] ?? 0);
        const v = lineCost * (discountedCases[kH + t] ?? 0) * (1 - kept);
        avoidedAll[t] = (avoidedAll[t] ?? 0) + v;
        if (fiscal) avoidedFiscal[t] = (avoidedFiscal[t] ?? 0) + v;
        pv += v;
      }
    lineAvoidedPV[j] = pv;
  }
}

/** Each partner's share of the fiscal lines' figures: `perLine[j]` × its bearer share. */
function shareFiscalLines(L: KernelLayout, perLine: Float64Array, into: Float64Array): void {
  into.fill(0);
  for (let b = 0; b < L.bearerLine.length; b += 1) {
    const p = L.bearerPartner[b] ?? 0;
    into[p] = (into[p] ?? 0) + (L.bearerShare[b] ?? 0) * (perLine[L.bearerLine[b] ?? 0] ?? 0);
  }
}

/** Each partner's fiscal do-nothing PV: cost per case × the stream's discounted caseload, shared. */
function partnerDoNothing(L: KernelLayout, w: Workspace): void {
  const { partnerDoNothingPV: into } = w;
  into.fill(0);
  for (let b = 0; b < L.bearerLine.length; b += 1) {
    const j = L.bearerLine[b] ?? 0;
    const p = L.bearerPartner[b] ?? 0;
    const pv = (w.perCase[j] ?? 0) * (w.streamPV[L.lineStream[j] ?? 0] ?? 0);
    into[p] = (into[p] ?? 0) + (L.bearerShare[b] ?? 0) * pv;
  }
}

/** Writes one scenario's pool, running net saving, payback and partners' net benefit into `out`. */
function scenarioFigures(
  L: KernelLayout,
  x: Float64Array,
  w: Workspace,
  sc: number,
  out: Float64Array,
): void {
  const { H, S, P, at, discount } = L;
  const { offsets } = w;
  let poolPV = 0;
  let offerYearsPV = 0;
  let runningFiscal = 0;
  let runningAll = 0;
  let paysFiscal = 0;
  let paysAll = 0;
  const first = L.firstYear[sc] ?? -1;
  for (let t = 0; t < H; t += 1) {
    let pool = L.fixedPool[sc * H + t] ?? 0;
    for (let s = 0; s < S; s += 1)
      pool += (x[at.annualCost + s] ?? 0) * (L.runningShare[(sc * S + s) * H + t] ?? 0);
    const df = discount[t] ?? 0;
    const poolDiscounted = pool * df;
    poolPV += poolDiscounted;
    if (pool !== 0) offerYearsPV += df;
    runningFiscal += (w.avoidedFiscal[t] ?? 0) - poolDiscounted;
    runningAll += (w.avoidedAll[t] ?? 0) - poolDiscounted;
    out[sc * 2 * H + t] = runningFiscal;
    out[(sc * 2 + 1) * H + t] = runningAll;
    if (first >= 0 && t >= first) {
      if (runningFiscal >= 0) paysFiscal = 1;
      if (runningAll >= 0) paysAll = 1;
    }
  }
  out[offsets.paysBack + sc * 2] = paysFiscal;
  out[offsets.paysBack + sc * 2 + 1] = paysAll;

  const avoided = w.partnerAvoidedPV;
  shareFiscalLines(L, w.lineAvoidedPV, avoided);
  const rule = L.rule[sc] ?? 0;
  const basis =
    rule === RULE_COST_BORNE ? w.partnerDoNothingPV : rule === RULE_BENEFIT ? avoided : null;
  let denominator = 0;
  let contributors = 0;
  if (basis)
    for (let p = 0; p < P; p += 1)
      if (L.contributor[sc * P + p] === 1) {
        denominator += basis[p] ?? 0;
        contributors += 1;
      }
  for (let p = 0; p < P; p += 1) {
    const i = sc * P + p;
    let contribution: number;
    if (rule === RULE_OFFERS) contribution = (L.offer[i] ?? 0) * offerYearsPV;
    else if (!basis) contribution = (L.fixedWeight[i] ?? 0) * poolPV;
    else if (L.contributor[i] !== 1) contribution = 0;
    // A draw in which no contributor bears or avoids any fiscal cost shares the pool equally.
    else if (denominator === 0) contribution = poolPV / contributors;
    else contribution = ((basis[p] ?? 0) / denominator) * poolPV;
    out[offsets.partners + i] = (avoided[p] ?? 0) - contribution;
  }
}

/**
 * Evaluates the model at the parameter vector `x` (laid out as `layout.at` says) and writes the draw's
 * figures into `out` (see `outputOffsets`). Plain numbers; allocates nothing.
 */
export function evaluateDraw(
  layout: KernelLayout,
  x: Float64Array,
  w: Workspace,
  out: Float64Array,
): void {
  projectCosts(layout, x, w);
  combineEffects(layout, x, w);
  if (w.needsCostBorne) partnerDoNothing(layout, w);
  for (let sc = 0; sc < layout.SC; sc += 1) {
    avoidedCosts(layout, x, w, sc);
    scenarioFigures(layout, x, w, sc, out);
  }
}
