/**
 * What a calculation produces: every figure the screens, charts, CLI and exports show, each defined once
 * here so none of them works a figure out for itself. Full-precision `Dec`s unless a comment says whole
 * pennies; round only to show or export. Plain data (no functions, maps or classes other than `Dec`), so
 * results can cross from a worker to the page.
 */
import type { Dec } from './decimal';
import type { ContributionRule, ValueType } from './model-file';
import type { TrendProjection } from './trends';

export type Basis = 'real' | 'cash' | 'pv';

/** One figure in each basis. */
export type ByBasis<T> = { real: T; cash: T; pv: T };

/** A total over the horizon in each basis: real and cash are plain sums, pv is discounted real. */
export type Totals = ByBasis<Dec>;

/** A figure by year in each basis: real terms, inflated to cash terms, and discounted real terms (PV). */
export type Series = ByBasis<Dec[]>;

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
  /** The same of fiscal lines alone (contribution as above): what lands in this partner's budget. */
  fiscal: { doNothing: Totals; avoided: Totals; netBenefit: Totals };
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

/** A scenario's yearly figures in each basis. */
export type ScenarioSeries = {
  remaining: Series;
  avoided: Series;
  service: Series;
  /** avoided − service. */
  netSaving: Series;
  /** Running total of net saving in each basis (in PV, of the discounted yearly figures). */
  cumulativeNetSaving: Series;
  /** remaining + service: what the partnership spends in all. */
  totalCost: Series;
};

/** A figure by year and its total over the years. */
export type YearlyAndTotal = { byYear: Dec[]; total: Dec };

/**
 * Contributions as a finance officer's table, in whole pennies, in real or in cash terms: each partner's
 * payments, their sum, the pool rounded to pennies and the gap between the two (a shortfall under offers,
 * negative for a surplus; zero under the weighted rules).
 */
export type ContributionLedger = {
  /** Each partner in model order. */
  partners: ({ partnerId: string } & YearlyAndTotal)[];
  contributions: YearlyAndTotal;
  pool: YearlyAndTotal;
  gap: YearlyAndTotal;
};

export type Headline = {
  doNothing: Totals;
  service: Totals;
  avoided: Totals;
  remaining: Totals;
  netSaving: Totals;
  /** remaining + service. */
  totalCost: Totals;
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

/** One caseload a service reaches, year by year (MODEL.md, "Who is helped, and for how long"). */
export type ReachResult = {
  streamId: string;
  /** g_skt: the share of the year's cases the service helps. */
  helped: Dec[];
  /** A_skt: the share of the year's cases benefiting, from help this year and in earlier years. */
  benefiting: Dec[];
};

export type ServiceResult = {
  serviceId: string;
  /** Ō_t, the operating level: the mean of the year's monthly effectiveness × ramp (0 when not running). */
  effectiveness: Dec[];
  monthlyEffectiveness: Dec[];
  /** Real cost by year, with the optimism bias on costs. */
  cost: Dec[];
  reach: ReachResult[];
};

/** A case (financial, of fiscal lines; or economic, of all value types): its headline and series. */
export type CaseFigures = {
  headline: Headline;
  series: ScenarioSeries;
  paybackYears: ByBasis<number | null>;
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
  services: ServiceResult[];
  /** The economic case: every value type. */
  headline: Headline;
  /** The financial case: fiscal lines alone, against the whole service cost. */
  financial: CaseFigures;
  /** Do-nothing and avoided cost of each value type. */
  valueTypes: Record<ValueType, { doNothing: Totals; avoided: Totals; avoidedByYear: Dec[] }>;
  shortfall: Shortfall | null;
  series: ScenarioSeries;
  /**
   * The payback test applied to each basis's running net saving, from the first operating year;
   * `pv` is the headline's payback year.
   */
  paybackYears: ByBasis<number | null>;
  /** The simple average of the services' yearly effectiveness (before optimism bias), and over the years. */
  meanEffectiveness: { byYear: Dec[]; overall: Dec };
  /** Pool and contributions in whole pennies, by year. */
  ledger: { real: ContributionLedger; cash: ContributionLedger };
  /** Each partner-summary figure added up over all partners. */
  allPartners: { doNothing: Totals; avoided: Totals; contribution: Totals; netBenefit: Totals };
};

export type DoNothingResult = {
  years: number[];
  factors: YearFactors;
  streams: StreamResult[];
  lines: LineDoNothing[];
  /** Do-nothing cost each partner bears: `cost` in real terms by year, `series` in each basis. */
  partners: {
    partnerId: string;
    cost: Dec[];
    series: Series;
    totals: Totals;
    /** The fraction of the whole cost of doing nothing this partner bears; null when that is 0. */
    share: ByBasis<Dec | null>;
    /** Of fiscal lines alone: what lands in this partner's budget. */
    fiscal: { cost: Dec[]; totals: Totals };
  }[];
  /** Real terms by year. */
  total: Dec[];
  /** The total by year in each basis. */
  series: Series;
  totals: Totals;
  /** The cost of each value type: real terms by year, and totals. */
  valueTypes: Record<ValueType, { cost: Dec[]; totals: Totals }>;
};

export type Results = {
  doNothing: DoNothingResult;
  scenarios: ScenarioResult[];
  warnings: { path: string; message: string }[];
};
