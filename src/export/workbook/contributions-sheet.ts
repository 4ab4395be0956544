/**
 * The Contributions sheet: for each scenario, the pool by year, each partner's exact share of it under the
 * chosen rule (a formula of the pool and the weights), the same in whole pennies as the app shares them
 * out (values, with checks), or each offer as paid; then each partner's figures in present value with its
 * weight, and beside them what it would pay under every rule.
 */
import type { Worksheet } from 'exceljs';
import { contributionWeights } from '../../model/contributions';
import { toPennies, ZERO, type Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { ContributionRule } from '../../model/model-file';
import type { Results } from '../../model/results';
import { compareRules, isRuleError } from '../../model/rule-comparison';
import { cell, onSheet, range, rowFixed } from './cell-address';
import {
  BY_THE_APP,
  freeze,
  writeFormula,
  writeHeader,
  writeNumber,
  writeText,
} from './cell-writers';
import { writeYearHeader } from './do-nothing-sheet';
import { FIXED_SHEETS } from './sheet-names';
import {
  MATRIX_FIRST_COLUMN,
  type AssumptionPlaces,
  type DoNothingPlaces,
  type ScenarioPlaces,
} from './workbook-places';
import { writeYearRow, yearSpan, type FactorRanges, type YearColumns } from './year-rows';

export const RULE_NAMES: Record<ContributionRule, string> = {
  equal: 'Equal shares',
  costBorne: 'By fiscal cost borne',
  benefit: 'By fiscal benefit',
  custom: 'Agreed shares',
  offers: 'Offers',
};

/** Columns of the partner table under each scenario's yearly rows. */
const T = {
  name: 1,
  id: 2,
  contributor: 3,
  fiscalDoNothing: 4,
  fiscalAvoided: 5,
  weight: 6,
  contribution: 7,
  fiscalNet: 8,
  avoided: 9,
  net: 10,
  firstRule: 11,
} as const;

type Context = {
  ws: Worksheet;
  model: Model;
  results: Results;
  columns: YearColumns;
  places: AssumptionPlaces;
  doNothing: DoNothingPlaces;
  scenarios: readonly ScenarioPlaces[];
  totals: FactorRanges;
};

export function writeContributions(context: Context): void {
  const { ws, model, results, columns } = context;
  writeText(
    ws,
    1,
    1,
    'Contributions: who pays into the pool, by year and in present value (real terms)',
    { bold: true },
  );
  writeYearHeader(ws, columns, results.doNothing.years, 2);
  freeze(ws, 2, 2);
  let row = 3;
  model.scenarios.forEach((_, i) => {
    row = writeScenarioBlock(context, i, row + 1) + 1;
  });
}

function writeScenarioBlock(context: Context, i: number, startRow: number): number {
  const { ws, model, results, columns, places, totals } = context;
  const scenario = model.scenarios[i];
  const result = results.scenarios[i];
  const sheet = context.scenarios[i];
  if (!scenario || !result || !sheet) return startRow;
  const { rule } = scenario.contributions;
  const at = (t: number, r: number) => cell(columns.of(t), r);
  const A = (column: number, r: number) => onSheet(FIXED_SHEETS.assumptions, cell(column, r, true));
  let row = startRow;
  writeText(ws, 1, row++, `${scenario.name || scenario.id}: ${RULE_NAMES[rule]}`, { bold: true });
  const poolRow = row;
  writeYearRow(ws, columns, row++, {
    label: 'Pooled budget',
    formula: (t) => onSheet(sheet.sheet, rowFixed(columns.of(t), sheet.poolRow)),
    values: result.series.service.real,
    format: 'money',
    totals,
  });
  const penniesRow = row;
  writeYearRow(ws, columns, row++, {
    label: 'Pooled budget in whole pennies (what the contributions add up to)',
    formula: (t) => `ROUND(${at(t, poolRow)},2)`,
    values: result.series.service.real.map(toPennies),
    format: 'money',
    totals,
  });
  // The partner table sits below the yearly rows: 1 heading + partners for exact shares, pennies and a check.
  const partners = model.partners;
  const isOffers = rule === 'offers';
  const tableStart = row + (isOffers ? partners.length + 2 : 2 * partners.length + 4) + 1;
  const weightOf = (p: number) => cell(T.weight, tableStart + 1 + p, true);
  const weights = weightsFor(context, i);
  let paymentRows: number[];
  if (isOffers) {
    paymentRows = partners.map((partner, p) => {
      const offer = A(MATRIX_FIRST_COLUMN + i, places.offerRows[p] ?? 0);
      writeYearRow(ws, columns, row, {
        label: `${partner.name || partner.id}: offer paid (rounded to pennies) in each year with a pool`,
        key: partner.id,
        formula: (t) => `IF(${at(t, poolRow)}<>0,ROUND(${offer},2),0)`,
        values: result.partners[p]?.contributions ?? [],
        format: 'money',
        totals,
      });
      return row++;
    });
    writeYearRow(ws, columns, row++, {
      label: 'Shortfall: pool − offers (negative: a surplus)',
      formula: (t) =>
        `${at(t, poolRow)}-SUM(${at(t, paymentRows[0] ?? row)}:${at(t, paymentRows[paymentRows.length - 1] ?? row)})`,
      values: result.shortfall?.byYear ?? result.years.map(() => ZERO),
      format: 'money',
      totals,
    });
  } else {
    const exactRows = partners.map((partner, p) => {
      writeYearRow(ws, columns, row, {
        label: `${partner.name || partner.id}: exact share (pool × weight)`,
        key: partner.id,
        formula: (t) => `${rowFixed(columns.of(t), poolRow)}*${weightOf(p)}`,
        values: result.series.service.real.map((b) => b.times(weights[p] ?? ZERO)),
        format: 'money',
      });
      return row++;
    });
    row += 1;
    paymentRows = partners.map((partner, p) => {
      const exact = exactRows[p] ?? 0;
      writeYearRow(ws, columns, row, {
        label: `${partner.name || partner.id}: in whole pennies (${BY_THE_APP}: the penny split)`,
        key: partner.id,
        formula: null,
        values: result.partners[p]?.contributions ?? [],
        format: 'money',
        totals,
        note: {
          formula: `SUMPRODUCT(--(ABS(${yearSpan(columns, row, false)}-${yearSpan(columns, exact, false)})<0.01))=${columns.years}`,
          result: true,
        },
      });
      return row++;
    });
    writeYearRow(ws, columns, row++, {
      label: 'Check: the pennies add up to the pool in pennies',
      formula: (t) =>
        `ROUND(SUM(${at(t, paymentRows[0] ?? row)}:${at(t, paymentRows[paymentRows.length - 1] ?? row)})-${at(t, penniesRow)},2)=0`,
      values: result.years.map(() => true),
    });
  }
  row = tableStart;
  writePartnerTable(context, i, row, paymentRows, penniesRow, weights);
  return row + partners.length + 4;
}

/** The weights the rule gives (0 for non-contributors; none under offers), as the engine finds them. */
function weightsFor(context: Context, i: number): Dec[] {
  const { model, results } = context;
  const scenario = model.scenarios[i];
  const result = results.scenarios[i];
  if (!scenario || !result) return [];
  const found = contributionWeights({
    contributions: scenario.contributions,
    partners: model.partners,
    doNothingPV: new Map(result.partnerSummaries.map((p) => [p.partnerId, p.fiscal.doNothing.pv])),
    avoidedPV: new Map(result.partnerSummaries.map((p) => [p.partnerId, p.fiscal.avoided.pv])),
  });
  return found.ok ? found.weights : model.partners.map(() => ZERO);
}

function writePartnerTable(
  context: Context,
  i: number,
  start: number,
  paymentRows: readonly number[],
  penniesRow: number,
  weights: readonly Dec[],
): void {
  const { ws, model, results, columns, places, doNothing } = context;
  const scenario = model.scenarios[i];
  const result = results.scenarios[i];
  const sheet = context.scenarios[i];
  if (!scenario || !result || !sheet) return;
  const comparison = compareRules(model, results, scenario.id);
  const rules = comparison?.rules ?? [];
  writeHeader(ws, start, [
    'Partner',
    'Id',
    'Contributes',
    'Fiscal cost of doing nothing (PV)',
    'Fiscal cost avoided (PV)',
    'Weight',
    'Contribution (PV)',
    'Fiscal net benefit (PV)',
    'Cost avoided, every value type (PV)',
    'Net benefit (PV)',
    ...rules.map((o) => `${RULE_NAMES[o.rule]} (PV, ${BY_THE_APP})`),
  ]);
  const first = start + 1;
  const last = start + model.partners.length;
  const { rule } = scenario.contributions;
  const contributors = range(T.contributor, first, T.contributor, last, true);
  const ratio = (column: number, r: number) => {
    const amounts = range(column, first, column, last, true);
    const denominator = `SUMIF(${contributors},"yes",${amounts})`;
    return `IF(${cell(T.contributor, r)}="yes",IF(${denominator}=0,0,${cell(column, r)}/${denominator}),0)`;
  };
  model.partners.forEach((partner, p) => {
    const r = first + p;
    const summary = result.partnerSummaries[p];
    writeText(ws, T.name, r, partner.name || partner.id);
    writeText(ws, T.id, r, partner.id);
    const contributes = onSheet(
      FIXED_SHEETS.assumptions,
      cell(MATRIX_FIRST_COLUMN + i, places.contributorRows[p] ?? 0, true),
    );
    writeFormula(ws, T.contributor, r, contributes, summary?.isContributor ? 'yes' : 'no');
    const pvOf = (sheetName: string, rowOf: number) =>
      onSheet(sheetName, cell(columns.pv, rowOf, true));
    writeFormula(
      ws,
      T.fiscalDoNothing,
      r,
      pvOf(FIXED_SHEETS.doNothing, doNothing.fiscalPartnerRows[p] ?? 0),
      summary?.fiscal.doNothing.pv ?? 0,
      'money',
    );
    writeFormula(
      ws,
      T.fiscalAvoided,
      r,
      pvOf(sheet.sheet, sheet.fiscalPartnerAvoidedRows[p] ?? 0),
      summary?.fiscal.avoided.pv ?? 0,
      'money',
    );
    const weight = weights[p] ?? ZERO;
    if (rule === 'equal')
      writeFormula(
        ws,
        T.weight,
        r,
        `IF(${cell(T.contributor, r)}="yes",1/COUNTIF(${contributors},"yes"),0)`,
        weight,
        'ratio',
      );
    else if (rule === 'costBorne')
      writeFormula(ws, T.weight, r, ratio(T.fiscalDoNothing, r), weight, 'ratio');
    else if (rule === 'benefit')
      writeFormula(ws, T.weight, r, ratio(T.fiscalAvoided, r), weight, 'ratio');
    else if (rule === 'custom')
      writeFormula(
        ws,
        T.weight,
        r,
        `N(${onSheet(FIXED_SHEETS.assumptions, cell(MATRIX_FIRST_COLUMN + i, places.customShareRows[p] ?? 0, true))})`,
        weight,
        'ratio',
      );
    else writeText(ws, T.weight, r, 'offer');
    const paid = paymentRows[p] ?? 0;
    writeFormula(
      ws,
      T.contribution,
      r,
      `SUMPRODUCT(${yearSpan(columns, paid)},${context.totals.discount})`,
      summary?.contribution.pv ?? 0,
      'money',
    );
    writeFormula(
      ws,
      T.fiscalNet,
      r,
      `${cell(T.fiscalAvoided, r)}-${cell(T.contribution, r)}`,
      summary?.fiscal.netBenefit.pv ?? 0,
      'money',
    );
    writeFormula(
      ws,
      T.avoided,
      r,
      pvOf(sheet.sheet, sheet.partnerAvoidedRows[p] ?? 0),
      summary?.avoided.pv ?? 0,
      'money',
    );
    writeFormula(
      ws,
      T.net,
      r,
      `${cell(T.avoided, r)}-${cell(T.contribution, r)}`,
      summary?.netBenefit.pv ?? 0,
      'money',
    );
    rules.forEach((outcome, k) => {
      if (!isRuleError(outcome))
        writeNumber(ws, T.firstRule + k, r, outcome.partners[p]?.contribution ?? 0, 'money');
    });
  });
  const totalRow = last + 1;
  writeText(ws, 1, totalRow, 'All partners', { bold: true });
  for (const column of [
    T.fiscalDoNothing,
    T.fiscalAvoided,
    T.contribution,
    T.fiscalNet,
    T.avoided,
    T.net,
  ]) {
    const cached = sumColumn(ws, column, first, last);
    writeFormula(
      ws,
      column,
      totalRow,
      `SUM(${range(column, first, column, last)})`,
      cached,
      'money',
    );
  }
  const shortfallRow = totalRow + 1;
  const checkRow = totalRow + 2;
  writeText(ws, 1, shortfallRow, 'Shortfall under offers (PV, negative: a surplus)');
  writeText(
    ws,
    1,
    checkRow,
    'Check: contributions and any shortfall add up to the pool in pennies (PV)',
  );
  const poolPV = cell(columns.pv, penniesRow, true);
  rules.forEach((outcome, k) => {
    const column = T.firstRule + k;
    if (isRuleError(outcome)) {
      writeText(ws, column, totalRow, outcome.error);
      return;
    }
    writeFormula(
      ws,
      column,
      totalRow,
      `SUM(${range(column, first, column, last)})`,
      outcome.total.minus(outcome.shortfall ?? ZERO),
      'money',
    );
    if (outcome.shortfall) writeNumber(ws, column, shortfallRow, outcome.shortfall, 'money');
    writeFormula(
      ws,
      column,
      checkRow,
      `ROUND(${cell(column, totalRow)}+N(${cell(column, shortfallRow)})-${poolPV},2)=0`,
      true,
    );
  });
}

/** The cached figures of a column already written, added up, for its total's cached result. */
function sumColumn(ws: Worksheet, column: number, first: number, last: number): number {
  let total = 0;
  for (let r = first; r <= last; r += 1) {
    const value = ws.getCell(r, column).value;
    if (
      typeof value === 'object' &&
      value !== null &&
      'result' in value &&
      typeof value.result === 'number'
    )
      total += value.result;
  }
  return total;
}
