/**
 * Derives results from the model file, memoised by identity, and remembers the last valid results so the
 * screen can keep showing them (marked out of date) while a field is invalid.
 */
import { evaluateModel, type Evaluation } from '../model/evaluate';
import type { Model, Problem } from '../model/model';
import type { ModelFile } from '../model/model-file';
import type { Results } from '../model/results';

export type Valid = { model: Model; results: Results };

export type Derived = {
  /** Problems in the model as typed (empty when valid). */
  problems: Problem[];
  /** Results of the current model when valid, else of the last valid one. */
  shown: Valid | null;
  /** True when `shown` belongs to an earlier version of the model. */
  isOutOfDate: boolean;
};

export type ResultsDeriver = (file: ModelFile, draftProblems?: readonly Problem[]) => Derived;

export function createResultsDeriver(): ResultsDeriver {
  let lastFile: ModelFile | null = null;
  let lastEvaluation: Evaluation | null = null;
  let lastValid: Valid | null = null;
  return (file, draftProblems = []) => {
    if (file !== lastFile || !lastEvaluation) {
      lastFile = file;
      lastEvaluation = evaluateModel(file);
      if (lastEvaluation.ok)
        lastValid = { model: lastEvaluation.model, results: lastEvaluation.results };
    }
    const problems = [...draftProblems, ...(lastEvaluation.ok ? [] : lastEvaluation.problems)];
    return { problems, shown: lastValid, isOutOfDate: problems.length > 0 };
  };
}
