import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { moneyTick } from './axis-format';
import { ChartFigure } from './chart-figure';
import { caseBasisLabel, type CaseKind } from './case-kind';
import { PatternDefs, patternFill } from './chart-patterns';
import { doNothingByPartnerData } from './do-nothing-data';
import { tooltipText } from './tooltip-text';

type Props = {
  model: Model;
  results: Results;
  basis: Basis;
  pence: boolean;
  kind: CaseKind;
  /** Pixels, for a page that prints: drawn once at this size rather than fitted to its box. */
  size?: { width: number; height: number };
};

/** Chart 1: the cost of doing nothing by partner over the years, stacked bars in partner colours and patterns. */
export function DoNothingChart({ model, results, basis, pence, kind, size }: Props) {
  const data = useMemo(
    () => doNothingByPartnerData(model, results, basis, kind),
    [model, results, basis, kind],
  );
  const prefix = `dn${useId().replace(/:/g, '')}`;
  const chart = (
    <BarChart {...size} data={data.points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
      <PatternDefs prefix={prefix} items={data.series} />
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" />
      <YAxis tickFormatter={moneyTick} width={72} />
      <Tooltip formatter={tooltipText} />
      {data.series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          stackId="partners"
          fill={patternFill(prefix, s.key, s.pattern, s.colour)}
          stroke="#fff"
          strokeWidth={0.5}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
  return (
    <ChartFigure
      title="The cost of doing nothing, by partner"
      basis={caseBasisLabel(basis, model, kind)}
      data={data}
      pence={pence}
    >
      {size ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
