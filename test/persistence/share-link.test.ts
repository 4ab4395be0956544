/**
 * Share links (src/persistence/share-link.ts): every valid model survives the trip through a link in all the
 * forms a link arrives in, links frozen today keep opening the same model forever, and a damaged link is
 * reported as damaged, never thrown on and never opened as a different model.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strToU8, zlibSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { compactModel, expandModel } from '../../src/persistence/compact-model';
import { EFFECT_DEFAULTS } from '../../src/model/records/effect';
import { LINK_DICTIONARY_V1 } from '../../src/persistence/link-dictionary-v1';
import { LINK_DICTIONARY_V2 } from '../../src/persistence/link-dictionary-v2';
import { openModelJson } from '../../src/persistence/model-file-io';
import {
  decodeModelFragment,
  encodeModelFragment,
  hasModelFragment,
  LINK_VERSION,
  MAX_LINK_MODEL_BYTES,
  MAX_LINK_PAYLOAD_CHARS,
} from '../../src/persistence/share-link';
import type { LinkDecodeResult } from '../../src/persistence/share-link';
import { arbitraryModelFile, isWithinProjectionBounds } from '../arbitraries/model-file-arbitrary';
import { largeModel } from '../bench/large-model';
import { limitsModel } from '../bench/limits-model';

const ORIGIN = 'https://example.org/';
/** Room left in a 1024- or 2048-character URL for the origin and path in front of the fragment. */
const ORIGIN_ALLOWANCE = 60;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function readText(relative: string): string {
  return readFileSync(new URL(relative, import.meta.url), 'utf8');
}

/** What `writeModelFile(readModel(f).model)` makes: the canonical file a link carries. */
function canonical(file: unknown): ModelFile {
  // A generated model whose figures compound past MODEL.md's projection bounds is skipped, not failed.
  fc.pre(isWithinProjectionBounds(file as ModelFile));
  const read = readModel(file);
  if (!read.ok) throw new Error(`Not a valid model: ${JSON.stringify(read.problems)}`);
  return writeModelFile(read.model);
}

/** Decodes a link and opens the model it carries; throws (failing the test) when either step fails. */
function openLink(url: string): ModelFile {
  const decoded = decodeModelFragment(url);
  if (!decoded.ok) throw new Error(`Link refused (${decoded.reason}): ${decoded.message}`);
  expect(decoded.linkVersion).toBe(LINK_VERSION);
  const opened = openModelJson(decoded.file, 'This link');
  if (!opened.ok) throw new Error(`Model refused: ${JSON.stringify(opened.problems)}`);
  expect(opened.migratedFrom).toBeNull();
  return opened.file;
}

function workedExample(): ModelFile {
  return canonical(JSON.parse(readText('../../public/examples/worked-example.json')));
}

/** The JSON path of the first place where two JSON values differ, with both values. */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const found = firstDifference(left[key], right[key], `${path}.${key}`);
      if (found !== '') return found;
    }
  }
  return `${path} from ${short(a)} to ${short(b)}`;
}

function short(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function expectRefused(
  result: LinkDecodeResult,
  reason: Extract<LinkDecodeResult, { ok: false }>['reason'],
): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.reason).toBe(reason);
  expect(result.message.trim()).not.toBe('');
  return result.message;
}

describe('round trip of generated models through a link', () => {
  it('gives back the canonical model, whether the fragment is bare, %23-escaped or in a full URL', () => {
    fc.assert(
      fc.property(arbitraryModelFile(), (file) => {
        const model = canonical(file);
        const fragment = encodeModelFragment(model);
        expect(fragment.startsWith(`#v${LINK_VERSION}.`)).toBe(true);
        expect(BASE64URL.test(fragment.slice(4))).toBe(true);
        expect(hasModelFragment(fragment)).toBe(true);

        expect(expandModel(compactModel(model), 2)).toEqual(model);
        expect(openLink(fragment)).toEqual(model);
        expect(openLink(`${ORIGIN}${fragment.replace('#', '%23')}`)).toEqual(model);
        expect(openLink(`${ORIGIN}app/?screen=results${fragment}`)).toEqual(model);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips the worked example and the large benchmark model', () => {
    for (const model of [workedExample(), canonical(largeModel())]) {
      expect(openLink(encodeModelFragment(model))).toEqual(model);
    }
  });

  it('still opens a link followed by sentence punctuation, as when pasted into an email', () => {
    const model = workedExample();
    const fragment = encodeModelFragment(model);
    expect(openLink(`(${ORIGIN}${fragment}).`)).toEqual(model);
  });
});

describe('frozen links: links from every earlier format version keep opening', () => {
  const fixtures = [
    { name: 'the worked example', stem: 'worked-example-v1', refusedAt: null },
    // Generated before MODEL.md bounded projections: one line's cost reaches £2.01 × 10^15 a year. The link
    // still decodes to exactly its model; opening it now names the line that goes past the bound.
    { name: 'a generated custom model', stem: 'custom-v1', refusedAt: 'costLines[3].unitCost' },
  ] as const;

  it('decodes the frozen format-2 link of the worked example (worked-example-v2) to its model', () => {
    const fragment = readText('../fixtures/links/worked-example-v2.txt').trim();
    const expected = JSON.parse(readText('../fixtures/links/worked-example-v2.json')) as ModelFile;
    expect(fragment.startsWith('#v2.')).toBe(true);
    expect(openLink(fragment)).toEqual(expected);
    expect(openLink(`${ORIGIN}${fragment.replace('#', '%23')}`)).toEqual(expected);
  });

  it('reports a link whose format number was altered as damaged (each format has its own dictionary)', () => {
    const v2 = readText('../fixtures/links/worked-example-v2.txt').trim();
    const v1 = readText('../fixtures/links/worked-example-v1.txt').trim();
    expectRefused(decodeModelFragment(v2.replace('#v2.', '#v1.')), 'damaged');
    expectRefused(decodeModelFragment(v1.replace('#v1.', '#v2.')), 'damaged');
  });

  for (const { name, stem, refusedAt } of fixtures) {
    it(`decodes the frozen link of ${name} (${stem}) to the model it was made from`, () => {
      const fragment = readText(`../fixtures/links/${stem}.txt`).trim();
      const expected = JSON.parse(readText(`../fixtures/links/${stem}.json`)) as ModelFile;
      expect(fragment.startsWith('#v1.')).toBe(true);
      for (const url of [fragment, `${ORIGIN}${fragment.replace('#', '%23')}`]) {
        const decoded = decodeModelFragment(url);
        expect(decoded.ok && decoded.file).toEqual(expected);
      }
      if (refusedAt === null) {
        // It opens as the same model migrated to version 2 (every new field at its default)…
        const decoded = decodeModelFragment(fragment);
        const opened = openModelJson(decoded.ok ? decoded.file : null, 'This link');
        if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
        expect(opened.migratedFrom).toBe(1);
        const migrated = canonical({ ...expected, version: 2 });
        expect(opened.file).toEqual(migrated);
        // …and re-encoding that today gives a format-2 link that round-trips.
        expect(openLink(encodeModelFragment(migrated))).toEqual(migrated);
      } else {
        const decoded = decodeModelFragment(fragment);
        const opened = openModelJson(decoded.ok ? decoded.file : null, 'This link');
        expect(opened.ok).toBe(false);
        if (!opened.ok) expect(opened.problems.map((p) => p.path)).toContain(refusedAt);
      }
    });
  }

  it('keeps the format-1 dictionary byte for byte (links already sent inflate with it)', () => {
    const digest = createHash('sha256').update(LINK_DICTIONARY_V1, 'utf8').digest('hex');
    expect(
      digest,
      'LINK_DICTIONARY_V1 changed: every format-1 link already sent would stop opening. ' +
        'Restore it and put a better dictionary in a new link format version.',
    ).toBe('d64e91ce440c97336f64edfcfa0c510217b56faf0a08283b839b5feacab9766f');
  });

  it('keeps the format-2 dictionary byte for byte (links already sent inflate with it)', () => {
    const digest = createHash('sha256').update(LINK_DICTIONARY_V2, 'utf8').digest('hex');
    expect(
      digest,
      'LINK_DICTIONARY_V2 changed: every format-2 link already sent would stop opening. ' +
        'Restore it and put a better dictionary in a new link format version.',
    ).toBe('31409109cceef54239db0db20b2da2ee7f4cf874bd44ecea241eb1e438bb782f');
  });
});

describe('link length', () => {
  it('keeps the worked example within a 1024-character URL, with room for the origin', () => {
    const fragment = encodeModelFragment(workedExample());
    expect(fragment.length).toBeLessThanOrEqual(1024 - ORIGIN_ALLOWANCE);
  });

  it('keeps the large benchmark model within a 2048-character URL, with room for the origin', () => {
    const fragment = encodeModelFragment(canonical(largeModel()));
    expect(fragment.length).toBeLessThanOrEqual(2048 - ORIGIN_ALLOWANCE);
  });
});

describe('links that are not model links, or come from a newer version', () => {
  it('refuses a newer link format with a message saying so', () => {
    for (const url of ['#v3.abc', `${ORIGIN}%23v3.abc`, '#v10.eJxLTEoGAAJNASc']) {
      const message = expectRefused(decodeModelFragment(url), 'newer');
      expect(message).toMatch(/newer version/);
    }
  });

  it('reports an empty payload, an unknown old version and non-base64 characters as damaged', () => {
    for (const url of ['#v1.', '#v0.xxx', '#v0.', '#v1.!!!!', '#v1.ab+/cd==', '#v1.€€€', '#v1.A']) {
      expectRefused(decodeModelFragment(url), 'damaged');
    }
  });

  it('says a foreign fragment or a plain URL carries no model', () => {
    for (const url of ['#section-2', '', '#', ORIGIN, `${ORIGIN}#results`, '#v.abc', '#1.abc']) {
      expect(hasModelFragment(url)).toBe(false);
      expectRefused(decodeModelFragment(url), 'not-a-link');
    }
  });
});

describe('damaged links', () => {
  const ALTERNATIVES = ['A', 'g', 'Q', 'w', '-', '_', '0', 'z'];

  it('reports every truncation of a link as damaged, never a throw', () => {
    for (const fragment of [
      encodeModelFragment(workedExample()),
      encodeModelFragment(canonical(largeModel())),
    ]) {
      for (let length = 0; length < fragment.length; length += 1) {
        const prefix = fragment.slice(0, length);
        const result = decodeModelFragment(prefix);
        expectRefused(result, length < '#v1.'.length ? 'not-a-link' : 'damaged');
      }
    }
  });

  type Alterations = {
    fragment: string;
    total: number;
    damaged: number;
    sameModel: number;
    refusedModel: number;
    /** Each alteration that opened as a valid model different from the original, and where it differs. */
    differentModel: string[];
  };

  /** Every one-character alteration of the payload, decoded and (when it still inflates) opened. */
  function alter(original: ModelFile, replacements: readonly string[]): Alterations {
    const fragment = encodeModelFragment(original);
    const counts: Alterations = {
      fragment,
      total: 0,
      damaged: 0,
      sameModel: 0,
      refusedModel: 0,
      differentModel: [],
    };
    for (let i = '#v1.'.length; i < fragment.length; i += 1) {
      for (const replacement of replacements) {
        if (fragment[i] === replacement) continue;
        const altered = `${fragment.slice(0, i)}${replacement}${fragment.slice(i + 1)}`;
        counts.total += 1;
        const decoded = decodeModelFragment(altered);
        if (!decoded.ok) {
          expect(decoded.reason).toBe('damaged');
          counts.damaged += 1;
          continue;
        }
        const opened = openModelJson(decoded.file, 'This link');
        if (!opened.ok) counts.refusedModel += 1;
        else if (JSON.stringify(opened.file) === JSON.stringify(original)) counts.sameModel += 1;
        else
          counts.differentModel.push(
            `character ${i} ${fragment[i] ?? ''} → ${replacement} changes ${firstDifference(original, opened.file)}`,
          );
      }
    }
    return counts;
  }

  const cases = [
    { name: 'worked example', model: workedExample, replacements: ALTERNATIVES },
    {
      name: 'custom fixture',
      model: () => JSON.parse(readText('../fixtures/links/custom-v1.json')) as ModelFile,
      replacements: ALTERNATIVES.slice(0, 3),
    },
  ];
  const results = new Map<string, Alterations>();

  for (const { name, model, replacements } of cases) {
    it(`never throws on a one-character alteration of the ${name} link`, () => {
      const counts = alter(model(), replacements);
      results.set(name, counts);
      expect(counts.total).toBeGreaterThan(0);
      expect(
        counts.damaged + counts.sameModel + counts.refusedModel + counts.differentModel.length,
      ).toBe(counts.total);
      console.info(
        `${name}: ${counts.total} altered links: ${counts.damaged} damaged, ${counts.sameModel} same model, ` +
          `${counts.refusedModel} refused by the validator, ${counts.differentModel.length} opened as a different model`,
      );
    });

    // share-link.ts promises that zlib's Adler-32 makes an altered link fail to inflate "instead of
    // opening a different model".
    it(`never opens a one-character alteration of the ${name} link as a different model`, () => {
      const counts = results.get(name) ?? alter(model(), replacements);
      const { fragment, total, differentModel } = counts;
      expect(
        differentModel.length,
        `${differentModel.length} of ${total} altered links of ${fragment} opened as a different valid model, e.g.\n` +
          differentModel.slice(0, 5).join('\n'),
      ).toBe(0);
    });
  }
});

/** A well-formed link (dictionary, checksum and all) around any text: what a hostile sender could make. */
function linkAround(text: string): string {
  const stream = zlibSync(strToU8(text), { level: 9, dictionary: strToU8(LINK_DICTIONARY_V1) });
  return `#v1.${Buffer.from(stream).toString('base64url')}`;
}

describe('links that inflate to more than a model could be', () => {
  it('fixes the bound at 6 MB', () => {
    // 6 × 1024 × 1024 = 6,291,456 bytes.
    expect(MAX_LINK_MODEL_BYTES).toBe(6_291_456);
  });

  it('opens a payload of exactly 6 MB and refuses one byte more as too large', () => {
    // `{"T":"` (6 characters) + the title + `"}` (2 characters) = 6,291,456 bytes when the title is
    // 6,291,448 characters long.
    const atLimit = `{"T":"${'a'.repeat(6_291_448)}"}`;
    expect(atLimit.length).toBe(6_291_456);
    const fits = decodeModelFragment(linkAround(atLimit));
    expect(fits.ok).toBe(true);
    const over = linkAround(`{"T":"${'a'.repeat(6_291_449)}"}`);
    const message = expectRefused(decodeModelFragment(over), 'too-large');
    expect(message).toMatch(/more than 6 MB/);
    expect(message).toMatch(/model file/);
    expect(message).not.toMatch(/damaged/);
  });

  it('decodes the link of a model at the limit of every list and text field', () => {
    // Within the size limit of a link, though too much work to calculate (see projection-bounds).
    const model = limitsModel();
    const decoded = decodeModelFragment(encodeModelFragment(model));
    // The model leaves each effect's deadweight, attribution and source out; the link spells them out.
    const spelledOut = {
      ...model,
      services: model.services.map((service) => ({
        ...service,
        effects: service.effects.map((effect) => ({ ...EFFECT_DEFAULTS, ...effect })),
      })),
    };
    expect(decoded.ok && decoded.file).toEqual(spelledOut);
  });

  it('refuses a short link that would inflate to 100 MB without inflating it all', () => {
    // 100 × 1024 × 1024 zero bytes deflate to about 100 KB (a ratio near 1,000).
    const zeros = new Uint8Array(100 * 1024 * 1024);
    const stream = zlibSync(zeros, { level: 9, dictionary: strToU8(LINK_DICTIONARY_V1) });
    const link = `#v1.${Buffer.from(stream).toString('base64url')}`;
    expect(link.length).toBeLessThan(200_000);
    expectRefused(decodeModelFragment(link), 'too-large');
  });
});

describe('intact links that do not hold a model', () => {
  it('says an intact link holds something that is not a model, not that it is damaged', () => {
    for (const text of ['hello', '[1,2,3]', '"a model"', '42', 'null', '{"hello":"world"}', '{']) {
      const message = expectRefused(decodeModelFragment(linkAround(text)), 'not-a-model');
      expect(message).toMatch(/^This link holds something that is not a Cost of Inaction model/);
      expect(message).not.toMatch(/damaged|lost when it was copied/);
    }
  });

  it('hands an intact but invalid model on, so its problems can be listed', () => {
    // "T" is the title's short key; a title of 3 is not text, and no partners, streams or scenarios.
    const decoded = decodeModelFragment(linkAround('{"T":3}'));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const opened = openModelJson(decoded.file, 'The model in this link');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.problems.length).toBeGreaterThan(0);
    expect(opened.problems.some((p) => p.path === 'title')).toBe(true);
  });
});

describe('links longer than any model needs', () => {
  it('refuses a payload of more than 1,000,000 characters before decoding it', () => {
    expect(MAX_LINK_PAYLOAD_CHARS).toBe(1_000_000);
    // 1,000,000 characters of "A" are read (and found damaged: no zlib header); one more is refused unread.
    expectRefused(decodeModelFragment(`#v1.${'A'.repeat(1_000_000)}`), 'damaged');
    const message = expectRefused(
      decodeModelFragment(`${ORIGIN}#v1.${'A'.repeat(1_000_001)}`),
      'too-large',
    );
    expect(message).toMatch(/more than 1,000,000 characters long/);
    expect(message).toMatch(/model file/);
  });
});
