/**
 * Taking the figures out, in a real browser: a table's CSV, the all-results CSV and a chart as SVG and
 * PNG, each downloaded as a person would, read back and checked; nothing leaves the app's origin.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { assertClean, launchBrowser, TEST_TIMEOUT } from './browser';

/** Clicks a button and returns the downloaded file's suggested name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent('download', { timeout: 15_000 });
  await button.click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function csvRows(bytes: Buffer): string[][] {
  // UTF-8 with a byte-order mark, so a spreadsheet reads "£" right.
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.includes('\r\n'), 'lines end CRLF');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

const CHART = 'Cumulative net saving, and when each scenario pays back';

void test(
  'a table, all results and a chart download as CSV, SVG and PNG, made in the browser alone',
  { timeout: TEST_TIMEOUT * 2 },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=results');
      const { page } = watched;
      await page
        .getByRole('table', { name: /^Financial case: headline figures/ })
        .waitFor({ timeout: 15_000 });

      // A table's CSV: the financial case's headline figures, numbers bare, units beside them.
      const table = await download(
        page,
        page.getByRole('button', { name: 'Download CSV of “Financial case: headline figures”' }),
      );
      assert.equal(table.name, 'financial-case-headline-figures.csv');
      const tableRows = csvRows(table.bytes);
      assert.deepEqual(tableRows[0]?.slice(0, 3), ['Figure', 'Unit', 'Doing nothing']);
      const five = tableRows[0].indexOf('Five-year commitment');
      const netSaving = tableRows.find((row) => row[0] === 'Net saving')!;
      // As the Results screen shows it: £763,655 over ten years in present value.
      assert.equal(netSaving[five], '763655.38');
      assert.equal(netSaving[1], '£, present value at 2026/27 prices, discounted at 3.5%');

      // Every result in long form.
      const all = await download(
        page,
        page.getByRole('button', { name: 'Download all results (CSV)' }),
      );
      assert.match(all.name, /^worked-example-ashdown-.*-all-results\.csv$/);
      const allRows = csvRows(all.bytes);
      assert.deepEqual(allRows[0], [
        'scenario',
        'case',
        'year',
        'financial_year',
        'measure',
        'value_type',
        'partner',
        'line',
        'service',
        'basis',
        'unit',
        'value',
      ]);
      const total = allRows.filter(
        (row) =>
          row[0] === 'Five-year commitment' &&
          row[1] === 'financial' &&
          row[4] === 'total_net_saving' &&
          row[9] === 'pv',
      );
      assert.equal(total.length, 1);
      assert.equal(total[0]?.[11], '763655.38');
      assert.ok(allRows.length > 3000, `${allRows.length} rows`);

      // The chart as SVG: its title, basis and source drawn in, and nothing that runs.
      const figure = page.getByRole('figure', { name: CHART });
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('svg.recharts-surface path').first().waitFor({ timeout: 15_000 });
      const svgFile = await download(
        page,
        figure.getByRole('button', { name: `Download as SVG of “${CHART}”` }),
      );
      assert.equal(svgFile.name, 'cumulative-net-saving-and-when-each-scenario-pays-back.svg');
      const svg = svgFile.bytes.toString('utf8');
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/,
      );
      assert.ok(svg.includes(CHART), 'the title is drawn in');
      assert.ok(svg.includes('Present value at 2026/27 prices, discounted at 3.5%'), 'the basis');
      assert.match(
        svg,
        /Source: Cost of Inaction model “Worked example: Ashdown domestic abuse partnership \(illustrative\)”, \d{1,2} [A-Z][a-z]+ \d{4}/,
      );
      assert.ok(svg.includes('Five-year commitment'), 'the legend');
      assert.ok(!/<script/i.test(svg), 'no script');
      assert.ok(!/<foreignObject/i.test(svg), 'no foreign object');
      assert.ok(/<path[^>]* stroke="rgb\(/.test(svg), 'the lines carry their own colours');
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);

      // The chart as PNG, drawn from the SVG at twice the size.
      const png = await download(
        page,
        figure.getByRole('button', { name: `Download as PNG of “${CHART}”` }),
      );
      assert.equal(png.name, 'cumulative-net-saving-and-when-each-scenario-pays-back.png');
      assert.deepEqual(
        [...png.bytes.subarray(0, 8)],
        [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      );
      assert.equal(png.bytes.readUInt32BE(16), width! * 2);
      assert.equal(png.bytes.readUInt32BE(20), height! * 2);
      assert.ok(png.bytes.length > 10_000, `a PNG of ${png.bytes.length} bytes`);

      // Everything was made in the browser: no request left the app's origin, and nothing failed.
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'the workbook is built in the browser, loading its writer only when asked, and opens with every sheet',
  { timeout: TEST_TIMEOUT * 2 },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=results');
      const { page } = watched;
      const button = page.getByRole('button', { name: 'Download workbook (.xlsx)' });
      await button.waitFor({ timeout: 15_000 });
      const scripts = () =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()),
        );
      assert.ok(
        !(await scripts()).some((name) => name?.startsWith('exceljs')),
        'the workbook writer is not loaded before it is asked for',
      );
      const book = await download(page, button);
      assert.match(book.name, /-workbook\.xlsx$/);
      // An .xlsx is a zip: "PK\x03\x04".
      assert.deepEqual([...book.bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(book.bytes as unknown as ArrayBuffer);
      // Summary first, then the inputs, doing nothing, the worked example's four scenarios and the rest.
      const names = workbook.worksheets.map((sheet) => sheet.name);
      assert.deepEqual(names.slice(0, 3), ['Summary', 'Assumptions', 'Doing nothing']);
      assert.deepEqual(names.slice(-3), ['Contributions', 'Sources', 'Method']);
      assert.equal(names.length, 3 + 4 + 3);
      await page
        .getByRole('status')
        .filter({ hasText: /^Workbook ready: / })
        .waitFor();
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
