import { memo } from 'react';
import {
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatFinancialYear } from '../shared/format';
import { dashPattern } from '../shared/partner-colours';
import { WhenVisible } from '../shared/when-visible';
import {
  serviceColour,
  seriesKey,
  yearTicks,
  type EffectivenessRow,
} from './effectiveness-chart-data';

type Props = {
  data: readonly EffectivenessRow[];
  /** In the order the rows were made from: the k-th service's figures are under `seriesKey(k)`. */
  series: readonly { id: string; name: string; index: number }[];
  startYear: number;
  horizonYears: number;
  /** The month funding stops, when that is inside the horizon. */
  fundingEndsAt: number | null;
};

/**
 * The chart itself, memoised: drawing it is the slow part, and its props only change when new results
 * arrive, not on each keystroke. Colour is never the only cue: each service has its own dash pattern.
 */
export const EffectivenessChartLines = memo(function EffectivenessChartLines({
  data,
  series,
  startYear,
  horizonYears,
  fundingEndsAt,
}: Props) {
  const tickLabel = (month: number) => formatFinancialYear(startYear + Math.floor(month / 12));
  return (
    <div className="chart chart--small">
      <WhenVisible>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <XAxis
              dataKey="month"
              type="number"
              domain={[0, Math.max(0, data.length - 1)]}
              ticks={yearTicks(horizonYears)}
              tickFormatter={tickLabel}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 50, 100]}
              tickFormatter={(v: number) => `${v}%`}
              width={48}
            />
            <Tooltip
              formatter={(value) => `${String(value)}%`}
              labelFormatter={(month) =>
                typeof month === 'number' ? `Month ${(month % 12) + 1} of ${tickLabel(month)}` : ''
              }
            />
            <Legend />
            {fundingEndsAt !== null && (
              <ReferenceLine
                x={fundingEndsAt}
                stroke="#484949"
                strokeDasharray="3 3"
                label={{ value: 'Funding ends', position: 'insideTopLeft', fontSize: 12 }}
              />
            )}
            {series.map(({ id, name, index }, position) => (
              <Line
                key={id}
                dataKey={seriesKey(position)}
                name={name}
                type="linear"
                stroke={serviceColour(index)}
                strokeDasharray={dashPattern(index)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </WhenVisible>
    </div>
  );
});
