/**
 * The headless results of MODEL.md ("Headless results"): the economic case (every value type), the
 * financial case (fiscal lines, prefixed `fiscal`) and each value type; money as decimal strings rounded to pennies,
 * the benefit–cost ratio to 6 decimal places, absent values as null. Used by the CLI and exports.
 */
import { Dec, formatPennies, type Dec as DecType } from './decimal';
import { formatFinancialYear } from './financial-year';
import type { Model } from './model';
import type { ValueType } from './model-file';
import type { Results, Totals } from './results';

export type HeadlessScenario = {
  id: string;
  name: string;
  doNothingPV: string;
  servicePV: string;
  avoidedPV: string;
  netSavingPV: string;
  bcr: string | null;
  paybackYear: number | null;
  breakEvenScale: string | null;
  fiscalDoNothingPV: string;
  fiscalAvoidedPV: string;
  fiscalNetSavingPV: string;
  fiscalBcr: string | null;
  fiscalPaybackYear: number | null;
  cashableAvoidedPV: string;
  valueTypes: Record<ValueType, { doNothingPV: string; avoidedPV: string }>;
  years: { year: number; doNothing: string; remaining: string; avoided: string; service: string }[];
  partners: {
    id: string;
    doNothingPV: string;
    avoidedPV: string;
    contributionsPV: string;
    contributions: string[];
  }[];
  shortfallPV: string | null;
};

export type HeadlessResults = { title: string; priceBase: string; scenarios: HeadlessScenario[] };

const money = (value: DecType): string => formatPennies(value);
const ratio = (value: DecType | null): string | null =>
  value === null ? null : value.toDecimalPlaces(6, Dec.ROUND_HALF_UP).toFixed(6);

export function toHeadlessResults(model: Model, results: Results): HeadlessResults {
  return {
    title: model.title,
    priceBase: formatFinancialYear(model.priceBaseYear),
    scenarios: results.scenarios.map((s) => ({
      id: s.scenarioId,
      name: s.name,
      doNothingPV: money(s.headline.doNothing.pv),
      servicePV: money(s.headline.service.pv),
      avoidedPV: money(s.headline.avoided.pv),
      netSavingPV: money(s.headline.netSaving.pv),
      bcr: ratio(s.headline.bcr),
      paybackYear: s.headline.paybackYear,
      breakEvenScale: ratio(s.headline.breakEvenScale),
      fiscalDoNothingPV: money(s.financial.headline.doNothing.pv),
      fiscalAvoidedPV: money(s.financial.headline.avoided.pv),
      fiscalNetSavingPV: money(s.financial.headline.netSaving.pv),
      fiscalBcr: ratio(s.financial.headline.bcr),
      fiscalPaybackYear: s.financial.headline.paybackYear,
      cashableAvoidedPV: money(s.headline.cashableAvoided.pv),
      valueTypes: {
        fiscal: valueTypeFigures(s.valueTypes.fiscal),
        economic: valueTypeFigures(s.valueTypes.economic),
        social: valueTypeFigures(s.valueTypes.social),
      },
      years: s.years.map((row) => ({
        year: row.year,
        doNothing: money(row.doNothing),
        remaining: money(row.remaining),
        avoided: money(row.avoided),
        service: money(row.service),
      })),
      partners: s.partnerSummaries.map((p, i) => ({
        id: p.partnerId,
        doNothingPV: money(p.doNothing.pv),
        avoidedPV: money(p.avoided.pv),
        contributionsPV: money(p.contribution.pv),
        contributions: (s.partners[i]?.contributions ?? []).map(money),
      })),
      shortfallPV: s.shortfall ? money(s.shortfall.total.pv) : null,
    })),
  };
}

function valueTypeFigures(figures: { doNothing: Totals; avoided: Totals }) {
  return { doNothingPV: money(figures.doNothing.pv), avoidedPV: money(figures.avoided.pv) };
}

/** One row per scenario and year, real terms, for pasting into a spreadsheet. */
export function toYearlyCsv(results: Results): string {
  const header = [
    'scenario',
    'financial_year',
    'do_nothing',
    'remaining',
    'avoided',
    'service',
    'net_saving',
    'cumulative_net_saving',
  ];
  const rows = results.scenarios.flatMap((s) =>
    s.years.map((row) => [
      s.name || s.scenarioId,
      formatFinancialYear(row.year),
      money(row.doNothing),
      money(row.remaining),
      money(row.avoided),
      money(row.service),
      money(row.netSaving),
      money(row.cumulativeNetSaving),
    ]),
  );
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Quotes a cell when it needs it, and defuses spreadsheet formulas in text. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
