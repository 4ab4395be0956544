import { useMemo } from 'react';
import { ReferenceDot } from 'recharts';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { ChartFigure } from './chart-figure';
import { caseBasisLabel, type CaseKind } from './case-kind';
import { netSavingData } from './net-saving-data';
import { ScenarioLinesPlot } from './scenario-lines-plot';

type Props = {
  model: Model;
  results: Results;
  basis: Basis;
  pence: boolean;
  kind: CaseKind;
  /** Pixels, for a page that prints: drawn once at this size rather than fitted to its box. */
  size?: { width: number; height: number };
};

/** Chart 3: the running net saving of each scenario, with a ringed dot where each pays back. */
export function NetSavingChart({ model, results, basis, pence, kind, size }: Props) {
  const data = useMemo(() => netSavingData(results, basis, kind), [results, basis, kind]);
  const colours = new Map(data.series.map((s) => [s.key, s.colour]));
  return (
    <ChartFigure
      title="Cumulative net saving, and when each scenario pays back"
      basis={caseBasisLabel(basis, model, kind)}
      data={data}
      pence={pence}
      note={`Net saving is ${kind === 'financial' ? 'the fiscal cost avoided less the whole service cost' : 'the cost avoided, of every value type, less service cost'}, added up year by year. A ringed dot marks the payback year.${basis === 'pv' ? ' In present value each year is discounted before it is added.' : ''}`}
    >
      <ScenarioLinesPlot data={data} size={size}>
        {data.paybacks.map((p) => (
          <ReferenceDot
            key={p.key}
            x={p.label}
            y={p.value}
            r={7}
            fill="#fff"
            stroke={colours.get(p.key) ?? '#0b0c0c'}
            strokeWidth={3}
          />
        ))}
      </ScenarioLinesPlot>
    </ChartFigure>
  );
}
