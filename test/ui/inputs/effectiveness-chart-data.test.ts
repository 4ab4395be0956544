import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { readModel } from '../../../src/model/read-model';
import { calculate } from '../../../src/model/calculate';
import type { Scenario } from '../../../src/model/model';
import { effectivenessChartData, yearTicks } from '../../../src/ui/inputs/effectiveness-chart-data';
import { effectivenessSummary } from '../../../src/ui/inputs/effectiveness-chart-summary';
import { workedExample } from '../render-with-store';

const d = (values: string[]) => values.map((v) => new Dec(v));

type ContractTerms = Pick<
  Scenario,
  'fundedYears' | 'contractYears' | 'renewalGapMonths' | 'rampRestartsOnRenewal'
>;
/** A validated scenario with these contract terms; the summary reads nothing else. */
const withTerms = (terms: ContractTerms): Scenario => ({
  id: 'scenario',
  name: 'Scenario',
  effectiveness: new Dec(1),
  contributions: { rule: 'equal', contributors: [], shares: [], offers: [] },
  ...terms,
});

describe('effectivenessChartData', () => {
  it('makes one row per month with each service as a percentage, labelled by financial year', () => {
    const monthly = [...d(Array.from({ length: 12 }, () => '0.5')), ...d(['0.9', '0.123456'])];
    const rows = effectivenessChartData(
      [
        { serviceId: 'idva', monthlyEffectiveness: monthly },
        { serviceId: 'perp', monthlyEffectiveness: d(['1']) },
      ],
      2026,
    );
    expect(rows).toHaveLength(14);
    // Keys are places in the list: idva is s0, perp is s1. 0.123456 × 100 = 12.3456, to 2 places 12.35.
    expect(rows[0]).toEqual({ month: 0, label: '2026/27', s0: 50, s1: 100 });
    expect(rows[12]).toEqual({ month: 12, label: '2027/28', s0: 90, s1: 0 });
    expect(rows[13]?.s0).toBe(12.35);
  });

  it('keeps a line for services whose ids are month, label, __proto__ or constructor', () => {
    const ids = ['month', '__proto__', 'constructor', 'label'];
    // Each service at its own flat level: 0.1 → 10%, 0.2 → 20%, 0.3 → 30%, 0.4 → 40%.
    const rows = effectivenessChartData(
      ids.map((serviceId, k) => ({
        serviceId,
        monthlyEffectiveness: d([`0.${k + 1}`, `0.${k + 1}`]),
      })),
      2026,
    );
    expect(rows).toHaveLength(2);
    // month and label are still the row's own; nothing was written to a prototype.
    expect(rows[1]).toEqual({ month: 1, label: '2026/27', s0: 10, s1: 20, s2: 30, s3: 40 });
    expect(Object.getPrototypeOf(rows[1])).toBe(Object.prototype);
    expect(Object.keys(rows[0] ?? {})).toEqual(['month', 'label', 's0', 's1', 's2', 's3']);
  });

  it('returns no rows when there are no services', () => {
    expect(effectivenessChartData([], 2026)).toEqual([]);
  });

  it('puts a tick at the start of each year', () => {
    expect(yearTicks(3)).toEqual([0, 12, 24]);
  });

  it('shows the gaps and restarts of yearly grants in the worked example', () => {
    const read = readModel(workedExample());
    if (!read.ok) throw new Error('invalid');
    const calculated = calculate(read.model);
    if (!calculated.ok) throw new Error('failed');
    const annual = calculated.results.scenarios.find((s) => s.scenarioId === 'one-year-grants');
    const rows = effectivenessChartData(annual?.services ?? [], 2026);
    // IDVA (the first service, s0) ramps over 6 months at 90% effectiveness: month i (from 0) runs at
    // 0.9 × min(1, (i + 1) / 6), so month 0 is 15% and months 5 to 11 are 90%. The year-2 contract
    // starts at month 12 but runs only after its 2-month gap: months 12 and 13 are 0 (a service that
    // is not running helps no new cases). The ramp then restarts: month 14 is 0.9 × 1/6 = 15%, month
    // 15 is 0.9 × 2/6 = 30%.
    expect(annual?.services[0]?.serviceId).toBe('idva');
    expect(rows[0]?.s0).toBe(15);
    expect(rows[5]?.s0).toBe(90);
    expect(rows[11]?.s0).toBe(90);
    expect(rows[12]?.s0).toBe(0);
    expect(rows[13]?.s0).toBe(0);
    expect(rows[14]?.s0).toBe(15);
    expect(rows[15]?.s0).toBe(30);
  });
});

describe('effectivenessSummary', () => {
  const base = { name: 'IDVA', startYear: 2026, horizonYears: 3 };

  it('says how fast the service builds up, the gaps, the restarts and that funding lasts', () => {
    const text = effectivenessSummary({
      ...base,
      scenario: withTerms({
        fundedYears: 3,
        contractYears: 1,
        renewalGapMonths: 2,
        rampRestartsOnRenewal: true,
      }),
      monthly: d(['0.15', '0.3', '0.45', '0.6', '0.75', '0.9', '0.9']),
    });
    expect(text).toBe(
      'IDVA: reaches 90% after 6 months, stops, helping no new cases, during each 2-month gap between contracts (2 renewals), builds up again after each renewal and is funded to the end of 2028/29.',
    );
  });

  it('says when funding ends and that the service helps no new cases after it', () => {
    const text = effectivenessSummary({
      ...base,
      scenario: withTerms({
        fundedYears: 1,
        contractYears: 1,
        renewalGapMonths: 0,
        rampRestartsOnRenewal: false,
      }),
      // Funded for the first year only: the operating level is 0 once the money stops.
      monthly: d(['1', '1', '0', '0']),
    });
    expect(text).toBe(
      "IDVA: works at 100% from its first month and stops when funding ends in 2026/27, helping no new cases after that (those already helped keep benefiting for the service's benefit years).",
    );
  });

  it('says when a scenario funds nothing', () => {
    const text = effectivenessSummary({
      ...base,
      scenario: withTerms({
        fundedYears: 0,
        contractYears: 1,
        renewalGapMonths: 0,
        rampRestartsOnRenewal: false,
      }),
      monthly: d(['0', '0']),
    });
    expect(text).toBe('IDVA: not funded in this scenario, so it has no effect.');
  });
});
