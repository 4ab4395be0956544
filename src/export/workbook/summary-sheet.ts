/**
 * The first sheet: what the workbook is, which model, when it was made and how to read it; then each
 * scenario's economic and financial case, and the cost of short-term funding, every figure a reference to
 * the scenario sheets' headline cells.
 */
import type { Worksheet } from 'exceljs';
import { formatFinancialYear } from '../../model/financial-year';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import {
  BY_THE_APP,
  setWidths,
  writeFormula,
  writeHeader,
  writeText,
  type Cached,
  type Format,
} from './cell-writers';
import type { HeadlineKey, ScenarioPlaces } from './workbook-places';

/** Two scenarios to compare: the cost of short-term funding is the long-term one's extra net saving. */
export type ScenarioPair = { shortTerm: string; longTerm: string };

type Column = { key: HeadlineKey; label: string; format: Format };

export const ECONOMIC_COLUMNS: readonly Column[] = [
  { key: 'doNothingPV', label: 'Cost of doing nothing (PV)', format: 'money' },
  { key: 'servicePV', label: 'Service cost (PV)', format: 'money' },
  { key: 'avoidedPV', label: 'Cost avoided (PV)', format: 'money' },
  { key: 'netSavingPV', label: 'Net saving (PV)', format: 'money' },
  { key: 'bcr', label: 'Benefit–cost ratio', format: 'ratio' },
  { key: 'paybackYear', label: 'Payback year (FY starting)', format: 'whole' },
  { key: 'breakEvenScale', label: 'Break-even scale', format: 'ratio' },
];

export const FINANCIAL_COLUMNS: readonly Column[] = [
  { key: 'fiscalDoNothingPV', label: 'Fiscal cost of doing nothing (PV)', format: 'money' },
  { key: 'servicePV', label: 'Service cost (PV)', format: 'money' },
  { key: 'fiscalAvoidedPV', label: 'Fiscal cost avoided (PV)', format: 'money' },
  { key: 'fiscalNetSavingPV', label: 'Fiscal net saving (PV)', format: 'money' },
  { key: 'fiscalBcr', label: 'Fiscal benefit–cost ratio', format: 'ratio' },
  { key: 'fiscalPaybackYear', label: 'Fiscal payback year (FY starting)', format: 'whole' },
  { key: 'cashableAvoidedPV', label: 'Cashable cost avoided (PV)', format: 'money' },
];

type Inputs = {
  ws: Worksheet;
  model: Model;
  results: Results;
  scenarios: readonly ScenarioPlaces[];
  madeAt: Date;
  pair: ScenarioPair | null;
};

function madeOn(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/London',
  }).format(date);
}

export function writeSummary({ ws, model, results, scenarios, madeAt, pair }: Inputs): void {
  setWidths(ws, [44, 22, 22, 22, 22, 22, 22, 22]);
  const intro = [
    'Cost of Inaction: a workbook of the model that recalculates',
    `Model: ${model.title || 'Untitled model'}`,
    `Area: ${model.area || 'not given'}`,
    `Made: ${madeOn(madeAt)}, exported from the Cost of Inaction calculator`,
    `Real terms at ${formatFinancialYear(model.priceBaseYear)} prices; present values (PV) discounted at the Green Book rates in Assumptions, over ${model.horizonYears} years from ${formatFinancialYear(model.startYear)}.`,
    'Every figure that follows from the inputs by arithmetic is a live formula over the Assumptions sheet and the rows above it: change an input there and every figure that depends on it moves.',
    `Rows labelled "${BY_THE_APP}" are values the calculator works out by a schedule (month-by-month operating levels, the penny split of contributions, the comparison of rules); each has a check beside it where one is possible. Change those inputs in the calculator and export again.`,
    'Sheets: Summary; Assumptions (every input); Doing nothing; one sheet per scenario; Contributions; Sources; Method.',
  ];
  intro.forEach((line, i) => {
    writeText(ws, 1, i + 1, line, { bold: i === 0 });
  });
  let row = intro.length + 2;
  const table = (title: string, columns: readonly Column[]) => {
    writeText(ws, 1, row++, title, { bold: true });
    writeHeader(ws, row++, ['Scenario', ...columns.map((c) => c.label)]);
    model.scenarios.forEach((scenario, i) => {
      const place = scenarios[i];
      const result = results.scenarios[i];
      writeText(ws, 1, row, scenario.name || scenario.id);
      columns.forEach((column, c) => {
        if (place && result)
          writeFormula(
            ws,
            2 + c,
            row,
            place.headline[column.key],
            cachedOf(result, column.key),
            column.format,
          );
      });
      row += 1;
    });
    row += 1;
  };
  table('The economic case: every value type (fiscal, economic and social)', ECONOMIC_COLUMNS);
  table(
    'The financial case: fiscal lines only, what lands in public bodies’ budgets',
    FINANCIAL_COLUMNS,
  );
  writeShortTermCost(ws, row, model, results, scenarios, pair);
}

function writeShortTermCost(
  ws: Worksheet,
  row: number,
  model: Model,
  results: Results,
  scenarios: readonly ScenarioPlaces[],
  pair: ScenarioPair | null,
): void {
  const s = model.scenarios.findIndex((x) => x.id === pair?.shortTerm);
  const l = model.scenarios.findIndex((x) => x.id === pair?.longTerm);
  const short = results.scenarios[s];
  const long = results.scenarios[l];
  const shortPlace = scenarios[s];
  const longPlace = scenarios[l];
  writeText(ws, 1, row++, 'The cost of short-term funding', { bold: true });
  if (!short || !long || !shortPlace || !longPlace) {
    writeText(ws, 1, row, 'Needs two scenarios to compare.');
    return;
  }
  writeText(
    ws,
    1,
    row++,
    `Net saving (PV) of ${long.name || long.scenarioId} less that of ${short.name || short.scenarioId}`,
  );
  writeHeader(ws, row++, ['Case', 'Difference in net saving (PV)']);
  writeText(ws, 1, row, 'Economic case');
  writeFormula(
    ws,
    2,
    row++,
    `${longPlace.headline.netSavingPV}-${shortPlace.headline.netSavingPV}`,
    long.headline.netSaving.pv.minus(short.headline.netSaving.pv),
    'money',
  );
  writeText(ws, 1, row, 'Financial case');
  writeFormula(
    ws,
    2,
    row,
    `${longPlace.headline.fiscalNetSavingPV}-${shortPlace.headline.fiscalNetSavingPV}`,
    long.financial.headline.netSaving.pv.minus(short.financial.headline.netSaving.pv),
    'money',
  );
}

function cachedOf(result: Results['scenarios'][number], key: HeadlineKey): Cached {
  const h = result.headline;
  const f = result.financial.headline;
  const figures: Record<HeadlineKey, Cached | null> = {
    doNothingPV: h.doNothing.pv,
    servicePV: h.service.pv,
    avoidedPV: h.avoided.pv,
    netSavingPV: h.netSaving.pv,
    bcr: h.bcr,
    paybackYear: h.paybackYear,
    breakEvenScale: h.breakEvenScale,
    fiscalDoNothingPV: f.doNothing.pv,
    fiscalAvoidedPV: f.avoided.pv,
    fiscalNetSavingPV: f.netSaving.pv,
    fiscalBcr: f.bcr,
    fiscalPaybackYear: f.paybackYear,
    cashableAvoidedPV: h.cashableAvoided.pv,
  };
  return figures[key] ?? 'none';
}
