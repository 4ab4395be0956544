/**
 * The committee report printed by Chromium's own print to PDF: its text holds the title, every scenario
 * with its headline figures and both cases, each page carries the running header and its page number,
 * and only the report prints. Set REPORT_PDF to a path to keep the PDF and look at its pages.
 *
 * Expected figures are the worked example's known results (present value, 2026/27 prices), whole pounds:
 * - Five-year commitment, financial case: avoided £5,793,131.09 against service £5,029,475.72, so the net
 *   saving is £763,655.37… → £763,655 and the ratio 5,793,131.09 / 5,029,475.72 = 1.1518… → 1.15.
 * - One-year grants, financial case: £3,527,663.07 against £4,617,121.35: net −£1,089,458 and 0.764… → 0.76.
 * - Economic case: five-year 16,813,794.56 / 5,029,475.72 = 3.343… → 3.34; one-year grants
 *   10,604,105.86 / 4,617,121.35 = 2.296… → 2.30.
 * - The cost of short-term funding: 763,655.38 − (−1,089,458.28) = 1,853,113.66 → £1,853,114.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  assertClean,
  launchBrowser,
  type Browser,
  TEST_TIMEOUT,
} from './browser';

const TITLE = 'Worked example: Ashdown domestic abuse partnership (illustrative)';
const SCENARIOS = [
  'One-year grants renewed every year',
  'Three-year commitment',
  'Five-year commitment',
  'One-year pilot',
];
const HEADLINE_FIGURES = ['£763,655', '1.15', '−£1,089,458', '0.76', '3.34', '2.30', '£1,853,114'];

/** pdftotext's words with ligatures undone and every run of white space one space. */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const text = execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
  return text.normalize('NFKC').replace(/\s+/g, ' ');
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)$/m.exec(info);
  assert.ok(match?.[1], 'pdfinfo gives a page count');
  return Number(match[1]);
}

void describe('committee report', { timeout: 240_000 }, () => {
  let browser: Browser;
  let folder: string;
  before(async () => {
    browser = await launchBrowser();
    folder = mkdtempSync(join(tmpdir(), 'coi-report-'));
  });
  after(async () => {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  });

  void it(
    'prints the worked example to A4 with its figures, a header and page numbers, and nothing else',
    { timeout: TEST_TIMEOUT * 2 },
    async (t) => {
      const watched = await browser.open('?screen=report');
      const { page } = watched;
      try {
        const main = page.locator('main');
        await main
          .getByRole('heading', { level: 2, name: 'Committee report', exact: true })
          .waitFor({ timeout: 10_000 });
        await main
          .getByRole('table', { name: /^Financial case: headline figures/ })
          .waitFor({ timeout: 15_000 });
        await main.locator('svg.recharts-surface').nth(2).waitFor();
        await assertAccessible(page, 'the Committee report');

        // The button asks the browser to print (the dialog itself cannot open headless).
        await page.evaluate(() => {
          window.print = () => {
            document.body.dataset.printed = 'yes';
          };
        });
        await main.getByRole('button', { name: 'Print or save as PDF' }).click();
        assert.equal(await page.evaluate(() => document.body.dataset.printed), 'yes');

        // Printing shows the report alone: no navigation, header or buttons.
        await page.emulateMedia({ media: 'print' });
        const hidden = await page.evaluate(() =>
          ['.side-nav', '.app-header', '.skip-link', '.committee-report__actions'].map(
            (selector) => {
              const element = document.querySelector(selector);
              return element ? getComputedStyle(element).display : 'absent';
            },
          ),
        );
        assert.deepEqual(hidden, ['none', 'none', 'none', 'none']);

        const pdf = join(folder, 'report.pdf');
        writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
        if (process.env.REPORT_PDF) copyFileSync(pdf, process.env.REPORT_PDF);

        const text = pdfText(pdf);
        assert.ok(text.includes(TITLE), 'the title');
        for (const name of SCENARIOS) assert.ok(text.includes(name), `the scenario ${name}`);
        for (const figure of HEADLINE_FIGURES) assert.ok(text.includes(figure), figure);
        for (const phrase of [
          'Financial case: headline figures',
          'Economic case: headline figures',
          'The cost of short-term funding',
          'Doing nothing costs the partners’ budgets',
        ])
          assert.ok(text.includes(phrase), phrase);
        assert.ok(!text.includes('Meeting mode'), 'the app header does not print');
        assert.ok(!text.includes('Funding scenarios Results'), 'the navigation does not print');

        const pages = pageCount(pdf);
        t.diagnostic(`the report prints on ${pages} A4 pages`);
        assert.ok(pages >= 4 && pages <= 16, `${pages} pages`);
        for (let n = 1; n <= pages; n += 1) {
          const words = pdfText(pdf, n);
          assert.ok(words.includes(`Page ${n} of ${pages}`), `page ${n} is numbered`);
          assert.ok(words.includes(TITLE), `page ${n} carries the title in its header`);
        }
        assertClean(watched);
      } finally {
        await page.close();
      }
    },
  );
});
