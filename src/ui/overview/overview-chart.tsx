import { useMemo } from 'react';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { caseBasisLabel } from '../shared/case-kind';
import { ChartFigure } from '../shared/chart-figure';
import { ScenarioLinesPlot } from '../shared/scenario-lines-plot';
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
      <ScenarioLinesPlot data={data} />
    </ChartFigure>
  );
}
