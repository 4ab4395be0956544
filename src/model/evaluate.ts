/** Reads and calculates in one step: untrusted JSON in, results or every problem out. */
import { calculate } from './calculate';
import type { Model, Problem } from './model';
import { readModel } from './read-model';
import type { Results } from './results';

export type Evaluation =
  { ok: true; model: Model; results: Results } | { ok: false; problems: Problem[] };

export function evaluateModel(input: unknown): Evaluation {
  const read = readModel(input);
  if (!read.ok) return read;
  const calculated = calculate(read.model);
  return calculated.ok ? { ok: true, model: read.model, results: calculated.results } : calculated;
}
