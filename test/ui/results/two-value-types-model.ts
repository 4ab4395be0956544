import type { ModelFile } from '../../../src/model/model-file';

/**
 * A model small enough to work by hand, with one fiscal line and one economic line, for the financial and
 * economic cases side by side.
 *
 * Two years from 2026/27 at 2026/27 prices, no inflation, a 25% discount rate: discount factors 1 and
 * 1/1.25 = 0.8. Ten cases a year.
 * - Fiscal line (cashable), borne by the council: 10 × £100 = £1,000 a year. PV 1,000 + 800 = 1,800.
 * - Economic line, borne by victims and families (kind society): 10 × £50 = £500 a year. PV 500 + 400 = 900.
 * Doing nothing: financial (fiscal) PV 1,800; economic (all value types) PV 2,700.
 *
 * One service, £300 a year to run and £300 to set up, at full strength from the first month (no ramp, no
 * gaps), coverage 1: it helps every case in a year it runs (g = 1). Help lasts two years (benefitYears 2)
 * at half weight in the second (drop-off 50%). It cuts the fiscal line by 50% and the economic line by 40%.
 *
 * Two-year contract (one contract for both years): service 600, 300; PV 600 + 240 = 840.
 *   Benefiting A = 1 in both years (year 2: min(1, 1 + 1 × 0.5) = 1).
 *   Fiscal avoided 500, 500: PV 900. Economic avoided 200, 200: PV 360. All value types: PV 1,260.
 *   Financial case: net saving 900 − 840 = 60; BCR 900 / 840 = 1.0714… → 1.07; break-even 840 / 900 =
 *   93.33…% → 93.3%; running PV −100, −100 + (500 − 300) × 0.8 = 60: payback 2027/28. Cashable 900.
 *   Economic case: net saving 1,260 − 840 = 420; BCR 1,260 / 840 = 1.50; break-even 840 / 1,260 =
 *   66.66…% → 66.7%; running PV 700 − 600 = 100 ≥ 0: payback 2026/27. Cashable 900 (fiscal lines only).
 * One-year pilot (funded for the first year only): service 600, 0; PV 600.
 *   Helped g = 1, 0. Benefiting A = 1, then 0 + 1 × 0.5 = 0.5 (last year's cases still benefit).
 *   Fiscal avoided 500, 500 × 0.5 = 250: PV 500 + 200 = 700. Economic avoided 200, 100: PV 200 + 80 = 280.
 *   All value types: PV 980.
 *   Financial case: net saving 700 − 600 = 100; BCR 700 / 600 = 1.1666… → 1.17; break-even 600 / 700 =
 *   85.71…% → 85.7%; running PV −100, −100 + 250 × 0.8 = 100: payback 2027/28. Cashable 700.
 *   Economic case: net saving 980 − 600 = 380; BCR 980 / 600 = 1.6333… → 1.63; break-even 600 / 980 =
 *   61.22…% → 61.2%; running PV 100: payback 2026/27. Cashable 700.
 *
 * Who pays: the council is the only payer (victims and families never pay), so it pays the whole pool:
 * two-year contract 600, 300, PV 840; fiscal cost borne PV 1,800, fiscal avoided 900, net benefit 60 (all
 * value types: the council avoids only fiscal cost, so also 60). Victims and families bear 0 fiscal and
 * 900 in all (PV), and avoid 360 under the two-year contract.
 */
export function twoValueTypesModel(): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Two value types',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 2,
    priceBaseYear: 2026,
    discountRate: '0.25',
    inflationRate: '0',
    partners: [
      { id: 'council', name: 'Council', kind: 'council' },
      { id: 'victims', name: 'Victims and families', kind: 'society' },
    ],
    streams: [
      {
        id: 's',
        name: 'Victims known to services',
        history: [],
        trend: { method: 'flat', base: '10' },
      },
    ],
    costLines: [
      {
        id: 'f',
        name: 'Temporary accommodation',
        stream: 's',
        rate: '1',
        unitCost: '100',
        priceYear: 2026,
        valueType: 'fiscal',
        cashable: true,
        bearers: [{ partner: 'council', share: '1' }],
      },
      {
        id: 'e',
        name: 'Lost output',
        stream: 's',
        rate: '1',
        unitCost: '50',
        priceYear: 2026,
        valueType: 'economic',
        bearers: [{ partner: 'victims', share: '1' }],
      },
    ],
    services: [
      {
        id: 'idva',
        name: 'IDVA service',
        annualCost: '300',
        setupCost: '300',
        benefitYears: 2,
        dropOffPerYear: '0.5',
        effects: [
          { costLine: 'f', reduction: '0.5' },
          { costLine: 'e', reduction: '0.4' },
        ],
      },
    ],
    scenarios: [
      { id: 'two', name: 'Two-year contract', fundedYears: 2, contractYears: 2 },
      { id: 'pilot', name: 'One-year pilot', fundedYears: 1, contractYears: 1 },
    ],
  };
}
