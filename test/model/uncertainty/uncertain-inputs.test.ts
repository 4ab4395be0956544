/**
 * The list of uncertain inputs (src/model/uncertainty/uncertain-inputs.ts): default ranges by confidence,
 * the stable order and keys, ranges the user saved, and withInput replacing exactly one figure.
 */
import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/model/calculate';
import { Dec } from '../../../src/model/decimal';
import { findUnitCost } from '../../../src/model/reference/unit-cost-library';
import {
  defaultRange,
  uncertainInputs,
  withInput,
} from '../../../src/model/uncertainty/uncertain-inputs';
import { linearModelFile, modelOf, workedExampleFile } from './uncertainty-models';

const d = (x: string | number) => new Dec(x);
const text = (x: Dec | null) => x?.toString() ?? null;

describe('defaultRange', () => {
  it.each([
    // £420 rated amber: 420 × 0.25 = 105, so 315 to 525.
    ['420', 'amber', '315', '525'],
    // Green: 420 × 0.1 = 42, so 378 to 462.
    ['420', 'green', '378', '462'],
    // Red and not rated: ± half, 210 to 630.
    ['420', 'red', '210', '630'],
    ['420', 'not rated', '210', '630'],
  ] as const)('%s rated %s runs from %s to %s', (value, confidence, low, high) => {
    const range = defaultRange(d(value), confidence, d(0), null);
    expect([range.low.toString(), range.high.toString()]).toEqual([low, high]);
  });

  it('is clipped to the figure’s min and max', () => {
    // A coverage of 0.8 ± 0.4 would reach 1.2: held at 1.
    const coverage = defaultRange(d('0.8'), 'not rated', d(0), d(1));
    expect([coverage.low.toString(), coverage.high.toString()]).toEqual(['0.4', '1']);
  });

  it('spreads a negative growth by its size, and gives a figure of 0 no width', () => {
    // −4% ± 2%: −6% to −2%.
    const fall = defaultRange(d('-0.04'), 'not rated', d('-0.99'), d(1));
    expect([fall.low.toString(), fall.high.toString()]).toEqual(['-0.06', '-0.02']);
    const zero = defaultRange(d(0), 'not rated', d(0), d(1));
    expect([zero.low.toString(), zero.high.toString()]).toEqual(['0', '0']);
  });
});

describe('uncertainInputs', () => {
  it('lists lines, streams, effects and reach, services, then scenarios, with stable keys', () => {
    const inputs = uncertainInputs(modelOf(linearModelFile()));
    expect(inputs.map((i) => `${i.key} ${i.kind}`)).toEqual([
      'costLine:l:unitCost unitCost',
      'costLine:l:rate rate',
      'costLine:e:unitCost unitCost',
      'costLine:e:rate rate',
      'stream:s:growth growth',
      'effect:v:stream:s:reduction reduction',
      'effect:v:stream:s:deadweight deadweight',
      'effect:v:stream:s:attribution attribution',
      'reach:v:s:coverage coverage',
      'service:v:annualCost serviceCost',
      'scenario:a:effectiveness effectiveness',
    ]);
    // Typed-in lines are not rated: ±50%. Unit cost 1,000: 500 to 1,500; attribution 1: 0.5 to 1.
    const byKey = new Map(inputs.map((i) => [i.key, i]));
    const unitCost = byKey.get('costLine:l:unitCost');
    expect([
      unitCost?.confidence,
      text(unitCost?.low ?? null),
      text(unitCost?.high ?? null),
    ]).toEqual(['not rated', '500', '1500']);
    const attribution = byKey.get('effect:v:stream:s:attribution');
    expect([text(attribution?.low ?? null), text(attribution?.high ?? null)]).toEqual(['0.5', '1']);
    expect([text(attribution?.min ?? null), text(attribution?.max ?? null)]).toEqual(['0', '1']);
    expect(inputs.every((i) => i.isDefault)).toBe(true);
  });

  it('rates a unit cost taken unchanged from the library by its entry', () => {
    const inputs = uncertainInputs(modelOf(workedExampleFile()));
    const police = inputs.find((i) => i.key === 'costLine:police:unitCost');
    // The worked example's police line is the library's "da-incident-police" entry, £415.
    expect(police?.confidence).toBe(findUnitCost('da-incident-police')?.confidence);
    expect(police?.confidence).toBe('amber');
    // Amber: 415 × 0.25 = 103.75, so 311.25 to 518.75.
    expect([text(police?.low ?? null), text(police?.high ?? null)]).toEqual(['311.25', '518.75']);
    // The rate of the same line is the partnership's own figure: not rated.
    expect(inputs.find((i) => i.key === 'costLine:police:rate')?.confidence).toBe('not rated');
  });

  it('uses a range the user saved in place of the default', () => {
    const file = {
      ...linearModelFile(),
      uncertainty: { ranges: [{ input: 'costLine:l:unitCost', low: '900', high: '1300' }] },
    };
    const input = uncertainInputs(modelOf(file)).find((i) => i.key === 'costLine:l:unitCost');
    expect([text(input?.low ?? null), text(input?.high ?? null), input?.isDefault]).toEqual([
      '900',
      '1300',
      false,
    ]);
  });
});

describe('withInput', () => {
  it('replaces one figure and leaves the model it came from alone', () => {
    const model = modelOf(linearModelFile());
    const changed = withInput(model, 'service:v:annualCost', d(30000));
    expect(changed.services[0]?.annualCost.toString()).toBe('30000');
    expect(model.services[0]?.annualCost.toString()).toBe('20000');
    expect(changed.costLines).toBe(model.costLines);
    const again = uncertainInputs(changed).find((i) => i.key === 'service:v:annualCost');
    expect(again?.value.toString()).toBe('30000');
  });

  it('throws on a key the model does not have', () => {
    expect(() => withInput(modelOf(linearModelFile()), 'costLine:nope:unitCost', d(1))).toThrow(
      /no uncertain input/,
    );
  });

  it('changes a compound trend’s growth, scaling year t’s caseload by ((1 + g′)/(1 + g))^t', () => {
    const model = modelOf(workedExampleFile());
    const key = 'stream:marac:growth';
    const growth = uncertainInputs(model).find((i) => i.key === key)?.value ?? d(0);
    // Doubling (1 + g): year 0 unchanged, year 1 twice, year 2 four times, as projected.
    const changed = withInput(model, key, growth.plus(1).times(2).minus(1));
    const before = calculate(model);
    const after = calculate(changed);
    if (!before.ok || !after.ok) throw new Error('The worked example should calculate.');
    const caseload = (r: typeof before.results, t: number) =>
      r.doNothing.streams.find((s) => s.streamId === 'marac')?.caseloads[t] ?? d(0);
    [0, 1, 2, 9].forEach((t) => {
      const ratio = caseload(after.results, t).div(caseload(before.results, t));
      expect(
        ratio
          .minus(2 ** t)
          .abs()
          .lt('1e-20'),
      ).toBe(true);
    });
    // And the refitted trend reports the new growth.
    const refitted = uncertainInputs(changed).find((i) => i.key === key)?.value ?? d(0);
    expect(refitted.minus(growth.plus(1).times(2).minus(1)).abs().lt('1e-20')).toBe(true);
  });
});
