/**
 * Version-2 golden models (MODEL.md version 2) with hand-worked results. Each model in test/fixtures/golden
 * numbered 11 and above has a .md beside it that works every expected figure out by hand; the figures below
 * are copied from there as literal strings, never computed by the engine. The headless figures are compared
 * as the CLI prints them (money in pennies, half up; ratios to 6 decimal places; null when absent); the
 * operating level Ō_t and the shares helped (g) and benefiting (A) are compared exactly or to 1e-27 relative.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import { evaluateModel } from '../../src/model/evaluate';
import { toHeadlessResults, type HeadlessScenario } from '../../src/model/headless-results';
import type { Model } from '../../src/model/model';
import type { Results, ScenarioResult } from '../../src/model/results';

type Evaluated = { model: Model; results: Results };

function evaluated(name: string): Evaluated {
  const text = readFileSync(path.join(process.cwd(), 'test/fixtures/golden', name), 'utf8');
  const evaluation = evaluateModel(JSON.parse(text) as unknown);
  if (!evaluation.ok) throw new Error(`${name}: ${JSON.stringify(evaluation.problems)}`);
  return { model: evaluation.model, results: evaluation.results };
}

function scenario(e: Evaluated, id: string): ScenarioResult {
  const found = e.results.scenarios.find((s) => s.scenarioId === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

function headlessScenario(e: Evaluated, id: string): HeadlessScenario {
  const found = toHeadlessResults(e.model, e.results).scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** |actual − expected| ≤ tolerance × max(1, |expected|): exact figures pass, and so do 11/12 and the like. */
function expectClose(actual: Dec | null | undefined, expected: string, label: string): void {
  expect(actual, label).toBeDefined();
  expect(actual, label).not.toBeNull();
  const target = new Dec(expected);
  const allowed = Dec.max(1, target.abs()).times('1e-27');
  const difference = target.minus(actual ?? new Dec(NaN)).abs();
  expect(
    difference.lte(allowed),
    `${label}: ${actual?.toString() ?? 'missing'} ≉ ${expected}`,
  ).toBe(true);
}

function expectAllClose(
  actual: readonly Dec[] | undefined,
  expected: string[],
  label: string,
): void {
  expect(actual, label).toHaveLength(expected.length);
  expected.forEach((value, t) => {
    expectClose(actual?.[t], value, `${label}[${t}]`);
  });
}

const ELEVEN_TWELFTHS = '0.9166666666666666666666666666666666666667';
const FIVE_SIXTHS = '0.8333333333333333333333333333333333333333';

// ---------------------------------------------------------------------------------------------------------
// The headless table. years are [year, doNothing, remaining, avoided, service] (real terms); partners are
// [id, doNothingPV, avoidedPV, contributionsPV, contributions by year]; value types are [doNothingPV, avoidedPV].

type Row = [year: number, doNothing: string, remaining: string, avoided: string, service: string];
type PartnerRow = [
  id: string,
  doNothingPV: string,
  avoidedPV: string,
  contributionsPV: string,
  contributions: string[],
];
type Pair = [doNothingPV: string, avoidedPV: string];
type Expected = {
  doNothingPV: string;
  servicePV: string;
  avoidedPV: string;
  netSavingPV: string;
  bcr: string | null;
  paybackYear: number | null;
  fiscalDoNothingPV: string;
  fiscalAvoidedPV: string;
  fiscalNetSavingPV: string;
  fiscalBcr: string | null;
  fiscalPaybackYear: number | null;
  cashableAvoidedPV: string;
  valueTypes: { fiscal: Pair; economic: Pair; social: Pair };
  years: Row[];
  partners: PartnerRow[];
};
type GoldenCase = { file: string; scenario: string; expected: Expected };

const NONE: Pair = ['0.00', '0.00'];

/** Every line fiscal: the financial case is the economic case. */
function allFiscal(
  figures: Omit<
    Expected,
    | 'fiscalDoNothingPV'
    | 'fiscalAvoidedPV'
    | 'fiscalNetSavingPV'
    | 'fiscalBcr'
    | 'fiscalPaybackYear'
    | 'valueTypes'
  >,
): Expected {
  return {
    ...figures,
    fiscalDoNothingPV: figures.doNothingPV,
    fiscalAvoidedPV: figures.avoidedPV,
    fiscalNetSavingPV: figures.netSavingPV,
    fiscalBcr: figures.bcr,
    fiscalPaybackYear: figures.paybackYear,
    valueTypes: { fiscal: [figures.doNothingPV, figures.avoidedPV], economic: NONE, social: NONE },
  };
}

const zeros = (n: number): string[] => Array.from({ length: n }, () => '0.00');

const G16_YEARS: Row[] = Array.from({ length: 40 }, (_, t) => [
  2026 + t,
  '10000.00',
  '4000.00',
  '6000.00',
  t === 0 ? '7200.00' : '4800.00',
]);

const GOLDEN: GoldenCase[] = [
  {
    file: 'g11-reach-capacity.json',
    scenario: 'twoYear',
    expected: allFiscal({
      doNothingPV: '40000.00',
      servicePV: '2000.00',
      avoidedPV: '5040.00',
      netSavingPV: '3040.00',
      bcr: '2.520000',
      paybackYear: 2026,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '15000.00', '12680.00', '2320.00', '1000.00'],
        [2027, '25000.00', '22280.00', '2720.00', '1000.00'],
      ],
      partners: [
        ['council', '30000.00', '4400.00', '1000.00', ['500.00', '500.00']],
        ['cs', '10000.00', '640.00', '1000.00', ['500.00', '500.00']],
      ],
    }),
  },
  {
    file: 'g12-benefit-years.json',
    scenario: 'twoYears',
    expected: allFiscal({
      doNothingPV: '66000.00',
      servicePV: '8000.00',
      avoidedPV: '8500.00',
      netSavingPV: '500.00',
      bcr: '1.062500',
      paybackYear: 2029,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '11000.00', '8500.00', '2500.00', '4000.00'],
        [2027, '11000.00', '7500.00', '3500.00', '4000.00'],
        [2028, '11000.00', '9125.00', '1875.00', '0.00'],
        [2029, '11000.00', '10375.00', '625.00', '0.00'],
        [2030, '11000.00', '11000.00', '0.00', '0.00'],
        [2031, '11000.00', '11000.00', '0.00', '0.00'],
      ],
      partners: [
        ['council', '66000.00', '8500.00', '8000.00', ['4000.00', '4000.00', ...zeros(4)]],
      ],
    }),
  },
  {
    file: 'g12-benefit-years.json',
    scenario: 'sixYears',
    expected: allFiscal({
      doNothingPV: '66000.00',
      servicePV: '24000.00',
      avoidedPV: '22000.00',
      netSavingPV: '-2000.00',
      bcr: '0.916667',
      paybackYear: null,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '11000.00', '8500.00', '2500.00', '4000.00'],
        [2027, '11000.00', '7500.00', '3500.00', '4000.00'],
        [2028, '11000.00', '7000.00', '4000.00', '4000.00'],
        [2029, '11000.00', '7000.00', '4000.00', '4000.00'],
        [2030, '11000.00', '7000.00', '4000.00', '4000.00'],
        [2031, '11000.00', '7000.00', '4000.00', '4000.00'],
      ],
      partners: [
        [
          'council',
          '66000.00',
          '22000.00',
          '24000.00',
          ['4000.00', '4000.00', '4000.00', '4000.00', '4000.00', '4000.00'],
        ],
      ],
    }),
  },
  {
    file: 'g13-gap-ramp-restart.json',
    scenario: 'restart',
    expected: allFiscal({
      doNothingPV: '18000.00',
      servicePV: '3900.00',
      avoidedPV: '7250.00',
      netSavingPV: '3350.00',
      bcr: '1.858974',
      paybackYear: 2026,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '6000.00', '3250.00', '2750.00', '1700.00'],
        [2027, '6000.00', '3750.00', '2250.00', '1100.00'],
        [2028, '6000.00', '3750.00', '2250.00', '1100.00'],
      ],
      partners: [['council', '18000.00', '7250.00', '3900.00', ['1700.00', '1100.00', '1100.00']]],
    }),
  },
  {
    file: 'g13-gap-ramp-restart.json',
    scenario: 'noRestart',
    expected: allFiscal({
      doNothingPV: '18000.00',
      servicePV: '3900.00',
      avoidedPV: '7750.00',
      netSavingPV: '3850.00',
      bcr: '1.987179',
      paybackYear: 2026,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '6000.00', '3250.00', '2750.00', '1700.00'],
        [2027, '6000.00', '3500.00', '2500.00', '1100.00'],
        [2028, '6000.00', '3500.00', '2500.00', '1100.00'],
      ],
      partners: [['council', '18000.00', '7750.00', '3900.00', ['1700.00', '1100.00', '1100.00']]],
    }),
  },
  {
    file: 'g14-additionality.json',
    scenario: 'twoYear',
    expected: allFiscal({
      doNothingPV: '40000.00',
      servicePV: '2000.00',
      avoidedPV: '3760.00',
      netSavingPV: '1760.00',
      bcr: '1.880000',
      paybackYear: 2026,
      cashableAvoidedPV: '0.00',
      years: [
        [2026, '20000.00', '18120.00', '1880.00', '1000.00'],
        [2027, '20000.00', '18120.00', '1880.00', '1000.00'],
      ],
      partners: [
        ['council', '20000.00', '2960.00', '1000.00', ['500.00', '500.00']],
        ['police', '20000.00', '800.00', '1000.00', ['500.00', '500.00']],
      ],
    }),
  },
  {
    file: 'g15-value-types-contributions.json',
    scenario: 'costBorne',
    expected: {
      doNothingPV: '33425.12',
      servicePV: '2016.20',
      avoidedPV: '6685.02',
      netSavingPV: '4668.82',
      bcr: '3.315650',
      paybackYear: 2026,
      fiscalDoNothingPV: '3932.37',
      fiscalAvoidedPV: '786.47',
      fiscalNetSavingPV: '-1229.73',
      fiscalBcr: '0.390076',
      fiscalPaybackYear: null,
      cashableAvoidedPV: '589.86',
      valueTypes: {
        fiscal: ['3932.37', '786.47'],
        economic: ['9830.92', '1966.18'],
        social: ['19661.84', '3932.37'],
      },
      years: [
        [2026, '17000.00', '13600.00', '3400.00', '1050.01'],
        [2027, '17000.00', '13600.00', '3400.00', '1000.01'],
      ],
      partners: [
        ['police', '1966.18', '589.86', '1008.11', ['525.01', '500.01']],
        ['council', '3932.37', '589.86', '1008.09', ['525.00', '500.00']],
        ['society', '27526.57', '5505.31', '0.00', ['0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g15-value-types-contributions.json',
    scenario: 'benefit',
    expected: {
      doNothingPV: '33425.12',
      servicePV: '2016.20',
      avoidedPV: '6685.02',
      netSavingPV: '4668.82',
      bcr: '3.315650',
      paybackYear: 2026,
      fiscalDoNothingPV: '3932.37',
      fiscalAvoidedPV: '786.47',
      fiscalNetSavingPV: '-1229.73',
      fiscalBcr: '0.390076',
      fiscalPaybackYear: null,
      cashableAvoidedPV: '589.86',
      valueTypes: {
        fiscal: ['3932.37', '786.47'],
        economic: ['9830.92', '1966.18'],
        social: ['19661.84', '3932.37'],
      },
      years: [
        [2026, '17000.00', '13600.00', '3400.00', '1050.01'],
        [2027, '17000.00', '13600.00', '3400.00', '1000.01'],
      ],
      partners: [
        ['police', '1966.18', '589.86', '1512.16', ['787.51', '750.01']],
        ['council', '3932.37', '589.86', '504.05', ['262.50', '250.00']],
        ['society', '27526.57', '5505.31', '0.00', ['0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g16-long-term-discount.json',
    scenario: 'forty',
    expected: allFiscal({
      doNothingPV: '221660.68',
      servicePV: '108797.13',
      avoidedPV: '132996.41',
      netSavingPV: '24199.28',
      bcr: '1.222426',
      paybackYear: 2028,
      cashableAvoidedPV: '0.00',
      years: G16_YEARS,
      partners: [
        [
          'council',
          '221660.68',
          '132996.41',
          '108797.13',
          ['7200.00', ...Array.from({ length: 39 }, () => '4800.00')],
        ],
      ],
    }),
  },
  {
    file: 'g17-migrated-v1.json',
    scenario: 'pilot',
    expected: allFiscal({
      doNothingPV: '43495.41',
      servicePV: '3600.00',
      avoidedPV: '4500.00',
      netSavingPV: '900.00',
      bcr: '1.250000',
      paybackYear: 2026,
      cashableAvoidedPV: '4500.00',
      years: [
        [2026, '15000.00', '10500.00', '4500.00', '3600.00'],
        [2027, '15000.00', '15000.00', '0.00', '0.00'],
        [2028, '15000.00', '15000.00', '0.00', '0.00'],
      ],
      partners: [
        ['council', '26097.25', '2700.00', '1800.00', ['1800.00', ...zeros(2)]],
        ['police', '17398.17', '1800.00', '1800.00', ['1800.00', ...zeros(2)]],
      ],
    }),
  },
  {
    file: 'g17-migrated-v1.json',
    scenario: 'three',
    expected: allFiscal({
      doNothingPV: '43495.41',
      servicePV: '9299.08',
      avoidedPV: '13048.62',
      netSavingPV: '3749.54',
      bcr: '1.403216',
      paybackYear: 2026,
      cashableAvoidedPV: '13048.62',
      years: [
        [2026, '15000.00', '10500.00', '4500.00', '3600.00'],
        [2027, '15000.00', '10500.00', '4500.00', '3000.00'],
        [2028, '15000.00', '10500.00', '4500.00', '3000.00'],
      ],
      partners: [
        ['council', '26097.25', '7829.17', '4649.54', ['1800.00', '1500.00', '1500.00']],
        ['police', '17398.17', '5219.45', '4649.54', ['1800.00', '1500.00', '1500.00']],
      ],
    }),
  },
];

describe('version-2 golden models: the headless figures (in pennies)', () => {
  it.each(GOLDEN)('$file / $scenario', ({ file, scenario: id, expected }) => {
    const s = headlessScenario(evaluated(file), id);
    const pair = (v: { doNothingPV: string; avoidedPV: string }): Pair => [
      v.doNothingPV,
      v.avoidedPV,
    ];
    expect({
      doNothingPV: s.doNothingPV,
      servicePV: s.servicePV,
      avoidedPV: s.avoidedPV,
      netSavingPV: s.netSavingPV,
      bcr: s.bcr,
      paybackYear: s.paybackYear,
      fiscalDoNothingPV: s.fiscalDoNothingPV,
      fiscalAvoidedPV: s.fiscalAvoidedPV,
      fiscalNetSavingPV: s.fiscalNetSavingPV,
      fiscalBcr: s.fiscalBcr,
      fiscalPaybackYear: s.fiscalPaybackYear,
      cashableAvoidedPV: s.cashableAvoidedPV,
      valueTypes: {
        fiscal: pair(s.valueTypes.fiscal),
        economic: pair(s.valueTypes.economic),
        social: pair(s.valueTypes.social),
      },
    }).toEqual({
      doNothingPV: expected.doNothingPV,
      servicePV: expected.servicePV,
      avoidedPV: expected.avoidedPV,
      netSavingPV: expected.netSavingPV,
      bcr: expected.bcr,
      paybackYear: expected.paybackYear,
      fiscalDoNothingPV: expected.fiscalDoNothingPV,
      fiscalAvoidedPV: expected.fiscalAvoidedPV,
      fiscalNetSavingPV: expected.fiscalNetSavingPV,
      fiscalBcr: expected.fiscalBcr,
      fiscalPaybackYear: expected.fiscalPaybackYear,
      cashableAvoidedPV: expected.cashableAvoidedPV,
      valueTypes: expected.valueTypes,
    });
    expect(s.years.map((y) => [y.year, y.doNothing, y.remaining, y.avoided, y.service])).toEqual(
      expected.years,
    );
    expect(
      s.partners.map((p) => [p.id, p.doNothingPV, p.avoidedPV, p.contributionsPV, p.contributions]),
    ).toEqual(expected.partners);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Operating level Ō_t, and the shares of each reached stream helped (g) and benefiting (A).

type ServiceExpectation = {
  effectiveness: string[];
  reach: { streamId: string; helped: string[]; benefiting: string[] }[];
};

function expectService(s: ScenarioResult, index: number, expected: ServiceExpectation): void {
  const service = s.services[index];
  expect(service, `${s.scenarioId} service ${index}`).toBeDefined();
  expectAllClose(service?.effectiveness, expected.effectiveness, `${s.scenarioId} Ō`);
  expect(service?.reach.map((r) => r.streamId)).toEqual(expected.reach.map((r) => r.streamId));
  expected.reach.forEach((r, i) => {
    expectAllClose(service?.reach[i]?.helped, r.helped, `${s.scenarioId} ${r.streamId} g`);
    expectAllClose(service?.reach[i]?.benefiting, r.benefiting, `${s.scenarioId} ${r.streamId} A`);
  });
}

describe('golden 11: reach, coverage and capacity', () => {
  const e = evaluated('g11-reach-capacity.json');

  it('helps 0.8 × min(0.5, 60/N) of victims (capacity binds in 2027) and 0.8 × 0.4 of children', () => {
    expectService(scenario(e, 'twoYear'), 0, {
      effectiveness: ['0.8', '0.8'],
      reach: [
        { streamId: 'victims', helped: ['0.4', '0.24'], benefiting: ['0.4', '0.24'] },
        { streamId: 'children', helped: ['0.32', '0.32'], benefiting: ['0.32', '0.32'] },
      ],
    });
  });
});

describe('golden 12: benefit lasting three years with drop-off', () => {
  const e = evaluated('g12-benefit-years.json');

  it('twoYears: cases helped while funded benefit for two more years, then nothing; A is capped at 1', () => {
    expectService(scenario(e, 'twoYears'), 0, {
      effectiveness: ['1', '1', '0', '0', '0', '0'],
      reach: [
        {
          streamId: 'victims',
          helped: ['0.4', '0.4', '0', '0', '0', '0'],
          benefiting: ['0.4', '0.6', '0.3', '0.1', '0', '0'],
        },
        {
          streamId: 'children',
          helped: ['1', '1', '0', '0', '0', '0'],
          benefiting: ['1', '1', '0.75', '0.25', '0', '0'],
        },
      ],
    });
  });

  it('sixYears: three cohorts at weights 1, 0.5 and 0.25 once running', () => {
    expectService(scenario(e, 'sixYears'), 0, {
      effectiveness: ['1', '1', '1', '1', '1', '1'],
      reach: [
        {
          streamId: 'victims',
          helped: ['0.4', '0.4', '0.4', '0.4', '0.4', '0.4'],
          benefiting: ['0.4', '0.6', '0.7', '0.7', '0.7', '0.7'],
        },
        {
          streamId: 'children',
          helped: ['1', '1', '1', '1', '1', '1'],
          benefiting: ['1', '1', '1', '1', '1', '1'],
        },
      ],
    });
  });
});

describe('golden 13: a renewal gap helps nobody, and the ramp restarts after it', () => {
  const e = evaluated('g13-gap-ramp-restart.json');

  it('restart: Ō = 11/12, 0.75, 0.75', () => {
    const s = scenario(e, 'restart');
    expectService(s, 0, {
      effectiveness: [ELEVEN_TWELFTHS, '0.75', '0.75'],
      reach: [
        {
          streamId: 'victims',
          helped: [ELEVEN_TWELFTHS, '0.75', '0.75'],
          benefiting: [ELEVEN_TWELFTHS, '0.75', '0.75'],
        },
      ],
    });
    expectAllClose(s.services[0]?.cost, ['1700', '1100', '1100'], 'cost');
  });

  it('noRestart: Ō = 11/12, 5/6, 5/6', () => {
    expectService(scenario(e, 'noRestart'), 0, {
      effectiveness: [ELEVEN_TWELFTHS, FIVE_SIXTHS, FIVE_SIXTHS],
      reach: [
        {
          streamId: 'victims',
          helped: [ELEVEN_TWELFTHS, FIVE_SIXTHS, FIVE_SIXTHS],
          benefiting: [ELEVEN_TWELFTHS, FIVE_SIXTHS, FIVE_SIXTHS],
        },
      ],
    });
  });
});

describe('golden 14: deadweight, attribution and optimism bias', () => {
  const e = evaluated('g14-additionality.json');
  const s = scenario(e, 'twoYear');

  it('avoids 10,000 × 0.37 × 0.5 × 0.8 = 1,480 of rehousing and 10,000 × 0.1 × 0.5 × 0.8 = 400 of call-outs', () => {
    expect(s.lines.map((l) => l.lineId)).toEqual(['rehousing', 'callouts']);
    expectAllClose(s.lines[0]?.avoided, ['1480', '1480'], 'rehousing avoided');
    expectAllClose(s.lines[1]?.avoided, ['400', '400'], 'callouts avoided');
    expectService(s, 0, {
      effectiveness: ['1', '1'],
      reach: [{ streamId: 'victims', helped: ['0.5', '0.5'], benefiting: ['0.5', '0.5'] }],
    });
  });
});

describe('golden 15: value types and fiscal weights', () => {
  const e = evaluated('g15-value-types-contributions.json');

  it('costBorne: weights ½ and ½ on fiscal cost borne, over the contributors only', () => {
    const s = scenario(e, 'costBorne');
    expect(s.partnerSummaries.map((p) => p.partnerId)).toEqual(['police', 'council', 'society']);
    expectClose(s.partnerSummaries[0]?.weight, '0.5', 'police weight');
    expectClose(s.partnerSummaries[1]?.weight, '0.5', 'council weight');
    expect(s.partnerSummaries[2]?.isContributor).toBe(false);
  });

  it('benefit: weights 0.75 and 0.25 on fiscal cost avoided', () => {
    const s = scenario(e, 'benefit');
    expectClose(s.partnerSummaries[0]?.weight, '0.75', 'police weight');
    expectClose(s.partnerSummaries[1]?.weight, '0.25', 'council weight');
  });
});

describe('golden 16: the long-term discount rate from year 31', () => {
  const e = evaluated('g16-long-term-discount.json');

  it('discounts at 3.5% to year 30 and at 3% after', () => {
    const df = e.results.doNothing.factors.discount;
    expect(df).toHaveLength(40);
    expectClose(df[1], '0.9661835748792270531400966183574879227053', 'DF_1');
    expectClose(df[30], '0.3562784106023015404716159048810302457883', 'DF_30');
    expectClose(df[31], '0.3459013695167976121083649561951749959110', 'DF_31');
    expectClose(df[39], '0.2730577352583969321680503481169845969628', 'DF_39');
  });

  it('has full-precision PVs 10,000 × S, 6,000 × S and 2,400 + 4,800 × S with S = 22.16606792…', () => {
    const s = scenario(e, 'forty');
    expectClose(s.headline.doNothing.pv, '221660.6792282630007283458794315303841', 'doNothingPV');
    expectClose(s.headline.avoided.pv, '132996.4075369578004370075276589182305', 'avoidedPV');
    expectClose(s.headline.service.pv, '108797.1260295662403496060221271345844', 'servicePV');
    expectAllClose(s.services[0]?.cost.slice(0, 2), ['7200', '4800'], 'cost with optimism bias');
  });
});

describe('golden 17: a version-1 file migrates to the version-2 method', () => {
  const e = evaluated('g17-migrated-v1.json');

  it('pilot: helps nobody after the funded year (coverage 1, benefitYears 1)', () => {
    expectService(scenario(e, 'pilot'), 0, {
      effectiveness: ['1', '0', '0'],
      reach: [{ streamId: 'victims', helped: ['1', '0', '0'], benefiting: ['1', '0', '0'] }],
    });
  });

  it('three: helps every case every year', () => {
    expectService(scenario(e, 'three'), 0, {
      effectiveness: ['1', '1', '1'],
      reach: [{ streamId: 'victims', helped: ['1', '1', '1'], benefiting: ['1', '1', '1'] }],
    });
  });
});
