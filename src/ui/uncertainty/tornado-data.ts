/**
 * The tornado: how far one scenario's net saving (present value) moves as each uncertain input crosses
 * its 90% range, the others held at today's values, largest swing first. Bars run from today's net
 * saving to the net saving with the input at its low end, and at its high end.
 */
import type { Dec } from '../../model/decimal';
import type { TornadoRow } from '../../model/uncertainty/sensitivity';
import type { ChartData, SeriesStyle } from '../shared/chart-types';
import { CASE_COUNTS, type CaseKind } from '../shared/case-kind';
import { formatMoney } from '../shared/format';
import { formatOfKind, formatUncertainValue } from '../shared/uncertain-value-format';

/** The chart shows this many bars; the table has every input. */
export const TORNADO_BARS = 12;

export const TORNADO_SERIES: SeriesStyle[] = [
  {
    key: 'atLow',
    name: 'Input at the low end of its range',
    colour: '#1d4ed8',
    dash: '',
    pattern: 0,
    mark: 'fill',
  },
  {
    key: 'atHigh',
    name: 'Input at the high end of its range',
    colour: '#b45309',
    dash: '',
    pattern: 0,
    mark: 'fill',
  },
];

/** One bar pair: each a [from, to] span for a ranged bar, with the figure it reaches for the tooltip. */
export type TornadoBar = {
  label: string;
  atLow: [number, number];
  atHigh: [number, number];
  atLowText: string;
  atHighText: string;
};

export type TornadoData = ChartData & {
  /** Today's net saving, where every bar starts. */
  base: number;
  /** The largest swings, for the chart (the table has them all). */
  bars: TornadoBar[];
};

function caseFigures(row: TornadoRow, kind: CaseKind): { atLow: Dec; atHigh: Dec; swing: Dec } {
  return kind === 'financial'
    ? { atLow: row.financialAtLow, atHigh: row.financialAtHigh, swing: row.financialSwing }
    : { atLow: row.economicAtLow, atHigh: row.economicAtHigh, swing: row.economicSwing };
}

/** "Unit cost of “Police call-out” (£311.25 to £518.75)": the input and the range it crosses. */
export function tornadoLabel(row: TornadoRow): string {
  const format = formatOfKind(row.kind);
  return `${row.label} (${formatUncertainValue(row.low, format)} to ${formatUncertainValue(row.high, format)})`;
}

/** A bar from today's figure to another, as Recharts draws a ranged bar: [from, to], lower first. */
function span(base: Dec, to: Dec): [number, number] {
  return base.lte(to) ? [base.toNumber(), to.toNumber()] : [to.toNumber(), base.toNumber()];
}

export function tornadoData(
  rows: readonly TornadoRow[],
  base: Dec,
  kind: CaseKind,
  scenarioName: string,
): TornadoData {
  const ordered = rows
    .map((row) => ({ row, ...caseFigures(row, kind) }))
    .filter((r) => !r.swing.isZero())
    .sort((a, b) => b.swing.comparedTo(a.swing));
  const bars: TornadoBar[] = ordered.slice(0, TORNADO_BARS).map(({ row, atLow, atHigh }) => ({
    label: row.label,
    atLow: span(base, atLow),
    atHigh: span(base, atHigh),
    atLowText: formatMoney(atLow),
    atHighText: formatMoney(atHigh),
  }));
  const first = ordered[0];
  const lead = first
    ? `For “${scenarioName}” (${CASE_COUNTS[kind]}), ${first.row.label} moves the net saving most: from ${formatMoney(first.atLow)} at the low end of its range to ${formatMoney(first.atHigh)} at the high end, against ${formatMoney(base)} today.`
    : `No input with a range moves the net saving of “${scenarioName}” (${CASE_COUNTS[kind]}).`;
  const more =
    ordered.length > TORNADO_BARS
      ? ` The chart shows the ${TORNADO_BARS} largest swings; the table has all ${ordered.length}.`
      : '';
  return {
    series: TORNADO_SERIES,
    points: [],
    bars,
    base: base.toNumber(),
    summary: `${lead}${more}`,
    table: {
      rowHeader: 'Input (its 90% range)',
      columns: ['Net saving with the input low', 'Net saving with the input high', 'Swing'],
      rows: ordered.map(({ row, atLow, atHigh, swing }) => ({
        label: tornadoLabel(row),
        cells: [atLow, atHigh, swing],
      })),
      foot: [{ label: 'Net saving today', cells: [base, base, null] }],
      format: 'money',
    },
  };
}
