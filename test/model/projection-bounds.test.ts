/**
 * MODEL.md "Validation": inflation and growth at most 100% a year, and a model whose projected caseload
 * passes 10^9 or whose money passes £10^15 refused by `readModel`, naming what drives it.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { workOf } from '../../src/model/projection-bounds';
import { readModel } from '../../src/model/read-model';
import { validModel } from '../fixtures/valid-model';

/** One partner, one stream of 1,000 cases a year, one line costing `unitCost` a case, one empty service. */
function tinyModel(unitCost: string, horizonYears = 1): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Bounds',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears,
    priceBaseYear: 2026,
    discountRate: '0.035',
    inflationRate: '0.02',
    partners: [{ id: 'council', name: 'Council', kind: 'council' }],
    streams: [
      {
        id: 'victims',
        name: 'Victims',
        history: [{ year: 2025, count: '1000' }],
        trend: { method: 'flat' },
      },
    ],
    costLines: [
      {
        id: 'refuge',
        name: 'Refuge places',
        stream: 'victims',
        rate: '1',
        quantity: '1',
        unitCost,
        priceYear: 2026,
        bearers: [{ partner: 'council', share: '1' }],
      },
    ],
    services: [{ id: 'idva', name: 'IDVA', annualCost: '0', effects: [] }],
    scenarios: [
      {
        id: 'one',
        name: 'One year',
        fundedYears: horizonYears,
        contractYears: 1,
        contributions: { rule: 'equal' },
      },
    ],
  };
}

function problemsOf(file: unknown) {
  const read = readModel(file);
  return read.ok ? [] : read.problems;
}

describe('inflation and growth rates', () => {
  it.each([
    [
      '500% inflation',
      { inflationRate: '5' },
      'inflationRate',
      /inflation rate should be more than -1 and at most 1\./,
    ],
    [
      'an inflation of 1e15',
      { inflationRate: '1e15' },
      'inflationRate',
      /inflation rate should be more than -1 and at most 1\./,
    ],
  ])('refuses %s', (_name, change, path, message) => {
    const problems = problemsOf({ ...validModel(), ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses a growth rate above 100% a year and accepts exactly 100%', () => {
    const file = validModel();
    const stream = file.streams[1];
    if (!stream) throw new Error('fixture changed');
    stream.trend = { method: 'rate', rate: '1.01' };
    expect(problemsOf(file)).toEqual([
      {
        path: 'streams[1].trend.rate',
        message: 'The annual growth rate should be more than -1 and at most 1.',
      },
    ]);
    stream.trend = { method: 'rate', rate: '1' };
    expect(problemsOf(file)).toEqual([]);
  });
});

describe('projected caseloads', () => {
  it('refuses a growth of 100% a year over 50 years, naming the stream and the first year past 10^9', () => {
    const file = tinyModel('1', 50);
    const stream = file.streams[0];
    if (!stream) throw new Error('fixture changed');
    stream.trend = { method: 'rate', rate: '1' };
    // 1,000 cases in 2025 doubling each year: 1,000 × 2^19 = 524,288,000 in 2044 (within), and
    // 1,000 × 2^20 = 1,048,576,000 in 2045, the first year above 1,000,000,000.
    expect(problemsOf(file)).toEqual([
      {
        path: 'streams[0].trend.rate',
        message:
          'The caseload of “Victims” would reach 1.05 billion by 2045/46 at this growth; at most 1,000,000,000 can be projected.',
      },
    ]);
  });

  it('accepts a caseload of exactly 10^9 and refuses a tenth of a case more', () => {
    const file = tinyModel('0');
    const [stream] = file.streams;
    const [point] = stream?.history ?? [];
    if (!point) throw new Error('fixture changed');
    point.count = '1000000000';
    expect(problemsOf(file)).toEqual([]);
    point.count = '1000000000.1';
    expect(problemsOf(file)).toEqual([
      {
        path: 'streams[0].history',
        message:
          'The caseload of “Victims” would be 1 billion in 2026/27; at most 1,000,000,000 can be projected.',
      },
    ]);
  });
});

describe('money', () => {
  it('accepts a cost of exactly £10^15 and refuses a penny a case more, naming the line', () => {
    // 1,000 cases × 1 × 1 × £1,000,000,000,000 = £10^15 in the one year, real and cash (price base year).
    expect(problemsOf(tinyModel('1000000000000'))).toEqual([]);
    // 1,000 × £1,000,000,000,000.01 = £1,000,000,000,000,010.
    const problems = problemsOf(tinyModel('1000000000000.01'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('costLines[0].unitCost');
    expect(problems[0]?.message).toMatch(
      /^The cost of “Refuge places” would reach £1,000,000,000,000,000 in 2026\/27 in real terms; at most £1,000,000,000,000,000 can be projected\./,
    );
  });

  it('refuses a horizon total above £10^15 even when every year is within it', () => {
    // £400,000,000,000,000 a year (1,000 × £400,000,000,000) for 3 years: £1,200,000,000,000,000 in all.
    const problems = problemsOf(tinyModel('400000000000', 3));
    expect(problems).toEqual([
      {
        path: 'costLines[0].unitCost',
        message:
          'The cost of doing nothing would add up to £1,200,000,000,000,000 over the 3 years in real terms, most of it from “Refuge places”; at most £1,000,000,000,000,000 can be projected.',
      },
    ]);
  });

  it('names inflation when only cash terms pass £10^15', () => {
    // Real £300,000,000,000,000 a year in 2026, 2027 and 2028 (£9 × 10^14 in all); at 100% inflation
    // the cash figures are ×1, ×2 and ×4: £300 + £600 + £1,200 million million = £2,100,000,000,000,000.
    const file = { ...tinyModel('300000000000', 3), inflationRate: '1' };
    expect(problemsOf(file)).toEqual([
      {
        path: 'inflationRate',
        message:
          'At 100% inflation a year, the cost of “Refuge places” in 2028/29 would reach £1,200,000,000,000,000 in cash terms; at most £1,000,000,000,000,000 can be projected.',
      },
    ]);
  });

  it('refuses when the cost of doing nothing and the services together pass £10^15', () => {
    // Doing nothing: exactly £10^15. One service costing £1 a year for the one funded year: £1 more.
    const file = tinyModel('1000000000000');
    const [service] = file.services;
    if (!service) throw new Error('fixture changed');
    service.annualCost = '1';
    expect(problemsOf(file)).toEqual([
      {
        path: 'scenarios[0].fundedYears',
        message:
          'Under “One year”, the cost of doing nothing and the services together would come to £1,000,000,000,000,000 over the horizon in real terms; at most £1,000,000,000,000,000 can be projected.',
      },
    ]);
  });

  it('refuses offers adding up to more than £10^15, naming the largest', () => {
    // Services £1,000 a year for 2 years; offers £600,000,000,000,000 a year paid in both: £1.2 × 10^15.
    const file = tinyModel('1', 2);
    const [service] = file.services;
    const [scenario] = file.scenarios;
    if (!service || !scenario) throw new Error('fixture changed');
    service.annualCost = '1000';
    scenario.contributions = {
      rule: 'offers',
      offers: [{ partner: 'council', annual: '600000000000000' }],
    };
    expect(problemsOf(file)).toEqual([
      {
        path: 'scenarios[0].contributions.offers[0].annual',
        message:
          'Under “One year”, the offers would add up to £1,200,000,000,000,000 over the horizon in real terms; at most £1,000,000,000,000,000 can be projected.',
      },
    ]);
  });
});

describe('the work a model makes', () => {
  it('counts each year of benefit of each caseload reached: 2 × 40 × (1 + 1 + 2 × 40) = 6,560 steps', () => {
    const file = tinyModel('10', 40);
    file.streams.push({
      id: 'children',
      name: 'Children',
      history: [{ year: 2025, count: '10' }],
      trend: { method: 'flat' },
    });
    file.services = [
      {
        id: 'idva',
        name: 'IDVA',
        annualCost: '0',
        benefitYears: 50,
        reach: [{ stream: 'victims' }, { stream: 'children' }],
        effects: [{ costLine: 'refuge', reduction: '0.1' }],
      },
    ];
    file.scenarios.push({ ...file.scenarios[0]!, id: 'two' });
    const read = readModel(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // 2 scenarios × 40 years × (1 line + 1 line affected + 2 caseloads × min(50, 40) years of benefit).
    expect(workOf(read.model)).toBe(6560);
  });
});
