/**
 * A caseload stream: its history of counts by financial year and the trend that projects it forward
 * (MODEL.md, "Caseload trends").
 */
import type { Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';
import { mapRecords, type Json, type JsonRecord } from './link-json';
import {
  YEARLY_GROWTH,
  decimalText,
  LIMITS,
  NON_NEGATIVE,
  YEAR_RANGE,
  type DecimalString,
  type ShortKeys,
} from './record-fields';

export type HistoryPointFile = { year: number; count: DecimalString };

export type TrendFile =
  | { method: 'flat'; base?: DecimalString }
  | { method: 'rate'; rate: DecimalString; base?: DecimalString; baseYear?: number }
  | { method: 'linear' }
  | { method: 'compound' }
  | { method: 'series'; values: DecimalString[] };
export type TrendMethod = TrendFile['method'];

export type StreamFile = {
  id: string;
  name: string;
  history: HistoryPointFile[];
  trend: TrendFile;
};

export type HistoryPoint = { year: number; count: Dec };

export type Trend =
  | { method: 'flat'; base: Dec | null }
  | { method: 'rate'; rate: Dec; base: Dec | null; baseYear: number | null }
  | { method: 'linear' }
  | { method: 'compound' }
  | { method: 'series'; values: Dec[] };

export type Stream = { id: string; name: string; history: HistoryPoint[]; trend: Trend };

type TrendKey = 'method' | 'base' | 'rate' | 'baseYear' | 'values';

export const STREAM_SHORT_KEYS: ShortKeys<keyof StreamFile | keyof HistoryPointFile | TrendKey> = {
  name: 'a',
  history: 'h',
  year: 'y',
  count: 'C',
  trend: 't',
  method: 'm',
  base: 'b',
  rate: 'r',
  baseYear: 'B',
  values: 'V',
};

/** A stream added by the user: no history yet, and a flat trend from a caseload of zero. */
export function createStream(id: string, name: string): StreamFile {
  return { id, name, history: [], trend: { method: 'flat', base: '0' } };
}

export function readStream(
  r: FieldReader,
  value: unknown,
  path: string,
  horizonYears: number | null,
): Stream | null {
  const obj = r.object(value, path, 'A caseload stream');
  if (!obj) return null;
  const historyPath = joinPath(path, 'history');
  const history = r.objects(
    r.list(obj, 'history', path, 'The caseload history', LIMITS.history),
    historyPath,
    'A history point',
    (point, at) => ({
      year: r.integer(point, 'year', at, 'The year', YEAR_RANGE),
      count: r.decimal(point, 'count', at, 'The count', NON_NEGATIVE),
    }),
  );
  const seen = new Set<number>();
  history.forEach((point, i) => {
    if (seen.has(point.year))
      r.report(
        joinPath(joinPath(historyPath, i), 'year'),
        `The year ${point.year} appears twice in the history.`,
      );
    seen.add(point.year);
  });
  history.sort((a, b) => a.year - b.year);
  return {
    id: r.id(obj, path, 'stream'),
    name: r.text(obj, 'name', path, 'The stream name'),
    history,
    trend: readTrend(r, obj.trend, joinPath(path, 'trend'), history.length, horizonYears),
  };
}

function readTrend(
  r: FieldReader,
  value: unknown,
  path: string,
  historyLength: number,
  horizonYears: number | null,
): Trend {
  const obj = r.object(value, path, 'The trend');
  if (!obj) return { method: 'flat', base: null };
  const method = obj.method;
  const needsHistory = (count: number, name: string) => {
    if (historyLength < count)
      r.report(
        joinPath(path, 'method'),
        `A ${name} trend needs at least ${count} years of history; there ${historyLength === 1 ? 'is' : 'are'} ${historyLength}.`,
      );
  };
  const optionalBase = (required: boolean): Dec | null => {
    if (obj.base === undefined) {
      if (required)
        r.report(
          joinPath(path, 'base'),
          'With no history, give the trend a starting caseload (base).',
        );
      return null;
    }
    return r.decimal(obj, 'base', path, 'The starting caseload', NON_NEGATIVE);
  };
  switch (method) {
    case 'flat':
      return { method, base: optionalBase(historyLength === 0) };
    case 'rate': {
      const rate = r.decimal(obj, 'rate', path, 'The annual growth rate', YEARLY_GROWTH);
      const base = optionalBase(historyLength === 0);
      let baseYear: number | null = null;
      if (obj.baseYear !== undefined)
        baseYear = r.integer(obj, 'baseYear', path, 'The base year', YEAR_RANGE);
      else if (historyLength === 0)
        r.report(
          joinPath(path, 'baseYear'),
          'With no history, give the year of the starting caseload (baseYear).',
        );
      return { method, rate, base, baseYear };
    }
    case 'linear':
      needsHistory(2, 'linear');
      return { method };
    case 'compound':
      needsHistory(2, 'compound');
      return { method };
    case 'series': {
      const at = joinPath(path, 'values');
      const items = r.list(obj, 'values', path, 'The series of caseloads', 50);
      const given = Array.isArray(obj.values) ? obj.values.length : null;
      // Only checked against a horizon that was itself valid, to avoid a knock-on message.
      if (given !== null && horizonYears !== null && given !== horizonYears)
        r.report(
          at,
          `A series needs exactly ${horizonYears} caseloads, one for each projection year; it has ${given}.`,
        );
      return {
        method,
        values: items.map((item, i) =>
          r.decimalValue(item, joinPath(at, i), 'The caseload', NON_NEGATIVE),
        ),
      };
    }
    default:
      r.report(
        joinPath(path, 'method'),
        'Choose a trend method: flat, rate, linear, compound or series.',
      );
      return { method: 'flat', base: null };
  }
}

/** Checks that need the whole stream read first. */
export function checkStream(r: FieldReader, stream: Stream, path: string): void {
  if (stream.trend.method === 'compound' && stream.history.some((p) => p.count.lte(0)))
    r.report(
      joinPath(joinPath(path, 'trend'), 'method'),
      'A compound trend needs every history count above zero.',
    );
}

function writeTrend(trend: Trend): TrendFile {
  switch (trend.method) {
    case 'flat':
      return trend.base ? { method: 'flat', base: decimalText(trend.base) } : { method: 'flat' };
    case 'rate':
      return {
        method: 'rate',
        rate: decimalText(trend.rate),
        ...(trend.base ? { base: decimalText(trend.base) } : {}),
        ...(trend.baseYear !== null ? { baseYear: trend.baseYear } : {}),
      };
    case 'series':
      return { method: 'series', values: trend.values.map(decimalText) };
    default:
      return { method: trend.method };
  }
}

export function writeStream(stream: Stream): StreamFile {
  return {
    id: stream.id,
    name: stream.name,
    history: stream.history.map((h) => ({ year: h.year, count: decimalText(h.count) })),
    trend: writeTrend(stream.trend),
  };
}

/** In a link, each history point is a [year, count] pair. */
export function compactStream(stream: StreamFile): JsonRecord {
  return {
    ...stream,
    history: stream.history.map((point) => [point.year, point.count]),
  };
}

export function expandStreams(streams: Json | undefined): Json | undefined {
  return mapRecords(streams, (stream) => ({
    ...stream,
    history: Array.isArray(stream.history)
      ? stream.history.map((point) =>
          Array.isArray(point) ? { year: point[0] ?? null, count: point[1] ?? null } : point,
        )
      : (stream.history ?? null),
  }));
}
