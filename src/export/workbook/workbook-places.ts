/**
 * Where each sheet put its figures, so later sheets' formulas can point at them. Rows are 1-based sheet
 * rows; columns of yearly figures follow `YearColumns`.
 */
import type { ValueType } from '../../model/model-file';

/** Column of each cost-line field in the Assumptions sheet's cost-line table. */
export const LINE_COLUMNS = {
  id: 1,
  name: 2,
  stream: 3,
  rate: 4,
  quantity: 5,
  unit: 6,
  unitCost: 7,
  priceYear: 8,
  priceFactor: 9,
  valueType: 10,
  cashable: 11,
  source: 12,
} as const;

export const SERVICE_COLUMNS = {
  id: 1,
  name: 2,
  annualCost: 3,
  setupCost: 4,
  renewalCost: 5,
  rampUpMonths: 6,
  costOptimismBias: 7,
  benefitYears: 8,
  dropOffPerYear: 9,
  optimismBias: 10,
} as const;

export const REACH_COLUMNS = { service: 1, stream: 2, coverage: 3, capacity: 4 } as const;

export const EFFECT_COLUMNS = {
  service: 1,
  target: 2,
  id: 3,
  reduction: 4,
  deadweight: 5,
  attribution: 6,
  net: 7,
  source: 8,
} as const;

export const SCENARIO_COLUMNS = {
  id: 1,
  name: 2,
  fundedYears: 3,
  contractYears: 4,
  renewalGapMonths: 5,
  rampRestartsOnRenewal: 6,
  effectiveness: 7,
  rule: 8,
} as const;

/** Matrices (bearer shares, effects on lines, contributors) start their partner, service or scenario columns here. */
export const MATRIX_FIRST_COLUMN = 3;

export type AssumptionPlaces = {
  /** Fixed references (with the sheet name) to the settings. */
  settings: {
    startYear: string;
    priceBaseYear: string;
    discountRate: string;
    longTermDiscountRate: string;
    inflationRate: string;
  };
  /** Row of each stream's projected caseload (years in the yearly columns). */
  caseloadRows: ReadonlyMap<string, number>;
  /** Row of each cost line (model order) in the cost-line table, bearer-share matrix and effects matrix. */
  lineRows: number[];
  bearerRows: number[];
  lineEffectRows: number[];
  serviceRows: number[];
  /** Row of each service's reach of a stream, keyed `serviceIndex|streamId`. */
  reachRows: ReadonlyMap<string, number>;
  scenarioRows: number[];
  /** Partner rows of the contributor, custom-share and offer matrices (one column per scenario). */
  contributorRows: number[];
  customShareRows: number[];
  offerRows: number[];
};

export type DoNothingPlaces = {
  yearRow: number;
  tRow: number;
  cashRow: number;
  discountRow: number;
  lineRows: number[];
  totalRow: number;
  valueTypeRows: Record<ValueType, number>;
  partnerRows: number[];
  fiscalPartnerRows: number[];
};

/** A scenario sheet's headline cells (fixed references with the sheet name) and rows others read. */
export type ScenarioPlaces = {
  sheet: string;
  poolRow: number;
  partnerAvoidedRows: number[];
  fiscalPartnerAvoidedRows: number[];
  headline: Record<HeadlineKey, string>;
};

export const HEADLINE_KEYS = [
  'doNothingPV',
  'servicePV',
  'avoidedPV',
  'netSavingPV',
  'bcr',
  'paybackYear',
  'breakEvenScale',
  'fiscalDoNothingPV',
  'fiscalAvoidedPV',
  'fiscalNetSavingPV',
  'fiscalBcr',
  'fiscalPaybackYear',
  'cashableAvoidedPV',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];
