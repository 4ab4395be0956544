/**
 * Carries calculation inputs and results between threads. Plain data with decimals and maps becomes JSON
 * in which each decimal is a short marker pointing into one array of numbers holding its exact parts:
 * much quicker to send and rebuild than digit strings, which decimal.js parses slowly. Given what the
 * other side already holds, only what changed is sent; the rest is marked "same" and the receiver keeps
 * its own objects, so screens showing an unchanged figure do not re-render (TanStack Query's structural
 * sharing, across a thread).
 */
import { Dec, isSameDecimal, packDecimal, unpackDecimal } from '../model/decimal';

export type Packed = { json: string; numbers: Float64Array };

// A string starting with MARK is a marker; text that happens to start with it is escaped with another.
const MARK = '\u0000';
const SAME = `${MARK}=`;
const MAP_KEY = `${MARK}map`;

function escape(text: string): string {
  return text.startsWith(MARK) ? `${MARK}${text}` : text;
}

/** Packs `value`, marking every part equal to the same part of `previous` (what the receiver holds). */
export function packTree(value: unknown, previous?: unknown): Packed {
  const numbers: number[] = [];
  const plain = (item: unknown, before: unknown): unknown => {
    if (item instanceof Dec) {
      if (before instanceof Dec && isSameDecimal(item, before)) return SAME;
      const at = numbers.length;
      packDecimal(item, numbers);
      return `${MARK}${at}`;
    }
    if (typeof item === 'string') return item === before ? SAME : escape(item);
    if (Array.isArray(item)) {
      const list = Array.isArray(before) ? (before as unknown[]) : null;
      const out = item.map((entry, i) => plain(entry, list?.[i]));
      return list?.length === item.length && out.every((entry) => entry === SAME) ? SAME : out;
    }
    if (item instanceof Map) return { [MAP_KEY]: plain([...item], null) };
    if (item !== null && typeof item === 'object') {
      const old = isPlainObject(before) ? before : null;
      const out: Record<string, unknown> = {};
      let isSame = old !== null && Object.keys(old).length === Object.keys(item).length;
      for (const [key, entry] of Object.entries(item)) {
        const packed = plain(entry, old && Object.hasOwn(old, key) ? old[key] : undefined);
        out[escape(key)] = packed;
        if (packed !== SAME) isSame = false;
      }
      return isSame ? SAME : out;
    }
    return item === before && item !== undefined ? SAME : item;
  };
  const json = JSON.stringify(plain(value, previous)) as string | undefined;
  return { json: json ?? 'null', numbers: Float64Array.from(numbers) };
}

/** Rebuilds what `packTree` packed; `previous` must be what the sender was told the receiver holds. */
export function unpackTree(packed: Packed, previous?: unknown): unknown {
  const { numbers } = packed;
  const revive = (item: unknown, before: unknown): unknown => {
    if (typeof item === 'string') {
      if (!item.startsWith(MARK)) return item;
      if (item === SAME) return before;
      if (item.startsWith(MARK, 1)) return item.slice(1);
      return unpackDecimal(numbers, Number(item.slice(1)))[0];
    }
    if (Array.isArray(item)) {
      const list = Array.isArray(before) ? (before as unknown[]) : null;
      for (let i = 0; i < item.length; i += 1) item[i] = revive(item[i], list?.[i]);
      return item;
    }
    if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (Object.hasOwn(record, MAP_KEY))
        return new Map(revive(record[MAP_KEY], null) as [unknown, unknown][]);
      const old = isPlainObject(before) ? before : null;
      for (const packedKey of Object.keys(record)) {
        const key = packedKey.startsWith(MARK) ? packedKey.slice(1) : packedKey;
        const value = revive(
          record[packedKey],
          old && Object.hasOwn(old, key) ? old[key] : undefined,
        );
        if (key !== packedKey) Reflect.deleteProperty(record, packedKey);
        // JSON.parse makes "__proto__" an own key; plain assignment would set the prototype instead.
        if (key === '__proto__')
          Object.defineProperty(record, key, { value, enumerable: true, writable: true });
        else record[key] = value;
      }
      return record;
    }
    return item;
  };
  return revive(JSON.parse(packed.json) as unknown, previous);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
