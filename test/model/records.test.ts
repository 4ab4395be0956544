/**
 * Each record's blank factory (src/model/records/) makes what the screens add, and its defaults are the
 * values the reader fills in for fields a file leaves out.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { createCostLine, soleBearer } from '../../src/model/records/cost-line';
import { createPartner } from '../../src/model/records/partner';
import { createScenario } from '../../src/model/records/scenario';
import { createService } from '../../src/model/records/service';
import { createStream } from '../../src/model/records/stream';
import { writeModelFile } from '../../src/model/write-model';
import { validModel } from '../fixtures/valid-model';

function canonical(file: ModelFile): ModelFile {
  const read = readModel(file);
  if (!read.ok) throw new Error(`Not a valid model: ${JSON.stringify(read.problems)}`);
  return writeModelFile(read.model);
}

describe('blank records', () => {
  it('a service costs nothing, starts at full strength, helps for one year and has no effects', () => {
    expect(createService('service-2')).toEqual({
      id: 'service-2',
      name: '',
      annualCost: '0',
      setupCost: '0',
      renewalCost: '0',
      rampUpMonths: 0,
      costOptimismBias: '0',
      benefitYears: 1,
      dropOffPerYear: '0',
      optimismBias: '0',
      effects: [],
    });
  });

  it('a scenario funds the whole horizon in contracts of at most three years', () => {
    expect(createScenario('custom', 'Custom scenario', 10)).toEqual({
      id: 'custom',
      name: 'Custom scenario',
      fundedYears: 10,
      contractYears: 3,
      renewalGapMonths: 0,
      rampRestartsOnRenewal: false,
      effectiveness: '1',
      contributions: { rule: 'equal' },
    });
    // A two-year horizon cannot hold a three-year contract: min(3, 2) = 2.
    expect(createScenario('short', 'Short', 2)).toMatchObject({ fundedYears: 2, contractYears: 2 });
  });

  it('a cost line is at base prices, borne wholly by one partner, or by nobody yet', () => {
    expect(
      createCostLine('line-3', {
        stream: 'victims',
        bearers: soleBearer('council'),
        priceBaseYear: 2026,
      }),
    ).toEqual({
      id: 'line-3',
      name: '',
      stream: 'victims',
      rate: '0',
      quantity: '1',
      unit: '',
      unitCost: '0',
      priceYear: 2026,
      bearers: [{ partner: 'council', share: '1' }],
      valueType: 'fiscal',
      cashable: false,
      source: '',
    });
    expect(soleBearer(undefined)).toEqual([]);
  });

  it('a partner is of the kind "other" and a stream is flat from zero', () => {
    expect(createPartner('p', 'New partner')).toEqual({
      id: 'p',
      name: 'New partner',
      kind: 'other',
    });
    expect(createStream('s', 'New caseload')).toEqual({
      id: 's',
      name: 'New caseload',
      history: [],
      trend: { method: 'flat', base: '0' },
    });
  });

  it('are valid once added, and come back from validation unchanged', () => {
    const file = validModel();
    const line = createCostLine('blank', {
      stream: 'victims',
      bearers: soleBearer('council'),
      priceBaseYear: 2026,
    });
    file.partners.push(createPartner('new', 'New partner'));
    file.streams.push(createStream('new', 'New caseload'));
    file.costLines.push(line);
    file.services.push(createService('blank'));
    file.scenarios.push(createScenario('blank', 'Custom scenario', 5));
    const written = canonical(file);
    expect(written.partners.at(-1)).toEqual(createPartner('new', 'New partner'));
    expect(written.streams.at(-1)).toEqual(createStream('new', 'New caseload'));
    expect(written.costLines.at(-1)).toEqual(line);
    expect(written.services.at(-1)).toEqual(createService('blank'));
    // Validation spells out the default contributors: every partner, in order.
    expect(written.scenarios.at(-1)?.contributions).toEqual({
      rule: 'equal',
      contributors: ['council', 'housing', 'police', 'new'],
    });
  });
});

describe('defaults', () => {
  it('fill in every optional field a service, cost line or scenario leaves out', () => {
    const file = validModel();
    file.services = [{ id: 'bare', name: 'Bare', annualCost: '100', effects: [] }];
    file.costLines = [
      {
        id: 'bare',
        name: 'Bare',
        stream: 'victims',
        rate: '0.5',
        unitCost: '20',
        bearers: [{ partner: 'police', share: '1' }],
      },
    ];
    file.scenarios = [{ id: 'bare', name: 'Bare', fundedYears: 5, contractYears: 5 }];
    const written = canonical(file);
    expect(written.services[0]).toEqual({
      id: 'bare',
      name: 'Bare',
      annualCost: '100',
      setupCost: '0',
      renewalCost: '0',
      rampUpMonths: 0,
      costOptimismBias: '0',
      benefitYears: 1,
      dropOffPerYear: '0',
      optimismBias: '0',
      effects: [],
    });
    expect(written.costLines[0]).toEqual({
      id: 'bare',
      name: 'Bare',
      stream: 'victims',
      rate: '0.5',
      quantity: '1',
      unit: '',
      unitCost: '20',
      priceYear: 2026, // the model's price base year
      bearers: [{ partner: 'police', share: '1' }],
      valueType: 'fiscal',
      cashable: false,
      source: '',
    });
    expect(written.scenarios[0]).toEqual({
      id: 'bare',
      name: 'Bare',
      fundedYears: 5,
      contractYears: 5,
      renewalGapMonths: 0,
      rampRestartsOnRenewal: false,
      effectiveness: '1',
      contributions: { rule: 'equal', contributors: ['council', 'housing', 'police'] },
    });
  });
});
