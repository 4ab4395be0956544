import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate';
import { readModel } from '../../src/model/read-model';
import { joinAnswer, splitAnswer } from '../../src/state/answer-parts';
import { validModel } from '../fixtures/valid-model';

describe('an answer in parts', () => {
  it('is the do-nothing part then one part per scenario, and joins back to the same answer', () => {
    const read = readModel(validModel());
    if (!read.ok) throw new Error('test model is invalid');
    const answer = calculate(read.model);
    if (!answer.ok) throw new Error('calculation failed');
    const parts = splitAnswer(answer);
    // The test model has two scenarios.
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe(answer.results.scenarios[0]);
    const joined = joinAnswer(parts);
    expect(joined).toEqual(answer);
    if (joined.ok) expect(joined.results.doNothing).toBe(answer.results.doNothing);
  });

  it('keeps a refusal whole', () => {
    const refusal = { ok: false as const, problems: [{ path: 'scenarios[0]', message: 'No.' }] };
    expect(splitAnswer(refusal)).toEqual([refusal]);
    expect(joinAnswer([refusal])).toBe(refusal);
  });
});
