import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import {
  MODEL_FORMAT,
  type ModelFile,
  MODEL_VERSION,
  PARTNER_KINDS,
  VALUE_TYPES,
  type ValueType,
} from '../../src/model/model-file';
import { HMT_PRICE_INDEX } from '../../src/model/reference/hmt-price-index';
import { PARTNER_KIND_LABELS } from '../../src/model/reference/partner-kinds';
import {
  SCENARIO_PRESETS,
  SERVICE_RENEWAL_COST_ASSUMPTION,
  scenarioFromPreset,
} from '../../src/model/reference/scenario-presets';
import {
  OFFERED_UNIT_COSTS,
  PER_INCIDENT_MEANING,
  UCD_CREDIT,
  UNIT_COST_LIBRARY,
  findUnitCost,
  isSuperseded,
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
    // By hand: 1,171 + 581 + 415 + 193 + 110 = 2,470.
    const parts = [
      'da-incident-health',
      'da-incident-justice-and-civil-legal-aid',
      'da-incident-police',
      'da-incident-childrens-social-care',
      'da-incident-housing',
    ].map((id) => findUnitCost(id)?.unitCost ?? 'NaN');
    expect(parts).toEqual(['1171', '581', '415', '193', '110']);
    expect(sumShares(parts).toString()).toBe('2470');
    expect(findUnitCost('da-incident-all-services')?.unitCost).toBe('2470');
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
});

describe('unit-cost library, corrected against the UCD v1.4 workbook', () => {
  const NON_FISCAL: Record<string, ValueType> = {
    'da-incident-lost-output': 'economic',
    'da-incident-economic': 'economic',
    'da-incident-human-harm': 'social',
    'da-victim-all-costs': 'social',
  };

  it('gives every entry a value type: economic and social only where the UCD or Home Office say so', () => {
    for (const entry of UNIT_COST_LIBRARY) {
      expect(VALUE_TYPES, entry.id).toContain(entry.valueType);
      expect(entry.valueType, entry.id).toBe(NON_FISCAL[entry.id] ?? 'fiscal');
    }
  });

  it('lets society bear economic and social values, never cashable', () => {
    for (const id of Object.keys(NON_FISCAL)) {
      const entry = findUnitCost(id);
      expect(entry?.bearers, id).toEqual([{ kind: 'society', share: '1' }]);
      expect(entry?.cashable, id).toBe(false);
    }
    for (const entry of UNIT_COST_LIBRARY) {
      if (entry.cashable) expect(entry.valueType, entry.id).toBe('fiscal');
      if (entry.valueType === 'fiscal') {
        expect(
          entry.bearers.map((b) => b.kind),
          entry.id,
        ).not.toContain('society');
      }
    }
  });

  it('names CR2.0 economic £1,473 as the economic cost to victims and employers', () => {
    const entry = findUnitCost('da-incident-economic');
    expect(entry).toMatchObject({
      name: 'Domestic abuse incident: economic cost to victims and employers',
      unitCost: '1473',
      priceYear: 2008,
      unit: 'incident',
      valueType: 'economic',
      confidence: 'amber',
      ucdCode: 'CR2.0',
    });
    // Victims 818 + employers 655 = 1,473; of it about 156 is not lost output (civil legal costs and others).
    expect(entry?.source).toMatch(/victims 818 and employers 655/);
    expect(entry?.source).toMatch(/156/);
    expect(entry?.warning).toMatch(/never the financial case/);
    expect(findUnitCost('da-incident-lost-output')?.supersededBy).toBe('da-incident-economic');
  });

  it('keeps CR2.0 £6,795 as social value', () => {
    expect(findUnitCost('da-incident-human-harm')).toMatchObject({
      unitCost: '6795',
      priceYear: 2008,
      valueType: 'social',
      cashable: false,
    });
  });

  it('keeps the Home Office all-costs figure out of any financial case', () => {
    const entry = findUnitCost('da-victim-all-costs');
    expect(entry).toMatchObject({ unitCost: '34015', priceYear: 2016, confidence: 'not rated' });
    // Harms 47.3 + lost output 14.1 = 61.4 of 66.2 (£bn); services 4.7 / 66.2 = 7.1%.
    expect(entry?.warning).toMatch(/Never use it in a financial case/);
    expect(entry?.warning).toMatch(/about 7%/);
  });

  it('says CR2.0.2 criminal justice includes civil legal aid', () => {
    const entry = findUnitCost('da-incident-justice-and-civil-legal-aid');
    expect(entry).toMatchObject({
      name: 'Domestic abuse incident: criminal justice excluding police, and civil legal aid',
      unitCost: '581',
      priceYear: 2008,
      unit: 'incident',
      ucdCode: 'CR2.0.2',
      valueType: 'fiscal',
    });
    expect(entry?.source).toMatch(/civil legal aid \(about £132\)/);
    expect(findUnitCost('da-incident-criminal-justice')?.supersededBy).toBe(
      'da-incident-justice-and-civil-legal-aid',
    );
  });

  it('says what "per incident" means on every per-incident figure', () => {
    for (const entry of OFFERED_UNIT_COSTS.filter((e) => e.id.startsWith('da-incident-'))) {
      expect(entry.warning, entry.id).toContain(PER_INCIDENT_MEANING);
    }
    expect(PER_INCIDENT_MEANING).toMatch(/average over all incidents/);
    expect(PER_INCIDENT_MEANING).toMatch(/never reported/);
    expect(PER_INCIDENT_MEANING).toMatch(/understates/);
  });

  it('puts private-sector leased accommodation on the local authority alone', () => {
    expect(findUnitCost('ta-private-sector-leased')?.bearers).toEqual([
      { kind: 'housing', share: '1' },
    ]);
  });

  it('offers both adult depression figures', () => {
    expect(findUnitCost('adult-depression')).toMatchObject({
      unitCost: '1354.84',
      priceYear: 2007,
      confidence: 'amber',
    });
    expect(findUnitCost('adult-depression')?.warning).toMatch(/all adults with depression/);
    expect(findUnitCost('adult-depression-in-contact')).toMatchObject({
      name: 'Adult depression, service cost (adults in contact with services)',
      unitCost: '2085',
      priceYear: 2007,
      unit: 'person per year',
      confidence: 'amber',
      ucdCode: 'HE11.3',
    });
    const offered = OFFERED_UNIT_COSTS.map((e) => e.id);
    expect(offered).toContain('adult-depression');
    expect(offered).toContain('adult-depression-in-contact');
  });

  it('calls the refuge £300 a week housing benefit per room', () => {
    expect(findUnitCost('refuge-room-week')?.supersededBy).toBe('refuge-housing-benefit');
    const entry = findUnitCost('refuge-housing-benefit');
    expect(entry).toMatchObject({
      name: 'Refuge room: housing benefit',
      unitCost: '300',
      priceYear: 2016,
      unit: 'room per week',
      confidence: 'not rated',
    });
    expect(entry?.source).toMatch(/housing benefit paid per refuge room/);
    expect(entry?.source).toMatch(/not the full rent and service charge/);
  });

  it('labels the IDVA price year 2011/12 an assumption', () => {
    const entry = findUnitCost('idva-high-risk-case');
    expect(entry).toMatchObject({ priceYear: 2011, priceYearAssumed: true });
    expect(entry?.warning).toMatch(/2011\/12 is an assumption/);
    for (const other of UNIT_COST_LIBRARY.filter((e) => e.id !== 'idva-high-risk-case')) {
      expect(other.priceYearAssumed, other.id).toBeUndefined();
    }
  });

  it('adds the missing UCD figures', () => {
    expect(findUnitCost('child-in-need-protection-plan')).toMatchObject({
      unitCost: '1864',
      priceYear: 2008,
      unit: 'episode',
      valueType: 'fiscal',
    });
    expect(findUnitCost('ta-council-stock')).toMatchObject({
      unitCost: '98',
      priceYear: 2010,
      unit: 'household per week',
      ucdCode: 'HO4.2',
      confidence: 'amber',
      cashable: true,
    });
    expect(findUnitCost('ta-housing-association')).toMatchObject({
      unitCost: '87',
      priceYear: 2010,
      unit: 'household per week',
      ucdCode: 'HO4.3',
      confidence: 'amber',
      cashable: true,
    });
  });

  it('rates confidence as the UCD RAG list does', () => {
    const green = [
      'foster-care-council',
      'childrens-home-council',
      'child-in-need',
      'section-47-enquiry',
      'a-and-e-attendance',
      'ambulance-call-out',
      'non-elective-inpatient',
      'gp-consultation',
      'mental-health-contact',
      'camhs-case',
      'court-event-violence',
    ];
    const amber = [
      'looked-after-child',
      'care-order-application',
      'adult-depression',
      'arrest-detained',
      'fire-response',
    ];
    // The 16 ratings the first library lacked: 11 green and 5 amber.
    expect(green.length + amber.length).toBe(16);
    for (const id of green) expect(findUnitCost(id)?.confidence, id).toBe('green');
    for (const id of amber) expect(findUnitCost(id)?.confidence, id).toBe('amber');
    for (const entry of UNIT_COST_LIBRARY) {
      if (entry.id.startsWith('da-incident-')) expect(entry.confidence, entry.id).toBe('amber');
      if (entry.ucdCode?.startsWith('HO')) expect(entry.confidence, entry.id).toBe('amber');
      if (entry.credit === null) expect(entry.confidence, entry.id).toBe('not rated');
    }
    for (const id of ['homelessness-application-family', 'ta-hostel', 'homelessness-prevented'])
      expect(findUnitCost(id)?.confidence, id).toBe('amber');
  });

  it('defaults cashability after the UCD guidance', () => {
    const cashable = [
      'ta-bed-and-breakfast',
      'ta-private-sector-leased',
      'ta-hostel',
      'ta-council-stock',
      'ta-housing-association',
      'foster-care-council',
      'childrens-home-council',
    ];
    for (const id of cashable) expect(findUnitCost(id)?.cashable, id).toBe(true);
    const notCashable = [
      'da-incident-police',
      'da-incident-health',
      'da-victim-police',
      'a-and-e-attendance',
      'gp-consultation',
      'arrest-detained',
      'fire-response',
    ];
    for (const id of notCashable) expect(findUnitCost(id)?.cashable, id).toBe(false);
  });

  it('adds up the family homelessness application, which certainly contains the decision', () => {
    // By hand: 375 + 4 × 334.95 + 477 + 230 + 79.50 = 375 + 1,339.80 + 477 + 230 + 79.50 = 2,501.30.
    const decision = findUnitCost('homelessness-decision')?.unitCost ?? 'NaN';
    const bedAndBreakfast = findUnitCost('ta-bed-and-breakfast')?.unitCost ?? 'NaN';
    const total = new Dec(decision)
      .plus(new Dec(bedAndBreakfast).times(4))
      .plus(477)
      .plus(230)
      .plus('79.50');
    expect(total.toFixed(2)).toBe('2501.30');
    const application = findUnitCost('homelessness-application-family');
    expect(application?.unitCost).toBe('2501');
    expect(application?.contains).toEqual(['homelessness-decision']);
    expect(application?.warning).toMatch(/2,501\.30/);
    // 79.50 of 2,501.30 = 0.0318 (to four places) is court-desk advice paid by the Ministry of Justice.
    expect(application?.bearers).toEqual([
      { kind: 'housing', share: '0.9682' },
      { kind: 'other', share: '0.0318' },
    ]);
    expect(findUnitCost('ta-bed-and-breakfast')?.warning).toMatch(/fifth week/);
  });

  it('records what each entry certainly contains, and says so without "may"', () => {
    expect(findUnitCost('child-in-need')?.contains).toEqual(['section-47-enquiry']);
    expect(findUnitCost('da-incident-all-services')?.contains).toEqual([
      'da-incident-health',
      'da-incident-justice-and-civil-legal-aid',
      'da-incident-criminal-justice',
      'da-incident-police',
      'da-incident-childrens-social-care',
      'da-incident-housing',
    ]);
    expect(findUnitCost('homelessness-decision')?.warning).toMatch(/^Certainly inside/);
    expect(findUnitCost('section-47-enquiry')?.warning).toMatch(/^Certainly inside/);
    expect(findUnitCost('da-incident-police')?.warning).toMatch(/^Certainly inside/);
    for (const entry of UNIT_COST_LIBRARY) {
      expect(entry.warning ?? '', entry.id).not.toMatch(/\bmay (already )?be\b/i);
      for (const id of entry.contains) {
        expect(findUnitCost(id), `${entry.id} contains ${id}`).toBeDefined();
        expect(id).not.toBe(entry.id);
        if (findUnitCost(id)?.valueType === 'fiscal') expect(entry.valueType).toBe('fiscal');
      }
    }
  });

  it('offers every entry but the three replaced ones, each pointing at its correction', () => {
    const replaced = UNIT_COST_LIBRARY.filter(isSuperseded).map((e) => [e.id, e.supersededBy]);
    expect(replaced).toEqual([
      ['da-incident-criminal-justice', 'da-incident-justice-and-civil-legal-aid'],
      ['da-incident-lost-output', 'da-incident-economic'],
      ['refuge-room-week', 'refuge-housing-benefit'],
    ]);
    for (const [, by] of replaced) {
      const correction = findUnitCost(by ?? '');
      expect(correction, by).toBeDefined();
      if (correction) expect(isSuperseded(correction)).toBe(false);
    }
    expect(OFFERED_UNIT_COSTS).toHaveLength(UNIT_COST_LIBRARY.length - 3);
    expect(OFFERED_UNIT_COSTS.some(isSuperseded)).toBe(false);
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

  it('is a model file of the current version for a fictional area', () => {
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
    // A cost certainly inside another (the s47 enquiry inside child in need, the decision inside the
    // family application) is never a line beside it.
    for (const entry of UNIT_COST_LIBRARY.filter((e) => has(e.id))) {
      for (const inside of entry.contains) {
        expect(has(inside), `${inside} is inside ${entry.id}`).toBe(false);
      }
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
