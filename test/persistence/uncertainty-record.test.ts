/**
 * The uncertainty record (src/model/records/uncertainty.ts) in the model file and the share link: ranges,
 * seed and draws survive both trips; a model without it reads with the defaults and is written without it,
 * so files and links made before it are unchanged; each problem is reported at its own field.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { compactModel } from '../../src/persistence/compact-model';
import { decodeModelFragment, encodeModelFragment } from '../../src/persistence/share-link';
import { handWorkedModel } from '../model/hand-worked-model';

const ORIGIN = 'https://example.org/';

const withUncertainty = (uncertainty: unknown) => ({ ...handWorkedModel(), uncertainty });

/** The hand-worked model with ranges on its unit cost (100) and its service's annual cost (300). */
function rangedFile(): ModelFile {
  return {
    ...handWorkedModel(),
    uncertainty: {
      seed: 4_294_967_295,
      draws: 2500,
      ranges: [
        { input: 'costLine:l:unitCost', low: '80', high: '150' },
        { input: 'service:v:annualCost', low: '300', high: '390.5' },
      ],
    },
  };
}

function read(file: unknown) {
  const result = readModel(file);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

function problemsOf(file: unknown) {
  const result = readModel(file);
  return result.ok ? [] : result.problems;
}

describe('the uncertainty record in the model file', () => {
  it('reads a model without it with the defaults and writes it back without it', () => {
    const model = read(handWorkedModel());
    expect(model.uncertainty).toEqual({ seed: 1, draws: 10_000, ranges: [] });
    expect('uncertainty' in writeModelFile(model)).toBe(false);
    expect(writeModelFile(model)).toEqual(writeModelFile(read(handWorkedModel())));
  });

  it('round-trips file → read → write unchanged', () => {
    // The canonical file (every default spelled out), as the app saves it.
    const file = writeModelFile(read(rangedFile()));
    expect(file.uncertainty).toEqual(rangedFile().uncertainty);
    expect(writeModelFile(read(file))).toEqual(file);
    const model = read(file);
    expect([model.uncertainty.seed, model.uncertainty.draws]).toEqual([4_294_967_295, 2500]);
    expect(
      model.uncertainty.ranges.map((r) => [r.input, r.low.toString(), r.high.toString()]),
    ).toEqual([
      ['costLine:l:unitCost', '80', '150'],
      ['service:v:annualCost', '300', '390.5'],
    ]);
  });

  it('writes every field once anything differs from the defaults', () => {
    const model = read(withUncertainty({ seed: 7 }));
    expect(writeModelFile(model).uncertainty).toEqual({ seed: 7, draws: 10_000, ranges: [] });
  });
});

describe('the uncertainty record in a share link', () => {
  it('brings back the same ranges, seed and draws', () => {
    const file = writeModelFile(read(rangedFile()));
    const decoded = decodeModelFragment(ORIGIN + encodeModelFragment(file));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.file).toEqual(file);
    expect(read(decoded.file).uncertainty).toEqual(read(file).uncertainty);
  });

  it('goes as [input, low, high] triples, leaving out a default seed and draws', () => {
    const compact = compactModel({
      ...handWorkedModel(),
      uncertainty: {
        seed: 1,
        draws: 10_000,
        ranges: [{ input: 'costLine:l:unitCost', low: '80', high: '150' }],
      },
    }) as { uncertainty?: unknown };
    expect(compact.uncertainty).toEqual({ ranges: [['costLine:l:unitCost', '80', '150']] });
  });

  it('leaves the link of a model without it exactly as it was', () => {
    const compact = compactModel(handWorkedModel()) as Record<string, unknown>;
    expect('uncertainty' in compact).toBe(false);
    const decoded = decodeModelFragment(ORIGIN + encodeModelFragment(handWorkedModel()));
    if (!decoded.ok) throw new Error(decoded.message);
    expect('uncertainty' in (decoded.file as Record<string, unknown>)).toBe(false);
  });
});

describe('problems with the uncertainty record', () => {
  it.each([
    [
      'a figure no longer in the model',
      { ranges: [{ input: 'costLine:gone:unitCost', low: '1', high: '2' }] },
      'uncertainty.ranges[0].input',
      /no longer in the model: remove this range/,
    ],
    [
      'a low end above today’s value (unit cost 100)',
      { ranges: [{ input: 'costLine:l:unitCost', low: '120', high: '150' }] },
      'uncertainty.ranges[0].low',
      /above today's value \(100\): lower it to 100 or less/,
    ],
    [
      'a high end below today’s value',
      { ranges: [{ input: 'costLine:l:unitCost', low: '50', high: '90' }] },
      'uncertainty.ranges[0].high',
      /below today's value \(100\): raise it to 100 or more/,
    ],
    [
      'a low end below the figure’s minimum',
      { ranges: [{ input: 'costLine:l:unitCost', low: '-5', high: '150' }] },
      'uncertainty.ranges[0].low',
      /cannot be below 0/,
    ],
    [
      'a high end above the figure’s maximum (a reduction is at most 1)',
      { ranges: [{ input: 'effect:v:costLine:l:reduction', low: '0.4', high: '1.2' }] },
      'uncertainty.ranges[0].high',
      /cannot be above 1/,
    ],
    [
      'a low end above the high end',
      { ranges: [{ input: 'costLine:l:unitCost', low: '150', high: '80' }] },
      'uncertainty.ranges[0].low',
      /above the high end/,
    ],
    [
      'a range that is not a number',
      { ranges: [{ input: 'costLine:l:unitCost', low: 'lots', high: '150' }] },
      'uncertainty.ranges[0].low',
      /should be a number/,
    ],
    [
      'the same figure twice',
      {
        ranges: [
          { input: 'costLine:l:unitCost', low: '80', high: '150' },
          { input: 'costLine:l:unitCost', low: '90', high: '110' },
        ],
      },
      'uncertainty.ranges[1].input',
      /listed twice/,
    ],
    ['a seed beyond 2^32 − 1', { seed: 2 ** 32 }, 'uncertainty.seed', /from 0 to 4294967295/],
    ['a seed that is not whole', { seed: 1.5 }, 'uncertainty.seed', /whole number/],
    ['too few draws', { draws: 99 }, 'uncertainty.draws', /from 100 to 100000/],
    ['ranges that are not a list', { ranges: 'wide' }, 'uncertainty.ranges', /should be a list/],
    ['a record that is not an object', 'sure', 'uncertainty', /should be an object/],
  ])('reports %s at its field', (_, uncertainty, path, message) => {
    const problems = problemsOf(withUncertainty(uncertainty));
    expect(problems).toEqual([{ path, message: expect.stringMatching(message) as unknown }]);
  });

  it('accepts a range of zero width at today’s value', () => {
    const model = read(
      withUncertainty({ ranges: [{ input: 'costLine:l:unitCost', low: '100', high: '100' }] }),
    );
    expect(model.uncertainty.ranges).toHaveLength(1);
  });
});
