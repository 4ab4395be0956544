/**
 * The fan chart of one scenario: its cumulative net saving (present value) year by year in the
 * simulation, the middle run (P50) as a line and the band from P10 to P90 (8 runs out of 10) around it.
 */
import type { Percentiles } from '../../model/uncertainty/percentiles';
import type { ChartData, SeriesStyle } from '../shared/chart-types';
import { formatFinancialYear } from '../shared/format';
import { scenarioStyle } from '../shared/scenario-style';
import { betweenWords, decOf, moneyOf } from './simulation-words';

export type FanPoint = {
  label: string;
  /** [P10, P90], as Recharts draws a ranged area. */
  band: [number, number];
  p10: number;
  p50: number;
  p90: number;
  bandText: string;
  p10Text: string;
  p50Text: string;
  p90Text: string;
};

export type FanData = ChartData & { fan: FanPoint[]; colour: string };

export function fanSeries(index: number): SeriesStyle[] {
  const style = scenarioStyle(index, '');
  return [
    { ...style, key: 'p50', name: 'Middle run (P50)', dash: '', mark: 'line' },
    { ...style, key: 'p10', name: '1 run in 10 is below (P10)', dash: '6 4', mark: 'line' },
    { ...style, key: 'p90', name: '1 run in 10 is above (P90)', dash: '2 3', mark: 'line' },
  ];
}

export function fanData(
  years: readonly number[],
  cumulative: readonly Percentiles[],
  scenarioIndex: number,
  scenarioName: string,
): FanData {
  const fan = years.map((year, t): FanPoint => {
    const p = cumulative[t];
    const p10 = p?.p10 ?? Number.NaN;
    const p50 = p?.p50 ?? Number.NaN;
    const p90 = p?.p90 ?? Number.NaN;
    return {
      label: formatFinancialYear(year),
      band: [p10, p90],
      p10,
      p50,
      p90,
      bandText: `${moneyOf(p10)} to ${moneyOf(p90)}`,
      p10Text: moneyOf(p10),
      p50Text: moneyOf(p50),
      p90Text: moneyOf(p90),
    };
  });
  const last = fan.at(-1);
  const summary = last
    ? `By ${last.label}, in 8 runs out of 10 “${scenarioName}” ${betweenWords(last.p10, last.p90)} in all; the middle run ${last.p50 < 0 ? 'loses' : 'saves'} ${moneyOf(Math.abs(last.p50))}.`
    : `No years to show for “${scenarioName}”.`;
  const series = fanSeries(scenarioIndex);
  return {
    series,
    points: [],
    fan,
    colour: series[0]?.colour ?? '#1d4ed8',
    summary,
    table: {
      rowHeader: 'Year',
      columns: ['P10', 'P50 (middle run)', 'P90'],
      rows: fan.map((point) => ({
        label: point.label,
        cells: [decOf(point.p10), decOf(point.p50), decOf(point.p90)],
      })),
      foot: [],
      format: 'money',
    },
  };
}
