/**
 * Every validation rule of MODEL.md ("Validation", "Model file", "Trends"), one table row each: a valid
 * model is broken in one place and `readModel` must refuse it with a plain-English problem at that JSON path.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import type { Problem } from '../../src/model/model';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { VALID_HORIZON, validModel } from '../fixtures/valid-model';

type JsonRecord = Record<string, unknown>;

/** Splits `costLines[0].bearers[1].share` into `['costLines', 0, 'bearers', 1, 'share']`. */
function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) throw new Error(`Bad test path ${path}`);
    if (match[1]) keys.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

/** Sets (or, for `undefined`, deletes) the value at a JSON path inside a model file. */
function setAt(root: unknown, path: string, value: unknown): void {
  const keys = pathKeys(path);
  const last = keys.pop();
  if (last === undefined) throw new Error('Empty test path');
  let node: unknown = root;
  for (const key of keys) node = (node as JsonRecord)[key];
  if (typeof node !== 'object' || node === null) throw new Error(`Test path ${path} not found`);
  const container = node as JsonRecord;
  if (value === undefined) Reflect.deleteProperty(container, last);
  else container[last] = value;
}

function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of pathKeys(path)) node = (node as JsonRecord)[key];
  return node;
}

function withChanges(changes: Record<string, unknown>): ModelFile {
  const model = validModel();
  for (const [path, value] of Object.entries(changes)) setAt(model, path, value);
  return model;
}

function problemsOf(input: unknown): Problem[] {
  const result = readModel(input);
  return result.ok ? [] : result.problems;
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/** No message may leak NaN, undefined or an object's default string; a quoted echo of the input is fine. */
function expectCleanMessages(problems: readonly Problem[], input = ''): void {
  for (const { path, message } of problems) {
    expect(typeof path, message).toBe('string');
    expect(message.trim().length, path).toBeGreaterThan(0);
    const withoutEcho = input === '' ? message : message.split(`"${input}"`).join('"…"');
    expect(withoutEcho, path).not.toMatch(/NaN|undefined|\[object/);
  }
}

type RefusedRow = {
  name: string;
  /** JSON path → new value (`undefined` deletes the field). */
  changes?: Record<string, unknown>;
  mutate?: (model: ModelFile) => void;
  path: string;
  message: RegExp;
};

const FRACTION = /should be from 0 to 1/;
const NEGATIVE = /cannot be negative/;
const ABOVE_MINUS_ONE = /should be more than -1/;
const WHOLE = /should be a whole number/;
const H = VALID_HORIZON;

const refused: RefusedRow[] = [
  // Shares, reductions, optimism bias, drop-off, effectiveness and the discount rate in [0, 1].
  ...[
    ['a bearer share', 'costLines[0].bearers[0].share'],
    ['a reduction on a cost line', 'services[0].effects[0].reduction'],
    ['a reduction on a stream', 'services[0].effects[1].reduction'],
    ['the optimism bias', 'services[0].optimismBias'],
    ['the drop-off per year', 'services[0].dropOffPerYear'],
    ['the effectiveness', 'scenarios[1].effectiveness'],
    ['the discount rate', 'discountRate'],
  ].flatMap(([what = '', path = '']): RefusedRow[] => [
    { name: `${what} just below 0`, changes: { [path]: '-0.0001' }, path, message: FRACTION },
    { name: `${what} just above 1`, changes: { [path]: '1.0001' }, path, message: FRACTION },
  ]),
  {
    name: 'a custom share just below 0',
    changes: {
      'scenarios[0].contributions': {
        rule: 'custom',
        shares: [
          { partner: 'council', share: '-0.0001' },
          { partner: 'police', share: '1.0001' },
        ],
      },
    },
    path: 'scenarios[0].contributions.shares[0].share',
    message: FRACTION,
  },
  {
    name: 'a custom share just above 1',
    changes: {
      'scenarios[0].contributions': {
        rule: 'custom',
        shares: [
          { partner: 'council', share: '-0.0001' },
          { partner: 'police', share: '1.0001' },
        ],
      },
    },
    path: 'scenarios[0].contributions.shares[1].share',
    message: FRACTION,
  },

  // Inflation and a trend's growth rate above −1.
  {
    name: 'inflation of exactly -1',
    changes: { inflationRate: '-1' },
    path: 'inflationRate',
    message: ABOVE_MINUS_ONE,
  },
  {
    name: 'inflation below -1',
    changes: { inflationRate: '-1.5' },
    path: 'inflationRate',
    message: ABOVE_MINUS_ONE,
  },
  {
    name: 'a trend growth rate of exactly -1',
    changes: { 'streams[1].trend': { method: 'rate', rate: '-1' } },
    path: 'streams[1].trend.rate',
    message: ABOVE_MINUS_ONE,
  },
  {
    name: 'a trend growth rate below -1',
    changes: { 'streams[1].trend': { method: 'rate', rate: '-2' } },
    path: 'streams[1].trend.rate',
    message: ABOVE_MINUS_ONE,
  },

  // A cost line's rate, quantity and counts ≥ 0.
  {
    name: 'a negative cost line rate',
    changes: { 'costLines[0].rate': '-0.01' },
    path: 'costLines[0].rate',
    message: NEGATIVE,
  },
  {
    name: 'a negative quantity',
    changes: { 'costLines[0].quantity': '-1' },
    path: 'costLines[0].quantity',
    message: NEGATIVE,
  },
  {
    name: 'a negative history count',
    changes: { 'streams[0].history[2].count': '-5' },
    path: 'streams[0].history[2].count',
    message: NEGATIVE,
  },
  {
    name: 'a negative trend base',
    changes: { 'streams[1].history': [], 'streams[1].trend': { method: 'flat', base: '-1' } },
    path: 'streams[1].trend.base',
    message: NEGATIVE,
  },
  {
    name: 'a negative series value',
    changes: { 'streams[1].trend': { method: 'series', values: ['1', '2', '-3', '4', '5'] } },
    path: 'streams[1].trend.values[2]',
    message: NEGATIVE,
  },

  // Money ≥ 0.
  {
    name: 'a negative unit cost',
    changes: { 'costLines[0].unitCost': '-350' },
    path: 'costLines[0].unitCost',
    message: NEGATIVE,
  },
  {
    name: 'a negative annual cost',
    changes: { 'services[0].annualCost': '-1' },
    path: 'services[0].annualCost',
    message: NEGATIVE,
  },
  {
    name: 'a negative set-up cost',
    changes: { 'services[0].setupCost': '-0.01' },
    path: 'services[0].setupCost',
    message: NEGATIVE,
  },
  {
    name: 'a negative renewal cost',
    changes: { 'services[0].renewalCost': '-100' },
    path: 'services[0].renewalCost',
    message: NEGATIVE,
  },
  {
    name: 'a negative annual offer',
    changes: {
      'scenarios[0].contributions': {
        rule: 'offers',
        offers: [{ partner: 'council', annual: '-1000' }],
      },
    },
    path: 'scenarios[0].contributions.offers[0].annual',
    message: NEGATIVE,
  },

  // Whole-number ranges.
  {
    name: 'a horizon of 0 years',
    changes: { horizonYears: 0 },
    path: 'horizonYears',
    message: /from 1 to 50/,
  },
  {
    name: 'a horizon of 51 years',
    changes: { horizonYears: 51 },
    path: 'horizonYears',
    message: /from 1 to 50/,
  },
  {
    name: 'negative funded years',
    changes: { 'scenarios[0].fundedYears': -1 },
    path: 'scenarios[0].fundedYears',
    message: new RegExp(`from 0 to ${H}`),
  },
  {
    name: 'funded years beyond the horizon',
    changes: { 'scenarios[1].fundedYears': H + 1 },
    path: 'scenarios[1].fundedYears',
    message: new RegExp(`from 0 to ${H}`),
  },
  {
    name: 'a contract of 0 years',
    changes: { 'scenarios[0].contractYears': 0 },
    path: 'scenarios[0].contractYears',
    message: /from 1 to/,
  },
  {
    name: 'a negative renewal gap',
    changes: { 'scenarios[1].renewalGapMonths': -1 },
    path: 'scenarios[1].renewalGapMonths',
    message: /from 0 to 11/,
  },
  {
    name: 'a renewal gap of 12 months',
    changes: { 'scenarios[1].renewalGapMonths': 12 },
    path: 'scenarios[1].renewalGapMonths',
    message: /from 0 to 11/,
  },
  {
    name: 'a negative ramp-up',
    changes: { 'services[0].rampUpMonths': -1 },
    path: 'services[0].rampUpMonths',
    message: /from 0 to 60/,
  },
  {
    name: 'a ramp-up of 61 months',
    changes: { 'services[0].rampUpMonths': 61 },
    path: 'services[0].rampUpMonths',
    message: /from 0 to 60/,
  },

  // Whole numbers where integers are expected.
  {
    name: 'a fractional start year',
    changes: { startYear: 2026.5 },
    path: 'startYear',
    message: WHOLE,
  },
  {
    name: 'a fractional price base year',
    changes: { priceBaseYear: 2026.5 },
    path: 'priceBaseYear',
    message: WHOLE,
  },
  {
    name: 'a fractional horizon',
    changes: { horizonYears: 5.5 },
    path: 'horizonYears',
    message: WHOLE,
  },
  {
    name: 'a start year given as text',
    changes: { startYear: '2026' },
    path: 'startYear',
    message: WHOLE,
  },
  {
    name: 'a fractional price year',
    changes: { 'costLines[0].priceYear': 2024.5 },
    path: 'costLines[0].priceYear',
    message: WHOLE,
  },
  {
    name: 'a fractional history year',
    changes: { 'streams[0].history[0].year': 2021.5 },
    path: 'streams[0].history[0].year',
    message: WHOLE,
  },
  {
    name: 'fractional funded years',
    changes: { 'scenarios[0].fundedYears': 2.5 },
    path: 'scenarios[0].fundedYears',
    message: WHOLE,
  },
  {
    name: 'fractional contract years',
    changes: { 'scenarios[0].contractYears': 1.5 },
    path: 'scenarios[0].contractYears',
    message: WHOLE,
  },
  {
    name: 'a fractional renewal gap',
    changes: { 'scenarios[1].renewalGapMonths': 1.5 },
    path: 'scenarios[1].renewalGapMonths',
    message: WHOLE,
  },
  {
    name: 'a fractional ramp-up',
    changes: { 'services[0].rampUpMonths': 2.5 },
    path: 'services[0].rampUpMonths',
    message: WHOLE,
  },
  {
    name: 'a fractional trend base year',
    changes: {
      'streams[1].history': [],
      'streams[1].trend': { method: 'rate', rate: '0.02', base: '800', baseYear: 2024.5 },
    },
    path: 'streams[1].trend.baseYear',
    message: WHOLE,
  },

  // Every reference exists.
  {
    name: 'a cost line following a missing stream',
    changes: { 'costLines[0].stream': 'nobody' },
    path: 'costLines[0].stream',
    message: /no caseload stream .*"nobody"/,
  },
  {
    name: 'a bearer that is not a partner',
    changes: { 'costLines[1].bearers[1].partner': 'nobody' },
    path: 'costLines[1].bearers[1].partner',
    message: /no partner .*"nobody"/,
  },
  {
    name: 'an effect on a missing cost line',
    changes: { 'services[0].effects[0].costLine': 'nobody' },
    path: 'services[0].effects[0].costLine',
    message: /no cost line .*"nobody"/,
  },
  {
    name: 'an effect on a missing stream',
    changes: { 'services[0].effects[1].stream': 'nobody' },
    path: 'services[0].effects[1].stream',
    message: /no caseload stream .*"nobody"/,
  },
  {
    name: 'a contributor that is not a partner',
    changes: { 'scenarios[0].contributions.contributors[2]': 'nobody' },
    path: 'scenarios[0].contributions.contributors[2]',
    message: /no partner .*"nobody"/,
  },
  {
    name: 'a custom share for a missing partner',
    changes: {
      'scenarios[0].contributions': { rule: 'custom', shares: [{ partner: 'nobody', share: '1' }] },
    },
    path: 'scenarios[0].contributions.shares[0].partner',
    message: /no partner .*"nobody"/,
  },
  {
    name: 'an offer from a missing partner',
    changes: {
      'scenarios[0].contributions': {
        rule: 'offers',
        offers: [{ partner: 'nobody', annual: '1000' }],
      },
    },
    path: 'scenarios[0].contributions.offers[0].partner',
    message: /no partner .*"nobody"/,
  },
  {
    name: 'a cost line with no stream',
    changes: { 'costLines[0].stream': undefined },
    path: 'costLines[0].stream',
    message: /Choose the caseload stream/,
  },
  {
    name: 'a cost line with no bearers',
    changes: { 'costLines[0].bearers': [] },
    path: 'costLines[0].bearers',
    message: /at least one partner/,
  },
  {
    name: 'an effect naming both a cost line and a stream',
    changes: { 'services[0].effects[0].stream': 'victims' },
    path: 'services[0].effects[0]',
    message: /either one cost line or one stream/,
  },

  // Ids unique, and present.
  {
    name: 'a repeated partner id',
    changes: { 'partners[2].id': 'council' },
    path: 'partners[2].id',
    message: /"council" is used twice/,
  },
  {
    name: 'a repeated stream id',
    changes: { 'streams[1].id': 'victims' },
    path: 'streams[1].id',
    message: /"victims" is used twice/,
  },
  {
    name: 'a repeated cost line id',
    changes: { 'costLines[1].id': 'ta' },
    path: 'costLines[1].id',
    message: /"ta" is used twice/,
  },
  {
    name: 'a repeated service id',
    mutate: (m) => {
      const [service] = m.services;
      if (service) m.services.push({ ...service, name: 'Second' });
    },
    path: 'services[1].id',
    message: /"idva" is used twice/,
  },
  {
    name: 'a repeated scenario id',
    changes: { 'scenarios[1].id': 'five-year' },
    path: 'scenarios[1].id',
    message: /"five-year" is used twice/,
  },
  {
    name: 'an empty partner id',
    changes: { 'partners[0].id': '' },
    path: 'partners[0].id',
    message: /needs an id/,
  },
  {
    name: 'a missing scenario id',
    changes: { 'scenarios[0].id': undefined },
    path: 'scenarios[0].id',
    message: /needs an id/,
  },
  {
    name: 'a partner listed twice as a bearer',
    changes: {
      'costLines[1].bearers': [
        { partner: 'police', share: '0.5' },
        { partner: 'police', share: '0.5' },
      ],
    },
    path: 'costLines[1].bearers[1].partner',
    message: /listed twice/,
  },
  {
    name: 'a contributor listed twice',
    changes: { 'scenarios[0].contributions.contributors': ['council', 'council'] },
    path: 'scenarios[0].contributions.contributors[1]',
    message: /listed twice/,
  },

  // Bearer shares and custom shares sum to exactly 1.
  {
    name: 'bearer shares of 0.3 + 0.3',
    changes: { 'costLines[1].bearers[0].share': '0.3', 'costLines[1].bearers[1].share': '0.3' },
    path: 'costLines[1].bearers',
    message: /add up to 60%.*exactly 100%/,
  },
  {
    name: 'bearer shares over 1',
    changes: { 'costLines[1].bearers[0].share': '0.7' },
    path: 'costLines[1].bearers',
    message: /add up to 110%.*exactly 100%/,
  },
  {
    name: 'bearer shares a hair short of 1',
    changes: { 'costLines[1].bearers[0].share': '0.5999999999' },
    path: 'costLines[1].bearers',
    message: /exactly 100%/,
  },
  {
    name: 'custom shares of 0.5 + 0.4',
    changes: {
      'scenarios[0].contributions': {
        rule: 'custom',
        shares: [
          { partner: 'council', share: '0.5' },
          { partner: 'police', share: '0.4' },
        ],
      },
    },
    path: 'scenarios[0].contributions.shares',
    message: /add up to 90%.*exactly 100%/,
  },
  {
    name: 'a custom rule with no shares',
    changes: { 'scenarios[0].contributions': { rule: 'custom' } },
    path: 'scenarios[0].contributions.shares',
    message: /share/,
  },
  {
    name: 'an offers rule with no offers',
    changes: { 'scenarios[0].contributions': { rule: 'offers', offers: [] } },
    path: 'scenarios[0].contributions.offers',
    message: /offer/,
  },
  {
    name: 'an unknown contribution rule',
    changes: { 'scenarios[0].contributions': { rule: 'whoever-pays' } },
    path: 'scenarios[0].contributions.rule',
    message: /Choose a contribution rule/,
  },
  {
    name: 'an empty list of contributors',
    changes: { 'scenarios[0].contributions.contributors': [] },
    path: 'scenarios[0].contributions.contributors',
    message: /at least one contributor/,
  },

  // A price index entry for every price year used and for P.
  {
    name: 'a price year before the built-in HMT series (1999)',
    changes: { 'costLines[0].priceYear': 1999 },
    path: 'costLines[0].priceYear',
    message: /no entry for the price year 1999 in the built-in HM Treasury/,
  },
  {
    name: 'a price year after the built-in HMT series (2031)',
    changes: { 'costLines[1].priceYear': 2031 },
    path: 'costLines[1].priceYear',
    message: /no entry for the price year 2031/,
  },
  {
    name: 'a price base year outside the built-in HMT series',
    changes: { priceBaseYear: 2031 },
    path: 'priceBaseYear',
    message: /no entry for the price base year 2031/,
  },
  {
    name: 'a price year missing from the model’s own index',
    changes: { priceIndex: { '2024': '100', '2026': '105.3095' } },
    path: 'costLines[1].priceYear',
    message: /no entry for the price year 2023 in the price index/,
  },
  {
    name: 'a price base year missing from the model’s own index',
    changes: { priceIndex: { '2023': '96.1117', '2024': '100' } },
    path: 'priceBaseYear',
    message: /no entry for the price base year 2026 in the price index/,
  },
  {
    name: 'a price year 1999 that a custom index does not cover',
    changes: {
      priceIndex: { '2024': '100', '2023': '96', '2026': '105' },
      'costLines[0].priceYear': 1999,
    },
    path: 'costLines[0].priceYear',
    message: /no entry for the price year 1999 in the price index/,
  },
  {
    name: 'a price index value of zero',
    changes: { priceIndex: { '2023': '96.1117', '2024': '100', '2026': '0' } },
    path: 'priceIndex.2026',
    message: /should be more than 0/,
  },
  {
    name: 'a price index key that is not a year',
    changes: { priceIndex: { '2023': '96.1117', '2024': '100', '2026': '105', '2026/27': '105' } },
    path: 'priceIndex.2026/27',
    message: /not a financial year/,
  },

  // Trend methods have the points they need.
  {
    name: 'a linear trend with one history point',
    changes: { 'streams[0].history': [{ year: 2024, count: '1330' }] },
    path: 'streams[0].trend.method',
    message: /linear trend needs at least 2 years of history; there is 1/,
  },
  {
    name: 'a compound trend with one history point',
    changes: {
      'streams[0].history': [{ year: 2024, count: '1330' }],
      'streams[0].trend': { method: 'compound' },
    },
    path: 'streams[0].trend.method',
    message: /compound trend needs at least 2 years of history/,
  },
  {
    name: 'a linear trend with no history',
    changes: { 'streams[0].history': [] },
    path: 'streams[0].trend.method',
    message: /needs at least 2 years of history; there are 0/,
  },
  {
    name: 'a compound trend with a zero count',
    changes: { 'streams[0].trend': { method: 'compound' }, 'streams[0].history[1].count': '0' },
    path: 'streams[0].trend.method',
    message: /compound trend needs every history count above zero/,
  },
  {
    name: 'a flat trend with no history and no base',
    changes: { 'streams[1].history': [] },
    path: 'streams[1].trend.base',
    message: /starting caseload/,
  },
  {
    name: 'a rate trend with no history and no base',
    changes: {
      'streams[1].history': [],
      'streams[1].trend': { method: 'rate', rate: '0.02', baseYear: 2024 },
    },
    path: 'streams[1].trend.base',
    message: /starting caseload/,
  },
  {
    name: 'a rate trend with no history and no base year',
    changes: {
      'streams[1].history': [],
      'streams[1].trend': { method: 'rate', rate: '0.02', base: '800' },
    },
    path: 'streams[1].trend.baseYear',
    message: /year of the starting caseload/,
  },
  {
    name: 'a rate trend with no rate',
    changes: { 'streams[1].trend': { method: 'rate' } },
    path: 'streams[1].trend.rate',
    message: /growth rate is missing/,
  },
  {
    name: 'a series one value short of the horizon',
    changes: { 'streams[1].trend': { method: 'series', values: ['1', '2', '3', '4'] } },
    path: 'streams[1].trend.values',
    message: new RegExp(`exactly ${H} caseloads.*it has 4`),
  },
  {
    name: 'a series one value over the horizon',
    changes: { 'streams[1].trend': { method: 'series', values: ['1', '2', '3', '4', '5', '6'] } },
    path: 'streams[1].trend.values',
    message: new RegExp(`exactly ${H} caseloads.*it has 6`),
  },
  {
    name: 'an unknown trend method',
    changes: { 'streams[0].trend': { method: 'magic' } },
    path: 'streams[0].trend.method',
    message: /Choose a trend method/,
  },

  // History years unique.
  {
    name: 'a history year given twice',
    changes: { 'streams[0].history[3].year': 2022 },
    path: 'streams[0].history[3].year',
    message: /2022 appears twice/,
  },

  // Non-numeric strings are refused with a message.
  ...['abc', '£350', '1,000', 'NaN', 'Infinity', '-Infinity', '0x10', '350 pounds'].map(
    (text): RefusedRow => ({
      name: `a unit cost of "${text}"`,
      changes: { 'costLines[0].unitCost': text },
      path: 'costLines[0].unitCost',
      message: /unit cost should be a number such as/,
    }),
  ),
  {
    name: 'an empty unit cost',
    changes: { 'costLines[0].unitCost': '' },
    path: 'costLines[0].unitCost',
    message: /unit cost is missing/,
  },
  {
    name: 'a missing unit cost',
    changes: { 'costLines[0].unitCost': undefined },
    path: 'costLines[0].unitCost',
    message: /unit cost is missing/,
  },
  {
    name: 'a bearer share of "abc"',
    changes: { 'costLines[0].bearers[0].share': 'abc' },
    path: 'costLines[0].bearers[0].share',
    message: /share should be a number/,
  },
  {
    name: 'a discount rate of "3.5%"',
    changes: { discountRate: '3.5%' },
    path: 'discountRate',
    message: /discount rate should be a number/,
  },
  {
    name: 'a count of "NaN"',
    changes: { 'streams[0].history[0].count': 'NaN' },
    path: 'streams[0].history[0].count',
    message: /count should be a number/,
  },
  {
    name: 'a rate given as true',
    changes: { 'costLines[0].rate': true },
    path: 'costLines[0].rate',
    message: /should be a number/,
  },
  {
    name: 'an annual cost given as an object',
    changes: { 'services[0].annualCost': { value: 1 } },
    path: 'services[0].annualCost',
    message: /should be a number/,
  },
  {
    name: 'a figure too large to be real',
    changes: { 'costLines[0].unitCost': '1e30' },
    path: 'costLines[0].unitCost',
    message: /too large/,
  },

  // Other types.
  {
    name: 'cashable given as "yes"',
    changes: { 'costLines[0].cashable': 'yes' },
    path: 'costLines[0].cashable',
    message: /true or false/,
  },
  {
    name: 'an unknown partner kind',
    changes: { 'partners[0].kind': 'army' },
    path: 'partners[0].kind',
    message: /kind of partner/,
  },
  {
    name: 'a title that is a number',
    changes: { title: 42 },
    path: 'title',
    message: /should be text/,
  },
  {
    name: 'a title 201 characters long',
    changes: { title: 'x'.repeat(201) },
    path: 'title',
    message: /at most 200/,
  },
  {
    name: 'a missing list of partners',
    changes: { partners: undefined },
    path: 'partners',
    message: /partners are missing|partners is missing/,
  },
  {
    name: 'a missing discount rate',
    changes: { discountRate: undefined },
    path: 'discountRate',
    message: /discount rate is missing/,
  },
  {
    name: 'a missing horizon',
    changes: { horizonYears: undefined },
    path: 'horizonYears',
    message: /horizon .*is missing/,
  },
];

describe('readModel refuses each broken rule at its JSON path', () => {
  it('accepts the unbroken fixture', () => {
    const result = readModel(validModel());
    expect(result.ok ? '' : describeProblems(result.problems)).toBe('');
  });

  it.each(refused)('$name → $path', ({ changes = {}, mutate, path, message }) => {
    const model = withChanges(changes);
    mutate?.(model);
    const result = readModel(model);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const atPath = problems.filter((p) => p.path === path);
    expect(
      atPath.map((p) => p.path),
      describeProblems(problems),
    ).toContain(path);
    expect(
      atPath.some((p) => message.test(p.message)),
      `expected a message matching ${String(message)} at ${path}; got:\n${describeProblems(problems)}`,
    ).toBe(true);
    const echoed = Object.values(changes).find((v): v is string => typeof v === 'string') ?? '';
    expectCleanMessages(problems, echoed);
  });
});

type AcceptedRow = {
  name: string;
  changes?: Record<string, unknown>;
  mutate?: (model: ModelFile) => void;
};

const accepted: AcceptedRow[] = [
  {
    name: 'fractions at 0',
    changes: {
      discountRate: '0',
      'services[0].optimismBias': '0',
      'services[0].dropOffPerYear': '0',
      'scenarios[1].effectiveness': '0',
      'services[0].effects[0].reduction': '0',
    },
  },
  {
    name: 'fractions at 1',
    changes: {
      discountRate: '1',
      'services[0].optimismBias': '1',
      'services[0].dropOffPerYear': '1',
      'scenarios[1].effectiveness': '1',
      'services[0].effects[0].reduction': '1',
    },
  },
  { name: 'inflation of -0.99', changes: { inflationRate: '-0.99' } },
  {
    name: 'a trend growth rate of -0.99',
    changes: { 'streams[1].trend': { method: 'rate', rate: '-0.99' } },
  },
  {
    name: 'a cost line rate of 250 (more than one event per case)',
    changes: { 'costLines[0].rate': '250' },
  },
  {
    name: 'large counts, quantities and money',
    changes: {
      'streams[1].history[1].count': '25000000',
      'costLines[1].quantity': '1000000',
      // Kept small so the line stays within the projection bounds: 1,000,000 × 0.01 per event.
      'costLines[1].unitCost': '0.01',
      'services[0].annualCost': '999999999.99',
    },
  },
  {
    name: 'zero rate, quantity, count and money',
    changes: {
      'costLines[0].rate': '0',
      'costLines[1].quantity': '0',
      'streams[1].history[1].count': '0',
      'costLines[0].unitCost': '0',
      'services[0].annualCost': '0',
      'services[0].setupCost': '0',
      'services[0].renewalCost': '0',
    },
  },
  {
    name: 'a horizon of 1 year',
    changes: { horizonYears: 1, 'scenarios[0].fundedYears': 1, 'scenarios[1].fundedYears': 0 },
  },
  { name: 'a horizon of 50 years', changes: { horizonYears: 50, 'scenarios[0].fundedYears': 50 } },
  {
    name: 'funded years 0 and equal to the horizon',
    changes: { 'scenarios[0].fundedYears': 0, 'scenarios[1].fundedYears': H },
  },
  {
    name: 'a contract longer than the funded period',
    changes: { 'scenarios[0].contractYears': 50 },
  },
  {
    name: 'renewal gaps of 0 and 11 months',
    changes: { 'scenarios[0].renewalGapMonths': 0, 'scenarios[1].renewalGapMonths': 11 },
  },
  { name: 'a ramp-up of 0 months', changes: { 'services[0].rampUpMonths': 0 } },
  { name: 'a ramp-up of 60 months', changes: { 'services[0].rampUpMonths': 60 } },
  {
    name: "bearer shares '0.1', '0.2', '0.7' (exactly 1 in decimals)",
    changes: {
      'costLines[1].bearers': [
        { partner: 'police', share: '0.1' },
        { partner: 'council', share: '0.2' },
        { partner: 'housing', share: '0.7' },
      ],
    },
  },
  {
    name: 'bearer shares as JSON numbers 0.1, 0.2, 0.7',
    changes: {
      'costLines[1].bearers': [
        { partner: 'police', share: 0.1 },
        { partner: 'council', share: 0.2 },
        { partner: 'housing', share: 0.7 },
      ],
    },
  },
  {
    name: "custom shares '0.1', '0.2', '0.7'",
    changes: {
      'scenarios[0].contributions': {
        rule: 'custom',
        shares: [
          { partner: 'council', share: '0.1' },
          { partner: 'housing', share: '0.2' },
          { partner: 'police', share: '0.7' },
        ],
      },
    },
  },
  {
    name: 'offers from some partners',
    changes: {
      'scenarios[0].contributions': {
        rule: 'offers',
        offers: [
          { partner: 'council', annual: '50000' },
          { partner: 'police', annual: 0 },
        ],
      },
    },
  },
  {
    name: 'price years 2000 and 2030 with the built-in index',
    changes: { 'costLines[0].priceYear': 2000, 'costLines[1].priceYear': 2030 },
  },
  {
    name: 'price year 1999 with a custom index that covers it',
    changes: {
      priceIndex: { '1999': '53.1', '2023': '96.1117', '2026': '105.3095' },
      'costLines[0].priceYear': 1999,
    },
  },
  {
    name: 'a compound trend with every count above zero',
    changes: { 'streams[0].trend': { method: 'compound' } },
  },
  {
    name: 'a linear trend on exactly 2 points',
    changes: {
      'streams[0].history': [
        { year: 2023, count: '10' },
        { year: 2024, count: '12' },
      ],
    },
  },
  {
    name: 'a flat trend with no history and a base',
    changes: { 'streams[1].history': [], 'streams[1].trend': { method: 'flat', base: '800' } },
  },
  {
    name: 'a rate trend with no history, base and base year',
    changes: {
      'streams[1].history': [],
      'streams[1].trend': { method: 'rate', rate: '0.05', base: '800', baseYear: 2024 },
    },
  },
  {
    name: 'a series of exactly H values',
    changes: {
      'streams[1].trend': { method: 'series', values: ['800', '810', 820, '830.5', '0'] },
    },
  },
  {
    name: 'history given out of order',
    changes: {
      'streams[0].history': [
        { year: 2024, count: '1330' },
        { year: 2021, count: '1180' },
        { year: 2022, count: '1240' },
      ],
    },
  },
  {
    name: 'plain JSON numbers for money, rates and counts',
    changes: {
      'costLines[0].unitCost': 350,
      'costLines[0].rate': 0.08,
      discountRate: 0.035,
      'streams[0].history[0].count': 1180,
      'services[0].annualCost': 150000,
    },
  },
  {
    name: 'decimal strings with surrounding spaces',
    changes: { 'costLines[0].unitCost': ' 350.00 ' },
  },
  {
    name: 'empty text fields',
    changes: {
      title: '',
      area: '',
      notes: '',
      'partners[0].name': '',
      'streams[0].name': '',
      'costLines[0].name': '',
      'costLines[0].unit': '',
      'costLines[0].source': '',
      'services[0].name': '',
      'scenarios[0].name': '',
    },
  },
];

describe('readModel accepts values at the edges of each rule', () => {
  it.each(accepted)('$name', ({ changes = {}, mutate }) => {
    const model = withChanges(changes);
    mutate?.(model);
    const result = readModel(model);
    expect(result.ok ? '' : describeProblems(result.problems)).toBe('');
  });

  it('keeps decimal strings exact: shares 0.1 + 0.2 + 0.7 are read as exactly those decimals', () => {
    const result = readModel(
      withChanges({
        'costLines[1].bearers': [
          { partner: 'police', share: '0.1' },
          { partner: 'council', share: '0.2' },
          { partner: 'housing', share: '0.7' },
        ],
      }),
    );
    if (!result.ok) throw new Error(describeProblems(result.problems));
    const shares = result.model.costLines[1]?.bearers.map((b) => b.share.toString());
    expect(shares).toEqual(['0.1', '0.2', '0.7']);
  });

  it('reads a plain JSON number as the same decimal as its string', () => {
    const result = readModel(
      withChanges({ 'costLines[0].unitCost': 350, 'costLines[0].rate': 0.08 }),
    );
    if (!result.ok) throw new Error(describeProblems(result.problems));
    const line = result.model.costLines[0];
    expect(line?.unitCost.eq(new Dec('350'))).toBe(true);
    expect(line?.rate.toString()).toBe('0.08');
  });

  it('never lets NaN into the model', () => {
    const result = readModel(validModel());
    if (!result.ok) throw new Error(describeProblems(result.problems));
    const { model } = result;
    const decimals = [
      model.discountRate,
      model.inflationRate,
      ...model.streams.flatMap((s) => s.history.map((p) => p.count)),
      ...model.costLines.flatMap((l) => [
        l.rate,
        l.quantity,
        l.unitCost,
        ...l.bearers.map((b) => b.share),
      ]),
      ...model.services.flatMap((s) => [
        s.annualCost,
        s.setupCost,
        s.renewalCost,
        s.dropOffPerYear,
        s.optimismBias,
      ]),
      ...model.scenarios.map((s) => s.effectiveness),
    ];
    expect(decimals.length).toBeGreaterThan(10);
    for (const d of decimals) expect(d.isFinite()).toBe(true);
  });
});

describe('defaults for omitted optional fields', () => {
  const bare = () => {
    const model = validModel();
    for (const path of [
      'costLines[0].priceYear',
      'costLines[0].quantity',
      'costLines[0].cashable',
      'costLines[0].unit',
      'costLines[0].source',
      'services[0].setupCost',
      'services[0].renewalCost',
      'services[0].rampUpMonths',
      'services[0].dropOffPerYear',
      'services[0].optimismBias',
      'scenarios[1].renewalGapMonths',
      'scenarios[1].rampRestartsOnRenewal',
      'scenarios[1].effectiveness',
      'scenarios[1].contributions',
      'scenarios[0].contributions.contributors',
    ])
      setAt(model, path, undefined);
    for (const path of ['costLines[0].priceYear', 'scenarios[1].contributions'])
      expect(getAt(model, path)).toBeUndefined();
    return model;
  };

  const read = () => {
    const result = readModel(bare());
    if (!result.ok) throw new Error(describeProblems(result.problems));
    return result.model;
  };

  it('gives a cost line priceYear = P, quantity 1 and cashable false', () => {
    const line = read().costLines[0];
    expect(line?.priceYear).toBe(2026);
    expect(line?.quantity.toString()).toBe('1');
    expect(line?.cashable).toBe(false);
    expect(line?.unit).toBe('');
    expect(line?.source).toBe('');
  });

  it('gives a service set-up and renewal cost 0, ramp-up 0, drop-off 0 and optimism bias 0', () => {
    const service = read().services[0];
    expect(service?.setupCost.isZero()).toBe(true);
    expect(service?.renewalCost.isZero()).toBe(true);
    expect(service?.rampUpMonths).toBe(0);
    expect(service?.dropOffPerYear.isZero()).toBe(true);
    expect(service?.optimismBias.isZero()).toBe(true);
  });

  it('gives a scenario effectiveness 1, renewal gap 0 and no ramp restart', () => {
    const scenario = read().scenarios[1];
    expect(scenario?.effectiveness.toString()).toBe('1');
    expect(scenario?.renewalGapMonths).toBe(0);
    expect(scenario?.rampRestartsOnRenewal).toBe(false);
  });

  it('shares contributions equally over every partner when contributions are left out', () => {
    const scenario = read().scenarios[1];
    expect(scenario?.contributions.rule).toBe('equal');
    expect(scenario?.contributions.contributors).toEqual(['council', 'housing', 'police']);
  });

  it('makes every partner a contributor when a rule names none', () => {
    const scenario = read().scenarios[0];
    expect(scenario?.contributions.rule).toBe('costBorne');
    expect(scenario?.contributions.contributors).toEqual(['council', 'housing', 'police']);
  });

  it('uses the price base year as the default price year when P changes', () => {
    const model = bare();
    model.priceBaseYear = 2020;
    const result = readModel(model);
    if (!result.ok) throw new Error(describeProblems(result.problems));
    expect(result.model.costLines[0]?.priceYear).toBe(2020);
  });

  it('reads missing title, area and notes as empty text', () => {
    const model = withChanges({ title: undefined, area: undefined, notes: undefined });
    const result = readModel(model);
    if (!result.ok) throw new Error(describeProblems(result.problems));
    expect([result.model.title, result.model.area, result.model.notes]).toEqual(['', '', '']);
  });
});

describe('problems are all reported, clearly, without throwing', () => {
  it('reports several problems at once, not only the first', () => {
    const model = withChanges({
      discountRate: '2',
      'costLines[0].unitCost': 'abc',
      'scenarios[1].fundedYears': 99,
      'partners[2].id': 'council',
      'services[0].effects[0].costLine': 'nobody',
      'streams[0].history[1].year': 2021,
      'costLines[1].bearers[0].share': '0.3',
    });
    const paths = problemsOf(model).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'discountRate',
        'costLines[0].unitCost',
        'scenarios[1].fundedYears',
        'partners[2].id',
        'services[0].effects[0].costLine',
        'streams[0].history[1].year',
        'costLines[1].bearers',
      ]),
    );
  });

  it('reports every non-numeric value in one pass', () => {
    const texts = ['abc', '£350', '', '1,000', 'NaN', 'Infinity'];
    const model = validModel();
    const paths = [
      'costLines[0].unitCost',
      'costLines[0].rate',
      'costLines[1].unitCost',
      'services[0].annualCost',
      'discountRate',
      'inflationRate',
    ];
    paths.forEach((path, i) => {
      setAt(model, path, texts[i]);
    });
    const problems = problemsOf(model);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(paths));
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['text', 'text'],
    ['a number', 42],
    ['true', true],
    ['undefined', undefined],
    ['an empty object', {}],
  ])('refuses %s as a model with a clear problem', (_label, input) => {
    let result: ReturnType<typeof readModel> | undefined;
    expect(() => {
      result = readModel(input);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    const problems = result && !result.ok ? result.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.message.includes('not a Cost of Inaction model'))).toBe(true);
    expectCleanMessages(problems);
  });

  it('reports a deeply wrong structure without throwing', () => {
    const model: unknown = { ...validModel(), partners: 'x', costLines: [null, 5] };
    const problems = problemsOf(model);
    expect(problems.find((p) => p.path === 'partners')?.message).toMatch(
      /partners should be a list/,
    );
    expect(problems.find((p) => p.path === 'costLines[0]')?.message).toMatch(
      /cost line should be an object, not null/,
    );
    expect(problems.find((p) => p.path === 'costLines[1]')?.message).toMatch(
      /cost line should be an object, not 5/,
    );
    expectCleanMessages(problems);
  });

  it('reports wrong shapes inside every list without throwing', () => {
    const model: unknown = {
      ...validModel(),
      priceIndex: ['2026', '100'],
      streams: [{ trend: 5 }, { id: 's', history: 'none', trend: 'linear' }, [1, 2]],
      services: [{ id: 'x', effects: [null, { reduction: '0.1' }, 'ta'] }],
      scenarios: [
        { id: 'y', contributions: 7 },
        { id: 'z', contributions: { rule: 'custom', shares: 'all' } },
      ],
    };
    let problems: Problem[] = [];
    expect(() => {
      problems = problemsOf(model);
    }).not.toThrow();
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'priceIndex',
        'streams[0].id',
        'streams[0].history',
        'streams[1].history',
        'streams[1].trend',
        'streams[2]',
        'services[0].annualCost',
        'services[0].effects[0]',
        'services[0].effects[1]',
        'services[0].effects[2]',
        'scenarios[0].contributions',
        'scenarios[0].fundedYears',
        'scenarios[1].contributions.shares',
      ]),
    );
    expectCleanMessages(problems);
  });

  it('says a stream’s trend is missing when it is left out (not "not undefined")', () => {
    const model = withChanges({ 'streams[0].trend': undefined });
    const problems = problemsOf(model);
    const atTrend = problems.find((p) => p.path === 'streams[0].trend');
    expect(atTrend?.message).toMatch(/trend is missing/);
    expectCleanMessages(problems);
  });

  it('tells the real length of a series that is over the list limit', () => {
    const values = Array.from({ length: 51 }, () => '1');
    const problems = problemsOf(withChanges({ 'streams[1].trend': { method: 'series', values } }));
    const messages = problems
      .filter((p) => p.path === 'streams[1].trend.values')
      .map((p) => p.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/it has 50\b/);
  });

  it('names the price year the user gave, not a clamped one, when it is out of range', () => {
    const problems = problemsOf(withChanges({ 'costLines[0].priceYear': 1899 }));
    const messages = problems
      .filter((p) => p.path === 'costLines[0].priceYear')
      .map((p) => p.message);
    expect(messages.some((m) => m.includes('1899'))).toBe(true);
    for (const message of messages) expect(message).not.toMatch(/1900\b(?! to)/);
  });

  it('does not judge funded years against an invented horizon when the horizon is unreadable', () => {
    const problems = problemsOf(withChanges({ horizonYears: 'ten' }));
    expect(problems.map((p) => p.path)).toContain('horizonYears');
    expect(describeProblems(problems)).not.toMatch(/funded years should be from 0 to 1;/);
  });

  it('does not call two malformed contributors a repeated "" contributor', () => {
    const problems = problemsOf(
      withChanges({ 'scenarios[0].contributions.contributors': [5, null] }),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'scenarios[0].contributions.contributors[0]',
        'scenarios[0].contributions.contributors[1]',
      ]),
    );
    expect(describeProblems(problems)).not.toMatch(/"" is listed twice/);
  });

  /** Every leaf of the valid model, replaced in turn by each kind of wrong JSON value. */
  function leafPaths(value: unknown, path = ''): string[] {
    if (Array.isArray(value))
      return [path, ...value.flatMap((item, i) => leafPaths(item, `${path}[${i}]`))];
    if (typeof value === 'object' && value !== null)
      return [
        ...(path === '' ? [] : [path]),
        ...Object.entries(value).flatMap(([key, item]) =>
          leafPaths(item, path === '' ? key : `${path}.${key}`),
        ),
      ];
    return [path];
  }

  const oddValues: unknown[] = [undefined, null, [], {}, 'abc', '', -1, 1e300, true];
  const everyPath = leafPaths(validModel()).filter((p) => p !== 'format' && p !== 'version');

  it(`never throws or leaks NaN/undefined whatever field (${everyPath.length}) holds an odd value`, () => {
    expect(everyPath.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const path of everyPath) {
      for (const odd of oddValues) {
        const model = validModel();
        setAt(model, path, odd);
        const label = `${path} = ${odd === undefined ? '(deleted)' : JSON.stringify(odd)}`;
        try {
          const result = readModel(model);
          if (result.ok) continue;
          const echo = typeof odd === 'string' && odd !== '' ? `"${odd}"` : null;
          for (const p of result.problems) {
            const text = echo ? p.message.split(echo).join('"…"') : p.message;
            if (/NaN|undefined|\[object/.test(text) || text.trim() === '')
              failures.push(`${label} → ${p.path}: ${p.message}`);
          }
        } catch (error) {
          failures.push(`${label} threw ${String(error)}`);
        }
      }
    }
    expect([...new Set(failures)]).toEqual([]);
  });
});
