/** Every screen in a real browser: a visible heading, no accessibility violations, nothing foreign. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SCREENS } from '../../src/app/screens';
import {
  assertAccessible,
  assertClean,
  launchBrowser,
  type Browser,
  TEST_TIMEOUT,
} from './browser';

void describe('every screen', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  for (const screen of SCREENS) {
    void it(
      `${screen.id}: heading, accessibility and own origin only`,
      { timeout: TEST_TIMEOUT },
      async () => {
        const watched = await browser.open(`?screen=${screen.id}`);
        const { page } = watched;
        try {
          // The screen's own heading: the first h2 in main outside the error summary.
          const heading = page.locator('main h2:not(.error-summary h2)').first();
          await heading.waitFor({ state: 'visible', timeout: 10_000 });
          assert.notEqual((await heading.innerText()).trim(), '', 'the heading has text');
          await assertAccessible(page, `?screen=${screen.id}`);
          assertClean(watched);
        } finally {
          await page.close();
        }
      },
    );
  }

  void it(
    'keyboard: the skip link comes first and every screen link can be reached',
    { timeout: TEST_TIMEOUT },
    async () => {
      const watched = await browser.open('?screen=setup');
      const { page } = watched;
      try {
        await page.locator('main h2').first().waitFor({ state: 'visible' });
        await page.keyboard.press('Tab');
        const first = page.locator(':focus');
        assert.equal(await first.getAttribute('class'), 'skip-link');
        assert.equal((await first.innerText()).trim(), 'Skip to content');
        assert.ok(await first.isVisible(), 'the skip link shows when focused');

        const wanted = new Set(SCREENS.map((s) => `?screen=${s.id}`));
        const reached = new Set<string>();
        for (let presses = 0; presses < 60 && reached.size < wanted.size; presses += 1) {
          await page.keyboard.press('Tab');
          const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
          if (href && wanted.has(href)) reached.add(href);
        }
        assert.deepEqual(
          [...reached].sort(),
          [...wanted].sort(),
          'navigation links reached by Tab',
        );

        // The focused link shows a focus indicator and Enter opens its screen.
        const focused = page.locator(':focus');
        const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
        assert.notEqual(outline, 'none', 'focus is visible');
        const target = await focused.getAttribute('href');
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.search === target);
        assertClean(watched);
      } finally {
        await page.close();
      }
    },
  );

  void it('the skip link moves focus to the main content', { timeout: TEST_TIMEOUT }, async () => {
    const watched = await browser.open('?screen=methodology');
    const { page } = watched;
    try {
      await page.locator('main h2').first().waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      assertClean(watched);
    } finally {
      await page.close();
    }
  });
});
