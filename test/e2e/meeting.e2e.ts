/**
 * Meeting mode on a 1024 × 768 projector, by keyboard alone: it takes the whole screen in large type with
 * nothing to scroll sideways (even with a "what if" and the saved figures beside), → steps to the next
 * scenario, it passes axe, and Escape returns to the editing layout with the model unchanged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  assertAccessible,
  assertClean,
  launchBrowser,
  type Browser,
  TEST_TIMEOUT,
} from './browser';

const WIDTH = 1024;

/** Presses Tab until the focused element's text or label is `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement)) return '';
      const labelled = active.id ? document.querySelector(`label[for="${active.id}"]`) : null;
      return (labelled?.textContent ?? active.innerText).trim();
    });
    if (name.test(label)) return;
  }
  assert.fail(`${String(name)} was not reached by Tab`);
}

async function assertNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(
    width <= WIDTH,
    `${where}: the page is ${String(width)} px wide, more than ${String(WIDTH)}`,
  );
}

async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

void describe('meeting mode', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  void it(
    'fills a 1024 × 768 screen in large type, steps with →, and Escape returns to editing',
    { timeout: TEST_TIMEOUT * 2 },
    async () => {
      const watched = await browser.open('?screen=results');
      const { page } = watched;
      try {
        await page.setViewportSize({ width: WIDTH, height: 768 });
        await page.locator('main h2').first().waitFor({ state: 'visible', timeout: 10_000 });

        // The header's toolbar "Edit and view" holds the button; reach it by Tab and press Enter.
        const button = page
          .getByRole('toolbar', { name: 'Edit and view' })
          .getByRole('button', { name: 'Meeting mode' });
        await button.waitFor({ state: 'visible' });
        await tabTo(page, /^Meeting mode$/);
        const undo = page
          .getByRole('toolbar', { name: 'Edit and view' })
          .getByRole('button', { name: 'Undo' });
        const couldUndo = !(await undo.isDisabled());
        await page.keyboard.press('Enter');

        const heading = page.locator('.meeting h1');
        await heading.waitFor({ state: 'visible', timeout: 10_000 });
        await page.locator('.meeting-figure__value').first().waitFor({ state: 'visible' });
        assert.equal(
          await page.evaluate(() => document.activeElement?.tagName),
          'H1',
          'focus starts on the heading',
        );
        assert.equal(
          await page.getByRole('navigation', { name: 'Screens' }).count(),
          0,
          'the editing layout gives way',
        );
        const first = (await heading.innerText()).trim();
        assert.ok(first.length > 0, 'a scenario name shows');
        assert.ok(
          (await fontSize(page, '.meeting h1')) >= 28,
          'the scenario name is 28 px or more',
        );
        assert.ok(
          (await fontSize(page, '.meeting-figure__value')) >= 28,
          'the headline figures are 28 px or more',
        );
        assert.ok(
          (await fontSize(page, '.meeting-who-pays__table td')) >= 18,
          'who pays is 18 px or more',
        );
        await assertNoSidewaysScroll(page, 'meeting mode');
        await assertAccessible(page, 'meeting mode');

        // → steps to the next scenario.
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (name) => document.querySelector('.meeting h1')?.textContent.trim() !== name,
          first,
        );
        const second = (await heading.innerText()).trim();
        assert.notEqual(second, first, '→ shows another scenario');
        assert.match(await page.locator('.meeting__count').innerText(), /^Scenario 2 of \d+$/);

        // A what-if typed in: arrows stay in the box, and the wider cells still fit.
        await tabTo(page, /^Effectiveness/);
        await page.keyboard.press('ArrowLeft');
        assert.equal((await heading.innerText()).trim(), second, 'arrows in a box move the caret');
        await page.keyboard.press('Control+a');
        await page.keyboard.type('50');
        await page.locator('.meeting-figure__saved').first().waitFor({ state: 'visible' });
        await page.locator('.meeting-who-pays__saved').first().waitFor({ state: 'visible' });
        await assertNoSidewaysScroll(page, 'meeting mode with a what-if');
        await assertAccessible(page, 'meeting mode with a what-if');

        // Escape leaves without keeping the what-if.
        await page.keyboard.press('Escape');
        await page
          .getByRole('navigation', { name: 'Screens' })
          .waitFor({ state: 'visible', timeout: 10_000 });
        assert.equal(await page.locator('.meeting').count(), 0, 'meeting mode has gone');
        assert.equal(!(await undo.isDisabled()), couldUndo, 'nothing was kept in the model');
        assertClean(watched);
      } finally {
        await page.close();
      }
    },
  );
});
