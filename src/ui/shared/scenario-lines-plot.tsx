import type { ReactNode } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { moneyTick } from './axis-format';
import type { ChartData } from './chart-types';
import { tooltipText } from './tooltip-text';

type Props = {
  data: Pick<ChartData, 'points' | 'series'>;
  /** Pixels, for a page that prints: drawn once at this size rather than fitted to its box. */
  size?: { width: number; height: number } | undefined;
  /** Marks drawn over the lines, such as payback dots. */
  children?: ReactNode;
};

/** One line of money per scenario by year, about a zero line: the plot of the net-saving charts. */
export function ScenarioLinesPlot({ data, size, children }: Props) {
  const chart = (
    <LineChart {...size} data={data.points} margin={{ top: 16, right: 16, bottom: 8, left: 16 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" />
      <YAxis tickFormatter={moneyTick} width={72} />
      <Tooltip formatter={tooltipText} />
      <ReferenceLine y={0} stroke="#0b0c0c" strokeWidth={1.5} />
      {data.series.map((s) => (
        <Line
          key={s.key}
          type="linear"
          dataKey={s.key}
          name={s.name}
          stroke={s.colour}
          strokeDasharray={s.dash}
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
      ))}
      {children}
    </LineChart>
  );
  return size ? (
    chart
  ) : (
    <ResponsiveContainer width="100%" height="100%">
      {chart}
    </ResponsiveContainer>
  );
}
