import { useMemo } from 'react';
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
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { moneyTick } from '../shared/axis-format';
import { caseBasisLabel } from '../shared/case-kind';
import { ChartFigure } from '../shared/chart-figure';
import { tooltipText } from '../shared/tooltip-text';
import { overviewChartData } from './overview-chart-data';

type Props = { model: Model; results: Results };

/** The chart that carries the argument: each scenario's running financial net saving, in present value. */
export function OverviewChart({ model, results }: Props) {
  const data = useMemo(() => overviewChartData(results), [results]);
  return (
    <ChartFigure
      title="Cumulative financial net saving by year"
      basis={caseBasisLabel('pv', model, 'financial')}
      data={data}
      pence={false}
      note="Net saving is the fiscal cost avoided less the whole service cost, each year discounted and then added up. A line above zero has saved partners’ budgets more than the services cost so far."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data.points} margin={{ top: 16, right: 16, bottom: 8, left: 16 }}>
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
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
