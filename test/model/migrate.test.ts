/**
 * Format versions (MODEL.md, "Validation"): the current version passes through, an earlier one is migrated
 * to the same meaning, and a later or unrecognisable one is refused with a message.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/model/evaluate';
import { toHeadlessResults } from '../../src/model/headless-results';
import { migrateModelFile } from '../../src/model/migrate';
import type { Problem } from '../../src/model/model';
import { MODEL_FORMAT, MODEL_VERSION } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { validModel } from '../fixtures/valid-model';

type JsonRecord = Record<string, unknown>;

/**
 * The fixture as the version-0 draft wrote it: each cost line names a single `bearer` who bears all of it,
 * and each scenario carries its contribution rule as a bare `rule` string.
 */
function draftVersion0(): JsonRecord {
  const model = validModel();
  return {
    ...model,
    version: 0,
    costLines: model.costLines.map(({ bearers, ...line }) => ({
      ...line,
      bearer: bearers[0]?.partner ?? '',
    })),
    scenarios: model.scenarios.map(({ contributions, ...scenario }) => ({
      ...scenario,
      rule: contributions?.rule ?? 'equal',
    })),
  };
}

/** The version-1 file with the same meaning as `draftVersion0()`. */
function currentEquivalent(): JsonRecord {
  const model = validModel();
  return {
    ...model,
    costLines: model.costLines.map((line) => ({
      ...line,
      bearers: [{ partner: line.bearers[0]?.partner ?? '', share: '1' }],
    })),
    scenarios: model.scenarios.map((scenario) => ({
      ...scenario,
      contributions: { rule: scenario.contributions?.rule ?? 'equal' },
    })),
  };
}

function problemsOf(input: unknown): Problem[] {
  const result = migrateModelFile(input);
  return result.ok ? [] : result.problems;
}

describe('migrateModelFile', () => {
  it('passes the current version through unchanged', () => {
    const model = validModel();
    const result = migrateModelFile(model);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(MODEL_VERSION);
    expect(result.file).toEqual(validModel());
    expect(result.file.version).toBe(2);
  });

  it('turns a version-1 file into version 2 by its version alone, every new field left to its default', () => {
    const result = migrateModelFile({ ...validModel(), version: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.file).toEqual(validModel());
  });

  it('turns a version-0 bearer into bearers with a share of 1, and a bare rule into contributions', () => {
    const result = migrateModelFile(draftVersion0());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(0);
    expect(result.file.version).toBe(2);
    const lines = result.file.costLines as JsonRecord[];
    expect(lines[0]?.bearers).toEqual([{ partner: 'housing', share: '1' }]);
    expect(lines[1]?.bearers).toEqual([{ partner: 'police', share: '1' }]);
    for (const line of lines) expect(line).not.toHaveProperty('bearer');
    const scenarios = result.file.scenarios as JsonRecord[];
    expect(scenarios[0]?.contributions).toEqual({ rule: 'costBorne' });
    expect(scenarios[1]?.contributions).toEqual({ rule: 'equal' });
    for (const scenario of scenarios) expect(scenario).not.toHaveProperty('rule');
  });

  it('does not change the file it was given', () => {
    const draft = draftVersion0();
    const before = structuredClone(draft);
    migrateModelFile(draft);
    expect(draft).toEqual(before);
  });

  it('reads a version-0 draft with the same meaning as its version-1 equivalent', () => {
    const fromDraft = readModel(draftVersion0());
    const fromCurrent = readModel(currentEquivalent());
    expect(fromDraft.ok ? [] : fromDraft.problems).toEqual([]);
    expect(fromCurrent.ok).toBe(true);
    if (!fromDraft.ok || !fromCurrent.ok) return;
    expect(fromDraft.model).toEqual(fromCurrent.model);
    const [line] = fromDraft.model.costLines;
    expect(line?.bearers.map((b) => [b.partner, b.share.toString()])).toEqual([['housing', '1']]);
    expect(fromDraft.model.scenarios[1]?.contributions.rule).toBe('equal');
    expect(fromDraft.model.scenarios[1]?.contributions.contributors).toEqual([
      'council',
      'housing',
      'police',
    ]);
  });

  it('calculates the same results from a version-0 draft as from its version-1 equivalent', () => {
    const fromDraft = evaluateModel(draftVersion0());
    const fromCurrent = evaluateModel(currentEquivalent());
    if (!fromDraft.ok) throw new Error(JSON.stringify(fromDraft.problems));
    if (!fromCurrent.ok) throw new Error(JSON.stringify(fromCurrent.problems));
    expect(toHeadlessResults(fromDraft.model, fromDraft.results)).toEqual(
      toHeadlessResults(fromCurrent.model, fromCurrent.results),
    );
  });

  it('keeps a version-0 line that already has bearers, and reports a draft line with no bearer', () => {
    const draft = draftVersion0();
    const lines = draft.costLines as JsonRecord[];
    lines[0] = { ...lines[0], bearers: [{ partner: 'council', share: '1' }] };
    lines[1] = { ...lines[1], bearer: 5 };
    const migrated = migrateModelFile(draft);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    const migratedLines = migrated.file.costLines as JsonRecord[];
    expect(migratedLines[0]?.bearers).toEqual([{ partner: 'council', share: '1' }]);
    const read = readModel(draft);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toContain('costLines[1].bearers');
  });

  it('leaves odd version-0 lists for validation to report instead of throwing', () => {
    const draft = { ...draftVersion0(), costLines: 'none', scenarios: [null, 3] };
    expect(migrateModelFile(draft).ok).toBe(true);
    const read = readModel(draft);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['costLines', 'scenarios[0]', 'scenarios[1]']),
    );
  });

  it.each([3, 4, 99])('refuses version %i with a message about a newer version', (version) => {
    const problems = problemsOf({ ...validModel(), version });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('version');
    expect(problems[0]?.message).toMatch(/newer version/);
    expect(problems[0]?.message).toContain(String(version));
    const read = readModel({ ...validModel(), version });
    expect(read.ok ? [] : read.problems).toEqual(problems);
  });

  it.each([
    ['missing', undefined],
    ['negative', -1],
    ['a string', '1'],
    ['a fraction', 1.5],
    ['null', null],
    ['not a number at all', 'latest'],
  ])('refuses a version that is %s', (_label, version) => {
    const file: JsonRecord = { ...validModel() };
    if (version === undefined) delete file.version;
    else file.version = version;
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('version');
    expect(problems[0]?.message).toMatch(/no recognisable format version/);
  });

  it.each([
    ['missing', undefined],
    ['another format', 'spreadsheet'],
    ['in other letters', 'Cost-Of-Inaction'],
    ['a number', 1],
  ])('refuses a format that is %s', (_label, format) => {
    const file: JsonRecord = { ...validModel() };
    if (format === undefined) delete file.format;
    else file.format = format;
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('format');
    expect(problems[0]?.message).toMatch(/not a Cost of Inaction model/);
    expect(problems[0]?.message).toContain(MODEL_FORMAT);
  });

  it.each([
    ['null', null],
    ['a list', [validModel()]],
    ['text', 'cost-of-inaction'],
    ['a number', 1],
  ])('refuses %s as a whole file', (_label, input) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not a Cost of Inaction model/);
  });
});
