/**
 * The cost lines' table at scale in a real browser: the large generated model's 40 cost lines in one
 * table on a page of a screen or two, and rows pasted from a spreadsheet by keyboard alone, previewed
 * with a problem against a bad row and added only once confirmed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeModelFragment } from '../../src/persistence/share-link';
import { largeModel } from '../bench/large-model';
import { assertAccessible, assertClean, goToScreen, launchBrowser, TEST_TIMEOUT } from './browser';

void test(
  'the large model’s 40 cost lines fit one table, and rows pasted by keyboard are previewed first',
  { timeout: TEST_TIMEOUT * 2 },
  async (t) => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open(encodeModelFragment(largeModel()));
      const { page } = watched;
      await page.getByRole('heading', { level: 1, name: 'Large generated model' }).waitFor();
      await goToScreen(page, 'Costs of doing nothing');

      const table = page.getByRole('table', { name: /^Cost lines/ });
      await table.waitFor();
      // Every one of the 40 lines is a row of the one table, with no pages.
      assert.equal(await table.getByRole('rowheader').count(), 40);
      assert.equal(await page.getByRole('group', { name: /^Pages of/ }).count(), 0);
      // The first-year costs arrive with the results.
      await table
        .getByRole('row', { name: /^Cost line 1 / })
        .getByRole('cell')
        .nth(7)
        .filter({ hasText: /^£[\d,]+$/ })
        .waitFor({ timeout: 15_000 });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const rowHeight = await table
        .getByRole('row', { name: /^Cost line 2 / })
        .evaluate((row) => Math.round(row.getBoundingClientRect().height));
      t.diagnostic(`the Costs screen is ${height} px tall, a row of the table ${rowHeight} px`);
      assert.ok(height < 6000, `the Costs screen is ${height} px tall; it should be under 6,000`);
      await assertAccessible(page, 'Costs of doing nothing, the large model’s table');

      // Keyboard only: open the paste box, type two rows (one bad), check, then confirm.
      const pasteButton = page.getByRole('button', { name: 'Paste rows from a spreadsheet' });
      await pasteButton.focus();
      await page.keyboard.press('Enter');
      const box = page.getByRole('textbox', { name: 'Rows to add, with a heading row' });
      await box.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
      await page.keyboard.type(
        'Name,Caseload,Rate,Unit cost,Bearer\nRefuge place,Stream 1,0.05,450,Partner 1\nMystery,Nowhere,1,10,Partner 2',
      );
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const preview = page.getByRole('table', { name: /^What the pasted rows would add/ });
      await preview.waitFor();
      await preview
        .getByRole('row', { name: /^Row 3/ })
        .getByText('There is no caseload stream called “Nowhere”.')
        .waitFor();
      // Nothing is added before confirming.
      assert.equal(await table.getByRole('rowheader').count(), 40);
      await assertAccessible(page, 'Costs of doing nothing, the paste preview');

      const add = page.getByRole('button', { name: 'Add 1 cost line', exact: true });
      await add.focus();
      await page.keyboard.press('Enter');
      await table.getByRole('button', { name: 'Refuge place', exact: true }).waitFor();
      assert.equal(await table.getByRole('rowheader').count(), 41);

      // The new row opens its full editor, and Back to the table returns to the row.
      await table.getByRole('button', { name: 'Edit Refuge place', exact: true }).focus();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('region', { name: 'Refuge place', exact: true });
      await editor.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
      await page.getByRole('button', { name: 'Back to the table' }).first().focus();
      await page.keyboard.press('Enter');
      await editor.waitFor({ state: 'detached' });
      await page.waitForFunction(() =>
        document.activeElement?.textContent.startsWith('Edit Refuge place'),
      );
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
