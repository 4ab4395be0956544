import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { moneyTick } from '../shared/axis-format';
import { ChartFigure } from '../shared/chart-figure';
import { tooltipText } from '../shared/tooltip-text';
import type { FanData } from './fan-data';

type Props = { data: FanData; title: string; basis: string };

/** A fan chart: the band where 8 runs in 10 fall, its edges dashed and the middle run solid. */
export function FanChart({ data, title, basis }: Props) {
  return (
    <ChartFigure title={title} basis={basis} data={data} pence={false} height="16rem">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data.fan} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={moneyTick} width={72} />
          <Tooltip formatter={tooltipText} />
          <ReferenceLine y={0} stroke="#0b0c0c" strokeWidth={1.5} />
          <Area
            type="linear"
            dataKey="band"
            name="8 runs in 10 (P10 to P90)"
            fill={data.colour}
            fillOpacity={0.18}
            stroke="none"
            isAnimationActive={false}
          />
          {data.series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeDasharray={s.dash}
              strokeWidth={s.key === 'p50' ? 3 : 2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
