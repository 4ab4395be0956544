/** A new model: blank, or the worked example's structure with every local figure cleared. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { blankModel, templateModel } from '../../src/model/reference/model-templates';
import { readModel } from '../../src/model/read-model';

const example = JSON.parse(
  readFileSync(new URL('../../public/examples/worked-example.json', import.meta.url), 'utf8'),
) as ModelFile;

describe('a new model', () => {
  it('starts blank with the example’s years and rates and nothing else', () => {
    const blank = blankModel(example);
    expect(blank).toMatchObject({
      title: 'New model',
      startYear: 2026,
      horizonYears: 10,
      priceBaseYear: 2026,
      discountRate: '0.035',
      partners: [],
      streams: [],
      costLines: [],
      services: [],
      scenarios: [],
    });
  });

  it('keeps the example’s structure and clears every local figure', () => {
    const template = templateModel(example);
    expect(template.partners.map((p) => p.id)).toEqual(example.partners.map((p) => p.id));
    expect(template.partners[0]?.name).toBe('Council');
    expect(template.partners.at(-1)?.kind).toBe('society');
    expect(template.streams.every((s) => s.history.length === 0)).toBe(true);
    expect(template.costLines.map((l) => l.rate)).toEqual(example.costLines.map(() => '0'));
    // Published unit costs stay, with their sources.
    expect(template.costLines.map((l) => l.unitCost)).toEqual(
      example.costLines.map((l) => l.unitCost),
    );
    for (const service of template.services) {
      expect([service.annualCost, service.setupCost, service.renewalCost]).toEqual(['0', '0', '0']);
      expect(service.reach).toBeUndefined();
      expect(service.effects.every((e) => e.reduction === '0')).toBe(true);
    }
    const pilot = template.scenarios.find((s) => s.id === 'one-year-pilot');
    expect(pilot?.contributions?.offers?.every((o) => o.annual === '0')).toBe(true);
  });

  it('asks only for caseload history before it can be calculated', () => {
    const read = readModel(templateModel(example));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    // The three caseloads follow a linear trend, which needs at least two years of history each.
    expect(read.problems.map((p) => p.path)).toEqual([
      'streams[0].trend.method',
      'streams[1].trend.method',
      'streams[2].trend.method',
    ]);
  });
});
