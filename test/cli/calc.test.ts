/**
 * The headless calculator (MODEL.md, "Headless results"): exit codes, the JSON and CSV it prints, and every
 * problem of a bad model on stderr with its JSON path.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/calc';
import { VALID_HORIZON, validModel } from '../fixtures/valid-model';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'coi-calc-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let fileCount = 0;
function writeModel(content: unknown, raw = false): string {
  fileCount += 1;
  const path = join(dir, `model-${fileCount}.json`);
  writeFileSync(path, raw ? String(content) : JSON.stringify(content, null, 2));
  return path;
}

function calc(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(
    args,
    (text) => {
      stdout += text;
    },
    (text) => {
      stderr += text;
    },
  );
  return { code, stdout, stderr };
}

const MONEY = /^-?\d+\.\d{2}$/;
const BCR = /^-?\d+\.\d{6}$/;

/** A bad model with several problems in different parts of the file. */
function badModel(): unknown {
  const model = validModel();
  model.discountRate = '1.5';
  model.horizonYears = 51;
  const [line, second] = model.costLines;
  if (line) line.unitCost = '£350';
  if (second) second.bearers = [{ partner: 'nobody', share: '1' }];
  const [scenario] = model.scenarios;
  if (scenario) scenario.contractYears = 0;
  return model;
}
const BAD_PATHS = [
  'discountRate',
  'horizonYears',
  'costLines[0].unitCost',
  'costLines[1].bearers[0].partner',
  'scenarios[0].contractYears',
];

type JsonRecord = Record<string, unknown>;
const asRecord = (value: unknown): JsonRecord => {
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return value as JsonRecord;
};
const asList = (value: unknown): unknown[] => {
  expect(Array.isArray(value)).toBe(true);
  return value as unknown[];
};

describe('calc CLI: a valid model', () => {
  const model = validModel();
  const path = writeModel(model);
  const result = calc([path]);

  it('exits 0 with JSON on stdout and nothing on stderr', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });

  it('lists every scenario in model order with its headline figures', () => {
    const output = asRecord(JSON.parse(result.stdout));
    const scenarios = asList(output.scenarios).map(asRecord);
    expect(scenarios.map((s) => s.id)).toEqual(model.scenarios.map((s) => s.id));
    for (const scenario of scenarios) {
      for (const key of ['doNothingPV', 'servicePV', 'avoidedPV', 'netSavingPV'])
        expect(scenario[key], key).toMatch(MONEY);
      expect(
        scenario.bcr === null || (typeof scenario.bcr === 'string' && BCR.test(scenario.bcr)),
        String(scenario.bcr),
      ).toBe(true);
      expect(
        scenario.paybackYear === null || Number.isInteger(scenario.paybackYear),
        String(scenario.paybackYear),
      ).toBe(true);
      // netSaving = avoided − service, in pennies.
      const pennies = (key: string) => Math.round(Number(scenario[key]) * 100);
      expect(
        Math.abs(pennies('netSavingPV') - (pennies('avoidedPV') - pennies('servicePV'))),
      ).toBeLessThanOrEqual(1);
    }
    // This model pays back: the service costs less than it avoids in every scenario.
    expect(scenarios.every((s) => typeof s.bcr === 'string')).toBe(true);
  });

  it('gives one row per projection year, year as an integer and money with exactly 2 decimals', () => {
    const output = asRecord(JSON.parse(result.stdout));
    for (const scenario of asList(output.scenarios).map(asRecord)) {
      const years = asList(scenario.years).map(asRecord);
      expect(years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
      for (const row of years) {
        expect(Number.isInteger(row.year)).toBe(true);
        for (const key of ['doNothing', 'remaining', 'avoided', 'service']) {
          expect(typeof row[key], key).toBe('string');
          expect(row[key], key).toMatch(MONEY);
        }
        const pennies = (key: string) => Math.round(Number(row[key]) * 100);
        expect(
          Math.abs(pennies('doNothing') - pennies('remaining') - pennies('avoided')),
        ).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lists every partner in model order with one contribution per projection year', () => {
    const output = asRecord(JSON.parse(result.stdout));
    for (const scenario of asList(output.scenarios).map(asRecord)) {
      const partners = asList(scenario.partners).map(asRecord);
      expect(partners.map((p) => p.id)).toEqual(['council', 'housing', 'police']);
      for (const partner of partners) {
        for (const key of ['doNothingPV', 'avoidedPV', 'contributionsPV'])
          expect(partner[key], key).toMatch(MONEY);
        const contributions = asList(partner.contributions);
        expect(contributions).toHaveLength(VALID_HORIZON);
        for (const c of contributions) expect(c).toMatch(MONEY);
      }
      // Contributions add up exactly to the year's service cost, in pennies.
      const years = asList(scenario.years).map(asRecord);
      years.forEach((row, t) => {
        const total = partners.reduce(
          (sum, p) => sum + Math.round(Number(asList(p.contributions)[t]) * 100),
          0,
        );
        expect(total).toBe(Math.round(Number(row.service) * 100));
      });
    }
  });

  it('gives bcr as null when a scenario funds nothing', () => {
    const unfunded = validModel();
    for (const scenario of unfunded.scenarios) scenario.fundedYears = 0;
    const out = calc([writeModel(unfunded)]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const scenarios = asList(asRecord(JSON.parse(out.stdout)).scenarios).map(asRecord);
    for (const scenario of scenarios) {
      expect(scenario.bcr).toBeNull();
      expect(scenario.paybackYear).toBeNull();
      expect(scenario.servicePV).toBe('0.00');
    }
  });

  it('accepts --format json explicitly and prints the same JSON', () => {
    expect(calc([path, '--format', 'json'])).toEqual(result);
    expect(calc(['--format=json', path])).toEqual(result);
  });
});

describe('calc CLI: --format csv', () => {
  const model = validModel();
  const path = writeModel(model);

  it('prints a header and one row per scenario and projection year', () => {
    const { code, stdout, stderr } = calc([path, '--format', 'csv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split(/\r?\n/).filter((line) => line !== '');
    expect(lines[0]).toMatch(/financial_year/);
    expect(lines).toHaveLength(1 + model.scenarios.length * VALID_HORIZON);
    const rows = lines.slice(1).map((line) => line.split(','));
    const labels = rows.map((cells) => cells[1]);
    expect(labels).toEqual([
      ...['2026/27', '2027/28', '2028/29', '2029/30', '2030/31'],
      ...['2026/27', '2027/28', '2028/29', '2029/30', '2030/31'],
    ]);
    const header = (lines[0] ?? '').split(',');
    for (const cells of rows) {
      expect(cells).toHaveLength(header.length);
      for (const cell of cells.slice(2)) expect(cell).toMatch(MONEY);
    }
    expect(rows.slice(0, VALID_HORIZON).every((cells) => cells[0] === 'Five-year commitment')).toBe(
      true,
    );
    expect(rows.slice(VALID_HORIZON).every((cells) => cells[0] === 'One-year grants')).toBe(true);
  });

  it('labels a year that crosses a century as 2099/00', () => {
    const late = validModel();
    late.startYear = 2099;
    late.horizonYears = 2;
    for (const scenario of late.scenarios) scenario.fundedYears = 2;
    const { code, stdout, stderr } = calc([writeModel(late), '--format=csv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(',2099/00,');
    expect(stdout).toContain(',2100/01,');
  });
});

describe('calc CLI: bad input', () => {
  it('exits 2 with every problem path on stderr and nothing on stdout for a bad model', () => {
    const { code, stdout, stderr } = calc([writeModel(badModel())]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const path of BAD_PATHS) expect(stderr).toContain(`  ${path}: `);
    const problemLines = stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(problemLines.length).toBeGreaterThanOrEqual(BAD_PATHS.length);
    for (const line of problemLines) expect(line).toMatch(/^ {2}\S+: \S/);
    expect(stderr).not.toMatch(/NaN|undefined|\[object/);
  });

  it('exits 2 for a model whose contributions cannot be shared', () => {
    const model = validModel();
    const [scenario] = model.scenarios;
    if (scenario) scenario.contributions = { rule: 'benefit' };
    for (const service of model.services) service.effects = [];
    const { code, stdout, stderr } = calc([writeModel(model)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('  scenarios[0].contributions.rule: ');
  });

  it('exits 2 for a file of a newer format version', () => {
    const { code, stdout, stderr } = calc([writeModel({ ...validModel(), version: 3 })]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/ {2}version: .*newer version/);
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['a number', 42],
  ])('exits 2 for JSON that is %s', (_label, content) => {
    const { code, stdout, stderr } = calc([writeModel(content)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not a Cost of Inaction model/);
  });

  it.each([
    ['truncated JSON', '{"format": "cost-of-inaction", "version": 1,'],
    ['an empty file', ''],
    ['not JSON at all', 'title = "model"'],
  ])('exits 2 for %s', (_label, text) => {
    const path = writeModel(text, true);
    const { code, stdout, stderr } = calc([path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(path);
    expect(stderr).toMatch(/not valid JSON/);
  });

  it('exits 1 for a missing file, naming it', () => {
    const missing = join(dir, 'no-such-model.json');
    const { code, stdout, stderr } = calc([missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(missing);
  });

  it('exits 1 for a directory instead of a file', () => {
    const { code, stdout } = calc([dir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });

  it('exits 1 with usage when given no arguments', () => {
    const { code, stdout, stderr } = calc([]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage/);
  });

  it.each([
    ['an unknown option', ['--verbose']],
    ['an unknown option after the file', ['model.json', '--pretty']],
    ['an unknown format', ['model.json', '--format', 'xml']],
    ['--format with no value', ['model.json', '--format']],
    ['two files', ['a.json', 'b.json']],
  ])('exits 1 with usage for %s', (_label, args) => {
    const { code, stdout, stderr } = calc(args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage/);
  });

  it('prints usage on stdout and exits 0 for --help', () => {
    const { code, stdout, stderr } = calc(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Usage/);
  });
});

describe('calc CLI: the real command', () => {
  const spawnCalc = (file: string) =>
    spawnSync('npx', ['tsx', 'src/cli/calc.ts', file], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 2 and lists the problems for a bad model', () => {
    const child = spawnCalc(writeModel(badModel()));
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    for (const path of BAD_PATHS) expect(child.stderr).toContain(`  ${path}: `);
  }, 60_000);

  it('exits 0 and prints the JSON results for a good model', () => {
    const child = spawnCalc(writeModel(validModel()));
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
    const output = asRecord(JSON.parse(child.stdout));
    expect(asList(output.scenarios).map((s) => asRecord(s).id)).toEqual(['five-year', 'annual']);
  }, 60_000);
});
