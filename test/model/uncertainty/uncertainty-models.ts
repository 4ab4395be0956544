import { readFileSync } from 'node:fs';
import type { Model } from '../../../src/model/model';
import type { ModelFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';

/**
 * A model small enough to work by hand. Two years from 2026/27; a 25% discount rate gives discount factors
 * 1 and 0.8, so a figure the same in both years has a PV of 1.8 times it. 100 cases a year (a rate trend
 * at 0% growth). A fiscal line at £1,000 a case (the council's) and an economic line at £200 a case
 * (society's): 100,000 and 20,000 a year. One service, £20,000 a year, reaching every case (coverage 1),
 * halves the cost of every case (an effect of 0.5 on the stream: no deadweight, full attribution) while it
 * runs; one scenario funds it for both years at full effectiveness, with no ramp-up.
 *
 * Each year: avoided 50,000 fiscal and 60,000 in all; service 20,000. Net saving PV: financial
 * (50,000 − 20,000) × 1.8 = 54,000; economic (60,000 − 20,000) × 1.8 = 72,000.
 */
export function linearModelFile(annualCost = '20000'): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Linear',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 2,
    priceBaseYear: 2026,
    discountRate: '0.25',
    inflationRate: '0',
    partners: [
      { id: 'council', name: 'Council', kind: 'council' },
      { id: 'society', name: 'Society', kind: 'society' },
    ],
    streams: [
      {
        id: 's',
        name: 'Cases',
        history: [],
        trend: { method: 'rate', rate: '0', base: '100', baseYear: 2026 },
      },
    ],
    costLines: [
      {
        id: 'l',
        name: 'Fiscal line',
        stream: 's',
        rate: '1',
        unitCost: '1000',
        priceYear: 2026,
        bearers: [{ partner: 'council', share: '1' }],
      },
      {
        id: 'e',
        name: 'Economic line',
        stream: 's',
        rate: '1',
        unitCost: '200',
        priceYear: 2026,
        valueType: 'economic',
        bearers: [{ partner: 'society', share: '1' }],
      },
    ],
    services: [
      {
        id: 'v',
        name: 'Service',
        annualCost,
        reach: [{ stream: 's', coverage: '1' }],
        effects: [{ stream: 's', reduction: '0.5' }],
      },
    ],
    scenarios: [{ id: 'a', name: 'Both years', fundedYears: 2, contractYears: 2 }],
  };
}

export function workedExampleFile(): unknown {
  return JSON.parse(
    readFileSync(new URL('../../../public/examples/worked-example.json', import.meta.url), 'utf8'),
  ) as unknown;
}

export function modelOf(file: unknown): Model {
  const read = readModel(file);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.model;
}
