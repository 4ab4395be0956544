/**
 * One sheet per scenario: its services (see scenario-services), the pooled budget, each line's reduction
 * and avoided cost, the totals in both cases with discounted and running net saving, each partner's
 * avoided cost, and the headline figures the Summary shows. Every figure a formula over Assumptions,
 * Doing nothing and the rows above.
 */
import type { Worksheet } from 'exceljs';
import { ZERO, type Dec } from '../../model/decimal';
import type { Model, Scenario } from '../../model/model';
import { VALUE_TYPES } from '../../model/model-file';
import type { ScenarioResult } from '../../model/results';
import { avoidedFor, lineReduction } from './cached-figures';
import { cell, onSheet, rowFixed } from './cell-address';
import { freeze, writeFormula, writeText, type Cached } from './cell-writers';
import { blockSpan, columnSum, writeYearHeader, yearBlock } from './do-nothing-sheet';
import { writeHeadline } from './scenario-headline';
import { writeServiceBlocks } from './scenario-services';
import { FIXED_SHEETS } from './sheet-names';
import {
  LINE_COLUMNS,
  MATRIX_FIRST_COLUMN,
  type AssumptionPlaces,
  type DoNothingPlaces,
  type ScenarioPlaces,
} from './workbook-places';
import { writeYearRow, type FactorRanges, type YearColumns } from './year-rows';

type Context = {
  ws: Worksheet;
  sheet: string;
  model: Model;
  scenario: Scenario;
  scenarioIndex: number;
  result: ScenarioResult;
  columns: YearColumns;
  places: AssumptionPlaces;
  doNothing: DoNothingPlaces;
  doNothingTotals: readonly Dec[];
  doNothingFiscal: readonly Dec[];
  years: readonly number[];
  totals: FactorRanges;
};

export function writeScenarioSheet(context: Context): ScenarioPlaces {
  const { ws, sheet, model, result, columns, places, doNothing } = context;
  const at = (t: number, row: number) => cell(columns.of(t), row);
  const dn = (t: number, row: number) =>
    onSheet(FIXED_SHEETS.doNothing, rowFixed(columns.of(t), row));
  const A = (column: number, row: number) =>
    onSheet(FIXED_SHEETS.assumptions, cell(column, row, true));
  const { totals } = context;
  writeText(
    ws,
    1,
    1,
    `Scenario: ${context.scenario.name || context.scenario.id} (real terms, prices of the base year)`,
    { bold: true },
  );
  writeYearHeader(ws, columns, context.years, 2);
  freeze(ws, 2, 2);
  let row = 3;
  writeYearRow(ws, columns, row, {
    label: 'Financial year (the year it starts)',
    formula: (t) => dn(t, doNothing.yearRow),
    values: context.years,
    format: 'whole',
  });
  const yearRow = row++;
  const services = writeServiceBlocks(context, row);
  row = services.next + 1;

  const poolRow = row;
  writeYearRow(ws, columns, row++, {
    label: 'Pooled budget: every service’s cost',
    formula: (t) =>
      services.rows.costRows.length === 0
        ? '0'
        : `SUM(${services.rows.costRows.map((r) => at(t, r)).join(',')})`,
    values: result.series.service.real,
    format: 'money',
    totals,
  });
  const operatingRow = row;
  writeYearRow(ws, columns, row++, {
    label: 'Any service operating this year (1 = yes)',
    formula: (t) =>
      services.rows.monthsRows.length === 0
        ? '0'
        : `IF(SUM(${services.rows.monthsRows.map((r) => at(t, r)).join(',')})>0,1,0)`,
    values: services.operating.map((on) => (on ? 1 : 0)),
    format: 'whole',
  });

  row += 1;
  writeText(
    ws,
    1,
    row++,
    'Reduction of each cost line: 1 − Π(1 − effect × strength) over the services reaching its stream',
    { bold: true },
  );
  const reductionRows = model.costLines.map((line, j) => {
    const reaching = model.services.flatMap((_, s) => {
      const strengthRow = services.rows.strengthRows.get(`${s}|${line.stream}`);
      return strengthRow === undefined ? [] : [{ s, strengthRow }];
    });
    const effectRow = places.lineEffectRows[j] ?? 0;
    writeYearRow(ws, columns, row, {
      label: line.name || line.id,
      key: line.id,
      formula:
        reaching.length === 0
          ? null
          : (t) =>
              `1-${reaching.map(({ s, strengthRow }) => `(1-${A(MATRIX_FIRST_COLUMN + s, effectRow)}*${at(t, strengthRow)})`).join('*')}`,
      values: result.years.map((_, t) => lineReduction(model, result, line, t)),
      format: 'percent',
    });
    return row++;
  });

  row += 1;
  writeText(
    ws,
    1,
    row++,
    'Cost avoided by line: cost of doing nothing × reduction (key: value type)',
    { bold: true },
  );
  const avoidedRows = model.costLines.map((line, j) => {
    writeFormula(
      ws,
      2,
      row,
      onSheet(FIXED_SHEETS.doNothing, cell(2, doNothing.lineRows[j] ?? 0, true)),
      line.valueType,
    );
    writeYearRow(ws, columns, row, {
      label: line.name || line.id,
      formula: (t) => `${dn(t, doNothing.lineRows[j] ?? 0)}*${at(t, reductionRows[j] ?? 0)}`,
      values: result.lines[j]?.avoided ?? [],
      format: 'money',
      totals,
    });
    return row++;
  });
  const keys = blockSpan(2, avoidedRows);
  const block = (t: number) => yearBlock(columns, t, avoidedRows);

  row += 1;
  writeText(ws, 1, row++, 'The economic case (every value type)', { bold: true });
  const money = (
    label: string,
    formula: (t: number) => string,
    values: readonly Dec[],
    withTotals = true,
  ) => {
    writeYearRow(ws, columns, row, {
      label,
      formula,
      values,
      format: 'money',
      ...(withTotals ? { totals } : {}),
    });
    return row++;
  };
  const doNothingRow = money(
    'Cost of doing nothing',
    (t) => dn(t, doNothing.totalRow),
    context.doNothingTotals,
  );
  const avoidedRow = money(
    'Cost avoided',
    (t) => columnSum(columns.of(t), avoidedRows),
    result.series.avoided.real,
  );
  money(
    'Cost remaining',
    (t) => `${at(t, doNothingRow)}-${at(t, avoidedRow)}`,
    result.series.remaining.real,
  );
  const cases = (avoided: number, series: ScenarioResult['series'], prefix: string) => {
    const net = money(
      `${prefix}Net saving: cost avoided − pooled budget`,
      (t) => `${at(t, avoided)}-${at(t, poolRow)}`,
      series.netSaving.real,
    );
    money(
      `${prefix}Running net saving`,
      (t) => (t === 0 ? at(t, net) : `${at(t - 1, row)}+${at(t, net)}`),
      series.cumulativeNetSaving.real,
      false,
    );
    const discounted = money(
      `${prefix}Net saving, discounted`,
      (t) => `${at(t, net)}*${dn(t, doNothing.discountRow)}`,
      series.netSaving.pv,
      false,
    );
    const running = money(
      `${prefix}Running discounted net saving`,
      (t) => (t === 0 ? at(t, discounted) : `${at(t - 1, row)}+${at(t, discounted)}`),
      series.cumulativeNetSaving.pv,
      false,
    );
    const first = services.operating.indexOf(true);
    const paybackRow = row;
    writeYearRow(ws, columns, row++, {
      label: `${prefix}Paid back by this year (from the first operating year)`,
      formula: (t) =>
        `IF(AND(COUNTIF(${cell(columns.first, operatingRow, true)}:${rowFixed(columns.of(t), operatingRow)},1)>0,${at(t, running)}>=0),${at(t, yearRow)},"")`,
      values: result.years.map((y, t): Cached =>
        first >= 0 && t >= first && (series.cumulativeNetSaving.pv[t] ?? ZERO).gte(0) ? y.year : '',
      ),
      format: 'whole',
    });
    return paybackRow;
  };
  const paybackRow = cases(avoidedRow, result.series, '');

  row += 1;
  writeText(ws, 1, row++, 'Cost avoided by value type, and cashable', { bold: true });
  const valueTypeRows = Object.fromEntries(
    VALUE_TYPES.map((type) => [
      type,
      money(
        `Cost avoided: ${type}`,
        (t) => (keys === null ? '0' : `SUMIF(${keys},"${type}",${block(t)})`),
        result.valueTypes[type].avoidedByYear,
      ),
    ]),
  ) as Record<(typeof VALUE_TYPES)[number], number>;
  const cashable = blockSpan(LINE_COLUMNS.cashable, places.lineRows, FIXED_SHEETS.assumptions);
  const cashableRow = money(
    'Cost avoided: cashable',
    (t) => (cashable === null ? '0' : `SUMPRODUCT((${cashable}="yes")*${block(t)})`),
    avoidedFor(model, result, (line) => line.cashable, null),
  );

  row += 1;
  writeText(
    ws,
    1,
    row++,
    'The financial case (fiscal lines only, against the whole pooled budget)',
    { bold: true },
  );
  const fiscalDoNothingRow = money(
    'Fiscal cost of doing nothing',
    (t) => dn(t, doNothing.valueTypeRows.fiscal),
    context.doNothingFiscal,
  );
  const fiscalPaybackRow = cases(valueTypeRows.fiscal, result.financial.series, 'Fiscal: ');

  const partnerBlock = (title: string, fiscalOnly: boolean) => {
    row += 1;
    writeText(ws, 1, row++, title, { bold: true });
    return model.partners.map((partner, p) => {
      const shares = blockSpan(
        MATRIX_FIRST_COLUMN + p,
        places.bearerRows,
        FIXED_SHEETS.assumptions,
      );
      writeYearRow(ws, columns, row, {
        label: partner.name || partner.id,
        key: partner.id,
        formula: (t) =>
          keys === null || shares === null
            ? '0'
            : fiscalOnly
              ? `SUMPRODUCT((${keys}="fiscal")*${block(t)}*${shares})`
              : `SUMPRODUCT(${block(t)},${shares})`,
        values: fiscalOnly
          ? avoidedFor(model, result, (line) => line.valueType === 'fiscal', partner.id)
          : (result.partners[p]?.avoided ?? []),
        format: 'money',
        totals,
      });
      return row++;
    });
  };
  const partnerAvoidedRows = partnerBlock(
    'Cost avoided for each partner (through the bearer shares)',
    false,
  );
  const fiscalPartnerAvoidedRows = partnerBlock('Fiscal cost avoided for each partner', true);

  row += 1;
  row += 1;
  const headline = writeHeadline(ws, sheet, row, result, columns, {
    doNothing: doNothingRow,
    pool: poolRow,
    avoided: avoidedRow,
    payback: paybackRow,
    fiscalDoNothing: fiscalDoNothingRow,
    fiscalAvoided: valueTypeRows.fiscal,
    fiscalPayback: fiscalPaybackRow,
    cashable: cashableRow,
  });
  return { sheet, poolRow, partnerAvoidedRows, fiscalPartnerAvoidedRows, headline };
}
