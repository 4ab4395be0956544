import type { ModelFile } from '../../src/model/model-file';

/**
 * Three years from 2026/27 at 10% inflation and a 10% discount rate: cash factors 1, 1.1, 1.21 and
 * discount factors 1, 1/1.1, 1/1.21, which add up to (1.21 + 1.1 + 1) / 1.21 = 3.31 / 1.21. One service
 * costs £1,000 a year in real terms: the pool is 1,000 in each year. A offers £600.005 (paid as £600.01),
 * B £300.
 */
export function offersModel(): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Half-penny offer',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 3,
    priceBaseYear: 2026,
    discountRate: '0.1',
    inflationRate: '0.1',
    partners: [
      { id: 'a', name: 'A', kind: 'council' },
      { id: 'b', name: 'B', kind: 'police' },
    ],
    streams: [{ id: 's', name: 'S', history: [], trend: { method: 'flat', base: '1' } }],
    costLines: [],
    services: [{ id: 'v', name: 'V', annualCost: '1000', effects: [] }],
    scenarios: [
      {
        id: 'offers',
        name: 'Offers',
        fundedYears: 3,
        contractYears: 3,
        contributions: {
          rule: 'offers',
          offers: [
            { partner: 'a', annual: '600.005' },
            { partner: 'b', annual: '300' },
          ],
        },
      },
    ],
  };
}
