/**
 * Opening and saving model files (src/persistence/model-file-io.ts): a saved file re-opens as the same model,
 * older format versions are migrated, a newer one is refused, and anything else is refused with a message
 * and every problem listed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContributionRule, ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import {
  MAX_FILE_BYTES,
  modelFileName,
  modelFileText,
  openModelJson,
  openModelText,
  openModelTextAsTyped,
} from '../../src/persistence/model-file-io';
import type { OpenResult } from '../../src/persistence/model-file-io';
import { arbitraryModelFile, isWithinProjectionBounds } from '../arbitraries/model-file-arbitrary';
import { validModel } from '../fixtures/valid-model';

type JsonRecord = Record<string, unknown>;

function canonical(file: unknown): ModelFile {
  // A generated model whose figures compound past MODEL.md's projection bounds is skipped, not failed.
  fc.pre(isWithinProjectionBounds(file as ModelFile));
  const read = readModel(file);
  if (!read.ok) throw new Error(`Not a valid model: ${JSON.stringify(read.problems)}`);
  return writeModelFile(read.model);
}

function opened(result: OpenResult): { file: ModelFile; migratedFrom: number | null } {
  if (!result.ok)
    throw new Error(`Refused: ${result.message} ${JSON.stringify(result.problems, null, 1)}`);
  return result;
}

function refused(result: OpenResult): {
  message: string;
  problems: { path: string; message: string }[];
} {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('The file opened');
  expect(result.message.trim()).not.toBe('');
  expect(result.message).not.toMatch(/NaN|undefined|\[object/);
  return result;
}

/**
 * The same model as the version-0 draft wrote it: one `bearer` per cost line and a bare `rule` per scenario.
 * Only meaningful for files whose lines have a single bearer and whose scenarios use every partner.
 */
function asVersion0(file: ModelFile): JsonRecord {
  return {
    ...file,
    version: 0,
    costLines: file.costLines.map(({ bearers, ...line }) => ({
      ...line,
      bearer: bearers[0]?.partner ?? '',
    })),
    scenarios: file.scenarios.map(({ contributions, ...scenario }) => ({
      ...scenario,
      rule: contributions?.rule ?? 'equal',
    })),
  };
}

/** The version-1 file with the same meaning as `asVersion0(file)`. */
function version1Equivalent(file: ModelFile): ModelFile {
  return {
    ...file,
    costLines: file.costLines.map((line) => ({
      ...line,
      bearers: [{ partner: line.bearers[0]?.partner ?? '', share: '1' }],
    })),
    scenarios: file.scenarios.map((scenario) => ({
      ...scenario,
      contributions: { rule: scenario.contributions?.rule ?? 'equal' },
    })),
  };
}

describe('saving and re-opening', () => {
  it('writes pretty JSON that re-opens as the identical model, for any valid model', () => {
    fc.assert(
      fc.property(arbitraryModelFile(), (file) => {
        const model = canonical(file);
        const text = modelFileText(model);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
        expect(JSON.parse(text)).toEqual(model);
        const again = opened(openModelText(text));
        expect(again.migratedFrom).toBeNull();
        expect(again.file).toEqual(model);
        expect(modelFileText(again.file)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('writes two-space indented JSON with one field per line', () => {
    const text = modelFileText(canonical(validModel()));
    const lines = text.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "format": "cost-of-inaction",');
    expect(lines[2]).toBe('  "version": 2,');
  });

  it('accepts plain JSON numbers on import and writes them back as decimal strings', () => {
    const file: JsonRecord = { ...validModel(), discountRate: 0.035, inflationRate: 0.02 };
    const result = opened(openModelJson(file));
    expect(result.file.discountRate).toBe('0.035');
    expect(result.file.inflationRate).toBe('0.02');
  });
});

describe('older format versions', () => {
  it('opens a version-0 draft file and migrates it', () => {
    const draft = {
      format: 'cost-of-inaction',
      version: 0,
      title: 'Draft partnership',
      area: 'Oldshire',
      notes: '',
      startYear: 2025,
      horizonYears: 3,
      priceBaseYear: 2025,
      discountRate: '0.035',
      inflationRate: '0.02',
      partners: [
        { id: 'council', name: 'Oldshire Council', kind: 'council' },
        { id: 'police', name: 'Oldshire Police', kind: 'police' },
      ],
      streams: [
        {
          id: 'victims',
          name: 'Victims',
          history: [{ year: 2024, count: '500' }],
          trend: { method: 'flat' },
        },
      ],
      costLines: [
        {
          id: 'calls',
          name: 'Call-outs',
          stream: 'victims',
          rate: '2',
          unitCost: '500',
          priceYear: 2024,
          bearer: 'police',
        },
      ],
      services: [{ id: 'idva', name: 'IDVA', annualCost: '100000', effects: [] }],
      scenarios: [
        { id: 'annual', name: 'Annual', fundedYears: 3, contractYears: 1, rule: 'costBorne' },
      ],
    };
    const result = opened(openModelText(JSON.stringify(draft)));
    expect(result.migratedFrom).toBe(0);
    expect(result.file.version).toBe(2);
    expect(result.file.costLines[0]?.bearers).toEqual([{ partner: 'police', share: '1' }]);
    expect(result.file.costLines[0]).not.toHaveProperty('bearer');
    expect(result.file.scenarios[0]?.contributions).toEqual({
      rule: 'costBorne',
      contributors: ['council', 'police'],
    });
    expect(result.file.scenarios[0]).not.toHaveProperty('rule');
  });

  it('opens any version-0 draft as the same model as its version-1 equivalent', () => {
    const rules: ContributionRule[] = ['equal', 'costBorne', 'benefit'];
    fc.assert(
      fc.property(arbitraryModelFile({ rules }), (file) => {
        const model = canonical(file);
        const expected = opened(openModelJson(version1Equivalent(model)));
        const result = opened(openModelText(JSON.stringify(asVersion0(model))));
        expect(result.migratedFrom).toBe(0);
        expect(result.file).toEqual(expected.file);
      }),
      { numRuns: 100 },
    );
  });
});

describe('files that are refused', () => {
  it('refuses a file from a newer version, saying so', () => {
    const file = { ...validModel(), version: 3 };
    const { message, problems } = refused(openModelJson(file));
    expect(message).toMatch(/newer version/);
    expect(message).toContain('2');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('version');
    expect(refused(openModelText(JSON.stringify(file))).message).toBe(message);
  });

  it('refuses a file with no recognisable version', () => {
    for (const version of [undefined, '1', 1.5, -1, null]) {
      const { message } = refused(openModelJson({ ...validModel(), version }));
      expect(message).toMatch(/version/);
    }
  });

  it('says when the text is not valid JSON', () => {
    for (const text of ['', '{', '{"format": "cost-of-inaction",}', 'model', '\u0000']) {
      const { message, problems } = refused(openModelText(text));
      expect(message).toBe('This file is not a model file: it is not valid JSON.');
      expect(problems).toEqual([]);
    }
  });

  it('says when the JSON is not a model at all', () => {
    for (const text of ['[]', '42', 'null', '"cost-of-inaction"', 'true', '{}', '{"format":"x"}']) {
      const { message } = refused(openModelText(text));
      expect(message).toMatch(/not a Cost of Inaction model/);
    }
  });

  it('names what was opened in the message', () => {
    expect(refused(openModelText('{', 'This link')).message).toMatch(/^This link /);
    const badModel = { ...validModel(), discountRate: '2' };
    expect(refused(openModelJson(badModel, 'The saved work')).message).toMatch(/^The saved work /);
  });

  it('refuses a file too large to be a model', () => {
    const { message } = refused(openModelText(' '.repeat(MAX_FILE_BYTES + 1)));
    expect(message).toMatch(/too large/);
  });

  it('lists every problem of a model, each with its path', () => {
    const base = validModel();
    const file: JsonRecord = {
      ...base,
      title: 42,
      discountRate: '1.5',
      partners: [{ ...base.partners[0], kind: 'mayor' }, ...base.partners.slice(1)],
      costLines: [{ ...base.costLines[0], unitCost: '-5' }, ...base.costLines.slice(1)],
      services: [{ ...base.services[0], effects: [{ costLine: 'nowhere', reduction: '0.1' }] }],
    };
    const { message, problems } = refused(openModelJson(file));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'discountRate',
        'partners[0].kind',
        'costLines[0].unitCost',
        'services[0].effects[0].costLine',
      ]),
    );
    expect(message).toBe(
      `This file holds a model with ${problems.length} problems; nothing was changed.`,
    );
    for (const problem of problems) {
      expect(problem.message.trim()).not.toBe('');
      expect(problem.message).not.toMatch(/NaN|undefined|\[object/);
    }
  });

  it('says "1 problem" for a single problem', () => {
    const { message, problems } = refused(openModelJson({ ...validModel(), discountRate: '2' }));
    expect(problems).toHaveLength(1);
    expect(message).toBe('This file holds a model with 1 problem; nothing was changed.');
  });
});

describe('modelFileName', () => {
  const named = (title: string) => modelFileName({ ...canonical(validModel()), title });

  it('slugs the title', () => {
    expect(named('Ashdown partnership')).toBe('ashdown-partnership.json');
    expect(named('  Ashdown & Bexley: 2026/27 (draft)  ')).toBe(
      'ashdown-bexley-2026-27-draft.json',
    );
    expect(named('CSP -- Cost of Inaction!!')).toBe('csp-cost-of-inaction.json');
  });

  it('falls back to a default name when the title has no letters or digits', () => {
    expect(named('')).toBe('cost-of-inaction-model.json');
    expect(named('***')).toBe('cost-of-inaction-model.json');
    expect(named('日本語')).toBe('cost-of-inaction-model.json');
  });

  it('cuts a long title to 60 characters without leaving a hyphen at the end', () => {
    const title = 'Ashdown, Bexley and Crowhurst domestic abuse partnership: the 2026 plan';
    expect(named(title)).toBe('ashdown-bexley-and-crowhurst-domestic-abuse-partnership-the.json');
  });

  it('always gives a short, clean file name', () => {
    const words = fc
      .array(fc.stringMatching(/^[A-Za-z0-9]{1,9}$/), { minLength: 1, maxLength: 14 })
      .map((list) => list.join(' '));
    const title = fc.oneof(fc.string({ maxLength: 120, unit: 'grapheme-ascii' }), words);
    fc.assert(
      fc.property(title, (title) => {
        const name = named(title);
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
        expect(name.length).toBeLessThanOrEqual(60 + '.json'.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('opening a file as typed', () => {
  it('opens a model saved with problems as it was typed, listing each problem', () => {
    const file = validModel();
    file.costLines[0]!.unitCost = '4,15';
    const opened = openModelTextAsTyped(JSON.stringify(file), 'bid.json');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.file.costLines[0]?.unitCost).toBe('4,15');
    expect(opened.problems.map((p) => p.path)).toEqual(['costLines[0].unitCost']);
  });

  it('opens a valid model canonical, with no problems', () => {
    const opened = openModelTextAsTyped(JSON.stringify(validModel()), 'bid.json');
    expect(opened.ok && opened.problems).toEqual([]);
  });

  it('still refuses text that is not JSON, or JSON that is not a model', () => {
    expect(openModelTextAsTyped('{not json', 'a.json').ok).toBe(false);
    expect(openModelTextAsTyped('{"hello": "world"}', 'a.json').ok).toBe(false);
  });
});
