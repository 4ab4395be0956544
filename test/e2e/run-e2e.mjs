// Builds the app into a temporary folder, serves it with `vite preview` and runs the browser tests
// (test/e2e/*.e2e.ts) against it in headless Chromium. Prints "E2E: N passed, N failed, N skipped"
// for test/run-tests.mjs. Without Chromium the tests are skipped, except in CI where that is a failure.
// Arguments, if any, pick the test files whose names contain one of them:
// `node test/e2e/run-e2e.mjs editing` runs only editing.e2e.ts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isCI = Boolean(process.env.CI);
const e2eDir = join('test', 'e2e');
const filters = process.argv.slice(2);
const testFiles = readdirSync(e2eDir)
  .filter((name) => name.endsWith('.e2e.ts'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()
  .map((name) => join(e2eDir, name));
// Every browser test together, on a two-core machine, with room to spare; CI allows 90 minutes in all.
const RUN_LIMIT_MS = 20 * 60_000;

function report(passed, failed, skipped) {
  console.log(`E2E: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

function findChromium() {
  if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH))
    console.error(`CHROMIUM_PATH is set but ${process.env.CHROMIUM_PATH} does not exist.`);
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to the end, keeping its output to show only if it fails. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
  });
}

async function waitUntilServing(url, server) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('vite preview stopped before it answered');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 seconds`);
}

/** Stops the preview server and everything npx started under it. */
function stop(child) {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function count(tap, label) {
  const match = new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap);
  return match ? Number(match[1]) : null;
}

async function main() {
  if (testFiles.length === 0) {
    console.error(`No browser test file in ${e2eDir} matches: ${filters.join(', ')}`);
    report(0, 1, 0);
    return 1;
  }
  const chromium = findChromium();
  if (!chromium) {
    if (isCI) {
      console.error('Browser tests cannot run: no Chromium found (set CHROMIUM_PATH).');
      report(0, 1, 0);
      return 1;
    }
    console.log(
      'Browser tests skipped: no Chromium found. Install it with: sudo apt-get install -y chromium',
    );
    report(0, 0, testFiles.length);
    return 0;
  }

  const outDir = mkdtempSync(join(tmpdir(), 'coi-e2e-build-'));
  let server = null;
  const cleanUp = () => {
    if (server) stop(server);
    rmSync(outDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    // The single-file offline copy is built first: the main build ships it as offline.html.
    const singleFile = await run('npx', ['vite', 'build', '--mode', 'single-file']);
    const build =
      singleFile.code === 0
        ? await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'])
        : singleFile;
    if (build.code !== 0) {
      console.error(build.output);
      console.error('Browser tests cannot run: the app did not build.');
      report(0, 1, 0);
      return 1;
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}/`;
    server = spawn(
      'npx',
      ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
      { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
    );
    await waitUntilServing(baseUrl, server);

    const tests = spawn(
      'node',
      ['--import', 'tsx', '--test', '--test-reporter=tap', ...testFiles],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          ...process.env,
          E2E_BASE_URL: baseUrl,
          E2E_SERVED_DIR: outDir,
          CHROMIUM_PATH: chromium,
        },
      },
    );
    let tap = '';
    tests.stdout.on('data', (chunk) => {
      tap += chunk;
      process.stderr.write(chunk);
    });
    const timer = setTimeout(() => tests.kill('SIGTERM'), RUN_LIMIT_MS);
    const code = await new Promise((resolve) => tests.on('close', resolve));
    clearTimeout(timer);

    const passed = count(tap, 'pass');
    const failed = count(tap, 'fail');
    if (passed === null || failed === null) {
      console.error('Browser tests did not finish (no TAP summary).');
      report(passed ?? 0, Math.max(failed ?? 0, 1), 0);
      return 1;
    }
    const cancelled = count(tap, 'cancelled') ?? 0;
    const skipped = (count(tap, 'skipped') ?? 0) + (count(tap, 'todo') ?? 0);
    const failures = failed + cancelled + (code !== 0 && failed + cancelled === 0 ? 1 : 0);
    report(passed, failures, skipped);
    return failures > 0 ? 1 : 0;
  } catch (error) {
    console.error(`Browser tests cannot run: ${error instanceof Error ? error.message : error}`);
    report(0, 1, 0);
    return 1;
  } finally {
    cleanUp();
  }
}

process.exitCode = await main();
