/**
 * One-way sensitivity (Green Book): each uncertain input moved to the low and then the high end of its
 * range, every other figure at today's value, and what that does to a scenario's net saving PV in the
 * financial and the economic case. Rows for a tornado chart and its table, largest swing first.
 */
import type { Dec } from '../decimal';
import type { Model } from '../model';
import { netSavingEvaluator } from './net-saving';
import type { InputKind } from './uncertain-input';
import { appliesToScenario, uncertainInputs } from './uncertain-inputs';

export type TornadoRow = {
  key: string;
  label: string;
  kind: InputKind;
  value: Dec;
  low: Dec;
  high: Dec;
  /** Net saving PV (real terms, discounted) of the financial case with the input at its low end. */
  financialAtLow: Dec;
  financialAtHigh: Dec;
  /** The same of the economic case (every value type). */
  economicAtLow: Dec;
  economicAtHigh: Dec;
  /** |atHigh − atLow|. */
  financialSwing: Dec;
  economicSwing: Dec;
};

/**
 * A row for each input of the scenario whose range has some width (a figure of 0 has none unless the user
 * set one; another scenario's effectiveness is left out), the largest financial swing first, then the
 * largest economic swing, then in the order of `uncertainInputs`. Throws when the scenario is not in the
 * model.
 */
export function tornado(model: Model, scenarioId: string): TornadoRow[] {
  const evaluator = netSavingEvaluator(model, scenarioId);
  const rows = uncertainInputs(model)
    .filter((input) => !input.low.eq(input.high) && appliesToScenario(input, scenarioId))
    .map((input): TornadoRow => {
      const atLow = evaluator.at(input.key, input.low);
      const atHigh = evaluator.at(input.key, input.high);
      return {
        key: input.key,
        label: input.label,
        kind: input.kind,
        value: input.value,
        low: input.low,
        high: input.high,
        financialAtLow: atLow.financial,
        financialAtHigh: atHigh.financial,
        economicAtLow: atLow.economic,
        economicAtHigh: atHigh.economic,
        financialSwing: atHigh.financial.minus(atLow.financial).abs(),
        economicSwing: atHigh.economic.minus(atLow.economic).abs(),
      };
    });
  // Array.prototype.sort is stable, so equal swings keep the inputs' order.
  return rows.sort(
    (a, b) =>
      b.financialSwing.comparedTo(a.financialSwing) || b.economicSwing.comparedTo(a.economicSwing),
  );
}

export { switchingValues, type SwitchingValue } from './switching-values';
