/**
 * The results panel beside the Costs screen, by keyboard alone: typing a new unit cost moves the panel's
 * figures without leaving the field, and a screen reader hears one sentence once results have settled.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { assertAccessible, assertClean, launchBrowser, TEST_TIMEOUT } from './browser';

const POLICE_LINE = 'Domestic abuse incident: police';
const SCENARIO = 'Five-year commitment';

/** "£1,234" or "−£1,234" as pounds. */
function pounds(text: string): number {
  const value = Number(text.replace(/[^\d.]/g, ''));
  return /^\s*[−-]/.test(text) ? -value : value;
}

/** The panel's financial net saving of a scenario, as shown (without its move). */
async function netSaving(panel: Locator, scenario: string): Promise<string> {
  const row = panel.getByRole('row').filter({
    has: panel.page().getByRole('rowheader', { name: scenario, exact: true }),
  });
  return (await row.getByRole('cell').first().locator('.results-panel__figure').innerText()).trim();
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

/** Records every text the panel's live region takes from now on, in `window.__announced`. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const region = document.querySelector('.results-panel [role="status"]');
    window.__announced = [];
    let last = region.textContent;
    new MutationObserver(() => {
      if (region.textContent !== last) {
        last = region.textContent;
        window.__announced.push(last);
      }
    }).observe(region, { childList: true, characterData: true, subtree: true });
  })()`);
}

async function announced(page: Page): Promise<string[]> {
  const texts: unknown = await page.evaluate('window.__announced');
  assert.ok(Array.isArray(texts));
  return texts.map(String);
}

/** The words on the focused button, or null when the focus is elsewhere. */
async function focusedButton(page: Page): Promise<string | null> {
  const text: unknown = await page.evaluate(`(() => {
    const el = document.activeElement;
    return el && el.tagName === 'BUTTON' ? el.textContent.replace(/\\s+/g, ' ').trim() : null;
  })()`);
  return typeof text === 'string' ? text : null;
}

async function isFocused(field: Locator): Promise<boolean> {
  return field.evaluate((el) => el === document.activeElement);
}

void test(
  'on the Costs screen the panel’s figures follow a unit cost typed by keyboard, and settle once',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=costs');
      const { page } = watched;
      const panel = page.locator('.results-panel');
      const scenarios = panel.getByRole('table', { name: 'Funding scenarios' });
      await scenarios.waitFor({ state: 'visible', timeout: 15_000 });
      const before = await netSaving(panel, SCENARIO);
      assert.match(before, /^−?£\d{1,3}(,\d{3})*$/);
      const region = panel.getByRole('status');
      assert.equal((await region.innerText()).trim(), '', 'nothing announced on opening');
      await recordAnnouncements(page);

      // Keyboard only: Tab to the police line's Edit button, open it with Enter, then Tab on to its unit
      // cost (the Costs screen lists the lines in a table and opens one line's editor at a time).
      const line = page.getByRole('region', { name: POLICE_LINE, exact: true });
      const unitCost = line.getByRole('textbox', { name: 'Unit cost', exact: true });
      for (let presses = 0; ; presses += 1) {
        if ((await unitCost.count()) > 0 && (await isFocused(unitCost))) break;
        assert.ok(presses <= 300, 'the unit cost field is reached by Tab');
        const button = await focusedButton(page);
        if (button === `Edit ${POLICE_LINE}` || button === POLICE_LINE) {
          await page.keyboard.press('Enter');
          await unitCost.waitFor({ state: 'visible' });
        } else await page.keyboard.press('Tab');
      }
      assert.equal(await unitCost.inputValue(), '415');

      // A new unit cost, typed a key at a time: "5", "50", "500".
      await page.keyboard.press('Control+a');
      await page.keyboard.type('500', { delay: 120 });
      const after = await changedFrom(() => netSaving(panel, SCENARIO), before);
      assert.ok(await isFocused(unitCost), 'the focus stays in the unit cost field');

      // A dearer police incident means more cost avoided, so the net saving rises; the move shown beside
      // it is the difference between the figures as shown.
      const rise = pounds(after) - pounds(before);
      assert.ok(rise > 0, `the net saving rises (from ${before} to ${after})`);
      const rising = `${SCENARIO} net saving ${after}, up £${rise.toLocaleString('en-GB')}`;
      const row = scenarios.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: SCENARIO, exact: true }),
      });
      const move = row.getByRole('cell').first().locator('.results-panel__move');
      // "▲" is seen, "up by" is heard.
      assert.equal(await move.textContent(), `▲up by £${rise.toLocaleString('en-GB')}`);

      // Announced once, after results have stood still for a moment: wait for it, then a while longer.
      const deadline = Date.now() + 10_000;
      while ((await announced(page)).length === 0) {
        assert.ok(Date.now() < deadline, 'an announcement within 10 seconds');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const texts = await announced(page);
      assert.equal(texts.length, 1, `announced once: ${JSON.stringify(texts)}`);
      assert.match(texts[0]!, /^Results updated: /);
      assert.ok(texts[0]!.includes(rising), `the sentence names "${rising}": ${texts[0]!}`);
      assert.ok(await isFocused(unitCost), 'the focus is still in the unit cost field');
      assert.equal(await unitCost.inputValue(), '500');

      await assertAccessible(page, 'Costs of doing nothing, with the results panel after an edit');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
