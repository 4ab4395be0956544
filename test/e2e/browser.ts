/**
 * Shared set-up for the browser tests: one headless Chromium per test file, pages that record every
 * request to another origin and every console or page error, and an accessibility check with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
const APP_ORIGIN = new URL(BASE_URL).origin;
/** Generous: axe on a big screen takes seconds when the machine is busy. */
export const TEST_TIMEOUT = 45_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Flags that keep Chromium from calling home, so any request to another origin is the app's own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type WatchedPage = {
  page: Page;
  /** URLs requested from any origin but the app's. */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
};

export type Browser = {
  context: BrowserContext;
  /** Opens the app at `search` (e.g. "?screen=results") in a new watched page. */
  open: (search?: string) => Promise<WatchedPage>;
  close: () => Promise<void>;
};

function isForeign(url: string): boolean {
  if (url.startsWith('data:')) return false;
  return new URL(url).origin !== APP_ORIGIN;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const profile = await mkdtemp(join(tmpdir(), 'coi-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  // The persistent context opens with a blank page; tests use pages of their own.
  await Promise.all(context.pages().map((page) => page.close()));
  return {
    context,
    open: async (search = '') => {
      const page = await context.newPage();
      const watched: WatchedPage = { page, foreignRequests: [], errors: [] };
      page.on('request', (request) => {
        if (isForeign(request.url())) watched.foreignRequests.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        watched.errors.push(`page error: ${error.message}`);
      });
      await page.goto(new URL(search, BASE_URL).href, { waitUntil: 'load' });
      return watched;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fails when the page asked another origin for anything or logged an error. */
export function assertClean(watched: WatchedPage): void {
  assert.deepEqual(watched.foreignRequests, [], 'requests to another origin');
  assert.deepEqual(watched.errors, [], 'console or page errors');
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describeViolations(where: string, violations: AxeResults['violations']): string {
  const lines = [`${violations.length} accessibility violation(s) on ${where}:`];
  for (const violation of violations) {
    lines.push(
      `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    );
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`    at ${node.target.join(' ')}`);
      const summary = node.failureSummary?.replace(/\s*\n\s*/g, ' ').trim();
      if (summary) lines.push(`      ${summary}`);
    }
    if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Runs axe with the WCAG 2.2 AA rules and fails with a readable list when anything is found. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) assert.fail(describeViolations(where, results.violations));
}

/**
 * Records foreign requests and errors on a page opened some other way than `open` (a `file://` copy, a
 * page that must be prepared before it loads). `isAllowed` says which URLs are the app's own.
 */
export function watchPage(
  page: Page,
  isAllowed: (url: string) => boolean = (url) => !isForeign(url),
): WatchedPage {
  const watched: WatchedPage = { page, foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    if (!isAllowed(request.url())) watched.foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    watched.errors.push(`page error: ${error.message}`);
  });
  return watched;
}

/** Opens a screen through the side navigation, as a person would (no reload), and waits for its heading. */
export async function goToScreen(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('link', { name: label, exact: true })
    .click();
  await page
    .locator('main')
    .getByRole('heading', { level: 2, name: label, exact: true })
    .waitFor({ state: 'visible', timeout: 10_000 });
}

/** The Results screen's headline table, once it shows. */
export async function headlineTable(page: Page): Promise<Locator> {
  const table = page.getByRole('table').filter({ hasText: 'Cost of doing nothing' }).first();
  await table.waitFor({ state: 'visible', timeout: 10_000 });
  return table;
}

/** Waits until this browser's autosave holds `text` (e.g. an edited title). */
export async function waitForAutosave(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    // Each tab has its own autosave key, `cost-of-inaction:autosave:<tab>`.
    (wanted) =>
      Object.keys(localStorage).some(
        (key) =>
          key.startsWith('cost-of-inaction:autosave') &&
          (localStorage.getItem(key)?.includes(wanted) ?? false),
      ),
    text,
    { timeout: 5_000 },
  );
}

/** Replaces the model's title on the Set-up screen (the quickest edit that shows in the page heading). */
export async function editTitle(page: Page, title: string): Promise<void> {
  await goToScreen(page, 'Set-up');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}
