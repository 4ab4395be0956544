/**
 * Golden models with hand-worked results. Each model in test/fixtures/golden has a .md beside it that works
 * every expected figure out by hand; the figures below are copied from there as literal strings, never
 * computed by the engine. Money is compared in pennies (half up), ratios to 6 decimal places, and exact
 * quantities (caseloads, effectiveness) with `Dec.eq` or a stated tolerance where a root or logarithm is involved.
 *
 * These files are version 1 and are migrated to version 2 (MODEL.md "From version 1") when read, so the
 * figures are the version-2 ones: each .md has a "Version 2" section saying what changed and why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import { evaluateModel, type Evaluation } from '../../src/model/evaluate';
import { compareScenarios } from '../../src/model/headline';
import { toHeadlessResults, type HeadlessScenario } from '../../src/model/headless-results';
import type { Model } from '../../src/model/model';
import type { Results, ScenarioResult } from '../../src/model/results';

type Evaluated = { model: Model; results: Results };

function load(name: string): Evaluation {
  const text = readFileSync(path.join(process.cwd(), 'test/fixtures/golden', name), 'utf8');
  return evaluateModel(JSON.parse(text) as unknown);
}

function evaluated(name: string): Evaluated {
  const evaluation = load(name);
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

const pennies = (values: readonly Dec[]): string[] =>
  values.map((v) => v.toFixed(2, Dec.ROUND_HALF_UP));
const exact = (values: readonly Dec[]): string[] => values.map((v) => v.toString());

/**
 * |actual − expected| ≤ tolerance × max(1, |expected|), for values that pass through a division, a root, a
 * logarithm or an exponential. MODEL.md asks for at least 30 significant digits; 1e-27 leaves room for a few
 * rounding steps at that precision.
 */
function expectClose(actual: Dec | null | undefined, expected: string, tolerance = '1e-27'): void {
  expect(actual).toBeDefined();
  expect(actual).not.toBeNull();
  const target = new Dec(expected);
  const allowed = Dec.max(1, target.abs()).times(tolerance);
  const difference = target.minus(actual ?? new Dec(NaN)).abs();
  expect(
    difference.lte(allowed),
    `${actual?.toString() ?? 'missing'} ≉ ${expected} (relative ±${tolerance})`,
  ).toBe(true);
}

// ---------------------------------------------------------------------------------------------------------
// The headline table: every golden model, every scenario, the figures the CLI prints (MODEL.md "Headless").
// Years are [doNothing, remaining, avoided, service]; partners are [doNothingPV, avoidedPV, contributionsPV,
// contributions by year].

type Row = [doNothing: string, remaining: string, avoided: string, service: string];
type PartnerRow = [
  id: string,
  doNothingPV: string,
  avoidedPV: string,
  contributionsPV: string,
  contributions: string[],
];
type Expected = {
  doNothingPV: string;
  servicePV: string;
  avoidedPV: string;
  netSavingPV: string;
  cashableAvoidedPV: string;
  bcr: string | null;
  breakEvenScale: string | null;
  paybackYear: number | null;
  shortfallPV: string | null;
  years?: Row[];
  partners?: PartnerRow[];
};
type GoldenCase = { file: string; scenario: string; expected: Expected };

const GOLDEN: GoldenCase[] = [
  {
    file: 'g1-flat-rate-series.json',
    scenario: 'unfunded',
    expected: {
      doNothingPV: '12857.00',
      servicePV: '0.00',
      avoidedPV: '0.00',
      netSavingPV: '0.00',
      cashableAvoidedPV: '0.00',
      bcr: null,
      breakEvenScale: null,
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['3850.00', '3850.00', '0.00', '0.00'],
        ['4295.00', '4295.00', '0.00', '0.00'],
        ['4712.00', '4712.00', '0.00', '0.00'],
      ],
      partners: [['council', '12857.00', '0.00', '0.00', ['0.00', '0.00', '0.00']]],
    },
  },
  {
    file: 'g3-own-price-index-cash-pv.json',
    scenario: 'three',
    expected: {
      doNothingPV: '10148.93',
      servicePV: '2899.69',
      avoidedPV: '0.00',
      netSavingPV: '-2899.69',
      cashableAvoidedPV: '0.00',
      bcr: '0.000000',
      breakEvenScale: null,
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['3500.00', '3500.00', '0.00', '1000.00'],
        ['3500.00', '3500.00', '0.00', '1000.00'],
        ['3500.00', '3500.00', '0.00', '1000.00'],
      ],
      partners: [
        ['housing', '7249.24', '0.00', '966.58', ['333.34', '333.34', '333.34']],
        ['police', '2174.77', '0.00', '966.56', ['333.33', '333.33', '333.33']],
        ['health', '724.92', '0.00', '966.56', ['333.33', '333.33', '333.33']],
      ],
    },
  },
  {
    file: 'g4-ramp-renewals-hmt.json',
    scenario: 'annualGapRestart',
    expected: {
      doNothingPV: '315928.50',
      servicePV: '229000.00',
      avoidedPV: '66696.02',
      netSavingPV: '-162303.98',
      cashableAvoidedPV: '0.00',
      bcr: '0.291249',
      breakEvenScale: '3.433488',
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['105309.50', '68451.18', '36858.33', '126000.00'],
        ['105309.50', '75471.81', '29837.69', '103000.00'],
        ['105309.50', '105309.50', '0.00', '0.00'],
      ],
      partners: [
        ['housing', '315928.50', '66696.02', '229000.00', ['126000.00', '103000.00', '0.00']],
      ],
    },
  },
  {
    file: 'g4-ramp-renewals-hmt.json',
    scenario: 'annualNoGap',
    expected: {
      doNothingPV: '315928.50',
      servicePV: '249000.00',
      avoidedPV: '78982.13',
      netSavingPV: '-170017.88',
      cashableAvoidedPV: '0.00',
      bcr: '0.317197',
      breakEvenScale: '3.152612',
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['105309.50', '68451.18', '36858.33', '126000.00'],
        ['105309.50', '63185.70', '42123.80', '123000.00'],
        ['105309.50', '105309.50', '0.00', '0.00'],
      ],
    },
  },
  {
    file: 'g4-ramp-renewals-hmt.json',
    scenario: 'annualGapNoRestart',
    expected: {
      doNothingPV: '315928.50',
      servicePV: '229000.00',
      avoidedPV: '71961.49',
      netSavingPV: '-157038.51',
      cashableAvoidedPV: '0.00',
      bcr: '0.314242',
      breakEvenScale: '3.182258',
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['105309.50', '68451.18', '36858.33', '126000.00'],
        ['105309.50', '70206.33', '35103.17', '103000.00'],
        ['105309.50', '105309.50', '0.00', '0.00'],
      ],
    },
  },
  {
    file: 'g4-ramp-renewals-hmt.json',
    scenario: 'twoYearThenOne',
    expected: {
      doNothingPV: '315928.50',
      servicePV: '349000.00',
      avoidedPV: '108819.82',
      netSavingPV: '-240180.18',
      cashableAvoidedPV: '0.00',
      bcr: '0.311805',
      breakEvenScale: '3.207136',
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['105309.50', '68451.18', '36858.33', '126000.00'],
        ['105309.50', '63185.70', '42123.80', '120000.00'],
        ['105309.50', '75471.81', '29837.69', '103000.00'],
      ],
      partners: [
        ['housing', '315928.50', '108819.82', '349000.00', ['126000.00', '120000.00', '103000.00']],
      ],
    },
  },
  {
    file: 'g5-fade.json',
    scenario: 'oneYear',
    expected: {
      doNothingPV: '23594.20',
      servicePV: '1200.00',
      avoidedPV: '6000.00',
      netSavingPV: '4800.00',
      cashableAvoidedPV: '0.00',
      bcr: '5.000000',
      breakEvenScale: '0.200000',
      paybackYear: 2026,
      shortfallPV: null,
      years: [
        ['12000.00', '6000.00', '6000.00', '1200.00'],
        ['12000.00', '12000.00', '0.00', '0.00'],
      ],
    },
  },
  {
    file: 'g5-fade.json',
    scenario: 'gap',
    expected: {
      doNothingPV: '23594.20',
      servicePV: '2069.57',
      avoidedPV: '10347.83',
      netSavingPV: '8278.26',
      cashableAvoidedPV: '0.00',
      bcr: '5.000000',
      breakEvenScale: '0.200000',
      paybackYear: 2026,
      shortfallPV: null,
      years: [
        ['12000.00', '6000.00', '6000.00', '1200.00'],
        ['12000.00', '7500.00', '4500.00', '900.00'],
      ],
    },
  },
  {
    file: 'g6-several-services.json',
    scenario: 'twoYear',
    expected: {
      doNothingPV: '235942.03',
      servicePV: '78647.34',
      avoidedPV: '92646.57',
      netSavingPV: '13999.23',
      cashableAvoidedPV: '87613.14',
      bcr: '1.178000',
      breakEvenScale: '0.848896',
      paybackYear: 2026,
      shortfallPV: null,
      years: [
        ['120000.00', '72880.00', '47120.00', '40000.00'],
        ['120000.00', '72880.00', '47120.00', '40000.00'],
      ],
      partners: [
        ['housing', '117971.01', '52567.88', '44624.70', ['22696.10', '22696.10']],
        ['police', '78647.34', '35045.26', '29749.79', ['15130.73', '15130.73']],
        ['health', '39323.67', '5033.43', '4272.85', ['2173.17', '2173.17']],
      ],
    },
  },
  {
    file: 'g7-contribution-rules.json',
    scenario: 'equal',
    expected: {
      doNothingPV: '1966.18',
      servicePV: '196.69',
      avoidedPV: '294.93',
      netSavingPV: '98.24',
      cashableAvoidedPV: '0.00',
      bcr: '1.499484',
      breakEvenScale: '0.666896',
      paybackYear: 2026,
      shortfallPV: null,
      years: [
        ['1000.00', '850.00', '150.00', '100.00'],
        ['1000.00', '850.00', '150.00', '100.07'],
      ],
      partners: [
        ['a', '1376.33', '0.00', '65.57', ['33.34', '33.36']],
        ['b', '294.93', '147.46', '65.56', ['33.33', '33.36']],
        ['c', '294.93', '147.46', '65.55', ['33.33', '33.35']],
      ],
    },
  },
  {
    file: 'g7-contribution-rules.json',
    scenario: 'custom',
    expected: {
      doNothingPV: '1966.18',
      servicePV: '196.69',
      avoidedPV: '294.93',
      netSavingPV: '98.24',
      cashableAvoidedPV: '0.00',
      bcr: '1.499484',
      breakEvenScale: '0.666896',
      paybackYear: 2026,
      shortfallPV: null,
      partners: [
        ['a', '1376.33', '0.00', '49.17', ['25.00', '25.02']],
        ['b', '294.93', '147.46', '68.84', ['35.00', '35.02']],
        ['c', '294.93', '147.46', '78.68', ['40.00', '40.03']],
      ],
    },
  },
  {
    file: 'g7-contribution-rules.json',
    scenario: 'costBorne',
    expected: {
      doNothingPV: '1966.18',
      servicePV: '196.69',
      avoidedPV: '294.93',
      netSavingPV: '98.24',
      cashableAvoidedPV: '0.00',
      bcr: '1.499484',
      breakEvenScale: '0.666896',
      paybackYear: 2026,
      shortfallPV: null,
      partners: [
        ['a', '1376.33', '0.00', '161.97', ['82.35', '82.41']],
        ['b', '294.93', '147.46', '34.71', ['17.65', '17.66']],
        ['c', '294.93', '147.46', '0.00', ['0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g7-contribution-rules.json',
    scenario: 'benefit',
    expected: {
      doNothingPV: '1966.18',
      servicePV: '196.69',
      avoidedPV: '294.93',
      netSavingPV: '98.24',
      cashableAvoidedPV: '0.00',
      bcr: '1.499484',
      breakEvenScale: '0.666896',
      paybackYear: 2026,
      shortfallPV: null,
      partners: [
        ['a', '1376.33', '0.00', '0.00', ['0.00', '0.00']],
        ['b', '294.93', '147.46', '98.35', ['50.00', '50.04']],
        ['c', '294.93', '147.46', '98.34', ['50.00', '50.03']],
      ],
    },
  },
  {
    file: 'g8-offers-zero-pool.json',
    scenario: 'short',
    expected: {
      doNothingPV: '2899.69',
      servicePV: '1966.18',
      avoidedPV: '196.62',
      netSavingPV: '-1769.57',
      cashableAvoidedPV: '0.00',
      bcr: '0.100000',
      breakEvenScale: '10.000000',
      paybackYear: null,
      shortfallPV: '196.62',
      years: [
        ['1000.00', '900.00', '100.00', '1000.00'],
        ['1000.00', '900.00', '100.00', '1000.00'],
        ['1000.00', '1000.00', '0.00', '0.00'],
      ],
      partners: [
        ['a', '2899.69', '196.62', '1179.71', ['600.00', '600.00', '0.00']],
        ['b', '0.00', '0.00', '589.86', ['300.00', '300.00', '0.00']],
        ['c', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g8-offers-zero-pool.json',
    scenario: 'surplus',
    expected: {
      doNothingPV: '2899.69',
      servicePV: '1966.18',
      avoidedPV: '196.62',
      netSavingPV: '-1769.57',
      cashableAvoidedPV: '0.00',
      bcr: '0.100000',
      breakEvenScale: '10.000000',
      paybackYear: null,
      shortfallPV: '-393.24',
      partners: [
        ['a', '2899.69', '196.62', '1572.95', ['800.00', '800.00', '0.00']],
        ['b', '0.00', '0.00', '786.47', ['400.00', '400.00', '0.00']],
        ['c', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g8-offers-zero-pool.json',
    scenario: 'zeroCostBorne',
    expected: {
      doNothingPV: '2899.69',
      servicePV: '0.00',
      avoidedPV: '0.00',
      netSavingPV: '0.00',
      cashableAvoidedPV: '0.00',
      bcr: null,
      breakEvenScale: null,
      paybackYear: null,
      shortfallPV: null,
      partners: [
        ['a', '2899.69', '0.00', '0.00', ['0.00', '0.00', '0.00']],
        ['b', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
        ['c', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g8-offers-zero-pool.json',
    scenario: 'zeroOffers',
    expected: {
      doNothingPV: '2899.69',
      servicePV: '0.00',
      avoidedPV: '0.00',
      netSavingPV: '0.00',
      cashableAvoidedPV: '0.00',
      bcr: null,
      breakEvenScale: null,
      paybackYear: null,
      shortfallPV: '0.00',
      partners: [
        ['a', '2899.69', '0.00', '0.00', ['0.00', '0.00', '0.00']],
        ['b', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
        ['c', '0.00', '0.00', '0.00', ['0.00', '0.00', '0.00']],
      ],
    },
  },
  {
    file: 'g10-payback.json',
    scenario: 'full',
    expected: {
      doNothingPV: '190081.85',
      servicePV: '68016.37',
      avoidedPV: '95040.92',
      netSavingPV: '27024.55',
      cashableAvoidedPV: '95040.92',
      bcr: '1.397324',
      breakEvenScale: '0.715653',
      paybackYear: 2028,
      shortfallPV: null,
      years: [
        ['50000.00', '25000.00', '25000.00', '40000.00'],
        ['50000.00', '25000.00', '25000.00', '10000.00'],
        ['50000.00', '25000.00', '25000.00', '10000.00'],
        ['50000.00', '25000.00', '25000.00', '10000.00'],
      ],
      partners: [
        [
          'council',
          '190081.85',
          '95040.92',
          '68016.37',
          ['40000.00', '10000.00', '10000.00', '10000.00'],
        ],
      ],
    },
  },
  {
    file: 'g10-payback.json',
    scenario: 'half',
    expected: {
      doNothingPV: '190081.85',
      servicePV: '68016.37',
      avoidedPV: '47520.46',
      netSavingPV: '-20495.91',
      cashableAvoidedPV: '47520.46',
      bcr: '0.698662',
      breakEvenScale: '1.431307',
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['50000.00', '37500.00', '12500.00', '40000.00'],
        ['50000.00', '37500.00', '12500.00', '10000.00'],
        ['50000.00', '37500.00', '12500.00', '10000.00'],
        ['50000.00', '37500.00', '12500.00', '10000.00'],
      ],
    },
  },
  {
    file: 'g10-payback.json',
    scenario: 'none',
    expected: {
      doNothingPV: '190081.85',
      servicePV: '0.00',
      avoidedPV: '0.00',
      netSavingPV: '0.00',
      cashableAvoidedPV: '0.00',
      bcr: null,
      breakEvenScale: null,
      paybackYear: null,
      shortfallPV: null,
      years: [
        ['50000.00', '50000.00', '0.00', '0.00'],
        ['50000.00', '50000.00', '0.00', '0.00'],
        ['50000.00', '50000.00', '0.00', '0.00'],
        ['50000.00', '50000.00', '0.00', '0.00'],
      ],
      partners: [['council', '190081.85', '0.00', '0.00', ['0.00', '0.00', '0.00', '0.00']]],
    },
  },
];

describe('golden models: headline figures, years and partners (headless, in pennies)', () => {
  it.each(GOLDEN)('$file / $scenario', ({ file, scenario: id, expected }) => {
    const s = headlessScenario(evaluated(file), id);
    expect({
      doNothingPV: s.doNothingPV,
      servicePV: s.servicePV,
      avoidedPV: s.avoidedPV,
      netSavingPV: s.netSavingPV,
      cashableAvoidedPV: s.cashableAvoidedPV,
      bcr: s.bcr,
      breakEvenScale: s.breakEvenScale,
      paybackYear: s.paybackYear,
      shortfallPV: s.shortfallPV,
    }).toEqual({
      doNothingPV: expected.doNothingPV,
      servicePV: expected.servicePV,
      avoidedPV: expected.avoidedPV,
      netSavingPV: expected.netSavingPV,
      cashableAvoidedPV: expected.cashableAvoidedPV,
      bcr: expected.bcr,
      breakEvenScale: expected.breakEvenScale,
      paybackYear: expected.paybackYear,
      shortfallPV: expected.shortfallPV,
    });
    // Version 2: every line of a version-1 file migrates as fiscal, so the financial case is the economic
    // case and the economic and social value types are empty.
    expect({
      fiscalDoNothingPV: s.fiscalDoNothingPV,
      fiscalAvoidedPV: s.fiscalAvoidedPV,
      fiscalNetSavingPV: s.fiscalNetSavingPV,
      fiscalBcr: s.fiscalBcr,
      fiscalPaybackYear: s.fiscalPaybackYear,
      valueTypes: s.valueTypes,
    }).toEqual({
      fiscalDoNothingPV: expected.doNothingPV,
      fiscalAvoidedPV: expected.avoidedPV,
      fiscalNetSavingPV: expected.netSavingPV,
      fiscalBcr: expected.bcr,
      fiscalPaybackYear: expected.paybackYear,
      valueTypes: {
        fiscal: { doNothingPV: expected.doNothingPV, avoidedPV: expected.avoidedPV },
        economic: { doNothingPV: '0.00', avoidedPV: '0.00' },
        social: { doNothingPV: '0.00', avoidedPV: '0.00' },
      },
    });
    if (expected.years)
      expect(s.years.map((y) => [y.doNothing, y.remaining, y.avoided, y.service])).toEqual(
        expected.years,
      );
    if (expected.partners)
      expect(
        s.partners.map((p) => [
          p.id,
          p.doNothingPV,
          p.avoidedPV,
          p.contributionsPV,
          p.contributions,
        ]),
      ).toEqual(expected.partners);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Trends (golden 1 and 2).

describe('golden 1: flat, rate and series trends', () => {
  const e = evaluated('g1-flat-rate-series.json');
  const streams = e.results.doNothing.streams;

  it.each([
    ['flatHist', ['50', '50', '50'], null],
    ['flatBase', ['30', '30', '30'], null],
    ['rateHist', ['220', '242', '266.2'], '0.1'],
    ['rateBase', ['80', '100', '125'], '0.25'],
    ['series', ['5', '7.5', '0'], null],
  ] as const)('%s projects exactly %j', (id, caseloads, growth) => {
    const stream = streams.find((s) => s.streamId === id);
    expect(stream).toBeDefined();
    stream?.caseloads.forEach((n, t) => {
      expect(n.eq(caseloads[t] ?? 'NaN'), `${id} t=${t}: ${n.toString()}`).toBe(true);
    });
    if (growth === null) expect(stream?.impliedGrowth).toBeNull();
    else expect(stream?.impliedGrowth?.eq(growth)).toBe(true);
  });

  it('costs £10 a case: 3,850 / 4,295 / 4,712, PV 12,857 at a 0% discount rate', () => {
    expect(exact(e.results.doNothing.total)).toEqual(['3850', '4295', '4712']);
    expect(scenario(e, 'unfunded').headline.doNothing.pv.eq('12857')).toBe(true);
    expect(e.results.warnings).toEqual([]);
  });

  it('charges nothing, not even the set-up cost, when fundedYears is 0', () => {
    const s = scenario(e, 'unfunded');
    expect(exact(s.services[0]?.cost ?? [])).toEqual(['0', '0', '0']);
    expect(s.services[0]?.monthlyEffectiveness.every((m) => m.isZero())).toBe(true);
  });
});

describe('golden 2: linear and compound trends', () => {
  const e = evaluated('g2-linear-compound.json');
  const [linear, falling, compound] = e.results.doNothing.streams;

  it('fits the rising linear trend by least squares: slope 3.4, caseloads 23.5 / 26.9 / 30.3', () => {
    expect(linear?.annualChange?.eq('3.4')).toBe(true);
    expect(exact(linear?.caseloads ?? [])).toEqual(['23.5', '26.9', '30.3']);
  });

  it('clamps the falling linear trend at zero and says so in results.warnings', () => {
    expect(falling?.annualChange?.eq('-100')).toBe(true);
    expect(exact(falling?.caseloads ?? [])).toEqual(['50', '0', '0']);
    expect(e.results.warnings).toHaveLength(1);
    expect(e.results.warnings[0]?.path).toBe('streams[1].trend');
    expect(e.results.warnings[0]?.message).toContain('2027/28');
    expect(e.results.warnings[0]?.message).toMatch(/zero/);
  });

  it('fits 100, 110, 121 exactly: implied growth e^b − 1 = 10% to 27 digits', () => {
    expectClose(compound?.impliedGrowth, '0.1');
    expectClose(compound?.caseloads[0], '161.051');
    expectClose(compound?.caseloads[1], '177.1561');
    expectClose(compound?.caseloads[2], '194.87171');
  });

  it('costs £100 a case: 23,455.10 / 20,405.61 / 22,517.17, total 66,377.88', () => {
    expect(pennies(e.results.doNothing.total)).toEqual(['23455.10', '20405.61', '22517.17']);
    expect(e.results.doNothing.total.reduce((a, b) => a.plus(b)).toFixed(2)).toBe('66377.88');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Prices, cash terms and present value (golden 3, 4, 10).

describe('golden 3: own price index, cash terms with P ≠ start year, present value', () => {
  const e = evaluated('g3-own-price-index-cash-pv.json');
  const s = scenario(e, 'three');

  it('converts 2020 prices with the model’s index: 100 / 80 = 1.25', () => {
    expect(e.results.doNothing.lines.map((l) => l.priceFactor.toString())).toEqual(['1.25', '1']);
    expect(exact(e.results.doNothing.lines[0]?.cost ?? [])).toEqual(['2500', '2500', '2500']);
    expect(exact(e.results.doNothing.lines[1]?.cost ?? [])).toEqual(['1000', '1000', '1000']);
  });

  it('inflates to cash terms from P = 2025: factors 1.02, 1.0404, 1.061208', () => {
    expect(exact(e.results.doNothing.factors.cash)).toEqual(['1.02', '1.0404', '1.061208']);
    expect(s.headline.doNothing.real.eq('10500')).toBe(true);
    expect(s.headline.doNothing.cash.eq('10925.628')).toBe(true);
    expect(s.headline.service.cash.eq('3121.608')).toBe(true);
  });

  it('discounts from year 0 (undiscounted) at 3.5%', () => {
    expect(e.results.doNothing.factors.discount[0]?.eq(1)).toBe(true);
    expectClose(
      e.results.doNothing.factors.discount[1],
      '0.9661835748792270531400966183574879227053',
    );
    expectClose(
      e.results.doNothing.factors.discount[2],
      '0.9335107003664029498938131578333216644496',
    );
    expectClose(s.headline.doNothing.pv, '10148.92996335970501061868421666783355504212467');
    expect(s.headline.bcr?.isZero()).toBe(true);
  });

  it('shares the cash pool of each year in pennies: 353.74 / 353.74 / 353.73 in 2028', () => {
    expect(s.partners.map((p) => pennies(p.contributionsCash))).toEqual([
      ['340.00', '346.80', '353.74'],
      ['340.00', '346.80', '353.74'],
      ['340.00', '346.80', '353.73'],
    ]);
  });
});

describe('golden 10: cash totals, payback on the discounted (not the plain) cumulative', () => {
  const e = evaluated('g10-payback.json');
  const full = scenario(e, 'full');

  it('has cash totals 206,080.40 / 103,040.20 / 71,216.08', () => {
    expect(full.headline.doNothing.cash.eq('206080.4')).toBe(true);
    expect(full.headline.avoided.cash.eq('103040.2')).toBe(true);
    expect(full.headline.service.cash.eq('71216.08')).toBe(true);
  });

  it('reaches a plain cumulative of exactly 0 in 2027 but pays back (discounted) only in 2028', () => {
    expect(exact(full.years.map((y) => y.cumulativeNetSaving))).toEqual([
      '-15000',
      '0',
      '15000',
      '30000',
    ]);
    expect(full.headline.paybackYear).toBe(2028);
  });

  it('nets the council’s benefit against its contribution: 27,024.55', () => {
    expect(full.partnerSummaries[0]?.netBenefit.pv.toFixed(2, Dec.ROUND_HALF_UP)).toBe('27024.55');
  });

  it('compares two scenarios: full − half net saving PV = 47,520.46', () => {
    const half = scenario(e, 'half');
    expect(compareScenarios(full.headline, half.headline).netSavingDifference.pv.toFixed(2)).toBe(
      '47520.46',
    );
  });

  it('gives BCR and break-even scale to full precision', () => {
    expectClose(full.headline.bcr, '1.397324273399763548974608665994394846956');
    expectClose(full.headline.breakEvenScale, '0.7156534950666442899300266317369722359523');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Services: ramp, renewals, gaps and fade (golden 4 and 5), several services (golden 6).

describe('golden 4: ramp-up with renewals and the HMT price index', () => {
  const e = evaluated('g4-ramp-renewals-hmt.json');

  it('converts 2024 prices with the built-in HMT index: 105.3095 / 100', () => {
    expect(e.results.doNothing.lines[0]?.priceFactor.toString()).toBe('1.053095');
    expect(exact(e.results.doNothing.total)).toEqual(['105309.5', '105309.5', '105309.5']);
  });

  const scenarios = [
    {
      id: 'annualGapRestart',
      months: [
        ['0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
        ['0', '0', '0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
      ],
      yearly: ['0.7', '0.56666666666666666666666666666666666666666', '0'],
      cost: ['126000', '103000', '0'],
    },
    {
      id: 'annualNoGap',
      months: [
        ['0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
        ['0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
      ],
      yearly: ['0.7', '0.8', '0'],
      cost: ['126000', '123000', '0'],
    },
    {
      id: 'annualGapNoRestart',
      months: [
        ['0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
        ['0', '0', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
      ],
      yearly: ['0.7', '0.66666666666666666666666666666666666666666', '0'],
      cost: ['126000', '103000', '0'],
    },
    {
      id: 'twoYearThenOne',
      months: [
        ['0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
        ['0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
        ['0', '0', '0.2', '0.4', '0.6', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8', '0.8'],
      ],
      yearly: ['0.7', '0.8', '0.56666666666666666666666666666666666666666'],
      cost: ['126000', '120000', '103000'],
    },
  ];

  it.each(scenarios)('$id: every monthly E_m, the yearly means and the service cost', (c) => {
    const svc = scenario(e, c.id).services[0];
    const monthly = exact(svc?.monthlyEffectiveness ?? []);
    expect(monthly.slice(0, 12)).toEqual(c.months[0]);
    expect(monthly.slice(12, 24)).toEqual(c.months[1]);
    // Version 2: a service helps no new case in a month it is not running, after funding or in a gap.
    expect(monthly.slice(24)).toEqual(c.months[2] ?? Array.from({ length: 12 }, () => '0'));
    expect(svc?.effectiveness).toHaveLength(3);
    c.yearly.forEach((mean, t) => {
      expectClose(svc?.effectiveness[t], mean);
    });
    expect(exact(svc?.cost ?? [])).toEqual(c.cost);
  });

  it('migrates to version 2 with reach = victims at coverage 1: g = A = Ō (benefitYears 1)', () => {
    const svc = scenario(e, 'annualGapRestart').services[0];
    expect(svc?.reach.map((r) => r.streamId)).toEqual(['victims']);
    ['0.7', '0.56666666666666666666666666666666666666666', '0'].forEach((share, t) => {
      expectClose(svc?.reach[0]?.helped[t], share);
      expectClose(svc?.reach[0]?.benefiting[t], share);
    });
  });

  it('avoids exactly 36,858.325 in year 0 (half a penny, which rounds up)', () => {
    expect(scenario(e, 'annualGapRestart').years[0]?.avoided.eq('36858.325')).toBe(true);
  });
});

describe('golden 5 (version 2): no fade after stopping or in a gap (benefitYears 1)', () => {
  const e = evaluated('g5-fade.json');

  it('oneYear: operates at 1 for twelve months, then 0: Ō = 1, 0', () => {
    const svc = scenario(e, 'oneYear').services[0];
    const monthly = svc?.monthlyEffectiveness ?? [];
    expect(monthly.slice(0, 12).every((m) => m.eq(1))).toBe(true);
    expect(monthly.slice(12, 24).every((m) => m.isZero())).toBe(true);
    expect(exact(svc?.effectiveness ?? [])).toEqual(['1', '0']);
  });

  it('gap: 0 in the three gap months, then 1 again: Ō_1 = 9/12 = 0.75', () => {
    const svc = scenario(e, 'gap').services[0];
    const monthly = svc?.monthlyEffectiveness ?? [];
    expect(monthly.slice(12, 15).every((m) => m.isZero())).toBe(true);
    expect(monthly.slice(15, 24).every((m) => m.eq(1))).toBe(true);
    expectClose(svc?.effectiveness[1], '0.75');
    expect(exact(svc?.cost ?? [])).toEqual(['1200', '900']);
  });
});

describe('golden 6: several services, optimism bias, a line and a stream effect', () => {
  const e = evaluated('g6-several-services.json');
  const s = scenario(e, 'twoYear');

  it('combines e = 1 − (1 − 0.5)(1 − 0.2) = 0.6 with the second service: ρ = 0.4456 and 0.128', () => {
    expect(exact(s.lines.map((l) => l.avoided[0] ?? new Dec(NaN)))).toEqual(['44560', '2560']);
    expect(exact(s.lines.map((l) => l.remaining[1] ?? new Dec(NaN)))).toEqual(['55440', '17440']);
    expect(exact(s.services.map((v) => v.effectiveness[0] ?? new Dec(NaN)))).toEqual([
      '0.8',
      '0.8',
    ]);
  });

  it('shares avoided cost among bearers: housing 26,736, police 17,824, health 2,560 a year', () => {
    expect(s.partners.map((p) => exact(p.avoided))).toEqual([
      ['26736', '26736'],
      ['17824', '17824'],
      ['2560', '2560'],
    ]);
  });

  it('has BCR exactly 1.178 and benefit weights 1671/2945, 1114/2945, 32/589', () => {
    expectClose(s.headline.bcr, '1.178');
    expectClose(s.partnerSummaries[0]?.weight, '0.5674023769100169779286926994906621392190');
    expectClose(s.partnerSummaries[1]?.weight, '0.3782682512733446519524617996604414261460');
    expectClose(s.partnerSummaries[2]?.weight, '0.05432937181663837011884550084889643463497');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Contributions (golden 7, 8, 9).

describe('golden 7: contribution rules', () => {
  const e = evaluated('g7-contribution-rules.json');

  it('makes a pool of 100.00 then 100.07 (renewal cost 0.07)', () => {
    expect(exact(scenario(e, 'equal').years.map((y) => y.service))).toEqual(['100', '100.07']);
  });

  it('equal: the extra penny of 100.00 goes to a, first in model order, though c is listed first', () => {
    const s = scenario(e, 'equal');
    expect(s.partners.map((p) => pennies(p.contributions)[0])).toEqual(['33.34', '33.33', '33.33']);
  });

  it('costBorne: weights 14/17 and 3/17 over the contributors only (c bears cost but is not one)', () => {
    const s = scenario(e, 'costBorne');
    expectClose(s.partnerSummaries[0]?.weight, '0.8235294117647058823529411764705882352941');
    expectClose(s.partnerSummaries[1]?.weight, '0.1764705882352941176470588235294117647059');
    expect(s.partnerSummaries[2]?.weight?.isZero()).toBe(true);
    expect(s.partnerSummaries.map((p) => p.isContributor)).toEqual([true, true, false]);
  });

  it('benefit: a contributes nothing because nothing is avoided for a', () => {
    const s = scenario(e, 'benefit');
    expect(s.partnerSummaries.map((p) => p.weight?.toString())).toEqual(['0', '0.5', '0.5']);
  });

  it('every rule adds up to the pool in pennies each year', () => {
    for (const s of e.results.scenarios)
      s.years.forEach((row, t) => {
        const paid = s.partners.reduce(
          (total, p) => total.plus(p.contributions[t] ?? 0),
          new Dec(0),
        );
        expect(
          paid.eq(row.service.toDecimalPlaces(2, Dec.ROUND_HALF_UP)),
          `${s.scenarioId} t=${t}`,
        ).toBe(true);
      });
  });
});

describe('golden 8: offers and zero pools', () => {
  const e = evaluated('g8-offers-zero-pool.json');

  it('reports the shortfall of offers per year: 100, 100, 0', () => {
    const s = scenario(e, 'short');
    expect(exact(s.shortfall?.byYear ?? [])).toEqual(['100', '100', '0']);
    expect(s.shortfall?.total.real.eq('200')).toBe(true);
  });

  it('reports a surplus as a negative shortfall: −200, −200, 0', () => {
    expect(exact(scenario(e, 'surplus').shortfall?.byYear ?? [])).toEqual(['-200', '-200', '0']);
  });

  it('helps nobody once funding ends (version 2), though dropOffPerYear is 0', () => {
    const svc = scenario(e, 'short').services[0];
    expect(exact(svc?.effectiveness ?? [])).toEqual(['1', '1', '0']);
    expect(exact(scenario(e, 'short').years.map((y) => y.avoided))).toEqual(['100', '100', '0']);
  });

  it('gives zero contributions and no error under costBorne when the pool is zero', () => {
    const s = scenario(e, 'zeroCostBorne');
    expect(s.partners.every((p) => p.contributions.every((c) => c.isZero()))).toBe(true);
    expect(s.partnerSummaries.every((p) => p.contribution.pv.isZero())).toBe(true);
  });
});

describe('golden 9: a non-zero pool with a zero denominator', () => {
  it('is refused with a clear message for each such scenario, never NaN', () => {
    const evaluation = load('g9-zero-denominator.json');
    expect(evaluation.ok).toBe(false);
    if (evaluation.ok) return;
    expect(evaluation.problems.map((p) => p.path)).toEqual([
      'scenarios[0].contributions.rule',
      'scenarios[1].contributions.rule',
    ]);
    expect(evaluation.problems[0]?.message).toMatch(/cost borne/i);
    expect(evaluation.problems[1]?.message).toMatch(/benefit/i);
    for (const problem of evaluation.problems) expect(problem.message).not.toMatch(/NaN|Infinity/);
  });
});
