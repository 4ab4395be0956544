import type { ModelFile } from '../../../src/model/model-file';

/**
 * A model small enough to work the overview's story by hand.
 *
 * Two years from 2026/27 at 2026/27 prices, no inflation, a 25% discount rate: discount factors 1 and
 * 1/1.25 = 0.8. Ten cases a year (flat trend from a base of 10, no history).
 * - Fiscal line "Temporary accommodation": 10 × £100 = £1,000 a year, borne 75% by the council and 25%
 *   by the police. PV 1,000 + 800 = 1,800 (council 1,350, police 450).
 * - Economic line "Lost output": 10 × £50 = £500 a year, borne by victims and families (society).
 *   PV 500 + 400 = 900.
 * - "Child in need, case management", taken unchanged from the unit-cost library (UCD, rated green), at a
 *   rate of 0: it costs nothing, so it changes no figure.
 * Doing nothing: financial (fiscal) PV 1,800 and £1,000 in the last year, 2027/28; economic (all value
 * types) PV 2,700. Shares of the whole PV: 1,800 / 2,700 = 66.7%, 900 / 2,700 = 33.3%, child in need 0%.
 *
 * One service, "IDVA service": £300 a year to run and £300 to set up, no ramp, reaching every case
 * (coverage 1, stated), help lasting one year, cutting the fiscal line by 50% and the economic line by
 * 40%. Net effects (no deadweight, attribution 1): a benefiting case avoids £50 fiscal and £20 economic.
 *
 * Scenarios (contributions: equal shares between the council and the police, the two partners that pay):
 * - "Two-year contract" (funded 2 years, contracts of 2 years): runs all 24 months.
 *   Service 300 + 300 = 600, then 300: PV 600 + 240 = 840. Benefiting share 1 in both years.
 *   Fiscal avoided 500, 500: PV 900. Financial net saving 900 − 840 = 60; ratio 900 / 840 = 1.0714… →
 *   1.07; running PV 500 − 600 = −100, then −100 + (500 − 300) × 0.8 = 60 ≥ 0: pays back 2027/28.
 *   Economic avoided 200, 200: PV 360; all value types 1,260; net saving 1,260 − 840 = 420; ratio 1.50.
 * - "Annual grants" (funded 2 years, contracts of 1 year, 6-month gap before the renewal): runs the 12
 *   months of 2026/27 and the last 6 of 2027/28. Service 600, then 6 × 25 = 150: PV 600 + 120 = 720.
 *   Operating level 1, then 0.5, so the benefiting share is 1, then 0.5.
 *   Fiscal avoided 500, 250: PV 500 + 200 = 700. Financial net saving 700 − 720 = −20; ratio 700 / 720 =
 *   0.9722… → 0.97; running PV −100, then −100 + (250 − 150) × 0.8 = −20: never pays back.
 *   Economic avoided 200, 100: PV 280; all value types 980; net saving 980 − 720 = 260; ratio 1.3611… → 1.36.
 * - "One-year pilot" (funded 1 year): service 600, 0: PV 600. Fiscal avoided 500, 0: PV 500; financial
 *   net saving −100. All value types 700; economic net saving 100.
 * Best in the financial case: Two-year contract (60). Both it and Annual grants fund the whole horizon;
 * the longest contracts (2 years) less the shortest (1 year): 60 − (−20) = 80, the cost of short-term funding.
 *
 * Who gains under Two-year contract: the pool is 600, then 300, shared equally: 300 and 150 each, PV
 * 300 + 120 = 420. Council avoids 75% of the fiscal saving: 375 a year, PV 375 + 300 = 675, net benefit
 * 675 − 420 = 255. Police avoids 125 a year, PV 125 + 100 = 225, net benefit 225 − 420 = −195.
 */
export function storyModel(): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Story model',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 2,
    priceBaseYear: 2026,
    discountRate: '0.25',
    inflationRate: '0',
    partners: [
      { id: 'council', name: 'Council', kind: 'council' },
      { id: 'police', name: 'Police', kind: 'police' },
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
        bearers: [
          { partner: 'council', share: '0.75' },
          { partner: 'police', share: '0.25' },
        ],
        source: 'Local housing records',
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
        source: 'Local estimate',
      },
      {
        id: 'cin',
        name: 'Child in need, case management',
        stream: 's',
        rate: '0',
        unit: 'six-month episode',
        unitCost: '1416',
        priceYear: 2008,
        valueType: 'fiscal',
        bearers: [{ partner: 'council', share: '1' }],
        source: 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)',
      },
    ],
    services: [
      {
        id: 'idva',
        name: 'IDVA service',
        annualCost: '300',
        setupCost: '300',
        reach: [{ stream: 's', coverage: '1' }],
        effects: [
          { costLine: 'f', reduction: '0.5' },
          { costLine: 'e', reduction: '0.4' },
        ],
      },
    ],
    scenarios: [
      { id: 'two', name: 'Two-year contract', fundedYears: 2, contractYears: 2 },
      {
        id: 'annual',
        name: 'Annual grants',
        fundedYears: 2,
        contractYears: 1,
        renewalGapMonths: 6,
      },
      { id: 'pilot', name: 'One-year pilot', fundedYears: 1, contractYears: 1 },
    ],
  };
}
