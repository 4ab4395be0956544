/**
 * A deterministic large model for benchmarks: 12 partners (one of them society), 4 streams, 40 cost lines
 * (society's economic or social), 3 services reaching 60% of every stream (up to a capacity on one), with benefits
 * lasting two years, 25 years, 4 scenarios (one per weighted rule and one with offers).
 */
import {
  PARTNER_KINDS,
  type ModelFile,
  type ScenarioFile,
  type ValueType,
} from '../../src/model/model-file';

/** Partner 10 (p9) is of kind society: lines it bears are economic or social, the rest fiscal. */
const SOCIETY = 'p9';

function valueOf(j: number): { valueType: ValueType; cashable: boolean } {
  const bearers = [`p${j % 12}`, `p${(j + 5) % 12}`];
  if (bearers.includes(SOCIETY))
    return { valueType: j % 2 === 0 ? 'economic' : 'social', cashable: false };
  return { valueType: 'fiscal', cashable: j % 4 === 0 };
}

export function largeModel(): ModelFile {
  const partners = Array.from({ length: 12 }, (_, p) => ({
    id: `p${p}`,
    name: `Partner ${p + 1}`,
    kind: PARTNER_KINDS[p % PARTNER_KINDS.length] ?? 'other',
  }));
  const streams = Array.from({ length: 4 }, (_, k) => ({
    id: `s${k}`,
    name: `Stream ${k + 1}`,
    history: Array.from({ length: 5 }, (_, y) => ({
      year: 2021 + y,
      count: String(800 + 150 * k + 37 * y + ((y * k) % 5)),
    })),
    trend: k % 2 === 0 ? { method: 'linear' as const } : { method: 'compound' as const },
  }));
  const costLines = Array.from({ length: 40 }, (_, j) => ({
    id: `c${j}`,
    name: `Cost line ${j + 1}`,
    stream: `s${j % 4}`,
    rate: (0.05 + (j % 7) * 0.11).toFixed(2),
    quantity: String(1 + (j % 5)),
    unit: 'event',
    unitCost: (120 + 37.5 * j).toFixed(2),
    priceYear: 2008 + (j % 17),
    bearers:
      j % 3 === 0
        ? [{ partner: `p${j % 12}`, share: '1' }]
        : [
            { partner: `p${j % 12}`, share: '0.6' },
            { partner: `p${(j + 5) % 12}`, share: '0.4' },
          ],
    ...valueOf(j),
    source: 'Generated for benchmarking',
  }));
  const services = Array.from({ length: 3 }, (_, s) => ({
    id: `sv${s}`,
    name: `Service ${s + 1}`,
    annualCost: String(300000 + 100000 * s),
    setupCost: '50000',
    renewalCost: '20000',
    rampUpMonths: 6,
    costOptimismBias: '0.1',
    // A capacity on the service's own stream only (it binds as that caseload grows).
    reach: streams.map((stream, k) =>
      k === s
        ? { stream: stream.id, coverage: '0.6', capacity: '700' }
        : { stream: stream.id, coverage: '0.6' },
    ),
    benefitYears: 2,
    dropOffPerYear: '0.5',
    optimismBias: '0.2',
    effects: [
      { stream: `s${s}`, reduction: '0.1' },
      ...Array.from({ length: 6 }, (_, e) => ({
        costLine: `c${(s * 13 + e * 3) % 40}`,
        reduction: '0.25',
      })),
    ],
  }));
  const contributors = partners.filter((p) => p.kind !== 'society').map((p) => p.id);
  const scenarios: ScenarioFile[] = [
    {
      id: 'annual',
      name: 'One-year grants',
      fundedYears: 25,
      contractYears: 1,
      renewalGapMonths: 2,
      rampRestartsOnRenewal: true,
      effectiveness: '0.9',
      contributions: { rule: 'costBorne', contributors },
    },
    {
      id: 'three',
      name: 'Three-year commitment',
      fundedYears: 25,
      contractYears: 3,
      renewalGapMonths: 1,
      effectiveness: '0.95',
      contributions: { rule: 'equal', contributors },
    },
    {
      id: 'five',
      name: 'Five-year commitment',
      fundedYears: 25,
      contractYears: 5,
      contributions: { rule: 'benefit', contributors },
    },
    {
      id: 'offers',
      name: 'Offers',
      fundedYears: 10,
      contractYears: 5,
      contributions: {
        rule: 'offers',
        offers: partners
          .slice(0, 8)
          .map((p, i) => ({ partner: p.id, annual: String(40000 + 5000 * i) })),
      },
    },
  ];
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Large generated model',
    area: 'Benchmark',
    notes: '',
    startYear: 2026,
    horizonYears: 25,
    priceBaseYear: 2026,
    discountRate: '0.035',
    inflationRate: '0.02',
    partners,
    streams,
    costLines,
    services,
    scenarios,
  };
}
