/**
 * The validation rules MODEL.md version 2 adds ("Validation", "Model file", "From version 1"): each test
 * breaks the small valid model in one place and `readModel` must refuse it with a problem at that exact
 * JSON path whose message names the field in plain words. Then a version-1 file must read as version 2
 * with every new field at its default, and a version-3 file must be refused.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal';
import { evaluateModel } from '../../src/model/evaluate';
import type { Problem } from '../../src/model/model';
import type { ModelFile, PartnerFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { reachOf } from '../../src/model/records/service';
import { writeModelFile } from '../../src/model/write-model';
import { modelFileText, openModelJson, openModelText } from '../../src/persistence/model-file-io';
import { validModel } from '../fixtures/valid-model';

/**
 * The fixture's one service, IDVA, has an effect on cost line "ta" (stream "victims") and an effect on
 * the stream "children"; its scenario 0 shares by cost borne among council, housing and police.
 */
function model(change: (m: ModelFile) => void = () => undefined): ModelFile {
  const m = validModel();
  change(m);
  return m;
}

function problemsOf(input: unknown): Problem[] {
  const result = readModel(input);
  return result.ok ? [] : result.problems;
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/** The model is refused with exactly one problem, at `path`, whose message matches every pattern. */
function expectRefused(input: unknown, path: string, ...messages: RegExp[]): Problem {
  const problems = problemsOf(input);
  expect(problems, describeProblems(problems)).toHaveLength(1);
  const [problem] = problems;
  if (!problem) throw new Error('no problem');
  expect(problem.path).toBe(path);
  for (const message of messages) expect(problem.message).toMatch(message);
  expect(problem.message).not.toMatch(/NaN|undefined|\[object/);
  return problem;
}

function service(m: ModelFile) {
  const found = m.services[0];
  if (!found) throw new Error('fixture has no service');
  return found;
}

function costLine(m: ModelFile, i = 0) {
  const found = m.costLines[i];
  if (!found) throw new Error('fixture has no cost line');
  return found;
}

const SOCIETY: PartnerFile = { id: 'society', name: 'Victims and families', kind: 'society' };

describe('the unbroken fixture', () => {
  it('reads without problems, with every version-2 field given', () => {
    const full = model((m) => {
      m.longTermDiscountRate = '0.03';
      m.partners.push(SOCIETY);
      costLine(m, 1).valueType = 'economic';
      costLine(m, 1).bearers = [{ partner: 'society', share: '1' }];
      Object.assign(service(m), {
        costOptimismBias: '2',
        reach: [
          { stream: 'victims', coverage: '1', capacity: '0' },
          { stream: 'children', coverage: '0' },
        ],
        benefitYears: 50,
      });
      service(m).effects = [
        { costLine: 'ta', reduction: '0.3', deadweight: '1', attribution: '0' },
        { stream: 'children', reduction: '0.1', deadweight: '0', attribution: '1' },
      ];
    });
    expect(describeProblems(problemsOf(full))).toBe('');
  });
});

describe('version-2 validation rules', () => {
  it('refuses a value type that is not fiscal, economic or social', () => {
    const m = model((x) => {
      (costLine(x) as { valueType: unknown }).valueType = 'capital';
    });
    expectRefused(m, 'costLines[0].valueType', /value type/, /fiscal/, /economic/, /social/);
  });

  it('refuses a cashable economic line', () => {
    const m = model((x) => {
      costLine(x).valueType = 'economic';
      costLine(x).cashable = true;
    });
    expectRefused(m, 'costLines[0].cashable', /cashable/i, /only a fiscal cost/i, /economic/);
  });

  it('refuses a cashable social line', () => {
    const m = model((x) => {
      costLine(x).valueType = 'social';
      costLine(x).cashable = true;
    });
    expectRefused(m, 'costLines[0].cashable', /cashable/i, /social/);
  });

  it.each(['2.01', '-0.1'])('refuses an optimism bias on costs of %s (range 0 to 2)', (value) => {
    const m = model((x) => {
      service(x).costOptimismBias = value;
    });
    expectRefused(m, 'services[0].costOptimismBias', /optimism bias on costs/, /from 0 to 2/);
  });

  it('refuses a coverage above 1', () => {
    const m = model((x) => {
      service(x).reach = [
        { stream: 'victims', coverage: '1.01' },
        { stream: 'children', coverage: '0.5' },
      ];
    });
    expectRefused(m, 'services[0].reach[0].coverage', /coverage/, /from 0 to 1/);
  });

  it('refuses a negative coverage', () => {
    const m = model((x) => {
      service(x).reach = [{ stream: 'victims' }, { stream: 'children', coverage: '-0.2' }];
    });
    expectRefused(m, 'services[0].reach[1].coverage', /coverage/, /from 0 to 1/);
  });

  it('refuses a negative capacity', () => {
    const m = model((x) => {
      service(x).reach = [{ stream: 'victims', capacity: '-1' }, { stream: 'children' }];
    });
    expectRefused(m, 'services[0].reach[0].capacity', /capacity/, /cannot be negative/);
  });

  it.each([
    [0, /from 1 to 50/],
    [51, /from 1 to 50/],
    [2.5, /whole number/],
  ])('refuses benefitYears %s', (value, rule) => {
    const m = model((x) => {
      service(x).benefitYears = value;
    });
    expectRefused(m, 'services[0].benefitYears', /years the benefit lasts/, rule);
  });

  it.each([
    ['deadweight', '1.2'],
    ['deadweight', '-0.1'],
    ['attribution', '1.5'],
    ['attribution', '-0.01'],
  ] as const)('refuses a %s of %s', (field, value) => {
    const m = model((x) => {
      const [first] = service(x).effects;
      if (first) first[field] = value;
    });
    expectRefused(m, `services[0].effects[0].${field}`, new RegExp(field), /from 0 to 1/);
  });

  it.each(['1.5', '-0.01'])('refuses a long-term discount rate of %s', (value) => {
    const m = model((x) => {
      x.longTermDiscountRate = value;
    });
    expectRefused(m, 'longTermDiscountRate', /long-term discount rate/, /from 0 to 1/);
  });

  it('refuses a reach naming a stream that does not exist', () => {
    const m = model((x) => {
      service(x).reach = [{ stream: 'victims' }, { stream: 'children' }, { stream: 'ghost' }];
    });
    expectRefused(m, 'services[0].reach[2].stream', /caseload stream/, /"ghost"/);
  });

  it('refuses a stream listed twice in one reach', () => {
    const m = model((x) => {
      service(x).reach = [
        { stream: 'victims', coverage: '0.5' },
        { stream: 'children' },
        { stream: 'victims', coverage: '0.2' },
      ];
    });
    expectRefused(m, 'services[0].reach[2].stream', /caseload/, /"victims"/, /listed twice/);
  });

  it('refuses an effect on a cost line whose stream the service does not reach', () => {
    const m = model((x) => {
      service(x).reach = [{ stream: 'children' }];
    });
    expectRefused(
      m,
      'services[0].effects[0].costLine',
      /caseload "victims"/,
      /cost line "ta"/,
      /does not reach/,
      /Who it reaches/,
    );
  });

  it('refuses an effect on a stream the service does not reach', () => {
    const m = model((x) => {
      service(x).reach = [{ stream: 'victims' }];
    });
    expectRefused(
      m,
      'services[0].effects[1].stream',
      /caseload "children"/,
      /does not reach/,
      /Who it reaches/,
    );
  });

  it('accepts an empty reach only for a service with no effects', () => {
    const m = model((x) => {
      service(x).reach = [];
    });
    const paths = problemsOf(m).map((p) => p.path);
    expect(paths).toEqual(['services[0].effects[0].costLine', 'services[0].effects[1].stream']);
    const none = model((x) => {
      service(x).reach = [];
      service(x).effects = [];
    });
    expect(describeProblems(problemsOf(none))).toBe('');
  });

  it('refuses a society partner as a contributor', () => {
    const m = model((x) => {
      x.partners.push(SOCIETY);
      const [scenario] = x.scenarios;
      if (scenario)
        scenario.contributions = {
          rule: 'costBorne',
          contributors: ['council', 'housing', 'police', 'society'],
        };
    });
    expectRefused(
      m,
      'scenarios[0].contributions.contributors[3]',
      /"society"/,
      /never pays into the pool/,
    );
  });

  it('refuses a society partner in custom shares', () => {
    const m = model((x) => {
      x.partners.push(SOCIETY);
      const [scenario] = x.scenarios;
      if (scenario)
        scenario.contributions = {
          rule: 'custom',
          shares: [
            { partner: 'council', share: '0.5' },
            { partner: 'society', share: '0.5' },
          ],
        };
    });
    expectRefused(
      m,
      'scenarios[0].contributions.shares[1].partner',
      /"society"/,
      /never pays into the pool/,
    );
  });

  it('refuses a society partner in offers', () => {
    const m = model((x) => {
      x.partners.push(SOCIETY);
      const [scenario] = x.scenarios;
      if (scenario)
        scenario.contributions = {
          rule: 'offers',
          offers: [
            { partner: 'society', annual: '1000' },
            { partner: 'police', annual: '5000' },
          ],
        };
    });
    expectRefused(
      m,
      'scenarios[0].contributions.offers[0].partner',
      /"society"/,
      /never pays into the pool/,
    );
  });

  it('leaves society out of the contributors a scenario does not name', () => {
    const m = model((x) => {
      x.partners.push(SOCIETY);
      const [scenario] = x.scenarios;
      if (scenario) scenario.contributions = { rule: 'equal' };
    });
    const read = readModel(m);
    if (!read.ok) throw new Error(describeProblems(read.problems));
    expect(read.model.scenarios[0]?.contributions.contributors).toEqual([
      'council',
      'housing',
      'police',
    ]);
  });

  it('refuses a file of version 3 as made by a newer version of the app', () => {
    const m = { ...validModel(), version: 3 };
    expectRefused(m, 'version', /newer version/, /format version 3/);
    const opened = openModelText(JSON.stringify(m));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/newer version/);
  });
});

// ---------------------------------------------------------------------------------------------------
// A version-1 file (MODEL.md, "From version 1"): the fixture has none of the new fields, so saved as
// version 1 it reads as version 2 with each at its default.

function versionOne(): Record<string, unknown> {
  const file: Record<string, unknown> = { ...validModel(), version: 1 };
  const text = JSON.stringify(file);
  for (const field of [
    'longTermDiscountRate',
    'valueType',
    'reach',
    'coverage',
    'capacity',
    'benefitYears',
    'costOptimismBias',
    'deadweight',
    'attribution',
  ])
    expect(text).not.toContain(`"${field}"`);
  return file;
}

describe('a version-1 file', () => {
  it('reads as version 2 with every new field at its default', () => {
    const read = readModel(versionOne());
    if (!read.ok) throw new Error(describeProblems(read.problems));
    const m = read.model;
    expect(m.longTermDiscountRate.eq('0.03')).toBe(true);
    expect(m.costLines.map((l) => l.valueType)).toEqual(['fiscal', 'fiscal']);
    const [idva] = m.services;
    if (!idva) throw new Error('no service');
    expect(idva.costOptimismBias.isZero()).toBe(true);
    expect(idva.benefitYears).toBe(1);
    expect(idva.reach).toBeNull();
    for (const effect of idva.effects) {
      expect(effect.deadweight.isZero()).toBe(true);
      expect(effect.attribution.eq(1)).toBe(true);
    }
    // Reach: every stream the effects name (victims through line "ta", then children), coverage 1.
    const reach = reachOf(idva, new Map(m.costLines.map((l) => [l.id, l.stream])));
    expect(reach.map((r) => [r.stream, r.coverage.toString(), r.capacity])).toEqual([
      ['victims', '1', null],
      ['children', '1', null],
    ]);
  });

  it('is written back as version 2 with the defaults spelled out, and reads back the same', () => {
    const read = readModel(versionOne());
    if (!read.ok) throw new Error(describeProblems(read.problems));
    const written = writeModelFile(read.model);
    expect(written.version).toBe(2);
    expect(written.longTermDiscountRate).toBe('0.03');
    expect(written.costLines.map((l) => l.valueType)).toEqual(['fiscal', 'fiscal']);
    const [idva] = written.services;
    expect(idva).toMatchObject({ costOptimismBias: '0', benefitYears: 1 });
    // The reach is left out, so it stays "every stream the effects name" if the effects change.
    expect(idva && 'reach' in idva).toBe(false);
    expect(idva?.effects.map((e) => [e.deadweight, e.attribution])).toEqual([
      ['0', '1'],
      ['0', '1'],
    ]);
    // Saving and opening the written file gives it back unchanged, with nothing to migrate.
    const reopened = openModelText(modelFileText(written));
    expect(reopened).toEqual({ ok: true, file: written, migratedFrom: null });
  });

  it('opens from a file as migrated from version 1, the same as the version-2 file', () => {
    const fromV1 = openModelJson(versionOne());
    const fromV2 = openModelJson(validModel());
    expect(fromV1.ok && fromV1.migratedFrom).toBe(1);
    expect(fromV2.ok && fromV2.migratedFrom).toBe(null);
    if (fromV1.ok && fromV2.ok) expect(fromV1.file).toEqual(fromV2.file);
  });

  it('helps every case of the streams its effects name while the service runs', () => {
    const evaluation = evaluateModel(versionOne());
    if (!evaluation.ok) throw new Error(describeProblems(evaluation.problems));
    // Scenario 0 funds IDVA for the whole horizon from month 0 with a six-month ramp and effectiveness 1:
    // year 0's operating level is (1/6 + 2/6 + … + 6/6 + 6 × 1) / 12 = (3.5 + 6) / 12 = 19/24, then 1.
    const [idva] = evaluation.results.scenarios[0]?.services ?? [];
    expect(idva?.reach.map((r) => r.streamId)).toEqual(['victims', 'children']);
    for (const reach of idva?.reach ?? []) {
      expect(reach.helped[0]?.minus(new Dec(19).div(24)).abs().lt('1e-30')).toBe(true);
      expect(reach.helped.slice(1).every((g) => g.eq(1))).toBe(true);
      // benefitYears 1: the share benefiting is the share helped that year.
      reach.benefiting.forEach((a, t) => {
        expect(a.eq(reach.helped[t] ?? new Dec(-1))).toBe(true);
      });
    }
  });
});
