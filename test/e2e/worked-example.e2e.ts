/** The app opens on the worked example and runs entirely from its own origin. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertClean, BASE_URL, launchBrowser, type Browser, TEST_TIMEOUT } from './browser';

void describe('worked example', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
  });

  void it(
    'loads by default and the Results screen shows the headline figures',
    { timeout: TEST_TIMEOUT },
    async () => {
      const watched = await browser.open('?screen=results');
      const { page } = watched;
      try {
        assert.match(await page.title(), /Cost of Inaction/);
        await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
        assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Worked example/);
        const headline = page
          .getByRole('table')
          .filter({ hasText: 'Cost of doing nothing' })
          .first();
        await headline.waitFor({ state: 'visible', timeout: 10_000 });
        assert.match(await headline.innerText(), /£\d{1,3}(,\d{3})*/);
        assertClean(watched);
      } finally {
        await page.close();
      }
    },
  );

  void it('runs on JavaScript from its own origin only', { timeout: TEST_TIMEOUT }, async () => {
    const origin = new URL(BASE_URL).origin;
    const scripts: string[] = [];
    const page = await browser.context.newPage();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    try {
      await page.goto(BASE_URL, { waitUntil: 'networkidle' });
      await page.locator('main h2').first().waitFor({ state: 'visible' });
      assert.ok(scripts.length > 0, 'the app loaded its script');
      for (const url of scripts) assert.equal(new URL(url).origin, origin, url);
      const inline = await page.$$eval('script:not([src])', (found) => found.length);
      assert.equal(inline, 0, 'no inline scripts');
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      assert.match(policy ?? '', /script-src 'self'(;|$)/);
      assert.match(policy ?? '', /default-src 'self'/);
    } finally {
      await page.close();
    }
  });
});
