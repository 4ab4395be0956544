/** What a calculation produces. Every figure is a full-precision `Dec`; round only to show or export. */
import type { Dec } from './decimal';
import type { ContributionRule } from './model-file';
import type { TrendProjection } from './trends';

export type Basis = 'real' | 'cash' | 'pv';

/** A total over the horizon in each basis: real and cash are plain sums, pv is discounted real. */
export type Totals = { real: Dec; cash: Dec; pv: Dec };

/** Multipliers that turn a real-terms figure for year t into cash terms or a discounted (PV) figure. */
export type YearFactors = { cash: Dec[]; discount: Dec[] };

export type StreamResult = { streamId: string } & TrendProjection;

export type LineDoNothing = {
  lineId: string;
  /** Price adjustment f_j from the line's price year to the price base. */
  priceFactor: Dec;
  /** C_jt, real terms, by year. */
  cost: Dec[];
};

export type PartnerYearly = {
  partnerId: string;
  doNothing: Dec[];
  avoided: Dec[];
  remaining: Dec[];
  /** Real-terms contribution by year, in whole pennies. */
  contributions: Dec[];
  /** Cash-terms contribution by year, in whole pennies shared out separately. */
  contributionsCash: Dec[];
};

export type PartnerSummary = {
  partnerId: string;
  isContributor: boolean;
  /** The weight w_p this partner's contribution follows (null under offers). */
  weight: Dec | null;
  doNothing: Totals;
  avoided: Totals;
  contribution: Totals;
  /** avoided − contribution. */
  netBenefit: Totals;
};

export type YearRow = {
  year: number;
  doNothing: Dec;
  remaining: Dec;
  avoided: Dec;
  service: Dec;
  /** avoided − service. */
  netSaving: Dec;
  cumulativeNetSaving: Dec;
};

export type Headline = {
  doNothing: Totals;
  service: Totals;
  avoided: Totals;
  remaining: Totals;
  netSaving: Totals;
  cashableAvoided: Totals;
  /** avoidedPV ÷ servicePV; null when servicePV is 0. */
  bcr: Dec | null;
  /** First FY whose cumulative discounted net saving is ≥ 0 once a service has started; null if never. */
  paybackYear: number | null;
  /** servicePV ÷ avoidedPV: the share of the assumed effects needed to pay back; null when nothing is avoided. */
  breakEvenScale: Dec | null;
};

export type Shortfall = {
  /** B_t − Σ offers for each year (negative is a surplus), real terms. */
  byYear: Dec[];
  total: Totals;
};

export type ScenarioResult = {
  scenarioId: string;
  name: string;
  rule: ContributionRule;
  /** Real-terms rows by year. */
  years: YearRow[];
  lines: { lineId: string; avoided: Dec[]; remaining: Dec[] }[];
  partners: PartnerYearly[];
  partnerSummaries: PartnerSummary[];
  services: { serviceId: string; effectiveness: Dec[]; monthlyEffectiveness: Dec[]; cost: Dec[] }[];
  headline: Headline;
  shortfall: Shortfall | null;
};

export type DoNothingResult = {
  years: number[];
  factors: YearFactors;
  streams: StreamResult[];
  lines: LineDoNothing[];
  /** Do-nothing cost each partner bears, real terms, by year. */
  partners: { partnerId: string; cost: Dec[]; totals: Totals }[];
  total: Dec[];
  totals: Totals;
};

export type Results = {
  doNothing: DoNothingResult;
  scenarios: ScenarioResult[];
  warnings: { path: string; message: string }[];
};
