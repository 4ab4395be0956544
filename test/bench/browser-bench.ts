/**
 * Editing in the running app, measured in Chromium: the built app is served locally, the large model is
 * opened from a share link, and each keystroke is timed from the key press to the moment the page stops
 * changing (the calculation and every re-rendered figure and chart), plus one frame to paint.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { encodeModelFragment } from '../../src/persistence/share-link';

const CHROMIUM = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
].find((p) => p && existsSync(p));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The preview server did not start at ${url}`);
}

// In-page code is passed as text: the TypeScript runner would otherwise wrap its functions in helpers
// that do not exist inside the page.
const START_WATCHING = `(() => {
  window.__bench = { start: 0, last: 0 };
  document.addEventListener('keydown', () => { window.__bench.start = performance.now(); window.__bench.last = window.__bench.start; }, { capture: true, once: true });
  new MutationObserver(() => { window.__bench.last = performance.now(); })
    .observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

const WAIT_UNTIL_SETTLED = `new Promise((resolve) => {
  const check = () => {
    if (performance.now() - window.__bench.last > 150)
      requestAnimationFrame(() => resolve(window.__bench.last - window.__bench.start + 16.7));
    else setTimeout(check, 25);
  };
  setTimeout(check, 25);
})`;

/** Times one key press in the page: from keydown until no DOM change for 150 ms, plus a frame. */
async function timeKey(page: Page, key: string): Promise<number> {
  await page.evaluate(START_WATCHING);
  await page.keyboard.press(key);
  const elapsed: unknown = await page.evaluate(WAIT_UNTIL_SETTLED);
  return typeof elapsed === 'number' ? elapsed : Number.NaN;
}

/** Types 12 keys into a box (six digits, then six backspaces back to where it was) and times them to idle. */
async function timeTwelveKeys(page: Page, label: RegExp | string): Promise<number> {
  const box = page.getByRole('textbox', { name: label }).first();
  await box.click();
  await page.keyboard.press('End');
  await page.evaluate(START_WATCHING);
  await page.keyboard.type('123456');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Backspace');
  const elapsed: unknown = await page.evaluate(WAIT_UNTIL_SETTLED);
  return typeof elapsed === 'number' ? elapsed : Number.NaN;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function typeAndTime(page: Page, label: RegExp, rounds: number): Promise<number[]> {
  const box = page.getByRole('textbox', { name: label }).first();
  await box.click();
  await page.keyboard.press('End');
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    times.push(await timeKey(page, '1'));
    times.push(await timeKey(page, 'Backspace'));
  }
  return times;
}

export async function runBrowserBench(model: ModelFile): Promise<void> {
  console.log('\nEditing in the app (Chromium, built app, large model opened from a link)');
  if (!CHROMIUM) {
    console.log('  skipped: no Chromium found (sudo apt-get install -y chromium)');
    return;
  }
  const read = readModel(model);
  if (!read.ok) throw new Error('large model is invalid');
  const fragment = encodeModelFragment(writeModelFile(read.model));
  const outDir = mkdtempSync(join(tmpdir(), 'coi-bench-build-'));
  const profile = mkdtempSync(join(tmpdir(), 'coi-bench-profile-'));
  let server: ChildProcess | null = null;
  try {
    for (const args of [
      ['vite', 'build', '--mode', 'single-file'],
      ['vite', 'build', '--outDir', outDir, '--emptyOutDir'],
    ]) {
      const built = spawnSync('npx', args, { encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    }
    const port = await freePort();
    server = spawn(
      'npx',
      ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
      // Its own process group, so stopping it also stops the vite process npx starts.
      { stdio: 'ignore', detached: true },
    );
    const base = `http://127.0.0.1:${port}/`;
    await waitForServer(base);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const measurements: { name: string; times: number[] }[] = [];

    // Typing into a figure against typing into the title, in turns so both see the same machine load.
    await page.goto(`${base}?screen=costs${fragment}`);
    await page
      .getByRole('textbox', { name: /unit cost/i })
      .first()
      .waitFor();
    const titleTimes: number[] = [];
    const unitCostTimes: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      await page.getByRole('link', { name: 'Set-up' }).click();
      await page.getByRole('textbox', { name: 'Title' }).waitFor();
      await page.waitForTimeout(500);
      titleTimes.push(await timeTwelveKeys(page, 'Title'));
      await page.getByRole('link', { name: 'Costs of doing nothing' }).click();
      await page
        .getByRole('textbox', { name: /unit cost/i })
        .first()
        .waitFor();
      await page.waitForTimeout(500);
      unitCostTimes.push(await timeTwelveKeys(page, /unit cost/i));
    }
    const [titleMedian, unitCostMedian] = [median(titleTimes), median(unitCostTimes)];
    console.log(
      `12 keys into the title, to idle: median ${titleMedian.toFixed(1)} ms; into a unit cost: median ${unitCostMedian.toFixed(1)} ms; ratio ${(unitCostMedian / titleMedian).toFixed(2)}× (aim at most 1.5×, 7 rounds each)`,
    );

    await page.goto(`${base}?screen=costs${fragment}`);
    await page
      .getByRole('textbox', { name: /unit cost/i })
      .first()
      .waitFor();
    measurements.push({
      name: 'unit cost keystroke, Costs screen (40 lines)',
      times: await typeAndTime(page, /unit cost/i, 10),
    });

    await page.getByRole('link', { name: 'Funding scenarios' }).click();
    await page
      .getByRole('textbox', { name: /effectiveness/i })
      .first()
      .waitFor();
    measurements.push({
      name: 'effectiveness keystroke, Scenarios screen (charts)',
      times: await typeAndTime(page, /effectiveness/i, 10),
    });

    await page.getByRole('link', { name: 'Set-up' }).click();
    await page.getByRole('textbox', { name: 'Discount rate' }).waitFor();
    measurements.push({
      name: 'discount rate keystroke, Set-up screen',
      times: await typeAndTime(page, /discount rate/i, 10),
    });

    for (const { name, times } of measurements)
      console.log(
        `${name.padEnd(52)} median ${median(times).toFixed(1).padStart(7)} ms   max ${Math.max(
          ...times,
        )
          .toFixed(1)
          .padStart(7)} ms   (${times.length} keys; aim 100 ms)`,
      );
    await context.close();
  } finally {
    if (server?.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
    }
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
