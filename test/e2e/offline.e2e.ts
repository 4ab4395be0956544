/**
 * Working without a network: after one visit the service worker serves the app and the autosave brings
 * the work back; the downloaded single-file copy opens from disk with the model inside.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  assertClean,
  editTitle,
  goToScreen,
  headlineTable,
  launchBrowser,
  TEST_TIMEOUT,
  waitForAutosave,
  watchPage,
} from './browser';

/** The "Cost of doing nothing" row of the headline table, as shown. */
async function doNothingRow(page: Parameters<typeof headlineTable>[0]): Promise<string> {
  const table = await headlineTable(page);
  return (await table.getByRole('row', { name: /^Cost of doing nothing/ }).innerText()).trim();
}

void test(
  'after one visit the app reloads offline with the autosaved work',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await editTitle(page, 'Offline work');
      await waitForAutosave(page, 'Offline work');

      await browser.context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Offline work' }).waitFor({
        timeout: 10_000,
      });
      // Results load on first use: offline, the service worker has that part cached too.
      await goToScreen(page, 'Results');
      assert.match(await doNothingRow(page), /£\d{1,3}(,\d{3})+/);
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'the downloaded offline copy opens from disk, offline, with the same model',
  { timeout: TEST_TIMEOUT },
  async () => {
    const folder = await mkdtemp(join(tmpdir(), 'coi-e2e-offline-copy-'));
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      await editTitle(page, 'Carried on a memory stick');
      await goToScreen(page, 'Results');
      const figures = await doNothingRow(page);

      const downloading = page.waitForEvent('download');
      await page
        .getByRole('toolbar', { name: 'Save and share' })
        .getByRole('button', { name: 'Download offline copy' })
        .click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), 'carried-on-a-memory-stick-offline.html');
      const file = join(folder, download.suggestedFilename());
      await download.saveAs(file);
      assertClean(watched);

      const away = await launchBrowser();
      try {
        await away.context.setOffline(true);
        const copyUrl = pathToFileURL(file).href;
        const opened = watchPage(
          await away.context.newPage(),
          (url) =>
            ['data:', 'blob:'].some((scheme) => url.startsWith(scheme)) ||
            url.split(/[?#]/)[0] === copyUrl,
        );
        const copy = opened.page;
        await copy.goto(copyUrl, { waitUntil: 'load' });
        try {
          await copy
            .getByRole('heading', { level: 1, name: 'Carried on a memory stick' })
            .waitFor({ timeout: 5_000 });
        } catch {
          assert.fail(`the offline copy did not render its model: ${opened.errors.join('; ')}`);
        }
        await goToScreen(copy, 'Results');
        assert.equal(await doNothingRow(copy), figures);
        assertClean(opened);
      } finally {
        await away.close();
      }
    } finally {
      await browser.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
);
