import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/field-reader';
import {
  PROBLEMS_SHOWN,
  problemLines,
  summariseProblems,
} from '../../src/persistence/problem-summary';

/** `n` problems: "streams[0].history[i].year: Problem i." */
function problems(n: number): Problem[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `streams[0].history[${String(i)}].year`,
    message: `Problem ${String(i)}.`,
  }));
}

describe('summariseProblems', () => {
  it('shows the first 50 of 100,000 and says how many more', () => {
    const summary = summariseProblems(problems(100_000));
    expect(PROBLEMS_SHOWN).toBe(50);
    expect(summary.shown).toHaveLength(50);
    expect(summary.shown[0]?.message).toBe('Problem 0.');
    expect(summary.shown[49]?.message).toBe('Problem 49.');
    // 100,000 − 50 = 99,950.
    expect(summary.more).toBe(99_950);
    expect(summary.closing).toBe('…and 99,950 more problems');
  });

  it('has no closing line when every problem is shown', () => {
    for (const n of [0, 1, 50]) {
      const summary = summariseProblems(problems(n));
      expect(summary.shown).toHaveLength(n);
      expect(summary.more).toBe(0);
      expect(summary.closing).toBeNull();
    }
  });

  it('says "problem" for one left out, and takes another limit', () => {
    // 51 − 50 = 1.
    expect(summariseProblems(problems(51)).closing).toBe('…and 1 more problem');
    // 7 − 3 = 4.
    const three = summariseProblems(problems(7), 3);
    expect(three.shown.map((p) => p.message)).toEqual(['Problem 0.', 'Problem 1.', 'Problem 2.']);
    expect(three.closing).toBe('…and 4 more problems');
    // A limit of 0 shows none: all 2 are "more".
    expect(summariseProblems(problems(2), 0).closing).toBe('…and 2 more problems');
  });
});

describe('problemLines', () => {
  it('gives "path: message" lines, then the closing line', () => {
    expect(problemLines(problems(4), 2)).toEqual([
      'streams[0].history[0].year: Problem 0.',
      'streams[0].history[1].year: Problem 1.',
      '…and 2 more problems',
    ]);
  });

  it('names a problem with no path as the file', () => {
    expect(problemLines([{ path: '', message: 'Not a model.' }])).toEqual(['file: Not a model.']);
  });

  it('never gives more than 51 lines, however many problems', () => {
    expect(problemLines(problems(100_000))).toHaveLength(51);
  });
});
