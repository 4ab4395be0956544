/**
 * The models that used to run for minutes (500% inflation on 50 years, an inflation of 1e15, a growth of
 * 100% a year for 50 years) are refused by the CLI with the named problem, within the one second of work
 * MODEL.md allows. Time is measured in-process around `run` (the engine's whole work, reading the file
 * included), as the median of three runs; the real command is then run once for its exit code and message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/calc';
import { evaluateModel } from '../../src/model/evaluate';
import { workOf } from '../../src/model/projection-bounds';
import { readModel } from '../../src/model/read-model';
import type { ModelFile } from '../../src/model/model-file';
import { limitsModel, limitsModelWithinBound } from '../bench/limits-model';
import { validModel } from '../fixtures/valid-model';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coi-bounds-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The test model stretched to 50 years, every scenario funding all of them. */
function fiftyYears(): ModelFile {
  const file = validModel();
  file.horizonYears = 50;
  for (const scenario of file.scenarios) scenario.fundedYears = 50;
  return file;
}

function growingModel(): ModelFile {
  const file = fiftyYears();
  const stream = file.streams[1];
  if (stream) stream.trend = { method: 'rate', rate: '1' };
  return file;
}

const cases: { name: string; file: ModelFile; path: string; message: RegExp }[] = [
  {
    name: '500% inflation over 50 years',
    file: { ...fiftyYears(), inflationRate: '5' },
    path: 'inflationRate',
    message: /The inflation rate should be more than -1 and at most 1\./,
  },
  {
    name: 'an inflation of 1e15',
    file: { ...fiftyYears(), inflationRate: '1e15' },
    path: 'inflationRate',
    message: /The inflation rate should be more than -1 and at most 1\./,
  },
  {
    name: 'a growth of 100% a year over 50 years',
    file: growingModel(),
    path: 'streams[1].trend.rate',
    message:
      /The caseload of “.+” would reach .+ by \d{4}\/\d{2} at this growth; at most 1,000,000,000 can be projected\./,
  },
];

function calcTimed(path: string) {
  let stderr = '';
  let stdout = '';
  const started = performance.now();
  const code = run(
    [path],
    (text) => {
      stdout += text;
    },
    (text) => {
      stderr += text;
    },
  );
  return { code, stdout, stderr, ms: performance.now() - started };
}

describe.each(cases)('calc CLI: $name', ({ name, file, path, message }) => {
  const modelPath = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(modelPath, JSON.stringify(file, null, 2));

  it('is refused with the named problem within one second of work', () => {
    const runs = [calcTimed(modelPath), calcTimed(modelPath), calcTimed(modelPath)];
    for (const result of runs) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`  ${path}: `);
      expect(result.stderr).toMatch(message);
    }
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    expect(times[1]).toBeLessThan(1000);
  });

  it('exits 2 from the real command with the same message', () => {
    const child = spawnSync('npx', ['tsx', 'src/cli/calc.ts', modelPath], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(message);
  }, 60_000);
});

/**
 * The model at the limits of every field (89,250,000 steps, far above the 30,000 the engine works) is
 * refused up front, naming what to reduce, within one second of the engine's work.
 */
describe('the engine on the model at the limits of every field', () => {
  it('is refused, saying what to reduce, within one second', () => {
    const file = limitsModel();
    const timed = () => {
      const started = performance.now();
      const evaluation = evaluateModel(file);
      return { evaluation, ms: performance.now() - started };
    };
    const runs = [timed(), timed(), timed()];
    for (const { evaluation } of runs) {
      expect(evaluation.ok).toBe(false);
      if (evaluation.ok) continue;
      expect(evaluation.problems).toEqual([
        {
          path: 'scenarios',
          message: expect.stringMatching(
            // 20 scenarios × 50 years × (500 lines + 50 services × 500 lines affected + 50 streams
            // reached × (1 + 2 + … + 50) years of benefit = 63,750) = 1,000 × 89,250, plus the trends
            // fitted once: 10 compound streams × 200 points × 15 + 10 straight lines × 200 points × 1
            // = 32,000.
            /make 89,282,000 steps; at most 30,000 can be worked\. Use fewer scenarios, years, cost lines, effects, years of benefit or points of history fitted to a trend\.$/,
          ) as unknown,
        },
      ]);
    }
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    expect(times[1]).toBeLessThan(1000);
  });

  it('calculates it cut to one scenario, one service, 230 lines and 20 years of history: 1 × 50 × (230 + 230 + 50 × 1) + 10 × 20 × 15 + 10 × 20 × 1 = 28,700 steps, within the bound of 30,000', () => {
    const file = limitsModelWithinBound();
    // How long this takes is measured by `npm run bench` ("just within the bound"), not here.
    const read = readModel(file);
    expect(read.ok && workOf(read.model)).toBe(28_700);
    expect(evaluateModel(file).ok).toBe(true);
  });
});
