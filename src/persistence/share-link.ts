/**
 * Share links: the whole model in the URL fragment (never sent to a server).
 *
 * Format version 1: `#v1.<payload>` where payload = base64url(zlib(JSON of the compact model)), compressed
 * with a frozen preset dictionary (link-dictionary-v1.ts). The zlib stream ends with an Adler-32
 * checksum of the model's text, which is the link's check value: fflate does not verify it, so
 * `checkAdler32` does, and a truncated or altered link is reported as damaged instead of opening a
 * different model. Mail systems that rewrite `#` as `%23`
 * (Outlook Safe Links) are accepted too.
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import type { ModelFile } from '../model/model-file';
import { compactModel, expandModel } from './compact-model';
import { LINK_DICTIONARY_V1 } from './link-dictionary-v1';

const DICTIONARY_V1 = strToU8(LINK_DICTIONARY_V1);

export const LINK_VERSION = 1;
const MARKER = /(?:#|%23)v(\d+)\.([A-Za-z0-9_-]*)/;

export type LinkDecodeResult =
  | { ok: true; file: unknown; linkVersion: number }
  | { ok: false; reason: 'not-a-link' | 'damaged' | 'newer'; message: string };

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

function storedAdler32(stream: Uint8Array): number | null {
  if (stream.length < 6) return null;
  const end = stream.length;
  return (
    (((stream[end - 4] ?? 0) << 24) |
      ((stream[end - 3] ?? 0) << 16) |
      ((stream[end - 2] ?? 0) << 8) |
      (stream[end - 1] ?? 0)) >>>
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
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The fragment (starting with `#`) that carries a canonical model file. */
export function encodeModelFragment(file: ModelFile): string {
  const json = JSON.stringify(compactModel(file));
  return `#v${LINK_VERSION}.${toBase64Url(zlibSync(strToU8(json), { level: 9, dictionary: DICTIONARY_V1 }))}`;
}

/** Whether a URL (or fragment) carries a model, in either the `#` or the `%23` form. */
export function hasModelFragment(url: string): boolean {
  return MARKER.test(url);
}

const DAMAGED =
  'This link is damaged or incomplete: part of it was probably lost when it was copied or sent. Ask for the link again, or for the model file.';

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
  if (version !== 1) return { ok: false, reason: 'damaged', message: DAMAGED };
  const bytes = fromBase64Url(match[2] ?? '');
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged', message: DAMAGED };
  try {
    const inflated = unzlibSync(bytes, { dictionary: DICTIONARY_V1 });
    if (storedAdler32(bytes) !== adler32(inflated))
      return { ok: false, reason: 'damaged', message: DAMAGED };
    const json: unknown = JSON.parse(strFromU8(inflated));
    return { ok: true, file: expandModel(json), linkVersion: version };
  } catch {
    return { ok: false, reason: 'damaged', message: DAMAGED };
  }
}
