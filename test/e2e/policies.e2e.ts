/**
 * Content-Security-Policy in force: the built app allows only its own files, the offline copy only its
 * own inline script and style by hash, neither allows 'unsafe-inline' for scripts, and script that
 * reaches either page (in a model's text, through a link or a file, or written into the page) never runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import type { ModelFile } from '../../src/model/model-file';
import { embedModel } from '../../src/persistence/offline-copy';
import { encodeModelFragment } from '../../src/persistence/share-link';
import { BASE_URL, launchBrowser, TEST_TIMEOUT, watchPage } from './browser';

/** Script in the places a person can type text, each setting a flag if it ever runs. */
const HOSTILE_TITLE =
  '<script>window.ranFromTitle = 1</script><img src=x onerror="window.ranFromImg = 1">';

function hostileModel(): ModelFile {
  const example: unknown = JSON.parse(readFileSync('public/examples/worked-example.json', 'utf8'));
  const read = readModel(example);
  assert.ok(read.ok, 'the worked example reads');
  const file = writeModelFile(read.model);
  return {
    ...file,
    title: HOSTILE_TITLE,
    partners: file.partners.map((partner, i) =>
      i === 0 ? { ...partner, name: '<img src=x onerror="window.ranFromPartner = 1">' } : partner,
    ),
  };
}

/** The policy a page declares in its meta element. */
async function declaredPolicy(page: Page): Promise<string> {
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  assert.ok(policy, 'the page declares a Content-Security-Policy');
  return policy;
}

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  assert.ok(found, `the policy has ${name}: ${policy}`);
  return found.slice(1);
}

/** Records every policy violation from the very start of the page. */
const RECORD_VIOLATIONS = `(() => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.violations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample));
  });
})();`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

/** Writes an inline script and an inline event handler into the page; says whether either ran. */
async function injectScript(page: Page): Promise<{ ran: boolean; handlerRan: boolean }> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.handlerRan = true">';
    document.body.append(holder);
  });
  // The image's error event fires on a later task: give it a moment before asking.
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    ran: 'injectedRan' in window,
    handlerRan: 'handlerRan' in window,
  }));
}

async function nothingRanFromTheModel(page: Page): Promise<void> {
  const ran = await page.evaluate(() =>
    ['ranFromTitle', 'ranFromImg', 'ranFromPartner'].filter((flag) => flag in window),
  );
  assert.deepEqual(ran, [], 'script in the model ran');
}

void test(
  "the built app's policy is in force: no inline script, from a link, a file or the page",
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      await browser.context.addInitScript({ content: RECORD_VIOLATIONS });
      const model = hostileModel();
      const watched = await browser.open(encodeModelFragment(model));
      const { page } = watched;
      await page.getByRole('heading', { level: 1, name: HOSTILE_TITLE }).waitFor();

      const policy = await declaredPolicy(page);
      assert.deepEqual(directive(policy, 'script-src'), ["'self'"]);
      assert.deepEqual(directive(policy, 'style-src'), ["'self'"]);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
      await nothingRanFromTheModel(page);

      // The same model from a file.
      await page.getByLabel('Open a model file').setInputFiles({
        name: 'hostile.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ ...model, title: `${HOSTILE_TITLE} (file)` })),
      });
      const replace = page.getByRole('dialog', { name: /^Open the model from/ });
      const opened = page.getByRole('heading', { level: 1, name: `${HOSTILE_TITLE} (file)` });
      await opened.or(replace).first().waitFor();
      if (await replace.isVisible())
        await replace.getByRole('button', { name: /^Open the model from/ }).click();
      await opened.waitFor();
      await nothingRanFromTheModel(page);

      // Charts draw under the policy (Recharts sets its styles through the CSSOM, which it allows).
      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: 'Results', exact: true })
        .click();
      await page.locator('svg.recharts-surface').first().waitFor({ timeout: 10_000 });
      assert.deepEqual(await violations(page), [], 'the app itself breaks its policy');

      const injected = await injectScript(page);
      assert.deepEqual(injected, { ran: false, handlerRan: false });
      const blocked = await violations(page);
      assert.ok(
        blocked.some((v) => v.startsWith('script-src')),
        `the injected script was blocked by the policy: ${blocked.join('; ')}`,
      );
      assert.deepEqual(watched.foreignRequests, [], 'requests to another origin');
    } finally {
      await browser.close();
    }
  },
);

void test(
  "the offline copy's policy names its own script and style by hash and blocks everything else",
  { timeout: TEST_TIMEOUT },
  async () => {
    const folder = await mkdtemp(join(tmpdir(), 'coi-e2e-policies-'));
    const browser = await launchBrowser();
    try {
      const response = await fetch(new URL('offline.html', BASE_URL));
      assert.equal(response.status, 200);
      const pristine = await response.text();
      // The model travels as a JSON data element, which needs no hash.
      const file = join(folder, 'hostile-offline.html');
      await writeFile(file, embedModel(pristine, hostileModel()));

      await browser.context.addInitScript({ content: RECORD_VIOLATIONS });
      const copyUrl = pathToFileURL(file).href;
      const watched = watchPage(
        await browser.context.newPage(),
        (url) => url.startsWith('data:') || url.split(/[?#]/)[0] === copyUrl,
      );
      const { page } = watched;
      await page.goto(copyUrl, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: HOSTILE_TITLE }).waitFor();

      const policy = await declaredPolicy(page);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
      assert.deepEqual(directive(policy, 'default-src'), ["'none'"]);
      const scripts = directive(policy, 'script-src');
      const styles = directive(policy, 'style-src');
      const hash = /^'sha256-[A-Za-z0-9+/]{43}='$/;
      assert.ok(
        scripts.length > 0 && scripts.every((s) => hash.test(s)),
        `script-src ${scripts.join(' ')}`,
      );
      assert.ok(
        styles.length > 0 && styles.every((s) => hash.test(s)),
        `style-src ${styles.join(' ')}`,
      );
      // One hash for each executable script and style in the page, and they match what is there.
      const inline = await page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].filter(
          (s) => s.type !== 'application/json',
        ).length,
        styles: document.querySelectorAll('style').length,
      }));
      assert.equal(scripts.length, inline.scripts);
      assert.equal(styles.length, inline.styles);
      await nothingRanFromTheModel(page);

      await page
        .getByRole('navigation', { name: 'Screens' })
        .getByRole('link', { name: 'Results', exact: true })
        .click();
      await page.locator('svg.recharts-surface').first().waitFor({ timeout: 10_000 });
      assert.deepEqual(await violations(page), [], 'the copy itself breaks its policy');

      const injected = await injectScript(page);
      assert.deepEqual(injected, { ran: false, handlerRan: false });
      const blocked = await violations(page);
      assert.ok(
        blocked.some((v) => v.startsWith('script-src')),
        `the injected script was blocked by the policy: ${blocked.join('; ')}`,
      );
      assert.deepEqual(watched.foreignRequests, [], 'requests beyond the copy');
    } finally {
      await browser.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
);
