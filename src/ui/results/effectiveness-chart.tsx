import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Results } from '../../model/results';
import { ChartFigure } from '../shared/chart-figure';
import { EFFECTIVENESS_NOTE, effectivenessData } from './effectiveness-data';
import { tooltipText } from '../shared/tooltip-text';

/** Chart 4: the services' yearly operating level under each scenario (not money, so no basis applies). */
export function EffectivenessChart({ results }: { results: Results }) {
  const data = useMemo(() => effectivenessData(results), [results]);
  return (
    <ChartFigure
      title="Operating level of the services under each scenario"
      basis="Operating level, per cent of full effect"
      data={data}
      pence={false}
      note={EFFECTIVENESS_NOTE}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data.points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} width={48} />
          <Tooltip formatter={tooltipText} />
          {data.series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeDasharray={s.dash}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
