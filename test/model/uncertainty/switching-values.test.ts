/**
 * Switching values (src/model/uncertainty/switching-values.ts): worked by hand on a model whose net saving
 * is a straight line in most inputs, and for every kind of input, the value put back into the model
 * through the full calculation gives a net saving of zero to the penny.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/model/calculate';
import { Dec } from '../../../src/model/decimal';
import type { Model } from '../../../src/model/model';
import { switchingValues, type SwitchingValue } from '../../../src/model/uncertainty/sensitivity';
import { INPUT_KINDS } from '../../../src/model/uncertainty/uncertain-input';
import { withInput } from '../../../src/model/uncertainty/uncertain-inputs';
import { linearModelFile, modelOf, workedExampleFile } from './uncertainty-models';

const PENNY_HALF = new Dec('0.005');

/** The net saving PV of each case with the input at its switching value, by the full calculation. */
function netSavingsAt(model: Model, scenarioId: string, key: string, value: Dec) {
  const full = calculate(withInput(model, key, value));
  if (!full.ok) throw new Error(`${key} at ${value.toString()} should calculate.`);
  const scenario = full.results.scenarios.find((s) => s.scenarioId === scenarioId);
  if (!scenario) throw new Error(`No scenario ${scenarioId}.`);
  return {
    financial: scenario.financial.headline.netSaving.pv,
    economic: scenario.headline.netSaving.pv,
  };
}

function expectZeroes(model: Model, scenarioId: string, values: readonly SwitchingValue[]) {
  for (const v of values)
    for (const which of ['financial', 'economic'] as const) {
      const switching = v[which];
      if (switching === null) continue;
      const netSaving = netSavingsAt(model, scenarioId, v.key, switching)[which];
      expect({ key: v.key, which, zero: netSaving.abs().lt(PENNY_HALF) }).toEqual({
        key: v.key,
        which,
        zero: true,
      });
    }
}

function near(x: Dec | null, expected: string | null): boolean {
  if (expected === null || x === null) return x === expected;
  return x.minus(expected).abs().lt('1e-9');
}

describe('switching values of the hand-worked model', () => {
  const model = modelOf(linearModelFile());
  const values = switchingValues(model, 'a');
  const byKey = new Map(values.map((v) => [v.key, v]));

  it.each([
    // Net saving PV = 1.8 × (avoided a year − 20,000); fiscal avoided 50,000 and economic 10,000 more.
    // Unit cost u: fiscal avoided 50u. Financial 50u = 20,000 at u = 400 (−60%); economic
    // 50u + 10,000 = 20,000 at u = 200 (−80%).
    ['costLine:l:unitCost', '400', '200'],
    // Rate r: 50,000r = 20,000 at 0.4; 50,000r + 10,000 = 20,000 at 0.2.
    ['costLine:l:rate', '0.4', '0.2'],
    // The economic line never reaches the financial case; economically 50u + 50,000 = 20,000 at u = −600,
    // below 0: none.
    ['costLine:e:unitCost', null, null],
    ['costLine:e:rate', null, null],
    // Growth g (a rate trend): year 1 has 100(1 + g) cases. Financial 30,000 + 0.8 × (50,000(1 + g) −
    // 20,000) = 54,000 + 40,000g = 0 at g = −1.35, a fall beyond 99% a year: none. Economic
    // 72,000 + 48,000g = 0 at −1.5: none.
    ['stream:s:growth', null, null],
    // Reduction ρ: 100,000ρ = 20,000 at 0.2; 120,000ρ = 20,000 at 1/6.
    ['effect:v:stream:s:reduction', '0.2', '0.16666666666666666667'],
    // Deadweight d: 50,000(1 − d) = 20,000 at 0.6; 60,000(1 − d) = 20,000 at 2/3.
    ['effect:v:stream:s:deadweight', '0.6', '0.66666666666666666667'],
    // Attribution, coverage and effectiveness a: 50,000a = 20,000 at 0.4; 60,000a = 20,000 at 1/3.
    ['effect:v:stream:s:attribution', '0.4', '0.33333333333333333333'],
    ['reach:v:s:coverage', '0.4', '0.33333333333333333333'],
    ['scenario:a:effectiveness', '0.4', '0.33333333333333333333'],
    // Service cost c: 50,000 − c = 0 at 50,000 (+150%); 60,000 − c = 0 at 60,000 (+200%).
    ['service:v:annualCost', '50000', '60000'],
  ])('%s: financial %s, economic %s', (key, financial, economic) => {
    const v = byKey.get(key);
    expect(v && [near(v.financial, financial), near(v.economic, economic)]).toEqual([true, true]);
  });

  it('says how far each switching value is from today’s, and nothing for a figure of 0', () => {
    const cost = byKey.get('costLine:l:unitCost');
    expect(cost && [cost.financialChange?.toString(), cost.economicChange?.toString()]).toEqual([
      '-0.6',
      '-0.8',
    ]);
    const service = byKey.get('service:v:annualCost');
    expect(service?.financialChange?.toString()).toBe('1.5');
    // Deadweight is 0 today: a change from 0 has no proportion.
    expect(byKey.get('effect:v:stream:s:deadweight')?.financialChange).toBeNull();
  });

  it('puts back a net saving of zero to the penny for every kind found here', () => {
    expectZeroes(model, 'a', values);
  });

  it('finds a growth that switches, and today’s value where the net saving is already zero', () => {
    // With a service of 60,000 a year: financial −10,000 + 0.8 × (50,000(1 + g) − 60,000) = −18,000 +
    // 40,000g = 0 at g = 0.45; economic 0 + 0.8 × (60,000(1 + g) − 60,000) = 48,000g, zero today (g = 0).
    const dear = modelOf(linearModelFile('60000'));
    const growth = switchingValues(dear, 'a').find((v) => v.key === 'stream:s:growth');
    expect(growth && [near(growth.financial, '0.45'), near(growth.economic, '0')]).toEqual([
      true,
      true,
    ]);
    expect(growth?.economicChange).toBeNull();
    if (growth) expectZeroes(dear, 'a', [growth]);
  });
});

describe('switching values of the worked example', () => {
  const model = modelOf(workedExampleFile());
  const values = switchingValues(model, 'five-year');

  it('finds a switching value of every kind, each giving a net saving of zero to the penny', () => {
    const kinds = new Set(
      values.filter((v) => v.financial !== null || v.economic !== null).map((v) => v.kind),
    );
    expect([...kinds].sort()).toEqual([...INPUT_KINDS].sort());
    // The compound trend of high-risk cases is among them.
    expect(values.find((v) => v.key === 'stream:marac:growth')?.financial).not.toBeNull();
    expectZeroes(model, 'five-year', values);
  });

  it('gives none for another scenario’s effectiveness', () => {
    expect(values.some((v) => v.key === 'scenario:three-year:effectiveness')).toBe(false);
  });
});
