/**
 * Editing the worked example in a real browser: figures move by exactly what the inputs imply, pasted
 * history drives the projection, a cost can be split with a new partner, a scenario's contribution rule
 * shows on Who pays, and undo and redo work from the keyboard and the buttons.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
  assertAccessible,
  assertClean,
  goToScreen,
  headlineTable,
  launchBrowser,
  TEST_TIMEOUT,
} from './browser';

type Example = {
  streams: { id: string; name: string }[];
  costLines: { id: string; name: string; unitCost: string }[];
  scenarios: { name: string }[];
};

const example = JSON.parse(
  readFileSync(new URL('../../public/examples/worked-example.json', import.meta.url), 'utf8'),
) as Example;
const TA_LINE = 'Temporary accommodation: bed and breakfast';
const MARAC_STREAM = 'High-risk cases heard at MARAC';

/** "£1,234.56" or "−£1,234" as pounds; plain numbers are exact enough for a ±£1 comparison. */
function pounds(text: string): number {
  const value = Number(text.replace(/[^\d.]/g, ''));
  return /^\s*[−-]/.test(text) ? -value : value;
}

function assertWithinAPound(actual: number, expected: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= 1,
    `${what}: moved by £${actual.toFixed(2)}, expected £${expected.toFixed(2)} (±£1)`,
  );
}

/** Polls `read` until it returns something other than `before`. */
async function changedFrom(read: () => Promise<string>, before: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await read();
    if (now !== before) return now;
    if (Date.now() > deadline) assert.fail(`still "${before}" after 10 seconds`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The line's "2026/27: £X in the first year; £Y over 10 years" figures, as shown. */
async function lineFigures(line: Locator): Promise<{ first: string; total: string }> {
  const text = await line.innerText();
  const match =
    /\d{4}\/\d{2}: (−?£[\d,]+\.\d{2})\s+in the first year; (−?£[\d,]+\.\d{2}) over/.exec(text);
  assert.ok(match, `the line shows its yearly cost: ${text}`);
  return { first: match[1]!, total: match[2]! };
}

/** The headline "Cost of doing nothing" for doing nothing, as shown. */
async function doNothingHeadline(page: Page): Promise<string> {
  const table = await headlineTable(page);
  return (
    await table
      .getByRole('row', { name: /^Cost of doing nothing/ })
      .getByRole('cell')
      .first()
      .innerText()
  ).trim();
}

/** No problem summary: the model is valid. */
async function assertNoProblems(page: Page): Promise<void> {
  assert.equal(await page.locator('.error-summary').count(), 0, 'no problem summary');
}

void test(
  'changing a unit cost moves the cost of doing nothing by caseload × rate × quantity × Δ × price factor',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      // Figures a person can check by hand: the MARAC caseload held flat at its latest count (312 in
      // 2025/26) and the line priced at 2024/25 prices, so the price factor to the 2026/27 price base is
      // index(2026/27) / index(2024/25) = 105.3095 / 100 = 1.053095.
      const watched = await browser.open('?screen=caseload');
      const { page } = watched;
      const marac = page.getByRole('region', { name: MARAC_STREAM, exact: true });
      const method = marac.getByRole('combobox', { name: 'How the caseload is projected' });
      await method.waitFor({ state: 'visible', timeout: 10_000 });
      await method.selectOption({ label: 'Flat: stays at the latest count' });
      await marac.getByText('Held at the latest recorded count: 312 in 2025/26.').waitFor();

      await goToScreen(page, 'Costs of doing nothing');
      // The lines are a table; a row's Edit button opens its full editor.
      await page.getByRole('button', { name: `Edit ${TA_LINE}`, exact: true }).click();
      const line = page.getByRole('region', { name: TA_LINE, exact: true });
      const unitCost = line.getByRole('textbox', { name: 'Unit cost', exact: true });
      const input = example.costLines.find((l) => l.name === TA_LINE)!;
      assert.equal(await unitCost.inputValue(), input.unitCost);
      assert.equal(input.unitCost, '334.95');
      await line.getByRole('textbox', { name: 'Price year', exact: true }).fill('2024');

      // Each year 312 cases × rate 0.2 × 26 weeks = 1,622.4 household-weeks;
      // 1,622.4 × £334.95 × 1.053095 = £543,422.88 × 1.053095 = £572,275.9178136 → £572,275.92,
      // and over 10 flat years £5,722,759.178136 → £5,722,759.18.
      await line.getByText('2026/27: £572,275.92', { exact: true }).waitFor();
      assert.deepEqual(await lineFigures(line), {
        first: '£572,275.92',
        total: '£5,722,759.18',
      });

      await goToScreen(page, 'Results');
      await page.getByRole('radio', { name: 'Real terms' }).check();
      const headlineBefore = await doNothingHeadline(page);

      await goToScreen(page, 'Costs of doing nothing');
      await page.getByRole('button', { name: `Edit ${TA_LINE}`, exact: true }).click();
      await unitCost.fill('400');
      // 1,622.4 × £400 × 1.053095 = £648,960 × 1.053095 = £683,416.5312 → £683,416.53 a year,
      // and over 10 flat years £6,834,165.312 → £6,834,165.31.
      await line.getByText('2026/27: £683,416.53', { exact: true }).waitFor();
      assert.deepEqual(await lineFigures(line), {
        first: '£683,416.53',
        total: '£6,834,165.31',
      });
      await assertNoProblems(page);
      await assertAccessible(page, 'Costs of doing nothing, after changing a unit cost');

      // The headline total over the horizon moves by the line's change over 10 years:
      // £6,834,165.312 − £5,722,759.178136 = £1,111,406.133864
      // (= 10 × 1,622.4 × (£400 − £334.95) × 1.053095 = 10 × £105,537.12 × 1.053095).
      // Both headline figures are rounded to the pound, so the difference may be off by up to £1.
      await goToScreen(page, 'Results');
      assert.ok(await page.getByRole('radio', { name: 'Real terms' }).isChecked());
      const headlineAfter = await changedFrom(() => doNothingHeadline(page), headlineBefore);
      assertWithinAPound(
        pounds(headlineAfter) - pounds(headlineBefore),
        1_111_406.133864,
        'the headline cost of doing nothing (real terms)',
      );
      await assertAccessible(page, 'Results, after changing a unit cost');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'history pasted from a spreadsheet fills the table and the projection follows it',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=caseload');
      const { page } = watched;
      const stream = page.getByRole('region', { name: example.streams[0]!.name, exact: true });
      const paste = stream.getByRole('textbox', { name: 'Paste from a spreadsheet' });
      await paste.waitFor({ state: 'visible', timeout: 10_000 });

      await paste.fill('2021\t1000\n2022\t1100\n2023\t1200\n2024\t1300\n2025\t1400');
      await stream.getByRole('button', { name: 'Use the pasted figures' }).click();
      await stream.getByText('Filled 5 years: 2021/22 to 2025/26.').waitFor();

      const expected = [
        [2021, '1000'],
        [2022, '1100'],
        [2023, '1200'],
        [2024, '1300'],
        [2025, '1400'],
      ] as const;
      for (const [k, [year, count]] of expected.entries()) {
        const fy = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
        assert.equal(
          await stream
            .getByRole('textbox', { name: `Year, row ${k + 1}`, exact: true })
            .inputValue(),
          String(year),
        );
        assert.equal(
          await stream.getByRole('textbox', { name: `Count in ${fy}`, exact: true }).inputValue(),
          count,
        );
      }
      assert.equal(await paste.inputValue(), '', 'the paste box empties once used');

      // A straight line through 1,000 … 1,400 rises by 100 a year and reaches 1,500 in 2026/27.
      await stream.getByText('Changes by about +100 cases a year.').waitFor();
      await stream.getByText('Show the figures').click();
      const figures = stream.getByRole('table', { name: /^Caseload by financial year/ });
      const firstProjected = figures.getByRole('row', { name: /^2026\/27/ });
      assert.deepEqual(
        (await firstProjected.getByRole('cell').allInnerTexts()).map((t) => t.trim()),
        ['—', '1,500'],
      );
      const lastRecorded = figures.getByRole('row', { name: /^2025\/26/ });
      assert.equal((await lastRecorded.getByRole('cell').first().innerText()).trim(), '1,400');

      await assertNoProblems(page);
      await assertAccessible(page, 'Caseload, after pasting history');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a new partner can share a cost line 60% / 40% with an existing bearer',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=partners');
      const { page } = watched;
      const partners = page.getByRole('table', { name: /^Partners in this model/ });
      await partners.waitFor({ state: 'visible', timeout: 10_000 });
      const count = await partners.getByRole('row').count();
      await page.getByRole('button', { name: 'Add partner', exact: true }).click();
      const name = page.getByRole('textbox', { name: `Name of partner ${count}`, exact: true });
      await name.waitFor();
      await name.fill('Probation service');
      await assertAccessible(page, 'Partners, after adding a partner');

      await goToScreen(page, 'Costs of doing nothing');
      await page.getByRole('button', { name: `Edit ${TA_LINE}`, exact: true }).click();
      const line = page.getByRole('region', { name: TA_LINE, exact: true });
      await line.getByRole('button', { name: 'Add a bearer' }).click();
      await line
        .getByRole('combobox', { name: 'Bearer 2', exact: true })
        .selectOption({ label: 'Probation service' });
      await line
        .getByRole('textbox', { name: 'Share borne by Ashdown Council housing options' })
        .fill('60');
      await line.getByRole('textbox', { name: 'Share borne by Probation service' }).fill('40');

      await line.getByText('Shares total 100%', { exact: true }).waitFor();
      await assertNoProblems(page);
      await assertAccessible(page, 'Costs of doing nothing, after splitting a cost line');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a new contribution rule shows on Who pays, and undo and redo bring the change back and forth',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=scenarios');
      const { page } = watched;
      const scenario = page.getByRole('region', { name: example.scenarios[0]!.name, exact: true });
      const rule = scenario.getByRole('combobox', { name: 'Rule', exact: true });
      await rule.waitFor({ state: 'visible', timeout: 10_000 });
      assert.equal(await rule.inputValue(), 'costBorne');
      await rule.selectOption({ label: 'Equal shares' });
      await assertAccessible(page, 'Funding scenarios, after switching the rule');

      await goToScreen(page, 'Who pays');
      const chosen = page.getByRole('combobox', { name: 'Funding scenario' });
      assert.equal(
        (await chosen.locator('option:checked').innerText()).trim(),
        example.scenarios[0]!.name,
      );
      const current = page.getByText(/^Current rule: /);
      assert.equal(await current.innerText(), 'Current rule: Equal shares.');
      await assertAccessible(page, 'Who pays, after switching the rule');

      // Ctrl+Z (focus is on the page, not in a text box) brings the previous rule back.
      await page.keyboard.press('Control+z');
      await page.getByText('Current rule: By cost borne.', { exact: true }).waitFor();
      await page.keyboard.press('Control+Shift+z');
      await page.getByText('Current rule: Equal shares.', { exact: true }).waitFor();

      // And the same with the buttons.
      const toolbar = page.getByRole('toolbar', { name: 'Edit and view' });
      await toolbar.getByRole('button', { name: 'Undo' }).click();
      await page.getByText('Current rule: By cost borne.', { exact: true }).waitFor();
      await toolbar.getByRole('button', { name: 'Redo' }).click();
      await page.getByText('Current rule: Equal shares.', { exact: true }).waitFor();

      await goToScreen(page, 'Funding scenarios');
      assert.equal(await rule.inputValue(), 'equal');
      await assertNoProblems(page);
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
