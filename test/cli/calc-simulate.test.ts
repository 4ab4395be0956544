/**
 * `npm run calc -- model.json --simulate N [--seed S]`: the simulation's percentiles as JSON, the very
 * numbers `simulate` gives for the same model and seed (the seed defaulting to the model's), and clear
 * refusals of bad options.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/calc';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { simulate } from '../../src/model/uncertainty/simulation';
import { uncertainInputs } from '../../src/model/uncertainty/uncertain-inputs';
import { validModel } from '../fixtures/valid-model';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coi-simulate-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function writeModel(content: unknown): string {
  fileCount += 1;
  const path = join(dir, `model-${fileCount}.json`);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

function calc(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(
    args,
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  return { code, stdout, stderr };
}

function direct(file: ModelFile, draws: number, seed: number): unknown {
  const read = readModel(file);
  if (!read.ok) throw new Error('invalid model');
  // Through JSON, as the CLI prints it: JSON keeps every digit of a double.
  return JSON.parse(
    JSON.stringify(simulate(read.model, uncertainInputs(read.model), { draws, seed })),
  );
}

describe('calc --simulate', () => {
  const file = validModel();
  const path = writeModel(file);

  it('prints the same numbers as calling simulate for the same model and seed', () => {
    const result = calc([path, '--simulate', '400', '--seed', '5']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(direct(file, 400, 5));
  });

  it('prints the same numbers twice for the same seed, and others for another seed', () => {
    const first = calc([path, '--simulate=300', '--seed=8']).stdout;
    expect(calc([path, '--simulate', '300', '--seed', '8']).stdout).toBe(first);
    expect(calc([path, '--simulate', '300', '--seed', '9']).stdout).not.toBe(first);
  });

  it('uses the model’s seed when --seed is left out (1 when the model has none)', () => {
    expect(JSON.parse(calc([path, '--simulate', '200']).stdout)).toEqual(direct(file, 200, 1));
    const seeded = { ...validModel(), uncertainty: { seed: 77 } };
    const output = JSON.parse(calc([writeModel(seeded), '--simulate', '200']).stdout) as {
      seed: number;
    };
    expect(output.seed).toBe(77);
    expect(output).toEqual(direct(seeded, 200, 77));
  });

  it('lists each scenario’s percentiles by case, and each partner’s range', () => {
    const output = JSON.parse(calc([path, '--simulate', '200']).stdout) as {
      draws: number;
      scenarios: { id: string; financial: { netSavingPV: Record<string, number> } }[];
      partners: { id: string; perScenario: unknown[] }[];
    };
    expect(output.draws).toBe(200);
    expect(output.scenarios.map((s) => s.id)).toEqual(file.scenarios.map((s) => s.id));
    expect(Object.keys(output.scenarios[0]?.financial.netSavingPV ?? {}).sort()).toEqual([
      'mean',
      'p10',
      'p5',
      'p50',
      'p90',
      'p95',
    ]);
    expect(output.partners.map((p) => p.id)).toEqual(['council', 'housing', 'police']);
    for (const partner of output.partners)
      expect(partner.perScenario).toHaveLength(file.scenarios.length);
  });

  it.each([
    [['--simulate'], /--simulate takes the number of draws/],
    [['--simulate', '0'], /from 1 to 100,000/],
    [['--simulate', '100001'], /from 1 to 100,000/],
    [['--simulate', '12.5'], /--simulate takes/],
    [['--simulate', '100', '--seed', '-1'], /--seed takes a whole number from 0 to 4294967295/],
    [['--simulate', '100', '--seed', '4294967296'], /--seed takes/],
    [['--seed', '3'], /--seed goes with --simulate/],
    [['--simulate', '100', '--format', 'csv'], /prints JSON/],
  ])('refuses %j with exit code 1 and a message', (args, message) => {
    const result = calc([path, ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('still lists every problem of a bad model, with exit code 2', () => {
    const bad = { ...validModel(), horizonYears: 0 };
    const result = calc([writeModel(bad), '--simulate', '100']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/horizonYears/);
  });

  it('prints the same numbers when run as a program', () => {
    const child = spawnSync(
      'npx',
      ['tsx', 'src/cli/calc.ts', path, '--simulate', '250', '--seed', '6'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual(direct(file, 250, 6));
  }, 60_000);
});
