/**
 * Work is never lost: what was typed comes back after a reload even with a problem in it; two tabs keep
 * their own work and each is offered the other's; an unreadable autosave is kept aside and offered as a
 * download; a model with problems can be saved and opened again; a new version reloads only the tab that
 * asked; and keeping one's work when a link arrives keeps the linked model too.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertClean,
  BASE_URL,
  editTitle,
  goToScreen,
  launchBrowser,
  TEST_TIMEOUT,
  waitForAutosave,
} from './browser';

const AUTOSAVE_PREFIX = 'cost-of-inaction:autosave';

/** The first cost line's unit cost on the Costs of doing nothing screen, its editor opened from the table. */
async function firstUnitCost(page: Page) {
  await goToScreen(page, 'Costs of doing nothing');
  await page
    .getByRole('button', { name: /^Edit / })
    .first()
    .click();
  const field = page.getByRole('textbox', { name: 'Unit cost', exact: true }).first();
  await field.waitFor({ state: 'visible', timeout: 10_000 });
  return field;
}

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

/** The banner that offers back work kept in this browser. */
function offers(page: Page) {
  return page.getByRole('region', { name: 'Unsaved work kept in this browser' });
}

/** The share link for what the page shows, read from the Share dialog. */
async function shareLink(page: Page): Promise<string> {
  await page
    .getByRole('toolbar', { name: 'Save and share' })
    .getByRole('button', { name: 'Share link' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Share this model' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return link;
}

void test(
  '1. a typo and later edits all come back after a reload',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      const unitCost = await firstUnitCost(page);
      await unitCost.fill('4,15');
      // More edits after the typo: before, none of these were autosaved.
      await editTitle(page, 'Edited after a typo');
      await waitForAutosave(page, 'Edited after a typo');
      await waitForAutosave(page, '4,15');

      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: 'Edited after a typo' }).waitFor();
      // The start-up notice lists the problem, not just a count.
      const alert = page.getByRole('alert').filter({ hasText: 'Your unsaved work is back' });
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await alert.innerText(), /1 problem to fix/);
      assert.match(await alert.getByRole('list', { name: 'Details' }).innerText(), /unitCost/);
      assert.equal(await (await firstUnitCost(page)).inputValue(), '4,15');
      // Nothing else in this browser to offer: the work is this tab's own.
      assert.equal(await offers(page).count(), 0);
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  '2. two tabs keep their own work, and each is offered the other’s',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const a = await browser.open('?screen=setup');
      await editTitle(a.page, 'Work of tab A');
      await waitForAutosave(a.page, 'Work of tab A');
      const b = await browser.open('?screen=setup');
      await editTitle(b.page, 'Work of tab B');
      await waitForAutosave(b.page, 'Work of tab B');
      const slots = await b.page.evaluate(
        (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
        AUTOSAVE_PREFIX,
      );
      assert.equal(slots, 2, 'one autosave per tab');

      await a.page.reload({ waitUntil: 'load' });
      assert.equal(await heading(a.page), 'Work of tab A');
      await offers(a.page).waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(
        await offers(a.page).innerText(),
        /Unsaved work from \d\d:\d\d \(“Work of tab B”\)/,
      );

      await b.page.reload({ waitUntil: 'load' });
      assert.equal(await heading(b.page), 'Work of tab B');
      await offers(b.page).waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await offers(b.page).innerText(), /“Work of tab A”/);

      // Opening the offered work asks first, then brings it in.
      await offers(b.page).getByRole('button', { name: 'Open it' }).click();
      const dialog = b.page.getByRole('dialog', { name: /^Open the model from your unsaved work/ });
      await dialog.getByRole('button', { name: /^Open the model from/ }).click();
      await b.page.getByRole('heading', { level: 1, name: 'Work of tab A' }).waitFor();
      assertClean(a);
      assertClean(b);
    } finally {
      await browser.close();
    }
  },
);

void test(
  '3. an unreadable autosave is kept aside, offered as a download, and survives typing',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const garbage = '{"savedAt":"2026-01-01T10:31:00.000Z","file":{"form';
      await browser.context.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('planted')) {
            localStorage.setItem(key, text);
            sessionStorage.setItem('planted', 'yes');
          }
        },
        [AUTOSAVE_PREFIX, garbage] as const,
      );
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await alert.innerText(), /damaged/);
      assert.match(await alert.innerText(), /kept aside, unchanged/);

      const downloading = page.waitForEvent('download');
      await offers(page).getByRole('button', { name: 'Download the unreadable work' }).click();
      const download = await downloading;
      assert.equal(await readFile(await download.path(), 'utf8'), garbage);

      await editTitle(page, 'Typed after the damage');
      await waitForAutosave(page, 'Typed after the damage');
      const kept = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith('cost-of-inaction:unreadable:'))
          .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { text?: string }).text),
      );
      assert.deepEqual(kept, [garbage]);
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  '4. "save then open" keeps a model with problems, and Open brings it back listing them',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      await (await firstUnitCost(page)).fill('4,15');
      await editTitle(page, 'Work with a typo');
      await page
        .getByLabel('Open a model file')
        .setInputFiles('public/examples/worked-example.json');
      const dialog = page.getByRole('dialog', { name: /^Open the model from the file/ });
      await dialog
        .getByRole('button', { name: 'Save my work in this browser, then open it' })
        .click();
      await dialog.waitFor({ state: 'hidden' });
      assert.notEqual(await heading(page), 'Work with a typo');

      await page.getByRole('button', { name: 'Saved models' }).click();
      const saved = page.getByRole('dialog', { name: 'Models saved in this browser' });
      const row = saved.getByRole('row', { name: /Work with a typo \(kept/ });
      assert.match(await row.innerText(), /has 1 problem/);
      await row.getByRole('button', { name: /^Open / }).click();
      await page
        .getByRole('dialog', { name: /^Open the model from the saved model/ })
        .getByRole('button', { name: /^Open the model from/ })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Work with a typo' }).waitFor();
      const alert = page.getByRole('alert').filter({ hasText: '1 problem to fix' });
      await alert.waitFor({ state: 'visible' });
      assert.match(await alert.getByRole('list', { name: 'Details' }).innerText(), /unitCost/);
      assert.equal(await (await firstUnitCost(page)).inputValue(), '4,15');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

/**
 * The service worker script the app is being served with, on disk: run-e2e builds into a temporary
 * folder, serves it as it is and names it in E2E_SERVED_DIR, so changing the file there is a new version.
 * (Searching the temporary folders instead could find an identical, stale build left by an earlier run.)
 */
async function servedServiceWorker(): Promise<{ path: string; text: string }> {
  const folder = process.env.E2E_SERVED_DIR;
  if (!folder) throw new Error('E2E_SERVED_DIR is not set: run the browser tests with run-e2e.');
  const path = join(folder, 'sw.js');
  const text = await readFile(path, 'utf8');
  const served = await (await fetch(new URL('sw.js', BASE_URL))).text();
  assert.equal(text, served, `${path} is not the service worker being served`);
  return { path, text };
}

void test(
  '5. "Reload now" for a new version reloads only the tab that asked; the other keeps its work',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const a = await browser.open('?screen=setup');
      await a.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // From the second visit on, the page is under the service worker, as an everyday tab would be.
      await a.page.reload({ waitUntil: 'load' });
      await editTitle(a.page, 'Work of the tab that asked');
      const b = await browser.open('?screen=setup');
      await editTitle(b.page, 'Work of the other tab');
      await b.page.evaluate(() => {
        const marked = window as unknown as { notReloaded?: boolean; newVersionIn?: Promise<void> };
        marked.notReloaded = true;
        marked.newVersionIn = new Promise((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => {
            resolve();
          });
        });
      });

      // A new version, as a new build would be: the service worker script changes. It is put back as
      // soon as the browser has it, so no other test sees it.
      const original = await servedServiceWorker();
      const banner = (page: Page) =>
        page.getByRole('status').filter({ hasText: 'A new version of Cost of Inaction is ready' });
      try {
        await writeFile(original.path, `${original.text}\n// a new version\n`);
        await a.page.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update();
        });
        await banner(a.page).waitFor({ state: 'visible', timeout: 20_000 });
        await banner(b.page).waitFor({ state: 'visible', timeout: 20_000 });
      } finally {
        await writeFile(original.path, original.text);
      }

      const reloaded = a.page.waitForEvent('load', { timeout: 20_000 });
      await banner(a.page).getByRole('button', { name: 'Reload now' }).click();
      await reloaded;
      await a.page.getByRole('heading', { level: 1, name: 'Work of the tab that asked' }).waitFor();

      // The other tab saw the new version take over, and is still the same page with its work.
      await b.page.evaluate(async () => {
        await (window as unknown as { newVersionIn: Promise<void> }).newVersionIn;
      });
      assert.equal(
        await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
        true,
      );
      assert.equal(await heading(b.page), 'Work of the other tab');
      assert.equal(await banner(b.page).isVisible(), true);
      assertClean(a);
      assertClean(b);
    } finally {
      await browser.close();
    }
  },
);

void test(
  '6. "Keep my work" keeps both, also for a link pasted into an open tab',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const first = await browser.open('?screen=results');
      const link = await shareLink(first.page);
      const exampleTitle = await heading(first.page);
      await first.page.close();

      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      await editTitle(page, 'My own work');
      await waitForAutosave(page, 'My own work');
      // Pasted into the address bar of this open tab: only the fragment changes.
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, new URL(link).hash);
      const dialog = page.getByRole('dialog', { name: 'Open the model from a link?' });
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      await dialog.getByRole('button', { name: 'Keep my work' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await heading(page), 'My own work');
      const status = page.getByRole('status').filter({ hasText: 'kept in Saved models' });
      await status.waitFor({ state: 'visible' });
      const name = /“(From a link, [^”]+)”/.exec(await status.innerText())?.[1];
      assert.ok(name, 'the notice names the saved copy');

      await page.getByRole('button', { name: 'Saved models' }).click();
      await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
      await page
        .getByRole('dialog', { name: /^Open the model from the saved model/ })
        .getByRole('button', { name: /^Open the model from/ })
        .click();
      await page.getByRole('heading', { level: 1, name: exampleTitle }).waitFor();
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
