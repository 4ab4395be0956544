import { useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Model } from '../../model/model';
import type { Basis, ScenarioResult } from '../../model/results';
import { moneyTick } from '../shared/axis-format';
import { partnerColour } from '../shared/partner-colours';
import { basisLabel } from '../shared/basis-label';
import { ChartFigure } from '../shared/chart-figure';
import { PatternDefs, patternFill } from '../shared/chart-patterns';
import { AVOIDED_KEY, CONTRIBUTION_KEY, partnerBalanceData } from './partner-balance-data';
import { tooltipText } from '../shared/tooltip-text';

type Props = { model: Model; result: ScenarioResult; basis: Basis; pence: boolean };

/**
 * Chart 5: per paying partner, a solid bar for what it pays in and a hatched bar for the fiscal cost it
 * avoids (the financial case); the table adds the net benefit in both cases.
 */
export function PartnerBalanceChart({ model, result, basis, pence }: Props) {
  const data = useMemo(() => partnerBalanceData(model, result, basis), [model, result, basis]);
  const prefix = `pb${useId().replace(/:/g, '')}`;
  // Bars keep each partner's own colour (its place in the model), whoever is left out as a non-payer.
  const colourAt = (i: number) => {
    const colour = data.points[i]?.colour;
    return typeof colour === 'string' ? colour : partnerColour(i);
  };
  const hatches = data.points.map((_, i) => ({ key: `a${i}`, colour: colourAt(i), pattern: 1 }));
  const height = `${Math.max(12, data.points.length * 3.5 + 4)}rem`;
  return (
    <ChartFigure
      title="What each partner pays in against the fiscal cost it avoids"
      basis={`${basisLabel(basis, model)}; financial case (fiscal values)`}
      data={data}
      pence={pence}
      height={height}
      note="Bars take each partner's colour. The table adds the fiscal cost each partner bears with no service, its net benefit (fiscal cost avoided less contribution) and, beside it, the net benefit counting every value type."
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          layout="vertical"
          data={data.points}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          barGap={2}
        >
          <PatternDefs prefix={prefix} items={hatches} />
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={moneyTick} tickCount={6} />
          <YAxis type="category" dataKey="label" width={240} interval={0} />
          <Tooltip formatter={tooltipText} />
          <Bar
            dataKey={CONTRIBUTION_KEY}
            name="Contribution"
            isAnimationActive={false}
            shape={(props) => (
              <Rectangle
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                fill={colourAt(props.index)}
              />
            )}
          />
          <Bar
            dataKey={AVOIDED_KEY}
            name="Fiscal cost avoided"
            isAnimationActive={false}
            shape={(props) => (
              <Rectangle
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                fill={patternFill(prefix, `a${props.index}`, 1, colourAt(props.index))}
                stroke={colourAt(props.index)}
              />
            )}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
