/**
 * The payback year is one figure: the headline table, the cumulative net saving chart and the headless
 * calculator must name the same year. Payback counts from the first year any service operates (MODEL.md,
 * "Results"), whether or not that year has a service cost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/calc';
import { evaluateModel } from '../../../src/model/evaluate';
import type { ModelFile, ServiceFile } from '../../../src/model/model-file';
import { headlineTable } from '../../../src/ui/shared/headline-data';
import { netSavingData } from '../../../src/ui/shared/net-saving-data';

const dir = mkdtempSync(join(tmpdir(), 'coi-payback-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Three years from 2026/27, no inflation and no discounting, so real, cash and PV are the same. One stream
 * of 10 cases a year, one cost line of £100 a case: doing nothing costs £1,000 a year. The service halves
 * that line at full strength from the first month, so it avoids £500 a year in every funded year.
 */
function model(service: ServiceFile, contractYears: number): ModelFile {
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: 'Payback',
    area: '',
    notes: '',
    startYear: 2026,
    horizonYears: 3,
    priceBaseYear: 2026,
    discountRate: '0',
    inflationRate: '0',
    partners: [{ id: 'council', name: 'Council', kind: 'council' }],
    streams: [{ id: 's', name: 'Cases', history: [], trend: { method: 'flat', base: '10' } }],
    costLines: [
      {
        id: 'l',
        name: 'Line',
        stream: 's',
        rate: '1',
        unitCost: '100',
        priceYear: 2026,
        bearers: [{ partner: 'council', share: '1' }],
      },
    ],
    services: [service],
    scenarios: [{ id: 'funded', name: 'Funded', fundedYears: 3, contractYears }],
  };
}

/**
 * (a) A free service: no cost in any year. Net saving 500, 500, 500; running total 500, 1,000, 1,500.
 * It operates from 2026/27, where the running total is already ≥ 0: payback 2026/27.
 */
const free = model(
  {
    id: 'free',
    name: 'Free',
    annualCost: '0',
    effects: [{ costLine: 'l', reduction: '0.5' }],
  },
  3,
);

/**
 * (b) Operating from 2026/27 but costing nothing until the first renewal: one-year contracts with no
 * running or set-up cost and a £1,200 renewal in 2027/28 and 2028/29. Service cost 0, 1,200, 1,200; net
 * saving 500, −700, −700; running total 500, −200, −900. Counting from the first operating year, the
 * running total is ≥ 0 in 2026/27: payback 2026/27. (Counting from the first year with a cost, 2027/28,
 * it would never pay back.)
 */
const costLater = model(
  {
    id: 'later',
    name: 'Renewals only',
    annualCost: '0',
    renewalCost: '1200',
    effects: [{ costLine: 'l', reduction: '0.5' }],
  },
  1,
);

function cliPayback(file: ModelFile, name: string): unknown {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(file));
  let stdout = '';
  const code = run(
    [path],
    (text) => {
      stdout += text;
    },
    () => undefined,
  );
  expect(code).toBe(0);
  const printed = JSON.parse(stdout) as { scenarios: { paybackYear: unknown }[] };
  return printed.scenarios[0]?.paybackYear;
}

describe.each([
  { name: 'a free service', file: free, runningTotal: ['500', '1000', '1500'] },
  {
    name: 'a service whose first cost comes after it starts',
    file: costLater,
    runningTotal: ['500', '-200', '-900'],
  },
])('the payback year of $name', ({ name, file, runningTotal }) => {
  const evaluation = evaluateModel(file);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.problems));
  const { results } = evaluation;

  it('is 2026/27 in both headline tables (every line is fiscal, so the cases agree)', () => {
    for (const basis of ['real', 'cash', 'pv'] as const)
      for (const kind of ['financial', 'economic'] as const) {
        const row = headlineTable(results, basis, false, kind).rows.find(
          (r) => r.label === 'Payback year',
        );
        expect(row?.cells).toEqual(['–', '2026/27']);
      }
  });

  it('is 2026/27 on the cumulative net saving chart, in every basis', () => {
    for (const basis of ['real', 'cash', 'pv'] as const) {
      const data = netSavingData(results, basis, 'financial');
      expect(data.table.rows.map((row) => row.cells[0]?.toString())).toEqual(runningTotal);
      expect(data.paybacks.map((p) => [p.year, p.label, p.value])).toEqual([
        [2026, '2026/27', 500],
      ]);
      expect(data.summary).toContain('Pays for itself: Funded in 2026/27.');
    }
  });

  it('is 2026 in the headless results', () => {
    expect(cliPayback(file, name.replace(/\W+/g, '-'))).toBe(2026);
  });
});
