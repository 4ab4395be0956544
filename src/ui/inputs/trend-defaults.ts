/**
 * The trend object a stream gets when someone picks a method, so the file always holds the fields that
 * method needs. What was typed before (a rate, a starting caseload) is carried over where it still fits.
 */
import type { Dec } from '../../model/decimal';
import type { StreamFile, TrendFile, TrendMethod } from '../../model/model-file';

export const TREND_METHOD_OPTIONS: readonly { value: TrendMethod; label: string }[] = [
  { value: 'flat', label: 'Flat: stays at the latest count' },
  { value: 'rate', label: 'A fixed growth rate each year' },
  { value: 'linear', label: 'Straight line fitted to the history' },
  { value: 'compound', label: 'Compound growth fitted to the history' },
  { value: 'series', label: 'Your own figure for each year' },
];

type Context = {
  startYear: number;
  horizonYears: number;
  /** The stream's projected caseloads from the last calculation, to start a series from. */
  projected: readonly Dec[] | null;
};

function previousBase(trend: TrendFile): string | undefined {
  return trend.method === 'flat' || trend.method === 'rate' ? trend.base : undefined;
}

function latestCount(stream: StreamFile): string | undefined {
  const latest = stream.history.reduce<StreamFile['history'][number] | undefined>(
    (best, p) => (!best || p.year > best.year ? p : best),
    undefined,
  );
  return latest?.count;
}

export function trendForMethod(
  method: TrendMethod,
  stream: StreamFile,
  context: Context,
): TrendFile {
  const old = stream.trend;
  const noHistory = stream.history.length === 0;
  const base = previousBase(old);
  switch (method) {
    case 'flat': {
      const kept = base ?? (noHistory ? '0' : undefined);
      return kept === undefined ? { method } : { method, base: kept };
    }
    case 'rate': {
      const rate = old.method === 'rate' ? old.rate : '0';
      if (!noHistory) return { method, rate, ...(base === undefined ? {} : { base }) };
      const baseYear =
        old.method === 'rate' && old.baseYear !== undefined ? old.baseYear : context.startYear - 1;
      return { method, rate, base: base ?? '0', baseYear };
    }
    case 'linear':
    case 'compound':
      return { method };
    case 'series': {
      const { horizonYears, projected } = context;
      if (projected?.length === horizonYears)
        return { method, values: projected.map((v) => v.toDecimalPlaces(0).toString()) };
      const fill = latestCount(stream) ?? base ?? '0';
      return { method, values: Array.from({ length: horizonYears }, () => fill) };
    }
  }
}

/** A series fitted to the horizon: cut short, or extended by repeating its last figure. */
export function fitSeries(values: readonly string[], horizonYears: number): string[] {
  const last = values.at(-1) ?? '0';
  return Array.from({ length: horizonYears }, (_, t) => values[t] ?? last);
}
