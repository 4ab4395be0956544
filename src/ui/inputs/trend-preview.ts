/**
 * What the caseload preview shows: recorded history (as typed) beside the projection from the last
 * calculation, one row per financial year, and the sentences that describe the trend. Pure, so the
 * figures can be tested without drawing the chart.
 */
import type { Dec } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { HistoryPointFile, TrendMethod } from '../../model/model-file';
import { formatCount, formatFinancialYear, formatPercent } from '../shared/format';

export type StreamProjection = {
  years: readonly number[];
  caseloads: readonly Dec[];
  impliedGrowth: Dec | null;
  annualChange: Dec | null;
};

export type PreviewRow = {
  year: number;
  label: string;
  recorded: Dec | null;
  projected: Dec | null;
};

/** One point per financial year for the chart; null where there is no figure. */
export type PreviewPoint = {
  year: number;
  label: string;
  recorded: number | null;
  projected: number | null;
};

/** Gaps wider than this are not filled with empty years (a mistyped year such as 1921). */
const MAX_SPAN = 60;

export function previewRows(
  history: readonly HistoryPointFile[],
  projection: StreamProjection | null,
): PreviewRow[] {
  const recorded = new Map<number, Dec>();
  for (const point of history) {
    const count = parseDecimal(point.count);
    if (Number.isInteger(point.year) && count && !recorded.has(point.year))
      recorded.set(point.year, count);
  }
  const projected = new Map<number, Dec>();
  projection?.years.forEach((year, t) => {
    const caseload = projection.caseloads[t];
    if (caseload) projected.set(year, caseload);
  });
  const known = [...new Set([...recorded.keys(), ...projected.keys()])].sort((a, b) => a - b);
  const first = known[0];
  const last = known.at(-1);
  // Fill the years between so the axis spaces years evenly.
  const years =
    first !== undefined && last !== undefined && last - first <= MAX_SPAN
      ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
      : known;
  return years.map((year) => ({
    year,
    label: formatFinancialYear(year),
    recorded: recorded.get(year) ?? null,
    projected: projected.get(year) ?? null,
  }));
}

/** The chart's data: the same rows as plain numbers (charts only). */
export function previewPoints(rows: readonly PreviewRow[]): PreviewPoint[] {
  return rows.map((row) => ({
    year: row.year,
    label: row.label,
    recorded: row.recorded?.toNumber() ?? null,
    projected: row.projected?.toNumber() ?? null,
  }));
}

/** "Implied annual growth: 4.1%" or "Changes by about +56 cases a year"; null for other methods. */
export function trendSentence(method: TrendMethod, projection: StreamProjection): string | null {
  if ((method === 'compound' || method === 'rate') && projection.impliedGrowth)
    return `Implied annual growth: ${formatPercent(projection.impliedGrowth)}`;
  if (method === 'linear' && projection.annualChange) {
    const change = projection.annualChange;
    const whole = formatCount(change);
    if (whole === '0') return 'Changes by less than one case a year';
    return `Changes by about ${change.isNegative() ? '−' : '+'}${whole} cases a year`;
  }
  return null;
}

/** A one-sentence text version of the chart. */
export function previewSummary(rows: readonly PreviewRow[]): string {
  const withProjection = rows.filter((r) => r.projected !== null);
  const withHistory = rows.filter((r) => r.recorded !== null);
  const parts: string[] = [];
  const firstRecorded = withHistory[0];
  const lastRecorded = withHistory.at(-1);
  if (firstRecorded?.recorded && lastRecorded?.recorded)
    parts.push(
      withHistory.length === 1
        ? `Recorded: ${formatCount(firstRecorded.recorded)} in ${firstRecorded.label}`
        : `Recorded: ${formatCount(firstRecorded.recorded)} in ${firstRecorded.label} to ${formatCount(lastRecorded.recorded)} in ${lastRecorded.label}`,
    );
  const first = withProjection[0];
  const last = withProjection.at(-1);
  if (first?.projected && last?.projected)
    parts.push(
      `projected: ${formatCount(first.projected)} in ${first.label} to ${formatCount(last.projected)} in ${last.label}`,
    );
  if (parts.length === 0) return 'No figures to show yet.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
