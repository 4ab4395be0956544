import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { moneyTick } from '../shared/axis-format';
import { ChartFigure } from '../shared/chart-figure';
import { tooltipText } from '../shared/tooltip-text';
import type { TornadoData } from './tornado-data';

type Props = { data: TornadoData; basis: string; title: string };

/** Wraps a long input name over two lines at most, so the axis stays narrow enough to leave room for bars. */
function shortLabel(label: string): string {
  return label.length > 48 ? `${label.slice(0, 46)}…` : label;
}

/** The tornado chart: two bars an input, from today's net saving to it with the input low and high. */
export function TornadoChart({ data, basis, title }: Props) {
  // Room for each input's pair of bars: the plot grows with the number of inputs shown.
  const height = `${Math.max(12, data.bars.length * 3 + 4)}rem`;
  return (
    <ChartFigure
      title={title}
      basis={basis}
      data={data}
      pence={false}
      height={height}
      note="Each input moves across its 90% range with every other input at today’s value. The vertical line is today’s net saving."
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data.bars}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          barCategoryGap="20%"
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={moneyTick} domain={['auto', 'auto']} />
          <YAxis
            type="category"
            dataKey="label"
            width={260}
            tickFormatter={shortLabel}
            interval={0}
            tick={{ fontSize: 12, fill: '#0b0c0c' }}
          />
          <Tooltip formatter={tooltipText} />
          {data.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={s.colour}
              stroke={s.colour}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine x={data.base} stroke="#0b0c0c" strokeWidth={2} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
