/**
 * The model file as saved, shared and exported (MODEL.md, "Model file"). Money, rates and counts are
 * decimal strings; this is also exactly what the app's store holds while someone is typing.
 */

export const MODEL_FORMAT = 'cost-of-inaction';
export const MODEL_VERSION = 1;

export type DecimalString = string;

export const PARTNER_KINDS = [
  'council',
  'housing',
  'childrens-services',
  'police',
  'health',
  'fire-and-rescue',
  'probation',
  'voluntary',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export type PartnerFile = { id: string; name: string; kind: PartnerKind };

export type HistoryPointFile = { year: number; count: DecimalString };

export type TrendFile =
  | { method: 'flat'; base?: DecimalString }
  | { method: 'rate'; rate: DecimalString; base?: DecimalString; baseYear?: number }
  | { method: 'linear' }
  | { method: 'compound' }
  | { method: 'series'; values: DecimalString[] };
export type TrendMethod = TrendFile['method'];

export type StreamFile = {
  id: string;
  name: string;
  history: HistoryPointFile[];
  trend: TrendFile;
};

export type BearerFile = { partner: string; share: DecimalString };

export type CostLineFile = {
  id: string;
  name: string;
  stream: string;
  rate: DecimalString;
  quantity?: DecimalString;
  unit?: string;
  unitCost: DecimalString;
  priceYear?: number;
  bearers: BearerFile[];
  cashable?: boolean;
  source?: string;
};

export type EffectFile =
  { costLine: string; reduction: DecimalString } | { stream: string; reduction: DecimalString };

export type ServiceFile = {
  id: string;
  name: string;
  annualCost: DecimalString;
  setupCost?: DecimalString;
  renewalCost?: DecimalString;
  rampUpMonths?: number;
  dropOffPerYear?: DecimalString;
  optimismBias?: DecimalString;
  effects: EffectFile[];
};

export const CONTRIBUTION_RULES = ['equal', 'costBorne', 'benefit', 'custom', 'offers'] as const;
export type ContributionRule = (typeof CONTRIBUTION_RULES)[number];

export type ContributionsFile = {
  rule: ContributionRule;
  contributors?: string[];
  shares?: { partner: string; share: DecimalString }[];
  offers?: { partner: string; annual: DecimalString }[];
};

export type ScenarioFile = {
  id: string;
  name: string;
  fundedYears: number;
  contractYears: number;
  renewalGapMonths?: number;
  rampRestartsOnRenewal?: boolean;
  effectiveness?: DecimalString;
  contributions?: ContributionsFile;
};

export type ModelFile = {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  title: string;
  area: string;
  notes: string;
  startYear: number;
  horizonYears: number;
  priceBaseYear: number;
  discountRate: DecimalString;
  inflationRate: DecimalString;
  priceIndex?: Record<string, DecimalString>;
  partners: PartnerFile[];
  streams: StreamFile[];
  costLines: CostLineFile[];
  services: ServiceFile[];
  scenarios: ScenarioFile[];
};
