/**
 * Switching values (Green Book): for each uncertain input, the value at which a scenario's net saving PV
 * reaches zero, in the financial and the economic case, with every other figure at today's value.
 *
 * A unit cost, rate, service cost, reduction, deadweight or attribution moves the net saving in a straight
 * line (MODEL.md: each multiplies one factor of the costs avoided or of the pooled budget), so its
 * switching value is solved exactly from two evaluations. Growth, coverage and effectiveness bend it
 * (capacities, the cap on benefiting shares, services working on the same cases), so each is searched for
 * between its min and max by a bracketing secant method (Illinois) until the net saving is within a
 * hundredth of a penny of zero. Where the net saving crosses zero on both sides of today's value, the
 * nearer crossing is given.
 */
import { Dec, type Dec as DecType } from '../decimal';
import type { Model } from '../model';
import { netSavingEvaluator, type CaseNetSavings } from './net-saving';
import { appliesToScenario, isLinearInput, uncertainInputs } from './uncertain-inputs';
import type { InputKind, UncertainInput } from './uncertain-input';

export type SwitchingValue = {
  key: string;
  label: string;
  kind: InputKind;
  value: DecType;
  /** The value at which the financial case's net saving PV is zero; null when none within min and max. */
  financial: DecType | null;
  economic: DecType | null;
  /** (switching − value) / value; null when value is 0 or there is no switching value. */
  financialChange: DecType | null;
  economicChange: DecType | null;
};

/** Close enough to zero: a hundredth of a penny, well inside "to the penny". */
const TOLERANCE = new Dec('0.0001');
const MAX_STEPS = 200;

type Case = keyof CaseNetSavings;
type NetSavingAt = (x: DecType) => DecType;

function sign(x: DecType): number {
  return x.isZero() ? 0 : x.isNegative() ? -1 : 1;
}

/**
 * A zero of `f` between a and b, where f(a) and f(b) differ in sign: regula falsi, halving the value kept
 * at an end that stays put twice (the Illinois method), with a bisection whenever a step would leave the
 * bracket.
 */
function solveBracket(
  f: NetSavingAt,
  a0: DecType,
  fa0: DecType,
  b0: DecType,
  fb0: DecType,
): DecType {
  let [a, fa, b, fb] = [a0, fa0, b0, fb0];
  let best = fa.abs().lt(fb.abs()) ? a : b;
  let bestF = Dec.min(fa.abs(), fb.abs());
  let kept = 0;
  for (let step = 0; step < MAX_STEPS && bestF.gte(TOLERANCE); step += 1) {
    let c = b.minus(fb.times(b.minus(a)).div(fb.minus(fa)));
    const [lo, hi] = a.lt(b) ? [a, b] : [b, a];
    if (!c.gt(lo) || !c.lt(hi)) c = a.plus(b).div(2);
    if (c.eq(a) || c.eq(b)) break;
    const fc = f(c);
    if (fc.abs().lt(bestF)) [best, bestF] = [c, fc.abs()];
    if (sign(fc) === sign(fb)) {
      [b, fb] = [c, fc];
      if (kept === -1) fa = fa.div(2);
      kept = -1;
    } else {
      [a, fa] = [c, fc];
      if (kept === 1) fb = fb.div(2);
      kept = 1;
    }
  }
  return best;
}

/** A straight line through today's value and one other: solved, then refined should it bend at all. */
function solveLinear(
  f: NetSavingAt,
  x0: DecType,
  f0: DecType,
  x1: DecType,
  f1: DecType,
): DecType | null {
  if (f1.eq(f0)) return null;
  const slope = f1.minus(f0).div(x1.minus(x0));
  let x = x0.minus(f0.div(slope));
  for (let step = 0; step < 3; step += 1) {
    const fx = f(x);
    if (fx.abs().lt(TOLERANCE)) break;
    x = x.minus(fx.div(slope));
  }
  return x;
}

function withinBounds(input: UncertainInput, x: DecType | null): DecType | null {
  if (x === null) return null;
  if (input.min && x.lt(input.min)) return null;
  if (input.max && x.gt(input.max)) return null;
  return x;
}

/** Another value of the input to draw the straight line through: an end of its range, or one more. */
function probeOf(input: UncertainInput): DecType {
  const candidates = [input.high, input.low, input.max, input.min, input.value.plus(1)];
  return (
    candidates.find((x): x is DecType => x !== null && !x.eq(input.value)) ?? input.value.plus(1)
  );
}

function switchingValue(
  input: UncertainInput,
  at: (x: DecType) => CaseNetSavings,
  base: CaseNetSavings,
  which: Case,
): DecType | null {
  const x0 = input.value;
  const f0 = base[which];
  if (f0.isZero()) return x0;
  const f: NetSavingAt = (x) => at(x)[which];
  if (isLinearInput(input.kind)) {
    const x1 = probeOf(input);
    return withinBounds(input, solveLinear(f, x0, f0, x1, f(x1)));
  }
  const found: DecType[] = [];
  for (const end of [input.min, input.max]) {
    if (end === null || end.eq(x0)) continue;
    const fEnd = f(end);
    if (sign(fEnd) !== sign(f0)) found.push(solveBracket(f, x0, f0, end, fEnd));
  }
  found.sort((p, q) => p.minus(x0).abs().comparedTo(q.minus(x0).abs()));
  return found[0] ?? null;
}

function change(value: DecType, switching: DecType | null): DecType | null {
  return switching === null || value.isZero() ? null : switching.minus(value).div(value);
}

/**
 * Each input of the chosen scenario (every input but other scenarios' effectiveness), in the order of
 * `uncertainInputs`, with the value at which each case's net saving PV is zero. Throws when the scenario
 * is not in the model.
 */
export function switchingValues(model: Model, scenarioId: string): SwitchingValue[] {
  const evaluator = netSavingEvaluator(model, scenarioId);
  return uncertainInputs(model)
    .filter((input) => appliesToScenario(input, scenarioId))
    .map((input) => {
      // Both cases come from one evaluation: remember each, as the two searches often meet.
      const seen = new Map<string, CaseNetSavings>();
      const at = (x: DecType) => {
        const text = x.toString();
        let found = seen.get(text);
        if (!found) {
          found = evaluator.at(input.key, x);
          seen.set(text, found);
        }
        return found;
      };
      const financial = switchingValue(input, at, evaluator.base, 'financial');
      const economic = switchingValue(input, at, evaluator.base, 'economic');
      return {
        key: input.key,
        label: input.label,
        kind: input.kind,
        value: input.value,
        financial,
        economic,
        financialChange: change(input.value, financial),
        economicChange: change(input.value, economic),
      };
    });
}
