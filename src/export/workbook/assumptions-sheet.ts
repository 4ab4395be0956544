/**
 * The Assumptions sheet, first half: settings, the price index, partners, caseload history with its trend
 * and projection, cost lines with their price factors, and who bears each line. Inputs are shaded;
 * price factors and projected caseloads are live formulas over them.
 */
import type { Worksheet } from 'exceljs';
import { formatFinancialYear } from '../../model/financial-year';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { cell, onSheet, range, rowFixed } from './cell-address';
import {
  BY_THE_APP,
  freeze,
  setWidths,
  writeFormula,
  writeHeader,
  writeNumber,
  writeSection,
  writeText,
  type Cursor,
} from './cell-writers';
import { writeServiceAssumptions } from './assumptions-services';
import { FIXED_SHEETS } from './sheet-names';
import { LINE_COLUMNS, MATRIX_FIRST_COLUMN, type AssumptionPlaces } from './workbook-places';
import { yearColumns } from './year-rows';

const SHEET = FIXED_SHEETS.assumptions;
const VALUE = 2;

/** The settings' cells, fixed, as this sheet's own formulas refer to them. */
type Settings = AssumptionPlaces['settings'];

function writeSettings(ws: Worksheet, model: Model, at: Cursor): Settings {
  writeSection(ws, at, 'Settings');
  const put = (
    label: string,
    value: number | Model['discountRate'],
    format: 'whole' | 'percent',
  ) => {
    writeText(ws, 1, at.row, label);
    writeNumber(ws, VALUE, at.row, value, format, true);
    const ref = cell(VALUE, at.row, true);
    at.row += 1;
    return ref;
  };
  return {
    startYear: put('First financial year (the year it starts)', model.startYear, 'whole'),
    priceBaseYear: put(
      'Price base year (prices of this financial year)',
      model.priceBaseYear,
      'whole',
    ),
    discountRate: put('Discount rate, years 0 to 30', model.discountRate, 'percent'),
    longTermDiscountRate: put('Discount rate, years 31 on', model.longTermDiscountRate, 'percent'),
    inflationRate: put('Inflation (for cash terms)', model.inflationRate, 'percent'),
  };
}

/** The price index for the base year and every price year a line uses; returns its fixed lookup range. */
function writePriceIndex(ws: Worksheet, model: Model, at: Cursor): string {
  writeSection(
    ws,
    at,
    'Price index',
    model.hasOwnPriceIndex
      ? "The model's own index"
      : 'HM Treasury GDP deflator series, as built into the app',
  );
  writeHeader(ws, at.row, ['Year (FY starting)', 'Index', 'Financial year']);
  at.row += 1;
  const years = [
    ...new Set([model.priceBaseYear, ...model.costLines.map((l) => l.priceYear)]),
  ].sort((a, b) => a - b);
  const first = at.row;
  for (const year of years) {
    writeNumber(ws, 1, at.row, year, 'whole');
    const index = model.priceIndex.get(year);
    if (index) writeNumber(ws, 2, at.row, index, 'factor', true);
    writeText(ws, 3, at.row, formatFinancialYear(year));
    at.row += 1;
  }
  return range(1, first, 2, at.row - 1, true);
}

function writePartners(ws: Worksheet, model: Model, at: Cursor): void {
  writeSection(ws, at, 'Partners');
  writeHeader(ws, at.row, ['Id', 'Name', 'Kind']);
  at.row += 1;
  for (const partner of model.partners) {
    writeText(ws, 1, at.row, partner.id);
    writeText(ws, 2, at.row, partner.name);
    writeText(ws, 3, at.row, partner.kind);
    at.row += 1;
  }
}

type History = { first: number; last: number; latestRow: number | null };

function writeHistory(ws: Worksheet, model: Model, at: Cursor): Map<string, History> {
  writeSection(ws, at, 'Caseload history');
  writeHeader(ws, at.row, ['Stream', 'Year (FY starting)', 'Cases']);
  at.row += 1;
  const found = new Map<string, History>();
  for (const stream of model.streams) {
    const first = at.row;
    let latestRow: number | null = null;
    let latestYear = -Infinity;
    for (const point of stream.history) {
      writeText(ws, 1, at.row, stream.id);
      writeNumber(ws, 2, at.row, point.year, 'whole', true);
      writeNumber(ws, 3, at.row, point.count, 'count', true);
      if (point.year > latestYear) {
        latestYear = point.year;
        latestRow = at.row;
      }
      at.row += 1;
    }
    found.set(stream.id, { first, last: at.row - 1, latestRow });
  }
  return found;
}

const TREND = { rate: 3, base: 4, baseYear: 5 } as const;

/** Each stream's trend settings; returns the row of each. */
function writeTrends(ws: Worksheet, model: Model, at: Cursor): Map<string, number> {
  writeSection(ws, at, 'Caseload trends');
  writeHeader(ws, at.row, [
    'Stream',
    'Method',
    'Growth a year',
    'Base (no history)',
    'Base year (no history)',
  ]);
  at.row += 1;
  const rows = new Map<string, number>();
  for (const { id, trend } of model.streams) {
    writeText(ws, 1, at.row, id);
    writeText(ws, 2, at.row, trend.method);
    if (trend.method === 'rate') writeNumber(ws, TREND.rate, at.row, trend.rate, 'percent', true);
    if ((trend.method === 'flat' || trend.method === 'rate') && trend.base)
      writeNumber(ws, TREND.base, at.row, trend.base, 'count', true);
    if (trend.method === 'rate' && trend.baseYear !== null)
      writeNumber(ws, TREND.baseYear, at.row, trend.baseYear, 'whole', true);
    rows.set(id, at.row);
    at.row += 1;
  }
  return rows;
}

/** N_kt by the stream's trend: a formula over its history, or the given series. */
function writeProjection(
  ws: Worksheet,
  model: Model,
  results: Results,
  at: Cursor,
  history: Map<string, History>,
  trendRows: Map<string, number>,
  startYear: string,
): Map<string, number> {
  const columns = yearColumns(model.horizonYears);
  writeSection(
    ws,
    at,
    'Projected caseload',
    'Straight-line fits use FORECAST, compound fits GROWTH, over the history above',
  );
  writeText(ws, 1, at.row, 'Stream', { bold: true });
  writeText(ws, 2, at.row, 'Method', { bold: true });
  const yearRow = at.row;
  results.doNothing.years.forEach((year, t) => {
    writeFormula(ws, columns.of(t), yearRow, `${startYear}+${t}`, year, 'whole');
  });
  at.row += 1;
  const rows = new Map<string, number>();
  model.streams.forEach((stream, k) => {
    const caseloads = results.doNothing.streams[k]?.caseloads ?? [];
    const h = history.get(stream.id);
    const trendRow = trendRows.get(stream.id) ?? 0;
    const hasHistory = h !== undefined && h.latestRow !== null;
    const counts = h ? range(3, h.first, 3, h.last, true) : '';
    const years = h ? range(2, h.first, 2, h.last, true) : '';
    const base = hasHistory ? cell(3, h.latestRow ?? 0, true) : cell(TREND.base, trendRow, true);
    const baseYear = hasHistory
      ? cell(2, h.latestRow ?? 0, true)
      : stream.trend.method === 'rate' && stream.trend.baseYear !== null
        ? cell(TREND.baseYear, trendRow, true)
        : startYear;
    const yearOf = (t: number) => rowFixed(columns.of(t), yearRow);
    const formulaOf = (t: number): string | null => {
      switch (stream.trend.method) {
        case 'flat':
          return base;
        case 'rate':
          return `${base}*(1+${cell(TREND.rate, trendRow, true)})^(${yearOf(t)}-${baseYear})`;
        case 'linear':
          return `MAX(0,FORECAST(${yearOf(t)},${counts},${years}))`;
        case 'compound':
          return `GROWTH(${counts},${years},${yearOf(t)})`;
        case 'series':
          return null;
      }
    };
    writeText(ws, 1, at.row, stream.id);
    writeText(
      ws,
      2,
      at.row,
      stream.trend.method === 'series' ? 'series (given)' : stream.trend.method,
    );
    caseloads.forEach((n, t) => {
      const formula = formulaOf(t);
      if (formula) writeFormula(ws, columns.of(t), at.row, formula, n, 'count');
      else writeNumber(ws, columns.of(t), at.row, n, 'count', true);
    });
    rows.set(stream.id, at.row);
    at.row += 1;
  });
  return rows;
}

function writeCostLines(
  ws: Worksheet,
  model: Model,
  results: Results,
  at: Cursor,
  priceIndex: string,
  priceBaseYear: string,
): number[] {
  writeSection(
    ws,
    at,
    'Cost lines',
    'Yearly cost = cases × rate × quantity × unit cost × price factor',
  );
  writeHeader(ws, at.row, [
    'Id',
    'Name',
    'Stream',
    'Events per case a year',
    'Units per event',
    'Unit',
    'Unit cost (£)',
    'Price year (FY starting)',
    'Price factor to base year',
    'Value type',
    'Cashable',
    'Source',
  ]);
  at.row += 1;
  const C = LINE_COLUMNS;
  return model.costLines.map((line, j) => {
    const row = at.row;
    writeText(ws, C.id, row, line.id);
    writeText(ws, C.name, row, line.name);
    writeText(ws, C.stream, row, line.stream);
    writeNumber(ws, C.rate, row, line.rate, 'factor', true);
    writeNumber(ws, C.quantity, row, line.quantity, 'count', true);
    writeText(ws, C.unit, row, line.unit);
    writeNumber(ws, C.unitCost, row, line.unitCost, 'money', true);
    writeNumber(ws, C.priceYear, row, line.priceYear, 'whole', true);
    const lookup = (year: string) => `VLOOKUP(${year},${priceIndex},2,FALSE)`;
    writeFormula(
      ws,
      C.priceFactor,
      row,
      `${lookup(priceBaseYear)}/${lookup(cell(C.priceYear, row))}`,
      results.doNothing.lines[j]?.priceFactor ?? 1,
      'factor',
    );
    writeText(ws, C.valueType, row, line.valueType);
    writeText(ws, C.cashable, row, line.cashable ? 'yes' : 'no');
    writeText(ws, C.source, row, line.source);
    at.row += 1;
    return row;
  });
}

/** Lines × partners: each bearer's share, with a check that each line's shares make 100%. */
function writeBearers(ws: Worksheet, model: Model, at: Cursor): number[] {
  writeSection(ws, at, 'Who bears each cost line (shares)');
  writeHeader(ws, at.row, ['Cost line', 'Name', ...model.partners.map((p) => p.id), 'Check: 100%']);
  at.row += 1;
  const checkColumn = MATRIX_FIRST_COLUMN + model.partners.length;
  return model.costLines.map((line) => {
    const row = at.row;
    writeText(ws, 1, row, line.id);
    writeText(ws, 2, row, line.name);
    const shares = new Map(line.bearers.map((b) => [b.partner, b.share]));
    model.partners.forEach((partner, p) => {
      writeNumber(ws, MATRIX_FIRST_COLUMN + p, row, shares.get(partner.id) ?? 0, 'percent', true);
    });
    const span = range(MATRIX_FIRST_COLUMN, row, checkColumn - 1, row);
    writeFormula(ws, checkColumn, row, `ROUND(SUM(${span}),12)=1`, true);
    at.row += 1;
    return row;
  });
}

export function writeAssumptions(ws: Worksheet, model: Model, results: Results): AssumptionPlaces {
  setWidths(ws, [34, 40, 18, 16, 16, 14, 16, 16, 16, 14, 12, 60]);
  writeText(ws, 1, 1, 'Assumptions: every input of the model', { bold: true });
  writeText(
    ws,
    2,
    1,
    `Shaded cells are inputs: change one and every figure that follows from it moves. Rows marked "${BY_THE_APP}" do not.`,
  );
  freeze(ws, 1, 1);
  const at: Cursor = { row: 2 };
  const settings = writeSettings(ws, model, at);
  const priceIndex = writePriceIndex(ws, model, at);
  writePartners(ws, model, at);
  const history = writeHistory(ws, model, at);
  const trendRows = writeTrends(ws, model, at);
  const caseloadRows = writeProjection(
    ws,
    model,
    results,
    at,
    history,
    trendRows,
    settings.startYear,
  );
  const lineRows = writeCostLines(ws, model, results, at, priceIndex, settings.priceBaseYear);
  const bearerRows = writeBearers(ws, model, at);
  const qualified = Object.fromEntries(
    Object.entries(settings).map(([key, ref]) => [key, onSheet(SHEET, ref)]),
  ) as Settings;
  return {
    settings: qualified,
    caseloadRows,
    lineRows,
    bearerRows,
    ...writeServiceAssumptions(ws, model, at),
  };
}
