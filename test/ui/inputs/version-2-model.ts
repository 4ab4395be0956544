/**
 * A small model of its own for the tests of the version-2 inputs, so they do not depend on the worked
 * example's figures: three paying partners and society; three caseloads; a fiscal cashable line, a fiscal
 * line that is not cashable and a social line borne by society; a service that says whom it reaches and
 * one that leaves it out; one scenario sharing equally between the default contributors and one on offers.
 */
import type { ModelFile } from '../../../src/model/model-file';
import { readModel } from '../../../src/model/read-model';

export const STREAM_NAMES = {
  victims: 'Victims known to services',
  marac: 'High-risk cases (MARAC)',
  children: 'Children in affected households',
};

export function version2Model(): ModelFile {
  const file: ModelFile = {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Version 2 inputs',
    area: 'Testshire',
    notes: '',
    startYear: 2026,
    horizonYears: 10,
    priceBaseYear: 2026,
    discountRate: '0.035',
    inflationRate: '0.02',
    partners: [
      { id: 'council', name: 'Testshire Council', kind: 'council' },
      { id: 'police', name: 'Testshire Police', kind: 'police' },
      { id: 'health', name: 'Testshire NHS', kind: 'health' },
      { id: 'society', name: 'Victims and families', kind: 'society' },
    ],
    streams: [
      {
        id: 'victims',
        name: STREAM_NAMES.victims,
        history: [{ year: 2025, count: '1000' }],
        trend: { method: 'flat' },
      },
      {
        id: 'marac',
        name: STREAM_NAMES.marac,
        history: [{ year: 2025, count: '300' }],
        trend: { method: 'flat' },
      },
      {
        id: 'children',
        name: STREAM_NAMES.children,
        history: [{ year: 2025, count: '800' }],
        trend: { method: 'flat' },
      },
    ],
    costLines: [
      {
        id: 'incident',
        name: 'Police incident',
        stream: 'victims',
        rate: '1',
        unitCost: '500',
        bearers: [{ partner: 'police', share: '1' }],
        valueType: 'fiscal',
        cashable: false,
      },
      {
        id: 'ta',
        name: 'Temporary accommodation',
        stream: 'marac',
        rate: '0.2',
        quantity: '26',
        unit: 'week',
        unitCost: '350',
        bearers: [{ partner: 'council', share: '1' }],
        valueType: 'fiscal',
        cashable: true,
      },
      {
        id: 'harm',
        name: 'Physical and emotional harm',
        stream: 'victims',
        rate: '1',
        unitCost: '20000',
        bearers: [{ partner: 'society', share: '1' }],
        valueType: 'social',
      },
    ],
    services: [
      {
        id: 'idva',
        name: 'IDVA service',
        annualCost: '400000',
        reach: [{ stream: 'marac', coverage: '0.8', capacity: '250' }],
        effects: [{ stream: 'marac', reduction: '0.3' }],
      },
      {
        id: 'perp',
        name: 'Perpetrator programme',
        annualCost: '200000',
        effects: [
          { stream: 'victims', reduction: '0.06' },
          { stream: 'children', reduction: '0.05' },
        ],
      },
    ],
    scenarios: [
      {
        id: 'three-year',
        name: 'Three-year commitment',
        fundedYears: 3,
        contractYears: 3,
        contributions: { rule: 'equal' },
      },
      {
        id: 'pilot',
        name: 'One-year pilot',
        fundedYears: 1,
        contractYears: 1,
        contributions: {
          rule: 'offers',
          offers: [
            { partner: 'council', annual: '300000' },
            { partner: 'police', annual: '100000' },
          ],
        },
      },
    ],
  };
  const read = readModel(file);
  if (!read.ok) throw new Error('the version-2 test model is invalid');
  return file;
}
