/**
 * The all-results CSV of the worked example, written as the app writes it and read back with papaparse:
 * its figures are the engine's, a few of them worked by hand, and its sums reconcile.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/model/evaluate';
import type { Results } from '../../src/model/results';
import type { Model } from '../../src/model/model';
import {
  ALL_RESULTS_HEADER,
  allResultsCells,
  type FundingPair,
} from '../../src/export/all-results-rows';
import { csvText } from '../../src/ui/shared/csv-text';

type Row = Record<(typeof ALL_RESULTS_HEADER)[number], string>;

function workedExampleJson(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
  ) as Record<string, unknown>;
}

function evaluate(json: unknown): { model: Model; results: Results } {
  const evaluation = evaluateModel(json);
  if (!evaluation.ok) throw new Error('the model is invalid');
  return { model: evaluation.model, results: evaluation.results };
}

const PAIR: FundingPair = { shortTerm: 'one-year-grants', longTerm: 'five-year' };

async function writeAndRead(json: unknown): Promise<{ text: string; rows: Row[] }> {
  const { model, results } = evaluate(json);
  const text = await csvText({
    header: [...ALL_RESULTS_HEADER],
    rows: allResultsCells(model, results, PAIR),
  });
  // Excel's byte-order mark comes off before parsing, as a spreadsheet does.
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}

const pennies = (value: string) => Math.round(Number(value) * 100);

function pick(rows: Row[], match: Partial<Row>): Row[] {
  return rows.filter((row) =>
    Object.entries(match).every(([key, value]) => row[key as keyof Row] === value),
  );
}

function one(rows: Row[], match: Partial<Row>): Row {
  const found = pick(rows, match);
  expect(found, JSON.stringify(match)).toHaveLength(1);
  return found[0]!;
}

describe('the all-results CSV of the worked example', () => {
  it('is UTF-8 with a byte-order mark, CRLF line ends and the long-form header', async () => {
    const { text } = await writeAndRead(workedExampleJson());
    expect(text.startsWith('\uFEFFscenario,case,year,financial_year,measure,value_type,')).toBe(
      true,
    );
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${ALL_RESULTS_HEADER.join(',')}`);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('holds the police line’s do-nothing cost as worked by hand, in each basis', async () => {
    const { rows } = await writeAndRead(workedExampleJson());
    // Victims' history 2021–2025: 1120, 1185, 1230, 1290, 1345. The linear fit: mean year 2023, mean
    // count 1234, slope (2×114 + 49 + 56 + 2×111) / 10 = 55.5, so 1400.5 cases in 2026/27 and 1456 in
    // 2027/28. The police incident costs £415 at 2008/09 prices; the price factor is the HM Treasury
    // index 105.3095 / 66.8397 = 1.575553151794…, all borne by the police.
    // 2026/27: 1400.5 × 415 × 1.575553151794… = £915,723.308…; the first year is the price base year
    //   and is not discounted, so cash and present value are the same.
    // 2027/28: 1456 × 415 × 1.575553151794… = £952,012.236…; cash × 1.02 = £971,052.48; PV ÷ 1.035 =
    //   £919,818.59.
    const police = (year: string, basis: string) =>
      one(rows, {
        scenario: 'Do nothing',
        measure: 'do_nothing_cost',
        line: 'Domestic abuse incident: police',
        year,
        basis,
      });
    expect(police('2026', 'real').value).toBe('915723.31');
    expect(police('2026', 'cash').value).toBe('915723.31');
    expect(police('2026', 'pv').value).toBe('915723.31');
    expect(police('2027', 'real').value).toBe('952012.24');
    expect(police('2027', 'cash').value).toBe('971052.48');
    expect(police('2027', 'pv').value).toBe('919818.59');
    const row = police('2027', 'pv');
    expect(row.partner).toBe('Ashdown Constabulary');
    expect(row.value_type).toBe('fiscal');
    expect(row.financial_year).toBe('2027/28');
    expect(row.unit).toBe('£, present value at 2026/27 prices');
  });

  it('holds the headline figures the Results screen shows', async () => {
    const { rows } = await writeAndRead(workedExampleJson());
    // As the Results screen shows them (present value, financial case): Five-year commitment net saving
    // £763,655, ratio 1.15, payback 2030/31; One-year grants renewed every year −£1,089,458, no payback.
    const summary = (scenario: string, measure: string, kind = 'financial') =>
      pick(rows, { scenario, measure, case: kind, basis: 'pv', year: '' });
    expect(summary('Five-year commitment', 'total_net_saving')[0]?.value).toBe('763655.38');
    expect(summary('Five-year commitment', 'benefit_cost_ratio')[0]?.value).toBe('1.1518');
    expect(summary('Five-year commitment', 'payback_year')[0]?.value).toBe('2030');
    expect(summary('One-year grants renewed every year', 'total_net_saving')[0]?.value).toBe(
      '-1089458.28',
    );
    expect(summary('One-year grants renewed every year', 'payback_year')).toEqual([]);
    // The cost of short-term funding: £763,655.38 − (−£1,089,458.28) = £1,853,113.66 (of the unrounded
    // figures, 763,655.377… + 1,089,458.283… = 1,853,113.660…).
    const cost = one(rows, {
      measure: 'cost_of_short_term_funding',
      case: 'financial',
      basis: 'pv',
    });
    expect(cost.value).toBe('1853113.66');
    expect(cost.scenario).toBe('One-year grants renewed every year against Five-year commitment');
  });

  it('reconciles: each summary equals the sum of its yearly rows, to the rounding of each row', async () => {
    const json = workedExampleJson();
    const { results } = evaluate(json);
    const { rows } = await writeAndRead(json);
    const sum = (found: Row[]) => found.reduce((total, row) => total + pennies(row.value), 0);
    for (const scenario of results.scenarios) {
      for (const kind of ['financial', 'economic']) {
        for (const basis of ['real', 'cash', 'pv']) {
          const yearly = pick(rows, {
            scenario: scenario.name,
            case: kind,
            measure: 'net_saving',
            basis,
          });
          expect(yearly).toHaveLength(10);
          const total = one(rows, {
            scenario: scenario.name,
            case: kind,
            measure: 'total_net_saving',
            basis,
          });
          // Ten rows each rounded to the penny: the sum is within ten half-pennies of the total.
          expect(Math.abs(sum(yearly) - pennies(total.value))).toBeLessThanOrEqual(5);
          // The running total's last year is the total itself.
          const last = one(rows, {
            scenario: scenario.name,
            case: kind,
            measure: 'cumulative_net_saving',
            basis,
            year: '2035',
          });
          expect(last.value).toBe(total.value);
        }
      }
      // Contributions (and under offers the shortfall they leave) add up, year by year, to the pool:
      // the service cost, to the penny of each of the two services' rows.
      for (const year of ['2026', '2030', '2035']) {
        const paid =
          sum(
            pick(rows, { scenario: scenario.name, measure: 'contribution', basis: 'real', year }),
          ) +
          sum(
            pick(rows, {
              scenario: scenario.name,
              measure: 'contribution_shortfall',
              basis: 'real',
              year,
            }),
          );
        const cost = sum(
          pick(rows, { scenario: scenario.name, measure: 'service_cost', basis: 'real', year }),
        );
        expect(Math.abs(paid - cost)).toBeLessThanOrEqual(1);
      }
    }
    // Only the scenario funded by offers has a shortfall.
    expect(
      new Set(pick(rows, { measure: 'contribution_shortfall' }).map((r) => r.scenario)),
    ).toEqual(new Set(['One-year pilot']));
    // The do-nothing rows, one per line, bearer and year, add up to the engine's total in each basis.
    const doNothing = pick(rows, {
      scenario: 'Do nothing',
      measure: 'do_nothing_cost',
      basis: 'pv',
    });
    expect(doNothing).toHaveLength(11 * 10);
    const engineTotal = Math.round(results.doNothing.totals.pv.toNumber() * 100);
    expect(Math.abs(sum(doNothing) - engineTotal)).toBeLessThanOrEqual(doNothing.length / 2);
    // And the fiscal rows alone to the financial case's cost of doing nothing.
    const fiscal = doNothing.filter((row) => row.value_type === 'fiscal');
    const fiscalTotal = Math.round(results.doNothing.valueTypes.fiscal.totals.pv.toNumber() * 100);
    expect(Math.abs(sum(fiscal) - fiscalTotal)).toBeLessThanOrEqual(fiscal.length / 2);
  });

  it('neutralises names that a spreadsheet would run, and keeps negative figures as numbers', async () => {
    const json = workedExampleJson();
    const scenarios = json.scenarios as { name: string }[];
    const partners = json.partners as { name: string }[];
    const lines = json.costLines as { name: string }[];
    const services = json.services as { name: string }[];
    scenarios[0]!.name = '=HYPERLINK("http://x")';
    partners[3]!.name = '+1';
    lines[0]!.name = '-2+3';
    services[0]!.name = '@SUM(A1)';
    const { text, rows } = await writeAndRead(json);
    expect(rows.some((row) => row.scenario === '\'=HYPERLINK("http://x")')).toBe(true);
    expect(rows.some((row) => row.partner === "'+1")).toBe(true);
    expect(rows.some((row) => row.line === "'-2+3")).toBe(true);
    expect(rows.some((row) => row.service === "'@SUM(A1)")).toBe(true);
    // No cell of the file begins with a formula character unless it is a number.
    const cells = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data.flat();
    for (const cell of cells)
      if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+\.\d+$|^-\d+$/);
    // The first scenario's financial net saving is negative, written as a plain number.
    const negative = one(rows, {
      scenario: '\'=HYPERLINK("http://x")',
      case: 'financial',
      measure: 'total_net_saving',
      basis: 'pv',
    });
    expect(negative.value).toBe('-1089458.28');
    expect(text).toContain(',-1089458.28\r\n');
    const typed = Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, dynamicTyping: true })
      .data as Record<string, unknown>[];
    expect(typed.some((row) => row.value === -1089458.28)).toBe(true);
  });
});
