/**
 * Fuzzing the ways a model comes in (links, files, browser storage): whatever arrives, nothing throws, every
 * refusal is a plain-English message (never "NaN", "undefined" or "[object …]"), and the user's saved work
 * is never changed by any of it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { compactModel, expandModel } from '../../src/persistence/compact-model';
import {
  modelFileName,
  modelFileText,
  openModelJson,
  openModelText,
} from '../../src/persistence/model-file-io';
import type { OpenResult } from '../../src/persistence/model-file-io';
import { decodeModelFragment, encodeModelFragment } from '../../src/persistence/share-link';
import type { LinkDecodeResult } from '../../src/persistence/share-link';
import { arbitraryModelFile } from '../arbitraries/model-file-arbitrary';
import { largeModel } from '../bench/large-model';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = 'replace' | 'delete' | 'truncate';

const ORIGIN = 'https://example.org/';
const FORBIDDEN = ['NaN', 'undefined', '[object'];
let inputs = 0;

function canonical(file: unknown): ModelFile {
  const read = readModel(file);
  if (!read.ok) throw new Error(`Not a valid model: ${JSON.stringify(read.problems)}`);
  return writeModelFile(read.model);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

/** The user's saved work: a canonical model held frozen, as the app's store holds it. */
const saved = deepFreeze(
  canonical(
    JSON.parse(
      readFileSync(new URL('../../public/examples/worked-example.json', import.meta.url), 'utf8'),
    ),
  ),
);
const savedText = JSON.stringify(saved);

/** Valid canonical models to mutate, frozen so that any attempt to change one throws. */
const pool: readonly ModelFile[] = deepFreeze([
  saved,
  canonical(largeModel()),
  ...fc.sample(arbitraryModelFile(), { seed: 4242, numRuns: 30 }).map(canonical),
]);
const poolLinks = pool.map((file) => encodeModelFragment(file));
const poolTexts = pool.map((file) => modelFileText(file));
const poolIndex = fc.nat({ max: pool.length - 1 });

/** A message fit to show someone: words, and no leaked "NaN" or "undefined" not in the input itself. */
function expectPlainMessage(message: string, input: string): void {
  // Plain checks first: `expect` is called only on a failure, which keeps 10,000 inputs fast.
  const leaked = FORBIDDEN.filter((token) => message.includes(token) && !input.includes(token));
  if (typeof message === 'string' && /[A-Za-z]{2,}/.test(message) && leaked.length === 0) return;
  expect(message, `input: ${input.slice(0, 300)}`).toMatch(/[A-Za-z]{2,}/);
  expect(leaked, `message: ${message}\ninput: ${input.slice(0, 300)}`).toEqual([]);
}

function checkOpen(result: OpenResult, input: string): void {
  if (result.ok) {
    expect(result.file.format).toBe('cost-of-inaction');
    return;
  }
  expectPlainMessage(result.message, input);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expectPlainMessage(problem.message, input);
  }
}

/** Decodes a link and, when it decodes, opens the model as the app would. */
function checkLink(url: string): LinkDecodeResult {
  inputs += 1;
  const decoded = decodeModelFragment(url);
  if (!decoded.ok) {
    expect(['not-a-link', 'damaged', 'newer', 'too-large', 'not-a-model']).toContain(
      decoded.reason,
    );
    expectPlainMessage(decoded.message, url);
    return decoded;
  }
  const file: unknown = deepFreeze(decoded.file);
  checkOpen(openModelJson(file, 'This link'), JSON.stringify(file));
  return decoded;
}

function checkJson(value: unknown): void {
  inputs += 1;
  const frozen = deepFreeze(value);
  const text = JSON.stringify(frozen);
  checkOpen(openModelJson(frozen), text);
  const expanded = deepFreeze(expandModel(frozen, 2));
  checkOpen(openModelJson(expanded, 'This link'), `${text} ${JSON.stringify(expanded)}`);
}

function checkText(text: string): void {
  inputs += 1;
  checkOpen(openModelText(text), text);
}

function codeUnit(code: number): string {
  return String.fromCharCode(code);
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function payloadBytes(fragment: string): Uint8Array {
  return new Uint8Array(Buffer.from(fragment.slice('#v1.'.length), 'base64url'));
}

/** Every path to a value inside a JSON value (the root excluded). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item: unknown, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
}

/** A copy of `file` with the value at `path` replaced by `replacement`, or deleted. */
function mutate(file: ModelFile, path: (string | number)[], replacement: Json | null): unknown {
  const copy = JSON.parse(JSON.stringify(file)) as Json;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return copy;
    parent = Array.isArray(parent) ? (parent[Number(key)] ?? null) : (parent[key] ?? null);
  }
  const last = path.at(-1);
  if (last === undefined || parent === null || typeof parent !== 'object') return copy;
  if (Array.isArray(parent)) {
    if (replacement === null) parent.splice(Number(last), 1);
    else parent[Number(last)] = replacement;
  } else if (replacement === null) {
    Reflect.deleteProperty(parent, String(last));
  } else {
    parent[String(last)] = replacement;
  }
  return copy;
}

/** JSON values, with awkward numbers and keys among them. */
const jsonValue: Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) as Arbitrary<Json> },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Json>(
      -1,
      0,
      1e308,
      -1e-308,
      2 ** 53 + 1,
      '',
      ' ',
      'NaN',
      'Infinity',
      '-0',
      '1e400',
      '0x10',
      '１２',
      '12,000',
      '£350',
      [],
      {},
      [null],
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as Json,
    ),
  },
);

/** Short keys of the compact link form, so random values land in the fields `expandModel` looks at. */
const COMPACT_KEYS = ['T', 'A', 'N', 'Y', 'H', 'P', 'D', 'I', 'X', 'p', 's', 'c', 'v', 'n'];
const compactish: Arbitrary<Json> = fc.dictionary(
  fc.constantFrom(...COMPACT_KEYS, 'lb', 'e', 'W', 'format', 'version', '__proto__', 'toString'),
  fc.oneof(
    jsonValue,
    fc.array(
      fc.dictionary(
        fc.constantFrom('id', 'a', 'k', 'h', 'lb', 'e', 'W', 'f'),
        fc.jsonValue({ maxDepth: 1 }) as Arbitrary<Json>,
        { maxKeys: 5 },
      ),
      { maxLength: 4 },
    ),
  ),
  { maxKeys: 8 },
);

describe('fuzzing links', () => {
  it('survives random text after #v1.', () => {
    const payload = fc.oneof(
      // Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit is slow to generate).
      fc.string({ maxLength: 200, unit: fc.integer({ min: 0, max: 0xffff }).map(codeUnit) }),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
    );
    const form = fc.constantFrom('#v1.', `${ORIGIN}%23v1.`, `${ORIGIN}?screen=results#v1.`);
    fc.assert(
      fc.property(form, payload, (prefix, text) => {
        checkLink(`${prefix}${text}`);
      }),
      { numRuns: 2500 },
    );
  });

  it('survives random bytes, bare and behind a valid zlib header', () => {
    const header = payloadBytes(poolLinks[0] ?? '').slice(0, 6);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, withHeader) => {
        const body = withHeader ? new Uint8Array([...header, ...bytes]) : bytes;
        checkLink(`#v1.${base64url(body)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives valid links with bytes flipped, inserted, deleted or cut off', () => {
    const edit = fc.record({
      kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
      bit: fc.integer({ min: 0, max: 7 }),
    });
    fc.assert(
      fc.property(poolIndex, fc.array(edit, { minLength: 1, maxLength: 3 }), (i, edits) => {
        const bytes = [...payloadBytes(poolLinks[i] ?? '')];
        for (const { kind, at, byte, bit } of edits) {
          const k = bytes.length === 0 ? 0 : at % bytes.length;
          if (kind === 'flip') bytes[k] = (bytes[k] ?? 0) ^ (1 << bit);
          else if (kind === 'insert') bytes.splice(k, 0, byte);
          else if (kind === 'delete') bytes.splice(k, 1);
          else bytes.length = k;
        }
        checkLink(`#v1.${base64url(new Uint8Array(bytes))}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives valid links with characters changed, inserted or deleted', () => {
    const char = fc.constantFrom(...'AQgw09-_zZ+/=%#. '.split(''));
    fc.assert(
      fc.property(poolIndex, fc.nat(), char, fc.constantFrom(0, 1, 2), (i, at, c, kind) => {
        const link = poolLinks[i] ?? '';
        const k = 4 + (at % (link.length - 4));
        const changed =
          kind === 0
            ? `${link.slice(0, k)}${c}${link.slice(k + 1)}`
            : kind === 1
              ? `${link.slice(0, k)}${c}${link.slice(k)}`
              : `${link.slice(0, k)}${link.slice(k + 1)}`;
        checkLink(changed);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fuzzing model JSON', () => {
  it('survives random JSON values given to openModelJson and expandModel', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        checkJson(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives random JSON in the shape of a compact link model', () => {
    fc.assert(
      fc.property(compactish, (value) => {
        checkJson(value);
      }),
      { numRuns: 500 },
    );
  });

  it('survives mutated valid model files given to openModelText', () => {
    const mutation = fc.constantFrom<Mutation>('replace', 'delete', 'truncate');
    fc.assert(
      fc.property(poolIndex, mutation, fc.nat(), jsonValue, (i, kind, at, value) => {
        const file = pool[i];
        const text = poolTexts[i];
        if (!file || text === undefined) return;
        if (kind === 'truncate') {
          checkText(text.slice(0, at % text.length));
          return;
        }
        const all = paths(file);
        const path = all[at % all.length] ?? [];
        const changed = mutate(file, path, kind === 'delete' ? null : value);
        checkText(JSON.stringify(changed));
        // The same damage arriving through a link.
        if (kind === 'replace') checkJson(changed);
      }),
      { numRuns: 2500 },
    );
  });

  it('handles deeply nested input without a throw', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    checkText(deep);
    checkText(`{"format":"cost-of-inaction","version":1,"title":${deep}}`);
  });
});

describe('the saved work', () => {
  it('is never changed by saving, sharing or re-opening it', () => {
    for (let round = 0; round < 3; round += 1) {
      const opened = openModelJson(saved);
      checkOpen(opened, savedText);
      compactModel(saved);
      modelFileName(saved);
      checkText(modelFileText(saved));
      checkLink(encodeModelFragment(saved));
    }
  });
});

describe('coverage', () => {
  it('fuzzed at least 10,000 inputs in all', () => {
    expect(inputs).toBeGreaterThanOrEqual(10_000);
    console.info(`fuzzed ${inputs} inputs`);
  });

  it('left the saved work, and every valid model fuzzed from, unchanged', () => {
    expect(JSON.stringify(saved)).toBe(savedText);
    expect(isDeepFrozen(saved)).toBe(true);
    expect(pool.every(isDeepFrozen)).toBe(true);
    expect(pool.map((file) => modelFileText(file))).toEqual(poolTexts);
  });
});
