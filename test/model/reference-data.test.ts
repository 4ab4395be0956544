import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import type { ModelFile } from '../../src/model/model-file';
import { MODEL_FORMAT, MODEL_VERSION, PARTNER_KINDS } from '../../src/model/model-file';
import { HMT_PRICE_INDEX } from '../../src/model/reference/hmt-price-index';
import { PARTNER_KIND_LABELS } from '../../src/model/reference/partner-kinds';
import {
  SCENARIO_PRESETS,
  SERVICE_RENEWAL_COST_ASSUMPTION,
  scenarioFromPreset,
} from '../../src/model/reference/scenario-presets';
import {
  UCD_CREDIT,
  UNIT_COST_LIBRARY,
  findUnitCost,
} from '../../src/model/reference/unit-cost-library';

const DECIMAL = /^\d+(\.\d+)?$/;

function sumShares(shares: readonly string[]): Dec {
  return shares.reduce((total, share) => total.plus(share), new Dec(0));
}

function readExample(): ModelFile {
  const text = readFileSync(
    new URL('../../public/examples/worked-example.json', import.meta.url),
    'utf8',
  );
  return JSON.parse(text) as ModelFile;
}

describe('HM Treasury price index', () => {
  const years = Object.keys(HMT_PRICE_INDEX.values)
    .map(Number)
    .sort((a, b) => a - b);

  it('holds known values from the March 2026 release exactly', () => {
    expect(HMT_PRICE_INDEX.values[2000]).toBe('54.3697');
    expect(HMT_PRICE_INDEX.values[2008]).toBe('66.8397');
    expect(HMT_PRICE_INDEX.values[2010]).toBe('68.8561');
    expect(HMT_PRICE_INDEX.values[2016]).toBe('76.0754');
    expect(HMT_PRICE_INDEX.values[2024]).toBe('100.0000');
    expect(HMT_PRICE_INDEX.values[2026]).toBe('105.3095');
    expect(HMT_PRICE_INDEX.values[2030]).toBe('113.6416');
    expect(HMT_PRICE_INDEX.base).toBe('2024/25 = 100');
    expect(HMT_PRICE_INDEX.forecastFrom).toBe(2025);
    expect(HMT_PRICE_INDEX.release).toContain('March 2026');
  });

  it('runs from 2000 to 2030 without gaps', () => {
    expect(years).toEqual(Array.from({ length: 31 }, (_, i) => 2000 + i));
  });

  it('rises every year, as the published series does', () => {
    for (const year of years.slice(1)) {
      const value = new Dec(HMT_PRICE_INDEX.values[year] ?? 'NaN');
      const previous = new Dec(HMT_PRICE_INDEX.values[year - 1] ?? 'NaN');
      expect(value.greaterThan(previous), `${year} above ${year - 1}`).toBe(true);
    }
  });

  it('stores every value as a four-place decimal string', () => {
    for (const value of Object.values(HMT_PRICE_INDEX.values)) {
      expect(value).toMatch(/^\d+\.\d{4}$/);
    }
  });
});

describe('unit-cost library', () => {
  it('has unique, kebab-case ids and findUnitCost finds them', () => {
    const ids = UNIT_COST_LIBRARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findUnitCost(id)?.id).toBe(id);
    }
    expect(findUnitCost('no-such-cost')).toBeUndefined();
  });

  it.each(UNIT_COST_LIBRARY.map((entry) => [entry.id, entry] as const))(
    '%s is complete and priced in a year the index covers',
    (_id, entry) => {
      expect(entry.name.trim()).not.toBe('');
      expect(entry.source.trim()).not.toBe('');
      expect(entry.unit.trim()).not.toBe('');
      expect(entry.bearerLabel.trim()).not.toBe('');
      expect(entry.unitCost).toMatch(DECIMAL);
      expect(new Dec(entry.unitCost).greaterThan(0)).toBe(true);
      expect(HMT_PRICE_INDEX.values[entry.priceYear]).toBeDefined();
    },
  );

  it.each(UNIT_COST_LIBRARY.map((entry) => [entry.id, entry] as const))(
    '%s suggests bearers of unique kinds whose shares sum to exactly 1',
    (_id, entry) => {
      expect(entry.bearers.length).toBeGreaterThan(0);
      const kinds = entry.bearers.map((bearer) => bearer.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
      for (const bearer of entry.bearers) {
        expect(PARTNER_KINDS).toContain(bearer.kind);
        expect(bearer.share).toMatch(DECIMAL);
        expect(new Dec(bearer.share).greaterThan(0)).toBe(true);
      }
      expect(sumShares(entry.bearers.map((bearer) => bearer.share)).equals(1)).toBe(true);
    },
  );

  it('credits the Unit Cost Database on every figure taken from it', () => {
    const ucd = UNIT_COST_LIBRARY.filter((entry) =>
      entry.source.startsWith('GMCA / New Economy Unit Cost Database'),
    );
    expect(ucd.length).toBeGreaterThan(20);
    for (const entry of ucd) expect(entry.credit).toBe(UCD_CREDIT);
    for (const entry of UNIT_COST_LIBRARY.filter((e) => !ucd.includes(e))) {
      expect(entry.credit).toBeNull();
    }
  });

  it('transcribes key figures with their price years', () => {
    expect(findUnitCost('da-incident-all-services')).toMatchObject({
      unitCost: '2470',
      priceYear: 2008,
      confidence: 'amber',
    });
    expect(findUnitCost('ta-bed-and-breakfast')).toMatchObject({
      unitCost: '334.95',
      priceYear: 2010,
      unit: 'household per week',
    });
    expect(findUnitCost('homelessness-application-family')).toMatchObject({
      unitCost: '2501',
      priceYear: 2010,
    });
    expect(findUnitCost('adult-depression')?.bearers).toEqual([
      { kind: 'health', share: '0.9' },
      { kind: 'council', share: '0.1' },
    ]);
    expect(findUnitCost('care-order-application')).toMatchObject({
      unitCost: '25000',
      priceYear: 2005,
    });
    expect(findUnitCost('idva-high-risk-case')).toMatchObject({ unitCost: '500', priceYear: 2011 });
    expect(findUnitCost('refuge-room-week')).toMatchObject({ unitCost: '300', priceYear: 2016 });
  });

  it('the per-incident parts add up to the all-public-services total', () => {
    const parts = [
      'da-incident-health',
      'da-incident-criminal-justice',
      'da-incident-police',
      'da-incident-childrens-social-care',
      'da-incident-housing',
    ].map((id) => findUnitCost(id)?.unitCost ?? 'NaN');
    expect(sumShares(parts).equals(findUnitCost('da-incident-all-services')?.unitCost ?? 0)).toBe(
      true,
    );
  });

  it('warns against double counting on per-incident and per-victim figures', () => {
    for (const entry of UNIT_COST_LIBRARY) {
      if (entry.id.startsWith('da-incident-') || entry.id.startsWith('da-victim-')) {
        expect(entry.warning, entry.id).not.toBeNull();
      }
    }
    expect(findUnitCost('da-incident-police')?.warning).toMatch(/arrest or court/);
    expect(findUnitCost('da-victim-police')?.warning).toMatch(/never add to per-incident/);
    expect(findUnitCost('arrest-detained')?.warning).toMatch(/per-incident/);
  });

  it('leaves costs that are not public services to no partner', () => {
    for (const id of ['da-incident-lost-output', 'da-incident-human-harm', 'da-victim-all-costs']) {
      const entry = findUnitCost(id);
      expect(entry?.bearers).toEqual([{ kind: 'other', share: '1' }]);
      expect(entry?.warning).toMatch(/Not a public-service cost/);
    }
  });
});

describe('partner kind labels', () => {
  it('labels every kind', () => {
    for (const kind of PARTNER_KINDS) expect(PARTNER_KIND_LABELS[kind].trim()).not.toBe('');
    expect(PARTNER_KIND_LABELS['childrens-services']).toBe("Children's services");
  });
});

describe('scenario presets', () => {
  it('has the four presets', () => {
    expect(SCENARIO_PRESETS.map((preset) => preset.id)).toEqual([
      'one-year-grants',
      'three-year',
      'five-year',
      'one-year-pilot',
    ]);
  });

  it.each(SCENARIO_PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s states an assumption for every value that is not neutral',
    (_id, preset) => {
      const nonNeutral =
        (preset.renewalGapMonths > 0 ? 1 : 0) +
        (preset.rampRestartsOnRenewal ? 1 : 0) +
        (new Dec(preset.effectiveness).lessThan(1) ? 1 : 0);
      expect(preset.assumptions.length).toBeGreaterThanOrEqual(nonNeutral);
      for (const text of preset.assumptions) expect(text).toMatch(/assumption/);
      expect(new Dec(preset.effectiveness).greaterThan(0)).toBe(true);
      expect(new Dec(preset.effectiveness).lessThanOrEqualTo(1)).toBe(true);
      expect(preset.renewalGapMonths).toBeGreaterThanOrEqual(0);
      expect(preset.renewalGapMonths).toBeLessThanOrEqual(11);
    },
  );

  it('makes scenarios funded for the horizon, or one year for the pilot', () => {
    for (const preset of SCENARIO_PRESETS) {
      const scenario = scenarioFromPreset(preset, 10);
      expect(scenario.id).toBe(preset.id);
      expect(scenario.fundedYears).toBe(preset.id === 'one-year-pilot' ? 1 : 10);
      expect(scenario.contractYears).toBe(preset.contractYears);
      expect(scenario.effectiveness).toBe(preset.effectiveness);
    }
    const fiveYear = SCENARIO_PRESETS.find((preset) => preset.id === 'five-year');
    expect(fiveYear).toBeDefined();
    expect(scenarioFromPreset(fiveYear!, 7, 'mine')).toMatchObject({ id: 'mine', fundedYears: 7 });
  });

  it('explains that a renewal cost is an assumption', () => {
    expect(SERVICE_RENEWAL_COST_ASSUMPTION).toMatch(/assumption/);
  });
});

describe('worked example', () => {
  const model = readExample();
  const partnerIds = new Set(model.partners.map((partner) => partner.id));
  const streamIds = new Set(model.streams.map((stream) => stream.id));
  const lineIds = new Set(model.costLines.map((line) => line.id));

  it('is a version 1 model file for a fictional area', () => {
    expect(model.format).toBe(MODEL_FORMAT);
    expect(model.version).toBe(MODEL_VERSION);
    expect(model.area).toMatch(/fictional/i);
    expect(model.notes).toMatch(/illustrative/i);
    expect(model).toMatchObject({ startYear: 2026, horizonYears: 10, priceBaseYear: 2026 });
    expect(model.priceIndex).toBeUndefined();
  });

  it('has 6 to 8 partners and 2 or 3 streams with five years of history', () => {
    expect(model.partners.length).toBeGreaterThanOrEqual(6);
    expect(model.partners.length).toBeLessThanOrEqual(8);
    expect(partnerIds.size).toBe(model.partners.length);
    expect(model.streams.length).toBeGreaterThanOrEqual(2);
    expect(model.streams.length).toBeLessThanOrEqual(3);
    expect(streamIds.size).toBe(model.streams.length);
    for (const stream of model.streams) {
      expect(stream.history.map((point) => point.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
      for (const point of stream.history) expect(point.count).toMatch(DECIMAL);
    }
  });

  it('has 8 to 12 cost lines that reference real streams and partners', () => {
    expect(model.costLines.length).toBeGreaterThanOrEqual(8);
    expect(model.costLines.length).toBeLessThanOrEqual(12);
    expect(lineIds.size).toBe(model.costLines.length);
    for (const line of model.costLines) {
      expect(streamIds.has(line.stream), line.id).toBe(true);
      for (const bearer of line.bearers) expect(partnerIds.has(bearer.partner), line.id).toBe(true);
      expect(sumShares(line.bearers.map((bearer) => bearer.share)).equals(1), line.id).toBe(true);
      expect(line.rate).toMatch(DECIMAL);
      expect(line.unitCost).toMatch(DECIMAL);
      expect(HMT_PRICE_INDEX.values[line.priceYear ?? model.priceBaseYear]).toBeDefined();
    }
  });

  it('copies its unit costs from the library', () => {
    for (const line of model.costLines) {
      const entry = UNIT_COST_LIBRARY.find((candidate) => candidate.name === line.name);
      expect(entry, line.name).toBeDefined();
      expect(line).toMatchObject({
        unitCost: entry?.unitCost,
        priceYear: entry?.priceYear,
        unit: entry?.unit,
        source: entry?.source,
      });
    }
  });

  it('models a mother and children made homeless as an application and temporary accommodation', () => {
    const names = model.costLines.map((line) => line.name);
    expect(names).toContain(findUnitCost('homelessness-application-family')?.name);
    expect(names.some((name) => name.startsWith('Temporary accommodation'))).toBe(true);
  });

  it('respects the double-counting warnings', () => {
    const names = new Set(model.costLines.map((line) => line.name));
    const has = (id: string): boolean => names.has(findUnitCost(id)?.name ?? '');
    expect(has('da-incident-all-services')).toBe(false);
    expect(has('da-incident-housing')).toBe(false);
    expect(has('da-incident-childrens-social-care')).toBe(false);
    if (has('da-incident-police')) {
      expect(has('arrest-detained')).toBe(false);
      expect(has('court-event-violence')).toBe(false);
    }
  });

  it('has services whose effects name real targets with reductions in [0, 1]', () => {
    expect(model.services.length).toBeGreaterThanOrEqual(2);
    for (const service of model.services) {
      for (const effect of service.effects) {
        const target =
          'costLine' in effect ? lineIds.has(effect.costLine) : streamIds.has(effect.stream);
        expect(target, service.id).toBe(true);
        expect(new Dec(effect.reduction).greaterThanOrEqualTo(0)).toBe(true);
        expect(new Dec(effect.reduction).lessThanOrEqualTo(1)).toBe(true);
      }
    }
  });

  it('has one scenario per preset with varied contribution rules', () => {
    expect(model.scenarios.map((scenario) => scenario.id)).toEqual(
      SCENARIO_PRESETS.map((preset) => preset.id),
    );
    for (const scenario of model.scenarios) {
      expect(scenario.fundedYears).toBe(scenario.id === 'one-year-pilot' ? 1 : model.horizonYears);
      const contributions = scenario.contributions;
      for (const id of contributions?.contributors ?? []) expect(partnerIds.has(id)).toBe(true);
      for (const offer of contributions?.offers ?? [])
        expect(partnerIds.has(offer.partner)).toBe(true);
    }
    const rules = new Set(model.scenarios.map((scenario) => scenario.contributions?.rule));
    expect(rules).toEqual(new Set(['costBorne', 'equal', 'benefit', 'offers']));
  });
});
