import { evaluateModel } from '../../../src/model/evaluate';
import type { Model } from '../../../src/model/model';
import type { ModelFile } from '../../../src/model/model-file';
import type { Results } from '../../../src/model/results';

/** Reads and calculates a model file, failing the test when it has problems. */
export function evaluate(file: ModelFile): { model: Model; results: Results } {
  const evaluation = evaluateModel(file);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return evaluation;
}
