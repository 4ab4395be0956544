/** The overview is the first screen: the story with its figures, a table and a chart, all by keyboard. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  assertClean,
  launchBrowser,
  type Browser,
  TEST_TIMEOUT,
} from './browser';

void describe('overview', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  void it(
    'opens first with the story in pounds, a table and a chart, and leads to Results by keyboard',
    { timeout: TEST_TIMEOUT },
    async () => {
      const watched = await browser.open();
      const { page } = watched;
      try {
        const main = page.locator('main');
        await main
          .getByRole('heading', { level: 2, name: 'Overview', exact: true })
          .waitFor({ state: 'visible', timeout: 10_000 });

        // The story paragraph, with its headline figures in pounds.
        const story = main.locator('.overview-story');
        await story.waitFor({ state: 'visible', timeout: 10_000 });
        const words = await story.innerText();
        assert.match(
          words,
          /^Doing nothing costs the partners’ budgets £\d{1,3}(,\d{3})* over ten years/,
        );
        assert.match(words, /saves £\d{1,3}(,\d{3})* more than/);

        // A table and a chart (drawn, with its own table behind "Show the table").
        const cases = main.getByRole('table', {
          name: /financial and economic cases side by side/,
        });
        await cases.waitFor({ state: 'visible' });
        assert.match(await cases.innerText(), /£\d{1,3}(,\d{3})*/);
        const chart = main.getByRole('figure', { name: 'Cumulative financial net saving by year' });
        await chart.locator('svg.recharts-surface').first().waitFor({ state: 'visible' });
        assert.ok((await chart.locator('.recharts-line').count()) > 0, 'the chart draws lines');

        // The worked example calls itself illustrative: the flag says so near the top.
        assert.ok(await main.getByRole('note', { name: 'Illustrative figures' }).isVisible());

        await assertAccessible(page, 'the overview');

        // Keyboard only: Tab until a link inside the overview that leads to Results has focus.
        let href: string | null = null;
        for (let presses = 0; presses < 80; presses += 1) {
          await page.keyboard.press('Tab');
          href = await page.evaluate(() => {
            const active = document.activeElement;
            return active?.closest('main .overview-screen') ? active.getAttribute('href') : null;
          });
          if (href === '?screen=results') break;
        }
        assert.equal(href, '?screen=results', 'a link in the overview leads to Results');
        const outline = await page
          .locator(':focus')
          .evaluate((el) => getComputedStyle(el).outlineStyle);
        assert.notEqual(outline, 'none', 'focus is visible');
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.search === '?screen=results');
        await main
          .getByRole('heading', { level: 2, name: 'Results', exact: true })
          .waitFor({ state: 'visible', timeout: 10_000 });
        assertClean(watched);
      } finally {
        await page.close();
      }
    },
  );
});
