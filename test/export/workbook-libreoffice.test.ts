/**
 * The workbook opened in LibreOffice (headless, recalculating every formula on load): the Summary's
 * figures equal the engine's to the penny, every formula gives the figure the app cached, the checks hold,
 * and a unit cost changed in Assumptions moves the cost of doing nothing as the engine says it should.
 * Requires `soffice` (installed here and in CI); LibreOffice takes a few seconds a workbook.
 */
import { describe, expect, it } from 'vitest';
import { formatPennies } from '../../src/model/decimal';
import { toHeadlessResults } from '../../src/model/headless-results';
import type { ModelFile } from '../../src/model/model-file';
import {
  evaluated,
  formulaCells,
  largeModelFile,
  numberOf,
  numericCellCounts,
  pennies,
  readBack,
  recalculateInLibreOffice,
  rowLabelled,
  workbookOf,
  workedExampleFile,
  type Recalculated,
} from './workbook-helpers';

const LIBREOFFICE = 180_000;

type SummaryFigures = Record<string, (string | number | null)[]>;

/** Each scenario's row of the Summary's two tables, by name, as LibreOffice recalculated them. */
function summaryFigures(sheets: Recalculated, names: readonly string[]): SummaryFigures {
  const rows = sheets.get('Summary') ?? [];
  const economic = rowLabelled(rows, 'Scenario');
  const financial = rowLabelled(rows, 'Scenario', economic + 1);
  const money = (text: string | undefined) => pennies(Number(text));
  const ratio = (text: string | undefined) => (text === 'none' ? null : Number(text).toFixed(6));
  const year = (text: string | undefined) => (text === 'none' ? null : Number(text));
  return Object.fromEntries(
    names.map((name) => {
      const e = rows[rowLabelled(rows, name, economic)] ?? [];
      const f = rows[rowLabelled(rows, name, financial)] ?? [];
      return [
        name,
        [
          money(e[1]),
          money(e[2]),
          money(e[3]),
          money(e[4]),
          ratio(e[5]),
          year(e[6]),
          ratio(e[7]),
          money(f[1]),
          money(f[3]),
          money(f[4]),
          ratio(f[5]),
          year(f[6]),
          money(f[7]),
        ],
      ];
    }),
  );
}

/** The same figures as the engine gives them (MODEL.md's headless results). */
function engineFigures(file: ModelFile): SummaryFigures {
  const { model, results } = evaluated(file);
  return Object.fromEntries(
    toHeadlessResults(model, results).scenarios.map((s) => [
      s.name,
      [
        s.doNothingPV,
        s.servicePV,
        s.avoidedPV,
        s.netSavingPV,
        s.bcr,
        s.paybackYear,
        s.breakEvenScale,
        s.fiscalDoNothingPV,
        s.fiscalAvoidedPV,
        s.fiscalNetSavingPV,
        s.fiscalBcr,
        s.fiscalPaybackYear,
        s.cashableAvoidedPV,
      ],
    ]),
  );
}

async function recalculated(bytes: Uint8Array) {
  const book = await readBack(bytes);
  return {
    book,
    sheets: recalculateInLibreOffice(
      bytes,
      book.worksheets.map((ws) => ws.name),
    ),
  };
}

const models: [string, () => ModelFile][] = [
  ['the worked example', workedExampleFile],
  ['the large model', largeModelFile],
];

describe.each(models)('the workbook of %s, recalculated in LibreOffice', (_, file) => {
  it(
    'gives the engine’s Summary to the penny, every formula its cached figure, and every check TRUE',
    async () => {
      const { model, bytes } = await workbookOf(file());
      const { book, sheets } = await recalculated(bytes);
      const names = model.scenarios.map((s) => s.name);
      expect(summaryFigures(sheets, names)).toEqual(engineFigures(file()));

      const wrong: string[] = [];
      for (const cell of formulaCells(book)) {
        const text = sheets.get(cell.sheet)?.[cell.row - 1]?.[cell.column - 1] ?? '';
        const where = `${cell.sheet}!R${cell.row}C${cell.column} ${cell.formula}`;
        if (typeof cell.result === 'number') {
          const got = numberOf(text);
          // Money agrees to the penny; shares and factors to a billionth of their size.
          const tolerance = Math.max(0.005, Math.abs(cell.result) * 1e-9);
          if (!(Math.abs(got - cell.result) <= tolerance))
            wrong.push(`${where}: ${text}, cached ${cell.result}`);
        } else if (String(cell.result).toUpperCase() !== text.toUpperCase())
          wrong.push(`${where}: ${text}, cached ${String(cell.result)}`);
      }
      expect(wrong.slice(0, 10)).toEqual([]);
      const errors = [...sheets].flatMap(([sheet, rows]) =>
        rows.flatMap((cells) =>
          cells.filter((c) => /^(Err:|#[A-Z/0!?]+)/.test(c)).map((c) => `${sheet}: ${c}`),
        ),
      );
      expect(errors).toEqual([]);
      const checks = formulaCells(book).filter((c) => typeof c.result === 'boolean');
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks)
        expect(sheets.get(check.sheet)?.[check.row - 1]?.[check.column - 1]).toBe('TRUE');

      const { formulas, values } = numericCellCounts(book);
      expect(formulas).toBeGreaterThan(values);
    },
    LIBREOFFICE,
  );
});

describe('a unit cost changed in the workbook', () => {
  it(
    'moves the cost of doing nothing and every Summary figure as the engine does with the same change',
    async () => {
      const { bytes } = await workbookOf(workedExampleFile());
      const book = await readBack(bytes);
      const assumptions = book.getWorksheet('Assumptions');
      if (!assumptions) throw new Error('No Assumptions sheet');
      // The police line: £415 at 2008/09 prices becomes £1,000 at 2026/27 prices (price factor 1).
      // The first row naming the line is in the cost-line table (the bearer shares name it again below).
      let lineRow = 0;
      assumptions.eachRow((row, r) => {
        if (
          lineRow === 0 &&
          row.getCell(1).value === 'police' &&
          row.getCell(3).value === 'victims'
        )
          lineRow = r;
      });
      expect(assumptions.getCell(lineRow, 7).value).toBe(415);
      assumptions.getCell(lineRow, 7).value = 1000;
      assumptions.getCell(lineRow, 8).value = 2026;
      const edited = new Uint8Array(await book.xlsx.writeBuffer());
      const sheets = recalculateInLibreOffice(
        edited,
        book.worksheets.map((ws) => ws.name),
      );

      const changed = workedExampleFile();
      const police = changed.costLines.find((l) => l.id === 'police');
      if (!police) throw new Error('No police line');
      police.unitCost = '1000';
      police.priceYear = 2026;
      const { results } = evaluated(changed);

      const doNothing = sheets.get('Doing nothing') ?? [];
      const total = doNothing[rowLabelled(doNothing, 'Cost of doing nothing')] ?? [];
      const years = results.doNothing.total.length;
      expect(total.slice(2, 2 + years).map((t) => pennies(Number(t)))).toEqual(
        results.doNothing.total.map(formatPennies),
      );
      expect(pennies(Number(total[2 + years + 2]))).toBe(
        formatPennies(results.doNothing.totals.pv),
      );
      // By hand: victims known to services follow a straight line through 2021–2025 (1120, 1185, 1230,
      // 1290, 1345): mean 1234 at 2023, slope 555 / 10 = 55.5 a year, so 1234 + 3 × 55.5 = 1400.5 cases
      // in 2026/27; one police incident each at £1,000 is £1,400,500.00.
      const policeRow = doNothing[rowLabelled(doNothing, 'Domestic abuse incident: police')] ?? [];
      expect(pennies(numberOf(policeRow[2] ?? ''))).toBe('1400500.00');

      const names = results.scenarios.map((s) => s.name);
      expect(summaryFigures(sheets, names)).toEqual(engineFigures(changed));
      // And the figures did move from the unchanged model's.
      expect(summaryFigures(sheets, names)).not.toEqual(engineFigures(workedExampleFile()));
    },
    LIBREOFFICE,
  );
});
