/**
 * The workbook read back with exceljs: its sheets in order, live formulas with the engine's figures as
 * their cached results, number formats and frozen headings, and user text kept as text.
 */
import { describe, expect, it } from 'vitest';
import { formatPennies } from '../../src/model/decimal';
import { toHeadlessResults } from '../../src/model/headless-results';
import type { ModelFile } from '../../src/model/model-file';
import {
  formulaCells,
  isFormula,
  largeModelFile,
  numericCellCounts,
  readBack,
  workbookOf,
  workedExampleFile,
} from './workbook-helpers';

const FIXED_BEFORE = ['Summary', 'Assumptions', 'Doing nothing'];
const FIXED_AFTER = ['Contributions', 'Sources', 'Method'];

const models: [string, () => ModelFile, { shortTerm: string; longTerm: string }][] = [
  [
    'the worked example',
    workedExampleFile,
    { shortTerm: 'one-year-grants', longTerm: 'five-year' },
  ],
  ['the large model', largeModelFile, { shortTerm: 'annual', longTerm: 'five' }],
];

/** Each model's workbook is built once for all the tests that read it. */
const built = new Map<string, ReturnType<typeof workbookOf>>();
function workbook(
  name: string,
  file: () => ModelFile,
  pair: { shortTerm: string; longTerm: string },
) {
  let found = built.get(name);
  if (!found) {
    found = workbookOf(file(), pair);
    built.set(name, found);
  }
  return found;
}

describe.each(models)('the workbook of %s, read back', (name, file, pair) => {
  it('has the sheets in order, the Summary first saying what it is', async () => {
    const { model, bytes } = await workbook(name, file, pair);
    const book = await readBack(bytes);
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      ...FIXED_BEFORE,
      ...model.scenarios.map((s) => s.name.slice(0, 31).trimEnd()),
      ...FIXED_AFTER,
    ]);
    const summary = book.getWorksheet('Summary');
    const intro = [1, 2, 3, 4, 5, 6, 7].map((r) => summary?.getCell(r, 1).text ?? '').join('\n');
    expect(intro).toContain('Cost of Inaction');
    expect(intro).toContain(`Model: ${model.title}`);
    expect(intro).toContain('Made: 14 May 2026');
    expect(intro).toContain('live formula');
    expect(intro).toContain('calculated by the app');
  });

  it('has Summary figures that are formulas whose cached results are the engine’s', async () => {
    const { model, results, bytes } = await workbook(name, file, pair);
    const headless = toHeadlessResults(model, results);
    const summary = (await readBack(bytes)).getWorksheet('Summary');
    if (!summary) throw new Error('No Summary sheet');
    const rowOf = (name: string, after: number) => {
      for (let r = after; r <= summary.rowCount; r += 1)
        if (summary.getCell(r, 1).value === name) return r;
      throw new Error(`No row for ${name}`);
    };
    const economicHeader = rowOf('Scenario', 1);
    const financialHeader = rowOf('Scenario', economicHeader + 1);
    headless.scenarios.forEach((expected) => {
      const e = rowOf(expected.name, economicHeader);
      const f = rowOf(expected.name, financialHeader);
      const cached = (r: number, c: number) => {
        const value: unknown = summary.getCell(r, c).value;
        if (!isFormula(value)) throw new Error(`Summary ${r},${c} is not a formula`);
        return value.result ?? 0;
      };
      const money = (r: number, c: number) => Number(cached(r, c)).toFixed(2);
      const ratio = (r: number, c: number) => {
        const value = cached(r, c);
        return value === 'none' ? null : Number(value).toFixed(6);
      };
      const year = (r: number, c: number) => {
        const value = cached(r, c);
        return value === 'none' ? null : value;
      };
      expect([money(e, 2), money(e, 3), money(e, 4), money(e, 5)]).toEqual([
        expected.doNothingPV,
        expected.servicePV,
        expected.avoidedPV,
        expected.netSavingPV,
      ]);
      expect([ratio(e, 6), year(e, 7), ratio(e, 8)]).toEqual([
        expected.bcr,
        expected.paybackYear,
        expected.breakEvenScale,
      ]);
      expect([money(f, 2), money(f, 4), money(f, 5), ratio(f, 6), year(f, 7), money(f, 8)]).toEqual(
        [
          expected.fiscalDoNothingPV,
          expected.fiscalAvoidedPV,
          expected.fiscalNetSavingPV,
          expected.fiscalBcr,
          expected.fiscalPaybackYear,
          expected.cashableAvoidedPV,
        ],
      );
    });
  });

  it('works the cost of doing nothing out by formula, cached at the engine’s figures, in £ with headings frozen', async () => {
    const { results, bytes } = await workbook(name, file, pair);
    const book = await readBack(bytes);
    const ws = book.getWorksheet('Doing nothing');
    if (!ws) throw new Error('No Doing nothing sheet');
    let totalRow = 0;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === 'Cost of doing nothing') totalRow = r;
    });
    results.doNothing.total.forEach((amount, t) => {
      const cell = ws.getCell(totalRow, 3 + t);
      expect(isFormula(cell.value) && cell.value.formula).toMatch(/^SUM\(/);
      expect(isFormula(cell.value) && Number(cell.value.result).toFixed(2)).toBe(
        formatPennies(amount),
      );
      expect(cell.numFmt).toContain('£');
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 });
    // A cost line's yearly cost: caseload × rate × quantity × unit cost × price factor, from Assumptions.
    const line = ws.getCell(totalRow - 1, 3).value;
    expect(isFormula(line) && line.formula).toMatch(
      /^C\d+\*'Assumptions'!\$D\$\d+\*'Assumptions'!\$E\$\d+\*'Assumptions'!\$G\$\d+\*'Assumptions'!\$I\$\d+$/,
    );
  });

  it('makes most of its numeric cells live formulas, every one with a cached result', async () => {
    const book = await readBack((await workbook(name, file, pair)).bytes);
    const { formulas, values } = numericCellCounts(book);
    expect(formulas / (formulas + values)).toBeGreaterThan(0.5);
    for (const cell of formulaCells(book)) expect(cell.result).not.toBeNull();
    // No merged cells anywhere.
    for (const ws of book.worksheets) expect(Object.keys(ws.model.merges)).toHaveLength(0);
  });
});

describe('text a user typed', () => {
  it('is written as plain text, never as a formula, wherever it appears', async () => {
    const file = workedExampleFile();
    const hostile = ['=HYPERLINK("http://example.com","x")', '+1+1', '-2+3', '@SUM(1)'];
    file.title = hostile[0] ?? '';
    const [partner, stream, line, scenario] = [
      file.partners[0],
      file.streams[0],
      file.costLines[0],
      file.scenarios[0],
    ];
    if (!partner || !stream || !line || !scenario)
      throw new Error('The worked example has changed');
    partner.name = hostile[0] ?? '';
    stream.name = hostile[1] ?? '';
    line.name = hostile[2] ?? '';
    line.source = hostile[3] ?? '';
    scenario.name = "=1+1 O'Brien's plan";
    const book = await readBack((await workbookOf(file)).bytes);
    expect(book.worksheets[3]?.name).toBe("=1+1 O'Brien's plan");
    const found = new Set<string>();
    for (const ws of book.worksheets)
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          const value: unknown = cell.value;
          if (typeof value === 'string' && hostile.some((h) => value.startsWith(h)))
            found.add(value);
          if (isFormula(value)) expect(value.formula).not.toMatch(/HYPERLINK|@SUM/);
        });
      });
    expect([...found].sort()).toEqual(expect.arrayContaining([...hostile].sort()));
  });
});
