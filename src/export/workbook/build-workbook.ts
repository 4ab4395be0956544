/**
 * Builds the workbook that recalculates (.xlsx) from a read model and its results. exceljs is loaded
 * here, on demand, so it never enters the app's first load.
 */
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { writeAssumptions } from './assumptions-sheet';
import { writeContributions } from './contributions-sheet';
import { writeDoNothing } from './do-nothing-sheet';
import { writeMethod } from './method-sheet';
import { writeScenarioSheet } from './scenario-sheet';
import { FIXED_SHEETS, scenarioSheetNames } from './sheet-names';
import { writeSources } from './sources-sheet';
import { writeSummary, type ScenarioPair } from './summary-sheet';

export type WorkbookInputs = {
  model: Model;
  results: Results;
  /** When the workbook is made, as the Summary says (passed in, so the same inputs make the same book). */
  madeAt: Date;
  /** The scenarios whose difference is the cost of short-term funding; none leaves that out. */
  pair: ScenarioPair | null;
};

export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelModule = typeof import('exceljs');

/** exceljs is CommonJS: bundlers give it as the default export, Node as the namespace itself. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default ?? loaded;
}

export async function buildWorkbook(inputs: WorkbookInputs): Promise<Uint8Array> {
  const { model, results } = inputs;
  const excel = await loadExcel();
  const book = new excel.Workbook();
  book.creator = 'Cost of Inaction calculator';
  book.created = inputs.madeAt;
  book.modified = inputs.madeAt;
  // Spreadsheet programs work every formula out again when they open the file.
  book.calcProperties.fullCalcOnLoad = true;
  const names = scenarioSheetNames(model.scenarios.map((s) => s.name));
  const sheet = (name: string) => book.addWorksheet(name);
  // Sheets are added in the order a reader meets them; they are filled in the order formulas need.
  const summary = sheet(FIXED_SHEETS.summary);
  const assumptions = sheet(FIXED_SHEETS.assumptions);
  const doNothingSheet = sheet(FIXED_SHEETS.doNothing);
  const scenarioSheets = names.map(sheet);
  const contributions = sheet(FIXED_SHEETS.contributions);
  const sources = sheet(FIXED_SHEETS.sources);
  const method = sheet(FIXED_SHEETS.method);

  const places = writeAssumptions(assumptions, model, results);
  const doNothing = writeDoNothing(doNothingSheet, model, results, places);
  const scenarios = model.scenarios.map((scenario, i) => {
    const result = results.scenarios[i];
    const ws = scenarioSheets[i];
    const name = names[i];
    if (!result || !ws || name === undefined) throw new Error('Every scenario needs its results.');
    return writeScenarioSheet({
      ws,
      sheet: name,
      model,
      scenario,
      scenarioIndex: i,
      result,
      columns: doNothing.columns,
      places,
      doNothing,
      doNothingTotals: results.doNothing.total,
      doNothingFiscal: results.doNothing.valueTypes.fiscal.cost,
      years: results.doNothing.years,
      totals: doNothing.factors,
    });
  });
  writeContributions({
    ws: contributions,
    model,
    results,
    columns: doNothing.columns,
    places,
    doNothing,
    scenarios,
    totals: doNothing.factors,
  });
  writeSummary({
    ws: summary,
    model,
    results,
    scenarios,
    madeAt: inputs.madeAt,
    pair: inputs.pair,
  });
  writeSources(sources, model);
  writeMethod(method);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
