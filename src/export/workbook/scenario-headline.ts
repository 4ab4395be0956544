/**
 * A scenario sheet's headline figures in present value, in both cases: each a formula over the PV totals
 * and payback rows above, and the cells the Summary points at.
 */
import type { Worksheet } from 'exceljs';
import type { ScenarioResult } from '../../model/results';
import { cell, onSheet } from './cell-address';
import { writeFormula, writeText, type Cached } from './cell-writers';
import type { HeadlineKey } from './workbook-places';
import type { YearColumns } from './year-rows';

/** The rows whose totals and payback years the headline reads. */
export type HeadlineRows = {
  doNothing: number;
  pool: number;
  avoided: number;
  payback: number;
  fiscalDoNothing: number;
  fiscalAvoided: number;
  fiscalPayback: number;
  cashable: number;
};

function rowSpan(columns: YearColumns, row: number): string {
  return `${cell(columns.first, row)}:${cell(columns.last, row)}`;
}

/** Writes the headline block from `start`; returns each figure's fixed reference with the sheet name. */
export function writeHeadline(
  ws: Worksheet,
  sheet: string,
  start: number,
  result: ScenarioResult,
  columns: YearColumns,
  rows: HeadlineRows,
): Record<HeadlineKey, string> {
  writeText(ws, 1, start, 'Headline figures (present values)', { bold: true });
  let row = start + 1;
  const pv = (r: number) => cell(columns.pv, r);
  const { headline, financial } = result;
  const fiscal = financial.headline;
  const lines: [HeadlineKey, string, string, Cached, 'money' | 'ratio' | 'whole'][] = [];
  const put = (
    key: HeadlineKey,
    label: string,
    formula: string,
    value: Cached,
    format: 'money' | 'ratio' | 'whole',
  ) => lines.push([key, label, formula, value, format]);
  const place = (key: HeadlineKey) => cell(3, row + lines.findIndex(([k]) => k === key));
  put('doNothingPV', 'Cost of doing nothing', pv(rows.doNothing), headline.doNothing.pv, 'money');
  put('servicePV', 'Pooled budget (service cost)', pv(rows.pool), headline.service.pv, 'money');
  put('avoidedPV', 'Cost avoided', pv(rows.avoided), headline.avoided.pv, 'money');
  put(
    'netSavingPV',
    'Net saving',
    `${place('avoidedPV')}-${place('servicePV')}`,
    headline.netSaving.pv,
    'money',
  );
  put(
    'bcr',
    'Benefit–cost ratio',
    `IF(${place('servicePV')}=0,"none",${place('avoidedPV')}/${place('servicePV')})`,
    headline.bcr ?? 'none',
    'ratio',
  );
  put(
    'paybackYear',
    'Payback year (FY starting)',
    `IF(COUNT(${rowSpan(columns, rows.payback)})=0,"none",MIN(${rowSpan(columns, rows.payback)}))`,
    headline.paybackYear ?? 'none',
    'whole',
  );
  put(
    'breakEvenScale',
    'Break-even scale (share of the effects needed)',
    `IF(${place('avoidedPV')}=0,"none",${place('servicePV')}/${place('avoidedPV')})`,
    headline.breakEvenScale ?? 'none',
    'ratio',
  );
  put(
    'fiscalDoNothingPV',
    'Fiscal cost of doing nothing',
    pv(rows.fiscalDoNothing),
    fiscal.doNothing.pv,
    'money',
  );
  put('fiscalAvoidedPV', 'Fiscal cost avoided', pv(rows.fiscalAvoided), fiscal.avoided.pv, 'money');
  put(
    'fiscalNetSavingPV',
    'Fiscal net saving',
    `${place('fiscalAvoidedPV')}-${place('servicePV')}`,
    fiscal.netSaving.pv,
    'money',
  );
  put(
    'fiscalBcr',
    'Fiscal benefit–cost ratio',
    `IF(${place('servicePV')}=0,"none",${place('fiscalAvoidedPV')}/${place('servicePV')})`,
    fiscal.bcr ?? 'none',
    'ratio',
  );
  put(
    'fiscalPaybackYear',
    'Fiscal payback year (FY starting)',
    `IF(COUNT(${rowSpan(columns, rows.fiscalPayback)})=0,"none",MIN(${rowSpan(columns, rows.fiscalPayback)}))`,
    fiscal.paybackYear ?? 'none',
    'whole',
  );
  put(
    'cashableAvoidedPV',
    'Cashable cost avoided',
    pv(rows.cashable),
    headline.cashableAvoided.pv,
    'money',
  );
  const headlineRefs = {} as Record<HeadlineKey, string>;
  for (const [key, label, formula, value, format] of lines) {
    writeText(ws, 1, row, label);
    writeText(ws, 2, row, key);
    writeFormula(ws, 3, row, formula, value, format);
    headlineRefs[key] = onSheet(sheet, cell(3, row, true));
    row += 1;
  }
  return headlineRefs;
}
