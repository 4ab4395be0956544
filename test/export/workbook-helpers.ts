/**
 * Shared by the workbook tests: the two models, the workbook built from each, reading it back with
 * exceljs, and recalculating it in LibreOffice with recalculation on load forced (TOOLCHAIN.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { evaluateModel } from '../../src/model/evaluate';
import type { Model } from '../../src/model/model';
import type { ModelFile } from '../../src/model/model-file';
import type { Results } from '../../src/model/results';
import { buildWorkbook } from '../../src/export/workbook/build-workbook';
import { largeModel } from '../bench/large-model';

export const MADE_AT = new Date('2026-05-14T09:30:00Z');

export function workedExampleFile(): ModelFile {
  return JSON.parse(
    readFileSync(new URL('../../public/examples/worked-example.json', import.meta.url), 'utf8'),
  ) as ModelFile;
}

export function largeModelFile(): ModelFile {
  return largeModel();
}

export function evaluated(file: ModelFile): { model: Model; results: Results } {
  const evaluation = evaluateModel(file);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  return { model: evaluation.model, results: evaluation.results };
}

export async function workbookOf(
  file: ModelFile,
  pair: { shortTerm: string; longTerm: string } | null = null,
) {
  const { model, results } = evaluated(file);
  const bytes = await buildWorkbook({ model, results, madeAt: MADE_AT, pair });
  return { model, results, bytes };
}

export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book;
}

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Every sheet as rows of cells, keyed by sheet name. */
export type Recalculated = Map<string, string[][]>;

/**
 * Opens the workbook in LibreOffice with a fresh profile that forces recalculation on load, and saves
 * every sheet as CSV with raw numbers. Throws (failing the test) when soffice is missing.
 */
export function recalculateInLibreOffice(
  bytes: Uint8Array,
  sheetNames: readonly string[],
): Recalculated {
  const dir = mkdtempSync(path.join(tmpdir(), 'workbook-'));
  const profile = path.join(dir, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
  const book = path.join(dir, 'book.xlsx');
  writeFileSync(book, bytes);
  const out = path.join(dir, 'out');
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      out,
      book,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const files = new Set(readdirSync(out));
  const sheets: Recalculated = new Map();
  for (const name of sheetNames) {
    const file = `book-${name}.csv`;
    if (!files.has(file)) throw new Error(`LibreOffice wrote no CSV for sheet "${name}"`);
    const parsed = Papa.parse<string[]>(readFileSync(path.join(out, file), 'utf8'), {
      skipEmptyLines: false,
    });
    sheets.set(name, parsed.data);
  }
  return sheets;
}

/** Money rounded to pennies, as text, from a floating-point figure (for comparing with the engine's). */
export function pennies(value: number): string {
  const rounded = Math.round(value * 100 + (value >= 0 ? 1e-9 : -1e-9)) / 100;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(2);
}

/** A LibreOffice CSV cell as a number: percentages come out with their % sign. */
export function numberOf(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

type FormulaValue = { formula: string; result?: unknown };

export function isFormula(value: unknown): value is FormulaValue {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

/** Every formula cell: where it is, the formula and its cached result (exceljs reads a cached 0 back as undefined). */
export function formulaCells(book: ExcelJS.Workbook) {
  const cells: { sheet: string; row: number; column: number; formula: string; result: unknown }[] =
    [];
  for (const ws of book.worksheets)
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const value: unknown = cell.value;
        if (isFormula(value))
          cells.push({
            sheet: ws.name,
            row: r,
            column: c,
            formula: value.formula,
            result: value.result ?? 0,
          });
      });
    });
  return cells;
}

/** Numeric cells: formulas with a number as result, and plain numbers. */
export function numericCellCounts(book: ExcelJS.Workbook): { formulas: number; values: number } {
  let formulas = 0;
  let values = 0;
  for (const ws of book.worksheets)
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const value: unknown = cell.value;
        if (typeof value === 'number') values += 1;
        else if (isFormula(value) && typeof (value.result ?? 0) === 'number') formulas += 1;
      });
    });
  return { formulas, values };
}

/** The row of a sheet (1-based) whose first cell is `label`, at or after `from`. */
export function rowLabelled(rows: readonly (readonly string[])[], label: string, from = 0): number {
  const index = rows.findIndex((cells, i) => i >= from && cells[0] === label);
  if (index < 0) throw new Error(`No row labelled "${label}"`);
  return index;
}
