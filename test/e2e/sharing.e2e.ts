/**
 * Share links in a real browser: a link opens the same model in another browser (also in the `%23` form
 * mail systems produce), damaged and newer links say so without touching the person's work, a link never
 * silently replaces different work, and a full storage is reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  assertClean,
  BASE_URL,
  editTitle,
  goToScreen,
  headlineTable,
  launchBrowser,
  TEST_TIMEOUT,
  waitForAutosave,
  type Browser,
} from './browser';

/** Opens the Share dialog, reads the link and the length it states, and closes the dialog again. */
async function readShareLink(page: Page): Promise<{ link: string; statedLength: string }> {
  await page
    .getByRole('toolbar', { name: 'Save and share' })
    .getByRole('button', { name: 'Share link' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Share this model' });
  await dialog.waitFor({ state: 'visible' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  const stated = /([\d,]+) characters\./.exec(await dialog.innerText());
  assert.ok(stated, 'the dialog states the link length');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { link, statedLength: stated[1]! };
}

/** The title and the headline table's text on the Results screen. */
async function shownModel(page: Page): Promise<{ title: string; headline: string }> {
  await goToScreen(page, 'Results');
  const headline = await (await headlineTable(page)).innerText();
  const title = await page.getByRole('heading', { level: 1 }).innerText();
  return { title, headline };
}

/** Opens `url` in a new browser with its own empty profile and returns what its Results screen shows. */
async function openInFreshBrowser(url: string): Promise<{ title: string; headline: string }> {
  const fresh = await launchBrowser();
  try {
    const watched = await fresh.open(url);
    await watched.page.getByRole('status').filter({ hasText: 'opened from a link' }).waitFor();
    const shown = await shownModel(watched.page);
    assertClean(watched);
    return shown;
  } finally {
    await fresh.close();
  }
}

/** Edits the title and waits until the autosave holds it: this browser now has work of its own. */
async function makeOwnWork(browser: Browser, title: string): Promise<Page> {
  const watched = await browser.open('?screen=setup');
  await editTitle(watched.page, title);
  await waitForAutosave(watched.page, title);
  return watched.page;
}

void test(
  'a share link opens the same model in a fresh browser, also with # written as %23',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=results');
      const { page } = watched;
      await headlineTable(page);

      const example = await readShareLink(page);
      assert.equal(example.statedLength, example.link.length.toLocaleString('en-GB'));
      assert.ok(
        example.link.length < 1024,
        `the worked example's link fits Outlook (${example.link.length} characters)`,
      );
      assert.ok(example.link.startsWith(`${BASE_URL}#v2.`), example.link);

      // Change the model, so that the fresh browser could not show the same figures by chance.
      await editTitle(page, 'Shared model');
      await goToScreen(page, 'Costs of doing nothing');
      await page
        .getByRole('button', {
          name: 'Edit Temporary accommodation: bed and breakfast',
          exact: true,
        })
        .click();
      await page
        .getByRole('region', { name: 'Temporary accommodation: bed and breakfast', exact: true })
        .getByRole('textbox', { name: 'Unit cost', exact: true })
        .fill('400');
      const here = await shownModel(page);
      const { link } = await readShareLink(page);
      assert.notEqual(link, example.link);
      assert.equal(here.title, 'Shared model');
      assertClean(watched);

      assert.deepEqual(await openInFreshBrowser(link), here, 'the link');
      assert.deepEqual(
        await openInFreshBrowser(link.replace('#', '%23')),
        here,
        'the %23 form of the link',
      );
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a damaged link says so and leaves the work in this browser alone',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const first = await browser.open('?screen=results');
      const { link } = await readShareLink(first.page);
      await first.page.close();
      await makeOwnWork(browser, 'My own work');

      const watched = await browser.open(link.slice(0, -10));
      const { page } = watched;
      const alert = page.getByRole('alert').filter({ hasText: 'damaged' });
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await alert.innerText(), /link is damaged or incomplete/);
      assert.match(await alert.innerText(), /Your own work has not been changed/);
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'My own work');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test('a link from a newer version says so', { timeout: TEST_TIMEOUT }, async () => {
  const browser = await launchBrowser();
  try {
    const watched = await browser.open(`${BASE_URL}#v9.abc`);
    const { page } = watched;
    const alert = page.getByRole('alert').filter({ hasText: 'newer version' });
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    // The app carries on with the worked example.
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Worked example/);
    await goToScreen(page, 'Results');
    await headlineTable(page);
    assertClean(watched);
  } finally {
    await browser.close();
  }
});

void test(
  'a link asks before replacing different work, and "Keep my work" keeps it',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const first = await browser.open('?screen=results');
      const { link } = await readShareLink(first.page);
      await first.page.close();
      await makeOwnWork(browser, 'My own work');

      const watched = await browser.open(link);
      const { page } = watched;
      const dialog = page.getByRole('dialog', { name: 'Open the model from a link?' });
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await dialog.innerText(), /My own work/);
      await dialog.getByRole('button', { name: 'Keep my work' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'My own work');
      assert.equal(new URL(page.url()).hash, '', 'the link is gone from the address bar');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a full browser storage is reported and the app keeps working',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      await browser.context.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      await editTitle(page, 'Nowhere to save');
      const alert = page.getByRole('alert').filter({ hasText: 'full' });
      await alert.waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await alert.innerText(), /Autosave failed/);

      // Still working: another edit shows, and the results are there.
      await editTitle(page, 'Still editing');
      await goToScreen(page, 'Results');
      assert.match(await (await headlineTable(page)).innerText(), /£\d/);
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a version-1 link opens as version 2, says the method has changed and offers the original back',
  { timeout: TEST_TIMEOUT },
  async () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../fixtures/links/${name}`, import.meta.url), 'utf8').trim();
    const original = JSON.parse(fixture('worked-example-v1.json')) as unknown;
    const browser = await launchBrowser();
    try {
      const watched = await browser.open(fixture('worked-example-v1.txt'));
      const { page } = watched;
      const note = page.getByRole('status').filter({ hasText: 'which has changed' });
      await note.waitFor({ state: 'visible' });
      assert.match(await note.innerText(), /Nothing has been overwritten/);
      const downloading = page.waitForEvent('download');
      await note.getByRole('button', { name: 'Download the original (version 1)' }).click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), 'model-from-a-link-version-1.json');
      const path = await download.path();
      assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), original);
      // The figures shown are version 2's: the results are there for the migrated model.
      await goToScreen(page, 'Results');
      assert.match(await (await headlineTable(page)).innerText(), /£\d/);
      await assertAccessible(page, 'Results, after opening a version-1 link');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
