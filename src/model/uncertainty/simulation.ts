/**
 * The Monte Carlo simulation ("How sure are we?"): each uncertain input drawn independently from a split
 * normal whose median is today's value and whose 5th and 95th percentiles are its low and high, clipped
 * to the values it may take; the model worked out in plain numbers for every draw (simulation-kernel.ts);
 * percentiles by linear interpolation (percentiles.ts). Seeded by PCG32 (random.ts), so a model and a
 * seed give the same figures on any machine. The deterministic figures stay exact elsewhere; these are
 * plain numbers. No DOM: it runs in a Web Worker, reporting progress and honouring cancellation between
 * chunks of draws.
 */
import type { Model } from '../model';
import { layOutKernel, type KernelLayout } from './kernel-layout';
import { summarise, type Percentiles } from './percentiles';
import { Pcg32 } from './random';
import { createWorkspace, evaluateDraw, outputOffsets } from './simulation-kernel';
import { drawSplitNormal, Z_95 } from './split-normal';
import type { UncertainInput } from './uncertain-input';

export type { Percentiles } from './percentiles';

/** One case of one scenario (financial: fiscal lines; economic: every value type), in real-terms PV. */
export type CaseSimulation = {
  /** Net saving PV over the horizon. */
  netSavingPV: Percentiles;
  /** Running total of net saving PV at the end of each projection year: the fan chart. */
  cumulativeNetSaving: Percentiles[];
  /**
   * Share of draws (0 to 1) whose running net saving PV is ≥ 0 in some year from the first year a
   * service operates (the engine's payback test); 0 when the scenario funds nothing.
   */
  chancePaysBack: number;
};

export type ScenarioSimulation = {
  id: string;
  name: string;
  financial: CaseSimulation;
  economic: CaseSimulation;
};

/** One partner's fiscal net benefit PV (fiscal cost avoided for it − its contributions) in one scenario. */
export type PartnerRange = { scenarioId: string } & Percentiles;

export type SimulationResult = {
  draws: number;
  seed: number;
  /** The financial years of the projection (2026 is 2026/27). */
  years: number[];
  /** In model order. */
  scenarios: ScenarioSimulation[];
  /** Every partner in model order, with its range under each scenario in model order. */
  partners: { id: string; name: string; perScenario: PartnerRange[] }[];
  /**
   * Each scenario with contracts longer than a year (of its funded years) against each with one-year
   * contracts: the share of draws in which the long-term one's financial net saving PV is greater.
   */
  longTermBeatsShortTerm: { longId: string; shortId: string; chance: number }[];
};

export type SimulationOptions = {
  /** Whole number, 1 to 100,000. */
  draws: number;
  /** Whole number, 0 to 2^32 − 1. */
  seed: number;
  /** Called with the number of draws done, after every chunk of `PROGRESS_EVERY`. */
  onProgress?: (done: number) => void;
  /** Asked before every chunk; true stops the simulation, which then returns null. */
  isCancelled?: () => boolean;
};

/** Draws between progress reports and cancellation checks. */
export const PROGRESS_EVERY = 250;
export const MAX_DRAWS = 100_000;
/** The most figures kept for percentiles (8 bytes each): about 320 MB. */
export const MAX_STORED_FIGURES = 40_000_000;

/** An in-progress simulation that a worker can advance a chunk at a time between messages. */
export type SimulationRun = {
  readonly draws: number;
  /** Draws done so far. */
  done: () => number;
  /** Does up to `count` more draws. */
  advance: (count: number) => void;
  /** The percentiles; all draws must be done. */
  result: () => SimulationResult;
};

/** Each input's parameters for drawing, and the slots of the kernel's parameter vector it sets. */
type Draws = {
  value: Float64Array;
  below: Float64Array;
  above: Float64Array;
  min: Float64Array;
  max: Float64Array;
  slotStart: Int32Array;
  slotEnd: Int32Array;
  slots: Int32Array;
};

function prepareDraws(layout: KernelLayout, inputs: readonly UncertainInput[]): Draws {
  const n = inputs.length;
  const draws: Draws = {
    value: new Float64Array(n),
    below: new Float64Array(n),
    above: new Float64Array(n),
    min: new Float64Array(n),
    max: new Float64Array(n),
    slotStart: new Int32Array(n),
    slotEnd: new Int32Array(n),
    slots: new Int32Array(0),
  };
  const slots: number[] = [];
  inputs.forEach((input, i) => {
    const found = layout.slotsOfKey.get(input.key);
    if (!found)
      throw new Error(`The uncertain input "${input.key}" is not in this model: remove its range.`);
    const value = input.value.toNumber();
    draws.value[i] = value;
    draws.below[i] = Math.max(0, (value - input.low.toNumber()) / Z_95);
    draws.above[i] = Math.max(0, (input.high.toNumber() - value) / Z_95);
    draws.min[i] = input.min === null ? -Infinity : input.min.toNumber();
    draws.max[i] = input.max === null ? Infinity : input.max.toNumber();
    draws.slotStart[i] = slots.length;
    slots.push(...found);
    draws.slotEnd[i] = slots.length;
  });
  draws.slots = Int32Array.from(slots);
  return draws;
}

/** Scenarios with contracts longer than a year against those with one-year contracts (of their funded years). */
function longShortPairs(model: Model): [number, number][] {
  const length = model.scenarios.map((s) => Math.min(s.contractYears, s.fundedYears));
  const pairs: [number, number][] = [];
  length.forEach((long, i) => {
    if (long > 1)
      length.forEach((short, j) => {
        if (short === 1) pairs.push([i, j]);
      });
  });
  return pairs;
}

function checkOptions({ draws, seed }: SimulationOptions): void {
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    throw new RangeError(`The number of draws must be a whole number from 1 to ${MAX_DRAWS}.`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError('The seed must be a whole number from 0 to 4294967295.');
}

/**
 * Draws every input, then (unless `withArithmetic` is false) works the model out: false gives the bench's
 * floor, the same loop of draws, storage and percentiles with each draw's figures replaced by the sum of
 * its drawn inputs.
 */
function startRun(
  model: Model,
  inputs: readonly UncertainInput[],
  options: SimulationOptions,
  withArithmetic: boolean,
): SimulationRun {
  checkOptions(options);
  const layout = layOutKernel(model);
  const prepared = prepareDraws(layout, inputs);
  const { draws, seed } = options;
  const { H, P, SC } = layout;
  const offsets = outputOffsets(layout);
  const seriesCount = offsets.paysBack;
  if (seriesCount * draws > MAX_STORED_FIGURES)
    throw new RangeError(
      `This model is too large for ${draws.toLocaleString('en-GB')} draws: use at most ${Math.floor(MAX_STORED_FIGURES / seriesCount).toLocaleString('en-GB')}.`,
    );
  const stored = new Float64Array(seriesCount * draws);
  const paysBack = new Float64Array(SC * 2);
  const pairs = longShortPairs(model);
  const beats = new Float64Array(pairs.length);
  const pairLong = Int32Array.from(pairs, ([long]) => long);
  const pairShort = Int32Array.from(pairs, ([, short]) => short);
  const random = new Pcg32(seed);
  const x = Float64Array.from(layout.base);
  const workspace = createWorkspace(layout);
  const out = new Float64Array(offsets.size);
  const n = inputs.length;
  // One uniform per input per draw, in input order, whatever its range: an input's draws never shift
  // when another input's range changes.
  const uniforms = new Float64Array(n);
  let done = 0;

  const drawOnce = (d: number) => {
    let total = 0;
    random.fillUniform(uniforms);
    for (let i = 0; i < n; i += 1) {
      const v = drawSplitNormal(
        uniforms[i] ?? 0.5,
        prepared.value[i] ?? 0,
        prepared.below[i] ?? 0,
        prepared.above[i] ?? 0,
        prepared.min[i] ?? 0,
        prepared.max[i] ?? 0,
      );
      total += v;
      const end = prepared.slotEnd[i] ?? 0;
      for (let k = prepared.slotStart[i] ?? 0; k < end; k += 1) x[prepared.slots[k] ?? 0] = v;
    }
    if (withArithmetic) evaluateDraw(layout, x, workspace, out);
    else out.fill(total);
    for (let i = 0; i < seriesCount; i += 1) stored[i * draws + d] = out[i] ?? 0;
    for (let i = 0; i < SC * 2; i += 1)
      paysBack[i] = (paysBack[i] ?? 0) + (out[offsets.paysBack + i] ?? 0);
    for (let i = 0; i < pairs.length; i += 1) {
      const long = pairLong[i] ?? 0;
      const short = pairShort[i] ?? 0;
      if ((out[(long * 2 + 1) * H - 1] ?? 0) > (out[(short * 2 + 1) * H - 1] ?? 0))
        beats[i] = (beats[i] ?? 0) + 1;
    }
  };

  const summariseSeries = (i: number) => summarise(stored.subarray(i * draws, (i + 1) * draws));
  const caseOf = (sc: number, c: number): CaseSimulation => {
    const cumulativeNetSaving = Array.from({ length: H }, (_, t) =>
      summariseSeries((sc * 2 + c) * H + t),
    );
    const last = cumulativeNetSaving[H - 1];
    return {
      netSavingPV: { ...(last ?? summarise(new Float64Array(0))) },
      cumulativeNetSaving,
      chancePaysBack: (paysBack[sc * 2 + c] ?? 0) / draws,
    };
  };

  return {
    draws,
    done: () => done,
    advance: (count) => {
      const stop = Math.min(draws, done + Math.max(0, Math.floor(count)));
      for (; done < stop; done += 1) drawOnce(done);
    },
    result: () => {
      if (done < draws) throw new Error('The simulation has not finished its draws.');
      return {
        draws,
        seed,
        years: [...layout.years],
        scenarios: model.scenarios.map((scenario, sc) => ({
          id: scenario.id,
          name: scenario.name,
          financial: caseOf(sc, 0),
          economic: caseOf(sc, 1),
        })),
        partners: model.partners.map((partner, p) => ({
          id: partner.id,
          name: partner.name,
          perScenario: model.scenarios.map((scenario, sc) => ({
            scenarioId: scenario.id,
            ...summariseSeries(offsets.partners + sc * P + p),
          })),
        })),
        longTermBeatsShortTerm: pairs.map(([long, short], i) => ({
          longId: model.scenarios[long]?.id ?? '',
          shortId: model.scenarios[short]?.id ?? '',
          chance: (beats[i] ?? 0) / draws,
        })),
      };
    },
  };
}

/** Starts a simulation to advance a chunk at a time (a worker reads its messages between chunks). */
export function startSimulation(
  model: Model,
  inputs: readonly UncertainInput[],
  options: SimulationOptions,
): SimulationRun {
  return startRun(model, inputs, options, true);
}

function runToEnd(run: SimulationRun, options: SimulationOptions): SimulationResult | null {
  while (run.done() < run.draws) {
    if (options.isCancelled?.() === true) return null;
    run.advance(PROGRESS_EVERY);
    options.onProgress?.(run.done());
  }
  return run.result();
}

/**
 * Runs `options.draws` draws of the model (a validated model whose exact calculation succeeds) with the
 * given uncertain inputs, and returns the percentiles; null when cancelled. Throws a RangeError for draws
 * or a seed out of range, and an Error for an input whose key the model does not have.
 */
export function simulate(
  model: Model,
  inputs: readonly UncertainInput[],
  options: SimulationOptions,
): SimulationResult | null {
  return runToEnd(startRun(model, inputs, options, true), options);
}

/**
 * The bench's floor: the same draws, storage and percentiles as `simulate`, without the model's
 * arithmetic (each draw's figures are the sum of its drawn inputs). Not for display.
 */
export function simulateFloor(
  model: Model,
  inputs: readonly UncertainInput[],
  options: SimulationOptions,
): SimulationResult | null {
  return runToEnd(startRun(model, inputs, options, false), options);
}
