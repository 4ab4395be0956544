import type { ModelFile } from '../../src/model/model-file';

/**
 * Two years from 2026/27 at prices of 2026/27: 10% inflation gives cash factors 1 and 1.1; a 25% discount
 * rate gives discount factors 1 and 1/1.25 = 0.8. Ten cases a year at £100 each, on a cashable line: doing
 * nothing costs 1,000 a year, so 2,000 real, 1,000 + 1,100 = 2,100 cash and 1,000 + 800 = 1,800 PV.
 *
 * One service halves that line (500 a year avoided while it runs) for £300 a year, with £300 to set up
 * and £60 for each renewal. A drop-off of 100% a year ends its effect as soon as it stops.
 *
 * - Two-year contract (one contract): service 600, 300. Real 900; cash 600 + 330 = 930; PV 600 + 240 = 840.
 *   Avoided 500, 500: real 1,000; cash 500 + 550 = 1,050; PV 500 + 400 = 900.
 *   Net saving: real 100, cash 120, PV 60. BCR 900 / 840 = 1.0714… → 1.07. Break-even 840 / 900 = 93.33…%.
 *   Running net saving in PV: −100, then −100 + 200 × 0.8 = 60: pays back in 2027/28.
 * - Annual grants (two one-year contracts, no gap): service 600, 300 + 60 = 360. Real 960; cash
 *   600 + 396 = 996; PV 600 + 288 = 888. Avoided as above. Net saving: real 40, cash 54, PV 12.
 *   BCR 900 / 888 = 1.0135… → 1.01. Break-even 888 / 900 = 98.66…%. Running PV: −100, −100 + 140 × 0.8 =
 *   12: 2027/28.
 * - One-year pilot: service 600 then nothing; avoided 500 then nothing (the effect ends with the money).
 *   Every basis: service 600, avoided 500, net saving −100. BCR 500 / 600 = 0.833… → 0.83. Break-even
 *   600 / 500 = 120%. Running total −100, −100: not within the horizon.
 * Cashable cost avoided is the whole cost avoided, the line being cashable.
 */
export function handWorkedModel(): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Hand-worked',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 2,
    priceBaseYear: 2026,
    discountRate: '0.25',
    inflationRate: '0.1',
    partners: [{ id: 'council', name: 'Council', kind: 'council' }],
    streams: [{ id: 's', name: 'Cases', history: [], trend: { method: 'flat', base: '10' } }],
    costLines: [
      {
        id: 'l',
        name: 'Line',
        stream: 's',
        rate: '1',
        unitCost: '100',
        priceYear: 2026,
        cashable: true,
        bearers: [{ partner: 'council', share: '1' }],
      },
    ],
    services: [
      {
        id: 'v',
        name: 'Service',
        annualCost: '300',
        setupCost: '300',
        renewalCost: '60',
        dropOffPerYear: '1',
        effects: [{ costLine: 'l', reduction: '0.5' }],
      },
    ],
    scenarios: [
      { id: 'two', name: 'Two-year contract', fundedYears: 2, contractYears: 2 },
      { id: 'annual', name: 'Annual grants', fundedYears: 2, contractYears: 1 },
      { id: 'pilot', name: 'One-year pilot', fundedYears: 1, contractYears: 1 },
    ],
  };
}
