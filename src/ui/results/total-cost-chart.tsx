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
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { moneyTick } from '../shared/axis-format';
import { ChartFigure } from '../shared/chart-figure';
import { caseBasisLabel, type CaseKind } from '../shared/case-kind';
import { DO_NOTHING_KEY } from '../shared/scenario-style';
import { totalCostData } from './total-cost-data';
import { tooltipText } from '../shared/tooltip-text';

type Props = { model: Model; results: Results; basis: Basis; pence: boolean; kind: CaseKind };

/** Chart 2: what the partnership spends each year under each scenario, against doing nothing. */
export function TotalCostChart({ model, results, basis, pence, kind }: Props) {
  const data = useMemo(() => totalCostData(results, basis, kind), [results, basis, kind]);
  return (
    <ChartFigure
      title="Total cost under each scenario against doing nothing"
      basis={caseBasisLabel(basis, model, kind)}
      data={data}
      pence={pence}
      note="Each scenario's line is the cost of doing nothing that remains plus what the services cost. The scale does not start at zero, so that the gaps between the lines show."
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data.points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={['auto', 'auto']} tickFormatter={moneyTick} width={72} />
          <Tooltip formatter={tooltipText} />
          {data.series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeDasharray={s.dash}
              strokeWidth={s.key === DO_NOTHING_KEY ? 4 : 2.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
