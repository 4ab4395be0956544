/**
 * "How sure" in a real browser: the tornado and switching values of the worked example; a seeded
 * simulation of 2,000 draws whose figures a share link reproduces in a fresh browser, and a different
 * seed changes; Cancel; typing elsewhere while a long simulation runs; and no serious accessibility
 * finding on the screen or on a range beside a figure.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { Dec } from '../../src/model/decimal';
import { formatMoney } from '../../src/ui/shared/format';
import {
  assertAccessible,
  assertClean,
  goToScreen,
  launchBrowser,
  TEST_TIMEOUT,
  type Browser,
} from './browser';

/** A simulation of 2,000 draws, and a link read and opened in a fresh browser, take a while. */
const LONG_TIMEOUT = TEST_TIMEOUT * 3;

async function setBox(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.fill(value);
  assert.equal(await box.inputValue(), value);
}

/** Runs the simulation and waits until it says it has finished with these settings. */
async function runSimulation(page: Page, draws: string, seed: string): Promise<void> {
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `The simulation finished: ${draws} draws with seed ${seed}.` })
    .waitFor({ state: 'visible', timeout: 60_000 });
}

/** The sentences and the percentiles table of the last run, as shown. */
async function simulatedFigures(page: Page): Promise<string> {
  const sentences = await page
    .locator('.simulation-results .simulation-sentences')
    .first()
    .innerText();
  const table = await page
    .getByRole('table', { name: /Net saving over the horizon and the chance of paying back/ })
    .innerText();
  return `${sentences}\n${table}`;
}

/** The command line's simulation of the worked example: P5, P50 and P95 of each scenario's financial case. */
function cliPercentiles(draws: string, seed: string): Map<string, string[]> {
  const run = spawnSync(
    'npx',
    [
      'tsx',
      'src/cli/calc.ts',
      'public/examples/worked-example.json',
      '--simulate',
      draws,
      '--seed',
      seed,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as {
    scenarios: { name: string; financial: { netSavingPV: Record<string, number> } }[];
  };
  return new Map(
    result.scenarios.map((s) => [
      s.name,
      ['p5', 'p50', 'p95'].map((p) => formatMoney(new Dec(s.financial.netSavingPV[p] ?? NaN))),
    ]),
  );
}

async function readShareLink(page: Page): Promise<string> {
  await page
    .getByRole('toolbar', { name: 'Save and share' })
    .getByRole('button', { name: 'Share link' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Share this model' });
  await dialog.waitFor({ state: 'visible' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return link;
}

async function openHowSure(browser: Browser, search = '?screen=overview') {
  const watched = await browser.open(search);
  await goToScreen(watched.page, 'How sure');
  return watched;
}

void test(
  'the tornado and switching values, and a seeded simulation a share link repeats',
  { timeout: LONG_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    let fresh: Browser | null = null;
    try {
      const watched = await openHowSure(browser);
      const { page } = watched;
      await page
        .getByRole('combobox', { name: 'Scenario' })
        .selectOption({ label: 'Five-year commitment' });

      // The tornado: a chart with bars and its table, largest swing first.
      const tornado = page.getByRole('figure', {
        name: /What moves the net saving of “Five-year commitment”/,
      });
      await tornado.waitFor({ state: 'visible', timeout: 30_000 });
      assert.ok(
        (await tornado.locator('.recharts-bar-rectangle').count()) > 0,
        'the tornado has bars',
      );
      await tornado.getByText('Show the table').click();
      const swings = await tornado
        .getByRole('table')
        .locator('tbody tr td:nth-child(4)')
        .allInnerTexts();
      assert.ok(swings.length > 1, 'the tornado table lists the inputs');
      const pounds = swings.map((text) => Number(text.replace(/[£,]/g, '')));
      assert.deepEqual(
        pounds,
        [...pounds].sort((a, b) => b - a),
        'largest swing first',
      );

      // Switching values, in a table and in words.
      const switching = page.getByRole('table', {
        name: /Switching values of “Five-year commitment”/,
      });
      await page.getByText(/Show the switching value of every input/).click();
      await switching.waitFor({ state: 'visible' });
      assert.match(await switching.innerText(), /Unit cost of “Domestic abuse incident: police”/);
      assert.match(
        await page.locator('.switching-sentences').innerText(),
        /would have to (fall|rise) [\d.]+% \(from .* to .*\) before “Five-year commitment” stops paying back/,
      );
      assert.match(
        await page.locator('#sensitivity-heading').locator('..').innerText(),
        /pays for itself if its services achieve at least [\d.]+% of the effects assumed/,
      );

      // A seeded simulation of 2,000 draws.
      await setBox(page, 'Number of draws', '2000');
      await setBox(page, 'Seed', '42');
      await runSimulation(page, '2,000', '42');
      const first = await simulatedFigures(page);
      // The command line, given the same model, draws and seed, finds the same percentiles.
      const table = page.getByRole('table', {
        name: /Net saving over the horizon and the chance of paying back/,
      });
      for (const [name, figures] of cliPercentiles('2000', '42')) {
        const row = await table.getByRole('row', { name: new RegExp(`^${name}`) }).innerText();
        for (const figure of figures)
          assert.ok(row.includes(figure), `${name}: ${figure} in ${row}`);
      }
      assert.match(first, /In 9 runs out of 10 “Five-year commitment” (saves|loses|ends) between/);
      assert.match(first, /pays back within the horizon in (\d+%|over 99%|under 1%) of runs/);
      assert.match(
        await page.locator('.simulation-results').innerText(),
        /In \S+ of runs “Five-year commitment” saves more than “One-year grants renewed every year”/,
      );
      assert.match(
        await page.locator('.simulation-results').innerText(),
        /In 8 runs out of 10 the net benefit to .+ is between/,
      );
      await assertAccessible(page, 'the How sure screen with a simulation');

      // The link carries the seed and the draws: a fresh browser runs the same figures.
      const link = await readShareLink(page);
      fresh = await launchBrowser();
      const other = await openHowSure(fresh, link);
      const { page: otherPage } = other;
      assert.equal(
        await otherPage.getByRole('textbox', { name: 'Seed', exact: true }).inputValue(),
        '42',
      );
      assert.equal(
        await otherPage.getByRole('textbox', { name: 'Number of draws', exact: true }).inputValue(),
        '2000',
      );
      await runSimulation(otherPage, '2,000', '42');
      assert.equal(
        await simulatedFigures(otherPage),
        first,
        'the same seed gives the same figures',
      );

      // Another seed: the figures move, and until run again the old ones are marked out of date.
      await setBox(otherPage, 'Seed', '43');
      await otherPage.getByText(/Out of date: the model has changed since this run/).waitFor();
      await runSimulation(otherPage, '2,000', '43');
      assert.notEqual(await simulatedFigures(otherPage), first, 'a different seed differs');
      assertClean(other);
      assertClean(watched);
    } finally {
      await fresh?.close();
      await browser.close();
    }
  },
);

void test(
  'a long simulation can be cancelled, and typing elsewhere goes on while one runs',
  { timeout: LONG_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await openHowSure(browser);
      const { page } = watched;
      await setBox(page, 'Number of draws', '100000');

      await page.getByRole('button', { name: 'Run the simulation' }).click();
      const bar = page.getByRole('progressbar', { name: 'Simulation progress' });
      await bar.waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await bar.waitFor({ state: 'detached' });
      await page.getByRole('status').filter({ hasText: 'The simulation was cancelled.' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Cancel' }).count(), 0);

      // Start again and type a title on another screen while it runs: every key lands.
      await page.getByRole('button', { name: 'Run the simulation' }).click();
      await bar.waitFor({ state: 'visible' });
      await goToScreen(page, 'Set-up');
      const title = page.getByRole('textbox', { name: 'Title', exact: true });
      await title.fill('');
      await title.pressSequentially('Typed while it ran');
      assert.equal(await title.inputValue(), 'Typed while it ran');
      await page.getByRole('heading', { level: 1, name: 'Typed while it ran' }).waitFor();
      // The run went on meanwhile: back on How sure it is still running, or has finished.
      await goToScreen(page, 'How sure');
      await page
        .getByRole('progressbar', { name: 'Simulation progress' })
        .or(page.getByRole('status').filter({ hasText: 'The simulation finished: 100,000 draws' }))
        .waitFor();
      if (await page.getByRole('button', { name: 'Cancel' }).isVisible())
        await page.getByRole('button', { name: 'Cancel' }).click();
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);

void test(
  'a range beside a figure opens, explains itself and passes axe',
  { timeout: TEST_TIMEOUT },
  async () => {
    const browser = await launchBrowser();
    try {
      const watched = await browser.open('?screen=scenarios');
      const { page } = watched;
      const card = page.getByRole('region', { name: 'Five-year commitment', exact: true });
      await card.waitFor({ state: 'visible', timeout: 15_000 });
      await card
        .getByText('90% range: 50% to 100%, the default for a figure with no rating.')
        .waitFor();
      await card.getByText('Change the range').click();
      const low = card.getByRole('textbox', { name: 'Low effectiveness', exact: true });
      await low.fill('120');
      await card.getByText(/The low end \(1\.2\) is above the high end \(1\)/).waitFor();
      await card
        .getByRole('button', { name: 'Use the default range of the effectiveness' })
        .click();
      await card
        .getByText('90% range: 50% to 100%, the default for a figure with no rating.')
        .waitFor();
      await assertAccessible(page, 'a scenario with its range open');
      assertClean(watched);
    } finally {
      await browser.close();
    }
  },
);
