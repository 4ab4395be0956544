import { describe, expect, it } from 'vitest';
import { readModel } from '../../src/model/read-model';
import { createReusingCalculation } from '../../src/model/reusing-calculation';
import type { ModelFile } from '../../src/model/model-file';
import { validModel } from '../fixtures/valid-model';

function modelOf(file: ModelFile) {
  const read = readModel(file);
  if (!read.ok) throw new Error(read.problems[0]?.message);
  return read.model;
}

function resultsOf(answer: ReturnType<ReturnType<typeof createReusingCalculation>>) {
  if (!answer.ok) throw new Error('calculation failed');
  return answer.results;
}

describe('a calculation that reuses its do-nothing projection', () => {
  it('reuses it when only a scenario changed, and the scenario still follows the edit', () => {
    const calculate = createReusingCalculation();
    const first = resultsOf(calculate(modelOf(validModel())));
    const edited = validModel();
    edited.scenarios[0]!.effectiveness = '0.5';
    const second = resultsOf(calculate(modelOf(edited)));
    expect(second.doNothing).toBe(first.doNothing);
    // Half the effectiveness halves what the first scenario avoids in every year (no ramp, no gap).
    const before = first.scenarios[0]!.years.map((y) => y.avoided);
    const after = second.scenarios[0]!.years.map((y) => y.avoided);
    after.forEach((amount, t) => {
      expect(amount.times(2).minus(before[t]!).abs().lt('1e-20')).toBe(true);
    });
  });

  it('projects again when a cost line changed', () => {
    const calculate = createReusingCalculation();
    const first = resultsOf(calculate(modelOf(validModel())));
    const edited = validModel();
    const unitCost = Number(edited.costLines[0]!.unitCost);
    edited.costLines[0]!.unitCost = String(unitCost * 2);
    const second = resultsOf(calculate(modelOf(edited)));
    expect(second.doNothing).not.toBe(first.doNothing);
    // Twice the unit cost, twice the line's cost in the first year.
    expect(
      second.doNothing.lines[0]!.cost[0]!.eq(first.doNothing.lines[0]!.cost[0]!.times(2)),
    ).toBe(true);
  });

  it('projects again when a setting the projection reads changed', () => {
    const calculate = createReusingCalculation();
    const first = resultsOf(calculate(modelOf(validModel())));
    const edited = validModel();
    edited.discountRate = '0.05';
    expect(resultsOf(calculate(modelOf(edited))).doNothing).not.toBe(first.doNothing);
  });
});
