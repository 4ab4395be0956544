/**
 * Share links: the whole model in the URL fragment (never sent to a server).
 *
 * Format version 2: `#v2.<payload>` where payload = base64url(zlib(JSON of the compact model)), compressed
 * with a frozen preset dictionary (link-dictionary-v2.ts). Format 1 is the same for model files of
 * version 1, with its own dictionary (link-dictionary-v1.ts); the zlib header names the dictionary, so a
 * link whose format number was altered is reported as damaged. The zlib stream ends with an Adler-32
 * checksum of the model's text, which is the link's check value: fflate does not verify it, so it is
 * checked here, and a truncated or altered link is reported as damaged instead of opening a different
 * model. Mail systems that rewrite `#` as `%23` (Outlook Safe Links) are accepted too.
 *
 * A link is untrusted: a few kilobytes can inflate to gigabytes. The payload is inflated a slice at a
 * time and given up as soon as it passes a few megabytes, more than any model, so no link can take more
 * memory or time than that to refuse.
 */
import { Inflate, strFromU8, strToU8, zlibSync } from 'fflate';
import type { ModelFile } from '../model/model-file';
import { compactModel, expandModel, SHORT_KEYS } from './compact-model';
import { LINK_DICTIONARY_V1 } from './link-dictionary-v1';
import { LINK_DICTIONARY_V2 } from './link-dictionary-v2';

const CURRENT_DICTIONARY = strToU8(LINK_DICTIONARY_V2);

/** The frozen preset dictionary of each link format. */
const DICTIONARIES: Readonly<Partial<Record<number, Uint8Array>>> = {
  1: strToU8(LINK_DICTIONARY_V1),
  2: CURRENT_DICTIONARY,
};

/**
 * Format 2 carries a model file of format version 2, format 1 one of version 1; both share the
 * compact form and the dictionary, which must never change.
 */
export const LINK_VERSION = 2;

/**
 * The longest payload read, in characters. The link of a model at the limit of every list and text
 * field is about 240,000 characters, and mail and chat tools cut links far shorter; a longer one is
 * refused before anything is decoded (the pattern stops reading one character past it).
 */
export const MAX_LINK_PAYLOAD_CHARS = 1_000_000;
const MARKER = new RegExp(
  `(?:#|%23)v(\\d+)\\.([A-Za-z0-9_-]{0,${String(MAX_LINK_PAYLOAD_CHARS + 1)}})`,
);

/**
 * The most a link's model may inflate to. A model at the limit of every list and text field is about
 * 5 MB in a link's compact form, so 6 MB leaves room; inflating that far takes a small fraction of a
 * second.
 */
export const MAX_LINK_MODEL_BYTES = 6 * 1024 * 1024;
/**
 * Compressed bytes fed to the inflater at once. Deflate expands at most about 1,032 times, so one slice
 * adds at most about a quarter of a megabyte before the bound is checked again (smaller slices cost
 * more calls; larger ones let a hostile link inflate further past the bound before it is stopped).
 */
const SLICE_BYTES = 256;

export type LinkDecodeResult =
  | { ok: true; file: unknown; linkVersion: number }
  | {
      ok: false;
      reason: 'not-a-link' | 'damaged' | 'newer' | 'too-large' | 'not-a-model';
      message: string;
    };

/** Adler-32 (RFC 1950) of some bytes: the checksum a zlib stream carries in its last four bytes. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The fragment (starting with `#`) that carries a canonical model file. */
export function encodeModelFragment(file: ModelFile): string {
  const json = JSON.stringify(compactModel(file));
  const stream = zlibSync(strToU8(json), { level: 9, dictionary: CURRENT_DICTIONARY });
  return `#v${LINK_VERSION}.${toBase64Url(stream)}`;
}

/** Whether a URL (or fragment) carries a model, in either the `#` or the `%23` form. */
export function hasModelFragment(url: string): boolean {
  return MARKER.test(url);
}

const DAMAGED =
  'This link is damaged or incomplete: part of it was probably lost when it was copied or sent. Ask for the link again, or for the model file.';
const TOO_LARGE = `This link holds more than ${MAX_LINK_MODEL_BYTES / (1024 * 1024)} MB, far more than any model, so it was not opened. Ask the sender for the model file instead.`;
const TOO_LONG = `This link is more than ${MAX_LINK_PAYLOAD_CHARS.toLocaleString('en-GB')} characters long, far longer than the link of any model, so it was not opened. Ask the sender for the model file instead.`;
const NOT_A_MODEL =
  'This link holds something that is not a Cost of Inaction model: it arrived whole, but what it carries is not a model this app can open. Ask the sender for the model file.';

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * Inflates a zlib stream made with a link format's dictionary, giving up as soon as the output passes
 * `MAX_LINK_MODEL_BYTES`, and checks the Adler-32 at its end.
 */
function inflateBounded(stream: Uint8Array, dictionary: Uint8Array): Inflated {
  // Header: CMF, FLG (with the preset-dictionary bit), then the dictionary's own Adler-32.
  const cmf = stream[0] ?? 0;
  const flg = stream[1] ?? 0;
  const usesDictionary = (flg & 0x20) !== 0;
  if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0 || !usesDictionary)
    return { ok: false, reason: 'damaged' };
  if (readUint32(stream, 2) !== adler32(dictionary)) return { ok: false, reason: 'damaged' };
  const bodyStart = 6;
  if (stream.length < bodyStart + 4 + 1) return { ok: false, reason: 'damaged' };
  const body = stream.subarray(bodyStart, stream.length - 4);
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate({ dictionary });
  inflater.ondata = (chunk) => {
    size += chunk.length;
    if (size <= MAX_LINK_MODEL_BYTES) parts.push(chunk);
  };
  for (let at = 0; at < body.length; at += SLICE_BYTES) {
    const end = Math.min(at + SLICE_BYTES, body.length);
    inflater.push(body.subarray(at, end), end === body.length);
    if (size > MAX_LINK_MODEL_BYTES) return { ok: false, reason: 'too-large' };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  if (readUint32(stream, stream.length - 4) !== adler32(bytes))
    return { ok: false, reason: 'damaged' };
  return { ok: true, bytes };
}

const LINK_KEYS = new Set(Object.values(SHORT_KEYS));

/** Whether intact JSON looks like a compact model at all: an object with at least one of its keys. */
function looksLikeModel(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  return Object.keys(json).some((key) => LINK_KEYS.has(key));
}

/** Reads the model out of a URL or fragment. Never throws; the model still has to be validated. */
export function decodeModelFragment(url: string): LinkDecodeResult {
  const match = MARKER.exec(url);
  if (!match)
    return {
      ok: false,
      reason: 'not-a-link',
      message: 'This link does not contain a Cost of Inaction model.',
    };
  const version = Number(match[1]);
  if (version > LINK_VERSION)
    return {
      ok: false,
      reason: 'newer',
      message: `This link was made by a newer version of Cost of Inaction (link format ${version}). Open it in the latest version of the app.`,
    };
  const dictionary = DICTIONARIES[version];
  if (!dictionary) return { ok: false, reason: 'damaged', message: DAMAGED };
  const payload = match[2] ?? '';
  if (payload.length > MAX_LINK_PAYLOAD_CHARS)
    return { ok: false, reason: 'too-large', message: TOO_LONG };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged', message: DAMAGED };
  let inflated: Inflated;
  try {
    inflated = inflateBounded(bytes, dictionary);
  } catch {
    return { ok: false, reason: 'damaged', message: DAMAGED };
  }
  if (!inflated.ok)
    return inflated.reason === 'too-large'
      ? { ok: false, reason: 'too-large', message: TOO_LARGE }
      : { ok: false, reason: 'damaged', message: DAMAGED };
  // The checksum matched: whatever follows is what the sender put in, not damage on the way.
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return { ok: false, reason: 'not-a-model', message: NOT_A_MODEL };
  }
  if (!looksLikeModel(json)) return { ok: false, reason: 'not-a-model', message: NOT_A_MODEL };
  try {
    return { ok: true, file: expandModel(json, version), linkVersion: version };
  } catch {
    return { ok: false, reason: 'not-a-model', message: NOT_A_MODEL };
  }
}
