/**
 * The Doing nothing sheet: the years with their cash and discount factors, each stream's caseload, each
 * cost line's cost (cases × rate × quantity × unit cost × price factor), and the total by value type and
 * by partner (through the bearer shares), every figure a formula.
 */
import type { Worksheet } from 'exceljs';
import { formatFinancialYear } from '../../model/financial-year';
import type { Model } from '../../model/model';
import { VALUE_TYPES } from '../../model/model-file';
import type { Results } from '../../model/results';
import { LAST_STANDARD_RATE_YEAR } from '../../model/year-factors';
import { cell, columnLetter, onSheet, range } from './cell-address';
import { freeze, writeFormula, writeHeader, writeText } from './cell-writers';
import { FIXED_SHEETS } from './sheet-names';
import {
  LINE_COLUMNS,
  MATRIX_FIRST_COLUMN,
  type AssumptionPlaces,
  type DoNothingPlaces,
} from './workbook-places';
import {
  writeYearRow,
  yearColumns,
  yearSpan,
  type FactorRanges,
  type YearColumns,
} from './year-rows';

const SHEET = FIXED_SHEETS.doNothing;

/** The heading rows every yearly sheet shares: measure, key, the financial years, totals, check. */
export function writeYearHeader(
  ws: Worksheet,
  columns: YearColumns,
  years: readonly number[],
  row: number,
): void {
  writeHeader(ws, row, ['Measure', 'Key']);
  years.forEach((year, t) => {
    writeText(ws, columns.of(t), row, formatFinancialYear(year), { bold: true });
  });
  writeHeader(
    ws,
    row,
    ['Total (real)', 'Total (cash)', 'Present value', 'Check or note'],
    columns.real,
  );
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 14;
  for (let c = columns.first; c <= columns.note; c += 1) ws.getColumn(c).width = 16;
}

/** `SUM` of one year's column over a block of rows; 0 when the block is empty. */
export function columnSum(column: number, rows: readonly number[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first === undefined || last === undefined
    ? '0'
    : `SUM(${range(column, first, column, last)})`;
}

/** The fixed span of a block of rows in one column (`$B$10:$B$49`), for SUMIF and SUMPRODUCT. */
export function blockSpan(column: number, rows: readonly number[], sheet?: string): string | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return null;
  const span = `$${columnLetter(column)}$${first}:$${columnLetter(column)}$${last}`;
  return sheet === undefined ? span : onSheet(sheet, span);
}

export function writeDoNothing(
  ws: Worksheet,
  model: Model,
  results: Results,
  places: AssumptionPlaces,
): DoNothingPlaces & { factors: FactorRanges; columns: YearColumns } {
  const { doNothing } = results;
  const columns = yearColumns(model.horizonYears);
  const { settings } = places;
  writeText(
    ws,
    1,
    1,
    `Doing nothing: what the partners bear if no service is funded (real terms, prices of the base year)`,
    { bold: true },
  );
  writeYearHeader(ws, columns, doNothing.years, 2);
  freeze(ws, 2, 2);
  const yearRow = 3;
  const tRow = 4;
  const rateRow = 6;
  const cashRow = 5;
  const discountRow = 7;
  const at = (t: number, row: number) => cell(columns.of(t), row);
  writeYearRow(ws, columns, yearRow, {
    label: 'Financial year (the year it starts)',
    formula: (t) => `${settings.startYear}+${t}`,
    values: doNothing.years,
    format: 'whole',
  });
  writeYearRow(ws, columns, tRow, {
    label: 'Years from the start (t)',
    formula: (t) => `${at(t, yearRow)}-${settings.startYear}`,
    values: doNothing.years.map((_, t) => t),
    format: 'whole',
  });
  writeYearRow(ws, columns, cashRow, {
    label: 'Cash factor: (1 + inflation) ^ (year − price base year)',
    formula: (t) => `(1+${settings.inflationRate})^(${at(t, yearRow)}-${settings.priceBaseYear})`,
    values: doNothing.factors.cash,
    format: 'factor',
  });
  writeYearRow(ws, columns, rateRow, {
    label: `Discount rate for the year (long-term rate after year ${LAST_STANDARD_RATE_YEAR})`,
    formula: (t) =>
      `IF(${at(t, tRow)}<=${LAST_STANDARD_RATE_YEAR},${settings.discountRate},${settings.longTermDiscountRate})`,
    values: doNothing.years.map((_, t) =>
      t <= LAST_STANDARD_RATE_YEAR ? model.discountRate : model.longTermDiscountRate,
    ),
    format: 'percent',
  });
  writeYearRow(ws, columns, discountRow, {
    label: 'Discount factor: last year’s ÷ (1 + this year’s rate); 1 in the first year',
    formula: (t) => (t === 0 ? '1' : `${at(t - 1, discountRow)}/(1+${at(t, rateRow)})`),
    values: doNothing.factors.discount,
    format: 'factor',
  });
  const factors: FactorRanges = {
    cash: onSheet(SHEET, yearSpan(columns, cashRow)),
    discount: onSheet(SHEET, yearSpan(columns, discountRow)),
    factors: doNothing.factors,
  };
  const local: FactorRanges = {
    cash: yearSpan(columns, cashRow),
    discount: yearSpan(columns, discountRow),
    factors: doNothing.factors,
  };

  let row = discountRow + 2;
  writeText(ws, 1, row, 'Caseload by stream', { bold: true });
  row += 1;
  const caseRows = new Map<string, number>();
  model.streams.forEach((stream, k) => {
    const source = places.caseloadRows.get(stream.id) ?? 0;
    writeYearRow(ws, columns, row, {
      label: stream.name || stream.id,
      key: stream.id,
      formula: (t) => onSheet(FIXED_SHEETS.assumptions, at(t, source)),
      values: doNothing.streams[k]?.caseloads ?? [],
      format: 'count',
    });
    caseRows.set(stream.id, row);
    row += 1;
  });

  row += 1;
  writeText(ws, 1, row, 'Cost by line (key: value type)', { bold: true });
  row += 1;
  const A = (column: number, r: number) => onSheet(FIXED_SHEETS.assumptions, cell(column, r, true));
  const lineRows = model.costLines.map((line, j) => {
    const source = places.lineRows[j] ?? 0;
    const caseRow = caseRows.get(line.stream) ?? 0;
    writeFormula(ws, 2, row, A(LINE_COLUMNS.valueType, source), line.valueType);
    const perCase = [
      LINE_COLUMNS.rate,
      LINE_COLUMNS.quantity,
      LINE_COLUMNS.unitCost,
      LINE_COLUMNS.priceFactor,
    ]
      .map((column) => A(column, source))
      .join('*');
    writeYearRow(ws, columns, row, {
      label: line.name || line.id,
      formula: (t) => `${at(t, caseRow)}*${perCase}`,
      values: doNothing.lines[j]?.cost ?? [],
      format: 'money',
      totals: local,
    });
    row += 1;
    return row - 1;
  });

  const totalRow = row;
  writeYearRow(ws, columns, totalRow, {
    label: 'Cost of doing nothing',
    formula: (t) => columnSum(columns.of(t), lineRows),
    values: doNothing.total,
    format: 'money',
    totals: local,
  });
  row += 2;
  writeText(ws, 1, row, 'By value type', { bold: true });
  row += 1;
  const keys = blockSpan(2, lineRows);
  const valueTypeRows = Object.fromEntries(
    VALUE_TYPES.map((type) => {
      writeYearRow(ws, columns, row, {
        label: `Cost of doing nothing: ${type}`,
        key: type,
        formula: (t) =>
          keys === null ? '0' : `SUMIF(${keys},"${type}",${yearBlock(columns, t, lineRows)})`,
        values: doNothing.valueTypes[type].cost,
        format: 'money',
        totals: local,
      });
      row += 1;
      return [type, row - 1];
    }),
  ) as DoNothingPlaces['valueTypeRows'];

  const partnerBlock = (title: string, fiscalOnly: boolean) => {
    row += 1;
    writeText(ws, 1, row, title, { bold: true });
    row += 1;
    return model.partners.map((partner, p) => {
      const shares = blockSpan(
        MATRIX_FIRST_COLUMN + p,
        places.bearerRows,
        FIXED_SHEETS.assumptions,
      );
      const figures = doNothing.partners[p];
      writeYearRow(ws, columns, row, {
        label: partner.name || partner.id,
        key: partner.id,
        formula: (t) => {
          if (keys === null || shares === null) return '0';
          const costs = yearBlock(columns, t, lineRows);
          return fiscalOnly
            ? `SUMPRODUCT((${keys}="fiscal")*${costs}*${shares})`
            : `SUMPRODUCT(${costs},${shares})`;
        },
        values: (fiscalOnly ? figures?.fiscal.cost : figures?.cost) ?? [],
        format: 'money',
        totals: local,
      });
      row += 1;
      return row - 1;
    });
  };
  const partnerRows = partnerBlock('Borne by each partner (through the bearer shares)', false);
  const fiscalPartnerRows = partnerBlock(
    'Fiscal cost borne by each partner (the financial case)',
    true,
  );
  const partnerTotal = columnSum(columns.pv, partnerRows);
  writeFormula(
    ws,
    columns.note,
    totalRow,
    `ROUND(${partnerTotal}-${cell(columns.pv, totalRow)},2)=0`,
    true,
  );
  writeText(ws, columns.note + 1, totalRow, 'Check: the partners’ shares add up to the total');
  return {
    yearRow,
    tRow,
    cashRow,
    discountRow,
    lineRows,
    totalRow,
    valueTypeRows,
    partnerRows,
    fiscalPartnerRows,
    factors,
    columns,
  };
}

/** The column of year t over a block of rows, e.g. `C$10:C$49`. */
export function yearBlock(columns: YearColumns, t: number, rows: readonly number[]): string {
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? 0;
  const letter = columnLetter(columns.of(t));
  return `${letter}$${first}:${letter}$${last}`;
}
