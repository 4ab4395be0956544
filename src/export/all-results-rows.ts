/**
 * Every result in long form, one figure a row, for a pivot table: the cost of doing nothing by cost line,
 * partner, value type and year; for each scenario the cost avoided the same way, each service's cost, the
 * net saving and its running total in both cases, and each partner's contributions by year (with the
 * shortfall that offers leave); each in real
 * terms, cash terms and present value. Then the summary measures (net saving over the horizon, the
 * benefit–cost ratio, the payback year and the cost of short-term funding) with the year left blank.
 *
 * Within one measure no figure is counted twice, so a pivot table's sums are totals: a line's cost is
 * split among the partners who bear it, and there are no subtotal rows. Money is kept exact here and
 * written to the penny only as text (`valueText`).
 */
import { Dec, type Dec as DecType } from '../model/decimal';
import { formatFinancialYear } from '../model/financial-year';
import { compareScenarios } from '../model/headline';
import type { Model } from '../model/model';
import type { ValueType } from '../model/model-file';
import type { Basis, CaseFigures, Results, ScenarioResult, YearFactors } from '../model/results';
import { inBasis } from '../model/year-factors';

export type CaseKind = 'financial' | 'economic';

export type Measure =
  | 'do_nothing_cost'
  | 'avoided_cost'
  | 'service_cost'
  | 'net_saving'
  | 'cumulative_net_saving'
  | 'contribution'
  | 'contribution_shortfall'
  | 'total_net_saving'
  | 'benefit_cost_ratio'
  | 'payback_year'
  | 'cost_of_short_term_funding';

/** What a row's value is in. */
export type ValueKind = 'money' | 'ratio' | 'year';

export type AllResultsRow = {
  scenario: string;
  /** The case a figure belongs to; blank where the value type says it (a cost line's own figures). */
  case: CaseKind | '';
  /** The year the financial year starts in; null for a figure over the whole horizon. */
  year: number | null;
  measure: Measure;
  valueType: ValueType | '';
  partner: string;
  line: string;
  service: string;
  basis: Basis;
  kind: ValueKind;
  value: Dec | number;
};

/** The header of the CSV, in the order of `rowCells`. */
export const ALL_RESULTS_HEADER = [
  'scenario',
  'case',
  'year',
  'financial_year',
  'measure',
  'value_type',
  'partner',
  'line',
  'service',
  'basis',
  'unit',
  'value',
] as const;

export const DO_NOTHING_SCENARIO = 'Do nothing';

const BASES: readonly Basis[] = ['real', 'cash', 'pv'];
const CASES: readonly CaseKind[] = ['financial', 'economic'];

/** "£, real terms at 2026/27 prices", "£, present value at 2026/27 prices": the unit of a row. */
export function unitOf(row: Pick<AllResultsRow, 'kind' | 'basis'>, model: Model): string {
  if (row.kind === 'ratio') return 'ratio';
  if (row.kind === 'year') return 'year the financial year starts in';
  const prices = formatFinancialYear(model.priceBaseYear);
  if (row.basis === 'real') return `£, real terms at ${prices} prices`;
  if (row.basis === 'cash') return '£, cash terms';
  return `£, present value at ${prices} prices`;
}

/** The value as the CSV writes it: money to the penny (half up), a ratio to four places, a year whole. */
export function valueText(row: Pick<AllResultsRow, 'kind' | 'value'>): string {
  if (typeof row.value === 'number') return String(row.value);
  const places = row.kind === 'money' ? 2 : 4;
  return row.value
    .toDecimalPlaces(places, Dec.ROUND_HALF_UP)
    .toFixed(row.kind === 'money' ? 2 : undefined);
}

type Names = {
  partners: Map<string, string>;
  lines: Map<string, { name: string; valueType: ValueType }>;
  services: Map<string, string>;
};

function namesOf(model: Model): Names {
  return {
    partners: new Map(model.partners.map((p) => [p.id, p.name || p.id])),
    lines: new Map(
      model.costLines.map((l) => [l.id, { name: l.name || l.id, valueType: l.valueType }]),
    ),
    services: new Map(model.services.map((s) => [s.id, s.name || s.id])),
  };
}

type Base = Omit<AllResultsRow, 'year' | 'basis' | 'value' | 'kind'>;

/** One row per year and basis of a real-terms series (money). */
function yearlyRows(
  out: AllResultsRow[],
  base: Base,
  years: readonly number[],
  real: readonly DecType[],
  factors: YearFactors,
): void {
  for (const basis of BASES) {
    const values = inBasis(real, basis, factors);
    values.forEach((value, t) => {
      const year = years[t];
      if (year !== undefined) out.push({ ...base, year, basis, kind: 'money', value });
    });
  }
}

/** A cost by line, split among its bearers: the do-nothing cost, or a scenario's avoided cost. */
function lineRows(
  out: AllResultsRow[],
  model: Model,
  results: Results,
  names: Names,
  scenario: string,
  measure: Measure,
  lines: readonly { lineId: string; cost: readonly DecType[] }[],
): void {
  const { years, factors } = results.doNothing;
  for (const { lineId, cost } of lines) {
    const line = model.costLines.find((l) => l.id === lineId);
    const known = names.lines.get(lineId);
    if (!line || !known) continue;
    for (const bearer of line.bearers) {
      yearlyRows(
        out,
        {
          scenario,
          case: '',
          measure,
          valueType: known.valueType,
          partner: names.partners.get(bearer.partner) ?? bearer.partner,
          line: known.name,
          service: '',
        },
        years,
        cost.map((c) => c.times(bearer.share)),
        factors,
      );
    }
  }
}

function caseOf(result: ScenarioResult, kind: CaseKind): CaseFigures {
  if (kind === 'financial') return result.financial;
  return { headline: result.headline, series: result.series, paybackYears: result.paybackYears };
}

function scenarioRows(
  out: AllResultsRow[],
  model: Model,
  results: Results,
  names: Names,
  result: ScenarioResult,
): void {
  const { years, factors } = results.doNothing;
  const scenario = result.name || result.scenarioId;
  const empty = { valueType: '', partner: '', line: '', service: '' } as const;
  lineRows(
    out,
    model,
    results,
    names,
    scenario,
    'avoided_cost',
    result.lines.map((l) => ({ lineId: l.lineId, cost: l.avoided })),
  );
  for (const service of result.services) {
    yearlyRows(
      out,
      {
        ...empty,
        scenario,
        case: '',
        measure: 'service_cost',
        service: names.services.get(service.serviceId) ?? service.serviceId,
      },
      years,
      service.cost,
      factors,
    );
  }
  for (const kind of CASES) {
    const { series } = caseOf(result, kind);
    for (const measure of ['net_saving', 'cumulative_net_saving'] as const) {
      const byBasis = measure === 'net_saving' ? series.netSaving : series.cumulativeNetSaving;
      for (const basis of BASES) {
        byBasis[basis].forEach((value, t) => {
          const year = years[t];
          if (year !== undefined)
            out.push({
              ...empty,
              scenario,
              case: kind,
              measure,
              year,
              basis,
              kind: 'money',
              value,
            });
        });
      }
    }
  }
  // Contributions as the ledger has them, in whole pennies: real and cash shared out separately; the
  // present value of each year is the real payment discounted, as a finance officer would.
  // Under offers, what the offers leave unfunded each year (negative for a surplus), so that the
  // contributions and the shortfall add up to the pool.
  if (result.shortfall !== null) {
    const real = result.ledger.real.gap.byYear;
    const byBasis = { real, cash: result.ledger.cash.gap.byYear, pv: inBasis(real, 'pv', factors) };
    for (const basis of BASES) {
      byBasis[basis].forEach((value, t) => {
        const year = years[t];
        if (year !== undefined)
          out.push({
            ...empty,
            scenario,
            case: '',
            measure: 'contribution_shortfall',
            year,
            basis,
            kind: 'money',
            value,
          });
      });
    }
  }
  for (const [index, partner] of result.ledger.real.partners.entries()) {
    const cash = result.ledger.cash.partners[index]?.byYear ?? [];
    const base = {
      ...empty,
      scenario,
      case: '',
      measure: 'contribution',
      partner: names.partners.get(partner.partnerId) ?? partner.partnerId,
    } as const;
    const byBasis = { real: partner.byYear, cash, pv: inBasis(partner.byYear, 'pv', factors) };
    for (const basis of BASES) {
      byBasis[basis].forEach((value, t) => {
        const year = years[t];
        if (year !== undefined) out.push({ ...base, year, basis, kind: 'money', value });
      });
    }
  }
}

function summaryRows(out: AllResultsRow[], result: ScenarioResult): void {
  const scenario = result.name || result.scenarioId;
  const empty = {
    scenario,
    valueType: '',
    partner: '',
    line: '',
    service: '',
    year: null,
  } as const;
  for (const kind of CASES) {
    const { headline } = caseOf(result, kind);
    for (const basis of BASES) {
      out.push({
        ...empty,
        case: kind,
        measure: 'total_net_saving',
        basis,
        kind: 'money',
        value: headline.netSaving[basis],
      });
    }
    if (headline.bcr !== null)
      out.push({
        ...empty,
        case: kind,
        measure: 'benefit_cost_ratio',
        basis: 'pv',
        kind: 'ratio',
        value: headline.bcr,
      });
    if (headline.paybackYear !== null)
      out.push({
        ...empty,
        case: kind,
        measure: 'payback_year',
        basis: 'pv',
        kind: 'year',
        value: headline.paybackYear,
      });
  }
}

/** The pair compared as "the cost of short-term funding": scenario ids. */
export type FundingPair = { shortTerm: string; longTerm: string };

/** How much more the long-term scenario saves than the short-term one, in each case and basis. */
function shortTermRows(out: AllResultsRow[], results: Results, pair: FundingPair): void {
  const short = results.scenarios.find((s) => s.scenarioId === pair.shortTerm);
  const long = results.scenarios.find((s) => s.scenarioId === pair.longTerm);
  if (!short || !long || short === long) return;
  const scenario = `${short.name || short.scenarioId} against ${long.name || long.scenarioId}`;
  for (const kind of CASES) {
    const difference = compareScenarios(
      caseOf(long, kind).headline,
      caseOf(short, kind).headline,
    ).netSavingDifference;
    for (const basis of BASES) {
      out.push({
        scenario,
        case: kind,
        year: null,
        measure: 'cost_of_short_term_funding',
        valueType: '',
        partner: '',
        line: '',
        service: '',
        basis,
        kind: 'money',
        value: difference[basis],
      });
    }
  }
}

/** Every row of the all-results file, doing nothing first, then each scenario, then the summaries. */
export function allResultsRows(
  model: Model,
  results: Results,
  pair: FundingPair | null,
): AllResultsRow[] {
  const names = namesOf(model);
  const out: AllResultsRow[] = [];
  lineRows(
    out,
    model,
    results,
    names,
    DO_NOTHING_SCENARIO,
    'do_nothing_cost',
    results.doNothing.lines,
  );
  for (const result of results.scenarios) scenarioRows(out, model, results, names, result);
  for (const result of results.scenarios) summaryRows(out, result);
  if (pair) shortTermRows(out, results, pair);
  return out;
}

/** A CSV cell: text, a number written as text, or empty (the same shape as the app's CSV cells). */
export type Cell = string | { readonly number: string } | null;

/** The file's rows in the order of `ALL_RESULTS_HEADER`: the year and the value as numbers, the rest text. */
export function allResultsCells(
  model: Model,
  results: Results,
  pair: FundingPair | null,
): Cell[][] {
  return allResultsRows(model, results, pair).map((row) => [
    row.scenario,
    row.case,
    row.year === null ? null : { number: String(row.year) },
    row.year === null ? '' : formatFinancialYear(row.year),
    row.measure,
    row.valueType,
    row.partner,
    row.line,
    row.service,
    row.basis,
    unitOf(row, model),
    { number: valueText(row) },
  ]);
}
