import { describe, expect, it } from 'vitest';
import { readModel } from '../../../src/model/read-model';
import type { Model } from '../../../src/model/model';
import {
  changesOf,
  describeChanges,
  hasChanges,
  NO_TEXTS,
  withChanges,
} from '../../../src/ui/meeting/what-if';
import { workedExample } from '../render-with-store';
import { twoValueTypesModel } from '../results/two-value-types-model';

function modelOf(file: unknown): Model {
  const read = readModel(file);
  if (!read.ok) throw new Error('invalid model');
  return read.model;
}

describe('what-if changes', () => {
  it('asks for nothing while the boxes hold the saved values or cannot be used', () => {
    const { scenarios } = modelOf(twoValueTypesModel());
    expect(hasChanges(changesOf(NO_TEXTS, scenarios))).toBe(false);
    const same = changesOf(
      {
        scenarios: { two: { contractYears: '2', renewalGapMonths: '0', effectiveness: '100%' } },
        coverage: '100',
      },
      scenarios,
    );
    expect(hasChanges(same)).toBe(false);
    const unusable = changesOf(
      {
        scenarios: { two: { contractYears: '0', renewalGapMonths: '12', effectiveness: '101' } },
        coverage: 'x',
      },
      scenarios,
    );
    expect(hasChanges(unusable)).toBe(false);
  });

  it('multiplies every reach, writing out a reach the file leaves to its effects, never above 100%', () => {
    const { scenarios } = modelOf(twoValueTypesModel());
    const half = withChanges(
      twoValueTypesModel(),
      changesOf({ ...NO_TEXTS, coverage: '50' }, scenarios),
    );
    // The IDVA service names no reach: its effects name lines f and e, both of stream s, at coverage 1.
    expect(half.services[0]?.reach).toEqual([{ stream: 's', coverage: '0.5' }]);

    const example = workedExample();
    const more = withChanges(
      example,
      changesOf({ ...NO_TEXTS, coverage: '150' }, modelOf(example).scenarios),
    );
    // The IDVA reach is 0.8, 0.25 and 0.15: × 1.5 gives 1.2 (held at 1), 0.375 and 0.225.
    expect(more.services[0]?.reach?.map((r) => r.coverage)).toEqual(['1', '0.375', '0.225']);
    expect(more.services[0]?.reach?.[0]?.capacity).toBe('300');
    expect(example.services[0]?.reach?.[0]?.coverage).toBe('0.8');
  });

  it('changes only the scenario asked, and says so in words', () => {
    const file = twoValueTypesModel();
    const { scenarios } = modelOf(file);
    const changes = changesOf(
      { scenarios: { pilot: { effectiveness: '75', renewalGapMonths: '3' } }, coverage: null },
      scenarios,
    );
    const changed = withChanges(file, changes);
    expect(changed.scenarios[0]).toEqual(file.scenarios[0]);
    expect(changed.scenarios[1]).toMatchObject({ effectiveness: '0.75', renewalGapMonths: 3 });
    expect(describeChanges(changes, scenarios)).toEqual([
      'One-year pilot: gap between contracts 3 months (saved 0); effectiveness 75% (saved 100%)',
    ]);
  });
});
