/**
 * Working without a network: after one visit the service worker serves the app and the autosave brings
 * the work back; the downloaded single-file copy opens from disk with the model inside, and from there
 * explains why it makes no link and saves a copy of itself.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { embedModel } from '../../src/persistence/offline-copy';
import {
  assertClean,
  BASE_URL,
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

void test(
  'inside the offline copy, Share offers the model file instead of a link, and the copy saves itself',
  { timeout: TEST_TIMEOUT },
  async () => {
    const folder = await mkdtemp(join(tmpdir(), 'coi-e2e-offline-copy-'));
    const browser = await launchBrowser();
    try {
      const response = await fetch(new URL('offline.html', BASE_URL));
      const example: unknown = JSON.parse(
        await readFile('public/examples/worked-example.json', 'utf8'),
      );
      const model = { ...(example as Record<string, unknown>), title: 'Copied from a copy' };
      const first = join(folder, 'first-offline.html');
      await writeFile(
        first,
        embedModel(await response.text(), model as Parameters<typeof embedModel>[1]),
      );

      await browser.context.setOffline(true);
      const firstUrl = pathToFileURL(first).href;
      const opened = watchPage(
        await browser.context.newPage(),
        (url) =>
          ['data:', 'blob:'].some((scheme) => url.startsWith(scheme)) ||
          url.split(/[?#]/)[0] === firstUrl,
      );
      const { page } = opened;
      await page.goto(firstUrl, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Copied from a copy' }).waitFor();
      const toolbar = page.getByRole('toolbar', { name: 'Save and share' });

      // Share: no file:/// link, an explanation, and the model file to send instead.
      await toolbar.getByRole('button', { name: 'Share link' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this model' });
      await dialog.waitFor();
      const explanation = await dialog.innerText();
      assert.match(explanation, /would only\s+open on this computer/);
      assert.match(explanation, /send it by email or message/);
      assert.doesNotMatch(explanation, /file:\/\/|npm/);
      assert.equal(await dialog.getByRole('textbox').count(), 0, 'no link to copy');
      const modelDownload = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Download the model file' }).click();
      assert.equal((await modelDownload).suggestedFilename(), 'copied-from-a-copy.json');
      await dialog.getByRole('button', { name: 'Close' }).click();

      // Download offline copy: the copy saves itself with the model as it is now.
      await editTitle(page, 'Copied twice');
      const copyDownload = page.waitForEvent('download');
      await toolbar.getByRole('button', { name: 'Download offline copy' }).click();
      const download = await copyDownload;
      assert.equal(download.suggestedFilename(), 'copied-twice-offline.html');
      const second = join(folder, download.suggestedFilename());
      await download.saveAs(second);
      assert.doesNotMatch(await page.locator('body').innerText(), /npm run build/);
      assertClean(opened);

      // The second copy opens with the edited model alone (the first model is not carried along) and
      // passes its own policy: the hashes still match the saved script and style.
      const secondText = await readFile(second, 'utf8');
      assert.equal(secondText.split('id="embedded-model"').length - 1, 1, 'one embedded model');
      const secondUrl = pathToFileURL(second).href;
      const again = watchPage(
        await browser.context.newPage(),
        (url) =>
          ['data:', 'blob:'].some((scheme) => url.startsWith(scheme)) ||
          url.split(/[?#]/)[0] === secondUrl,
      );
      await again.page.goto(secondUrl, { waitUntil: 'load' });
      await again.page.getByRole('heading', { level: 1, name: 'Copied twice' }).waitFor();
      await goToScreen(again.page, 'Results');
      assert.match(await doNothingRow(again.page), /£\d{1,3}(,\d{3})+/);
      assertClean(again);
    } finally {
      await browser.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
);
