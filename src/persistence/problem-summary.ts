/**
 * A long list of problems, cut to what a person can read. A hostile or broken file can carry a hundred
 * thousand problems; rendering every one freezes the page for seconds and helps nobody, so lists show
 * the first few and say how many more there are.
 */
import type { Problem } from '../model/field-reader';

/** How many problems a list shows before it stops. */
export const PROBLEMS_SHOWN = 50;

export type ProblemSummary<T> = {
  /** The first problems, in their order. */
  shown: T[];
  /** How many were left out. */
  more: number;
  /** "…and 99,950 more problems", or null when nothing was left out. */
  closing: string | null;
};

export function summariseProblems<T>(
  problems: readonly T[],
  max: number = PROBLEMS_SHOWN,
): ProblemSummary<T> {
  const limit = Math.max(0, Math.floor(max));
  const shown = problems.slice(0, limit);
  const more = problems.length - shown.length;
  const closing =
    more === 0
      ? null
      : `…and ${more.toLocaleString('en-GB')} more ${more === 1 ? 'problem' : 'problems'}`;
  return { shown, more, closing };
}

/** One line for each problem shown ("partners[0].name: …"), then the closing line if any were left out. */
export function problemLines(problems: readonly Problem[], max: number = PROBLEMS_SHOWN): string[] {
  const { shown, closing } = summariseProblems(problems, max);
  const lines = shown.map((problem) => `${problem.path || 'file'}: ${problem.message}`);
  return closing === null ? lines : [...lines, closing];
}
