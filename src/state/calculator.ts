/**
 * Something that works out results for a valid model: in a Web Worker in the app (so typing never waits
 * for the calculation), or inline in tests and Node. The engine itself stays pure either way.
 */
import type { CalculateResult } from '../model/calculate';
import type { Model } from '../model/model';
import type { ModelFile } from '../model/model-file';
import { createReusingCalculation } from '../model/reusing-calculation';
import { packTree, unpackTree } from './transfer';

/** A valid model: the file as typed, and what reading it gave. */
export type CalculationInput = { file: ModelFile; model: Model };

export type Calculator = {
  /**
   * Asks for the results of `model`; `onAnswer` is called with them, at once or later. A request made
   * before an earlier one is answered may replace it, and the earlier one is then never answered. Parts
   * of an answer equal to the same parts of the one before may be those very objects.
   */
  request: (input: CalculationInput, onAnswer: (answer: CalculateResult) => void) => void;
  dispose: () => void;
};

/**
 * Calculates on the calling thread and answers before `request` returns. Answers share unchanged parts
 * with the one before, exactly as answers from the worker do.
 */
export function createInlineCalculator(): Calculator {
  const calculate = createReusingCalculation();
  let held: CalculateResult | undefined;
  return {
    request: ({ model }, onAnswer) => {
      const answer = calculate(model);
      held = unpackTree(packTree(answer, held), held) as CalculateResult;
      onAnswer(held);
    },
    dispose: () => undefined,
  };
}
