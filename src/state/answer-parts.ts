/**
 * A calculation's answer cut into parts that are sent, and unpacked, one at a time: the do-nothing
 * projection (with everything else but the scenarios), then one part per scenario. Between two parts the
 * page handles keystrokes, so even the answer for a model at every limit never blocks it for long.
 */
import type { CalculateResult } from '../model/calculate';
import type { Results } from '../model/results';

type Head = { ok: true } & Omit<Results, 'scenarios'>;

export function splitAnswer(answer: CalculateResult): unknown[] {
  if (!answer.ok) return [answer];
  const { scenarios, ...rest } = answer.results;
  const head: Head = { ok: true, ...rest };
  return [head, ...scenarios];
}

export function joinAnswer(parts: readonly unknown[]): CalculateResult {
  const [first, ...scenarios] = parts as [CalculateResult | Head, ...Results['scenarios']];
  if (!first.ok) return first;
  if ('results' in first) return first;
  const { ok, ...rest } = first;
  return { ok, results: { ...rest, scenarios } };
}
