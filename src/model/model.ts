/**
 * The model after validation: every default filled in and every number a `Dec`. Only `readModel`
 * makes one, so the calculation never meets a missing field, a bad reference or NaN.
 */
import type { Dec } from './decimal';
import type { ContributionRule, PartnerKind } from './model-file';

export type Partner = { id: string; name: string; kind: PartnerKind };

export type HistoryPoint = { year: number; count: Dec };

export type Trend =
  | { method: 'flat'; base: Dec | null }
  | { method: 'rate'; rate: Dec; base: Dec | null; baseYear: number | null }
  | { method: 'linear' }
  | { method: 'compound' }
  | { method: 'series'; values: Dec[] };

export type Stream = { id: string; name: string; history: HistoryPoint[]; trend: Trend };

export type Bearer = { partner: string; share: Dec };

export type CostLine = {
  id: string;
  name: string;
  stream: string;
  rate: Dec;
  quantity: Dec;
  unit: string;
  unitCost: Dec;
  priceYear: number;
  bearers: Bearer[];
  cashable: boolean;
  source: string;
};

export type Effect = { target: 'costLine' | 'stream'; id: string; reduction: Dec };

export type Service = {
  id: string;
  name: string;
  annualCost: Dec;
  setupCost: Dec;
  renewalCost: Dec;
  rampUpMonths: number;
  dropOffPerYear: Dec;
  optimismBias: Dec;
  effects: Effect[];
};

export type Contributions = {
  rule: ContributionRule;
  contributors: string[];
  shares: { partner: string; share: Dec }[];
  offers: { partner: string; annual: Dec }[];
};

export type Scenario = {
  id: string;
  name: string;
  fundedYears: number;
  contractYears: number;
  renewalGapMonths: number;
  rampRestartsOnRenewal: boolean;
  effectiveness: Dec;
  contributions: Contributions;
};

export type Model = {
  title: string;
  area: string;
  notes: string;
  startYear: number;
  horizonYears: number;
  priceBaseYear: number;
  discountRate: Dec;
  inflationRate: Dec;
  /** Price index by financial year: the model's own, or the built-in HM Treasury series. */
  priceIndex: ReadonlyMap<number, Dec>;
  hasOwnPriceIndex: boolean;
  partners: Partner[];
  streams: Stream[];
  costLines: CostLine[];
  services: Service[];
  scenarios: Scenario[];
};

/** Something wrong with a model, at a JSON path such as `costLines[2].unitCost`. */
export type Problem = { path: string; message: string };
