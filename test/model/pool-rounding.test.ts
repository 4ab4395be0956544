import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/model/evaluate';
import type { ModelFile, ServiceFile } from '../../src/model/model-file';

const services: ServiceFile[] = [
  { id: 'a', name: 'A', annualCost: '1.07', effects: [] },
  { id: 'b', name: 'B', annualCost: '1.10', effects: [] },
  { id: 'c', name: 'C', annualCost: '987.65', effects: [] },
];

/**
 * Services costing £989.82 a year, running 11 months in the second year: a pool of exactly £907.335.
 * Added up service by service at 34 digits, that sum was 907.335 in one order and 907.33499…9 in the
 * other, so the pool rounded to different pennies.
 */
function model(order: readonly ServiceFile[]): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Half-penny pool',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 2,
    priceBaseYear: 2026,
    discountRate: '0.035',
    inflationRate: '0',
    partners: [
      { id: 'p', name: 'P', kind: 'council' },
      { id: 'q', name: 'Q', kind: 'police' },
    ],
    streams: [{ id: 's', name: 'S', history: [], trend: { method: 'flat', base: '1' } }],
    costLines: [],
    services: [...order],
    scenarios: [
      { id: 'annual', name: 'Annual', fundedYears: 2, contractYears: 1, renewalGapMonths: 1 },
    ],
  };
}

function secondYear(order: readonly ServiceFile[]) {
  const evaluation = evaluateModel(model(order));
  if (!evaluation.ok) throw new Error(evaluation.problems[0]?.message);
  const [scenario] = evaluation.results.scenarios;
  return {
    pool: scenario?.years[1]?.service.toString(),
    contributions: scenario?.partners.map((p) => p.contributions[1]?.toFixed(2)),
  };
}

describe('the pooled budget', () => {
  it('is exact when part-year running costs have no exact decimal form (989.82 × 11/12)', () => {
    expect(secondYear(services).pool).toBe('907.335');
  });

  it('is shared into the same pennies whatever order the services are listed in', () => {
    const forwards = secondYear(services);
    const backwards = secondYear([...services].reverse());
    expect(backwards).toEqual(forwards);
    // £907.335 rounds half up to £907.34, shared equally.
    expect(forwards.contributions).toEqual(['453.67', '453.67']);
  });
});
