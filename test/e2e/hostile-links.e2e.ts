/**
 * Links made to hurt whoever opens them: a 137 kB link that would inflate to 100 MB, and links of
 * 0.95 MB and 1.9 MB that would inflate to more than a gigabyte. Each must be refused with its message
 * within a second, and the page must not grow by 100 MB or more on the way. Both are counted beyond what
 * the same address takes with its model marker spoilt: Chromium spends seconds on a 1.9 MB address
 * before any script runs, and on two busy cores the app alone can take most of a second to draw.
 *
 * Memory is the renderer's peak resident size (VmHWM in /proc/<pid>/status, the process found through
 * the DevTools protocol's SystemInfo.getProcessInfo), compared with the same page opened without a link:
 * an inflated payload lives in ArrayBuffers outside the JavaScript heap, so heap figures alone
 * (Performance.getMetrics' JSHeapUsedSize, also reported) would miss it. Times are read in the page
 * (performance.now() when the message appears, counted from the start of navigation); each figure is the
 * median of three fresh browsers, and the absolute figures are printed too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Deflate, strToU8, zlibSync } from 'fflate';
import { chromium } from 'playwright-core';
import { LINK_DICTIONARY_V1 } from '../../src/persistence/link-dictionary-v1';
import { BASE_URL, CHROMIUM_ARGS } from './browser';

const DICTIONARY = strToU8(LINK_DICTIONARY_V1);
const TIME_LIMIT_MS = 1000;
const MEMORY_LIMIT_BYTES = 100 * 1024 * 1024;
const TRIES = 3;

function asLink(zlibStream: Uint8Array): string {
  return `${BASE_URL}#v1.${Buffer.from(zlibStream).toString('base64url')}`;
}

/** `{"T":"aaa…"}` with a 100 MB title (T is the title's short key), compressed as a link would be. */
function hundredMegabyteLink(): string {
  const title = 'a'.repeat(100 * 1024 * 1024);
  return asLink(zlibSync(strToU8(`{"T":"${title}"}`), { level: 9, dictionary: DICTIONARY }));
}

/**
 * About `characters` of link whose payload would inflate to well over a gigabyte: 1 MB of "a"
 * compresses to the same 1,038 bytes every time once flushed to a byte boundary, so those bytes are
 * repeated.
 */
function bombLink(characters: number): string {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9, dictionary: DICTIONARY });
  deflate.ondata = (chunk) => parts.push(chunk);
  const megabyte = new Uint8Array(1024 * 1024).fill(97);
  deflate.push(strToU8('{"T":"'));
  deflate.push(megabyte);
  deflate.flush(true);
  const head = parts.splice(0);
  deflate.push(megabyte);
  deflate.flush(true);
  const unit = Buffer.concat(parts.splice(0));
  deflate.push(strToU8('"}'), true);
  const tail = Buffer.concat(parts.splice(0));
  // The zlib header for a stream with this preset dictionary: CMF, FLG and the dictionary's id.
  const header = zlibSync(new Uint8Array(0), { dictionary: DICTIONARY }).subarray(0, 6);
  // base64 makes 4 characters of 3 bytes: 1.9 MB of link is about 1.9e6 × 3 / 4 = 1.425e6 bytes.
  const repeats = Math.floor((characters * 3) / 4 / unit.length);
  const body = Buffer.concat([...head, ...Array.from({ length: repeats }, () => unit), tail]);
  return asLink(Buffer.concat([header, body, Buffer.alloc(4)]));
}

type Opened = { shownAfterMs: number; peakBytes: number; heapBytes: number; text: string };

/** Peak resident bytes of a process, from /proc. */
function peakResidentBytes(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  assert.ok(kilobytes, `no VmHWM for process ${String(pid)}`);
  return Number(kilobytes) * 1024;
}

/**
 * Opens `url` in a fresh browser and waits for `selector`'s text to match `wanted`; gives when that
 * happened (in the page's own clock), the renderer's peak memory and the heap in use.
 */
async function openAndMeasure(url: string, wanted: RegExp): Promise<Opened> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // Runs before the app: notes the moment the wanted words first appear anywhere in the page. A
    // string, not a function: the test runner's compiler would add helpers the page does not have.
    await page.addInitScript({
      content: `(() => {
        const pattern = new RegExp(${JSON.stringify(wanted.source)});
        new MutationObserver(() => {
          const text = document.body ? document.body.innerText : '';
          if (!('shownAt' in window) && pattern.test(text))
            Object.assign(window, { shownAt: performance.now(), shownText: text });
        }).observe(document, { childList: true, subtree: true, characterData: true });
      })();`,
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await page.waitForFunction(() => 'shownAt' in window, undefined, { timeout: 30_000 });
    const { shownAt, shownText } = await page.evaluate(() => ({
      shownAt: (window as unknown as { shownAt: number }).shownAt,
      shownText: (window as unknown as { shownText: string }).shownText,
    }));

    const pageSession = await page.context().newCDPSession(page);
    await pageSession.send('Performance.enable');
    const { metrics } = await pageSession.send('Performance.getMetrics');
    const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;

    // The page's renderer is the one that has done the work: the most CPU time of all renderers.
    const session = await browser.newBrowserCDPSession();
    const info = await session.send('SystemInfo.getProcessInfo');
    const renderers = info.processInfo
      .filter((p) => p.type === 'renderer')
      .sort((a, b) => b.cpuTime - a.cpuTime);
    const renderer = renderers[0];
    assert.ok(renderer, 'no renderer process found');
    return {
      shownAfterMs: shownAt,
      peakBytes: peakResidentBytes(renderer.id),
      heapBytes,
      text: shownText,
    };
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(url: string, wanted: RegExp): Promise<Opened> {
  const tries: Opened[] = [];
  for (let i = 0; i < TRIES; i += 1) tries.push(await openAndMeasure(url, wanted));
  return {
    shownAfterMs: median(tries.map((t) => t.shownAfterMs)),
    peakBytes: median(tries.map((t) => t.peakBytes)),
    heapBytes: median(tries.map((t) => t.heapBytes)),
    text: tries[0]?.text ?? '',
  };
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The same address with the model marker spoilt (`#w1.` for `#v1.`): a page the app opens as usual. */
function withoutMarker(url: string): string {
  return url.replace('#v1.', '#w1.');
}

void test(
  'hostile links are refused within a second, using less than 100 MB more than the page without them',
  { timeout: 280_000 },
  async () => {
    const short = hundredMegabyteLink();
    const long = bombLink(950_000);
    const longest = bombLink(1_900_000);
    // Chromium itself takes seconds over a 1.9 MB address before any script runs, so each link is
    // compared with the same address without its marker, which the app opens as it would any page.
    const drawn = /Set-up/;
    const cases = [
      {
        name: 'short link inflating to 100 MB',
        url: short,
        wanted: /This link holds more than 6 MB/,
      },
      {
        // Within the longest payload read: only the bound on inflation stops it.
        name: '0.95 MB link inflating past a gigabyte',
        url: long,
        wanted: /This link holds more than 6 MB/,
      },
      {
        name: '1.9 MB link inflating past a gigabyte',
        url: longest,
        wanted: /This link is more than 1,000,000 characters long/,
      },
    ];
    for (const { name, url, wanted } of cases) {
      const plain = await measure(withoutMarker(url), drawn);
      const opened = await measure(url, wanted);
      const added = opened.shownAfterMs - plain.shownAfterMs;
      const growth = opened.peakBytes - plain.peakBytes;
      console.info(
        `${name} (${(url.length / 1000).toFixed(0)} kB link): message after ${opened.shownAfterMs.toFixed(0)} ms, ` +
          `the page without the marker drawn after ${plain.shownAfterMs.toFixed(0)} ms (${added.toFixed(0)} ms more); ` +
          `renderer peak ${megabytes(opened.peakBytes)} against ${megabytes(plain.peakBytes)} (${megabytes(growth)} more); ` +
          `JS heap in use ${megabytes(opened.heapBytes)}`,
      );
      assert.match(opened.text, /Your own work has not been changed/, name);
      assert.ok(
        added < TIME_LIMIT_MS,
        `${name}: message ${added.toFixed(0)} ms after the plain page`,
      );
      assert.ok(
        growth < MEMORY_LIMIT_BYTES,
        `${name}: ${megabytes(growth)} more than the plain page`,
      );
    }
  },
);
