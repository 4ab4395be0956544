/**
 * The plain-number kernel against the exact engine (a different implementation): with every input at
 * today's value it reproduces each scenario's running net saving PV in both cases, year by year, within
 * one part in a million, each partner's fiscal net benefit PV within a penny a year (the engine pays
 * contributions in whole pennies; the kernel does not round), and whether each case pays back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/model/evaluate';
import { layOutKernel } from '../../../src/model/uncertainty/kernel-layout';
import {
  createWorkspace,
  evaluateDraw,
  outputOffsets,
} from '../../../src/model/uncertainty/simulation-kernel';
import { largeModel } from '../../bench/large-model';
import { handWorkedModel } from '../hand-worked-model';

const workedExample: unknown = JSON.parse(
  readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
);

const models: [string, unknown][] = [
  ['the hand-worked model', handWorkedModel()],
  ['the worked example', workedExample],
  ['the large model', largeModel()],
];

describe.each(models)('the kernel at today’s values: %s', (_, input) => {
  const evaluation = evaluateModel(input);
  if (!evaluation.ok) throw new Error('the model is invalid');
  const { model, results } = evaluation;
  const layout = layOutKernel(model);
  const out = new Float64Array(outputOffsets(layout).size);
  evaluateDraw(layout, Float64Array.from(layout.base), createWorkspace(layout), out);
  const { H, P } = layout;
  const offsets = outputOffsets(layout);

  it.each(results.scenarios.map((r, sc) => [r.scenarioId, sc] as const))(
    'reproduces %s year by year in both cases',
    (_id, sc) => {
      const result = results.scenarios[sc];
      if (!result) throw new Error('missing scenario');
      const cases = [result.financial.series, result.series];
      cases.forEach((series, c) => {
        // Measured against the larger of the year's figure and the service's PV, so a running total
        // passing through zero is compared on the scale of the money involved.
        const scale = Math.max(1, result.financial.headline.service.pv.toNumber());
        series.cumulativeNetSaving.pv.forEach((exact, t) => {
          const plain = out[(sc * 2 + c) * H + t] ?? Number.NaN;
          const tolerance = 1e-6 * Math.max(Math.abs(exact.toNumber()), scale);
          expect(Math.abs(plain - exact.toNumber())).toBeLessThanOrEqual(tolerance);
        });
      });
      expect(out[offsets.paysBack + sc * 2]).toBe(
        result.financial.paybackYears.pv === null ? 0 : 1,
      );
      expect(out[offsets.paysBack + sc * 2 + 1]).toBe(result.paybackYears.pv === null ? 0 : 1);
      result.partnerSummaries.forEach((summary, p) => {
        const plain = out[offsets.partners + sc * P + p] ?? Number.NaN;
        expect(Math.abs(plain - summary.fiscal.netBenefit.pv.toNumber())).toBeLessThanOrEqual(
          0.01 * H,
        );
      });
    },
  );
});

describe('the kernel at other values', () => {
  it('follows a changed annual cost as the hand-worked model says', () => {
    // Hand-worked model, two-year contract: avoided PV 900; service PV = 300 set-up + a + 0.8a, so the
    // net saving PV is 600 − 1.8a: at a = 400, −120. Annual grants: 348 + 1.8a (renewal 60 × 0.8 = 48),
    // net 552 − 1.8a = −168. One-year pilot: 300 + a, avoided 500: net 200 − a = −200.
    const evaluation = evaluateModel(handWorkedModel());
    if (!evaluation.ok) throw new Error('invalid');
    const layout = layOutKernel(evaluation.model);
    const x = Float64Array.from(layout.base);
    x[layout.at.annualCost] = 400;
    const out = new Float64Array(outputOffsets(layout).size);
    evaluateDraw(layout, x, createWorkspace(layout), out);
    const H = layout.H;
    expect(out[2 * 0 * H + H - 1]).toBeCloseTo(-120, 9);
    expect(out[2 * 1 * H + H - 1]).toBeCloseTo(-168, 9);
    expect(out[2 * 2 * H + H - 1]).toBeCloseTo(-200, 9);
  });

  it('follows a changed reduction, deadweight and attribution: net effect r(1 − d)a', () => {
    // Reduction 0.8, deadweight 0.25, attribution 0.5: net effect 0.3, so 300 a year avoided instead of
    // 500. Two-year contract: avoided PV 300 + 240 = 540; service PV 840; net −300.
    const evaluation = evaluateModel(handWorkedModel());
    if (!evaluation.ok) throw new Error('invalid');
    const layout = layOutKernel(evaluation.model);
    const x = Float64Array.from(layout.base);
    x[layout.at.reduction] = 0.8;
    x[layout.at.deadweight] = 0.25;
    x[layout.at.attribution] = 0.5;
    const out = new Float64Array(outputOffsets(layout).size);
    evaluateDraw(layout, x, createWorkspace(layout), out);
    expect(out[layout.H - 1]).toBeCloseTo(-300, 9);
  });

  it('names each input’s slot by the keys of uncertain-inputs.ts', () => {
    const evaluation = evaluateModel(handWorkedModel());
    if (!evaluation.ok) throw new Error('invalid');
    const { slotsOfKey, at } = layOutKernel(evaluation.model);
    expect(slotsOfKey.get('costLine:l:unitCost')).toEqual([at.unitCost]);
    expect(slotsOfKey.get('costLine:l:rate')).toEqual([at.rate]);
    expect(slotsOfKey.get('effect:v:costLine:l:reduction')).toEqual([at.reduction]);
    expect(slotsOfKey.get('effect:v:costLine:l:deadweight')).toEqual([at.deadweight]);
    expect(slotsOfKey.get('effect:v:costLine:l:attribution')).toEqual([at.attribution]);
    expect(slotsOfKey.get('service:v:annualCost')).toEqual([at.annualCost]);
    expect(slotsOfKey.get('scenario:annual:effectiveness')).toEqual([at.effectiveness + 1]);
    // A flat trend has no growth to vary.
    expect(slotsOfKey.get('stream:s:growth')).toBeUndefined();
  });
});
