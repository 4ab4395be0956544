import { useState } from 'react';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { FigureTable } from '../shared/figure-table';
import { SelectInput } from '../shared/select-input';
import { reachTables } from './reach-data';

type Props = { model: Model; results: Results };

/** For a chosen scenario, the share of each caseload a service reaches that it helps, and that benefits, each year. */
export function ReachView({ model, results }: Props) {
  const [chosen, setChosen] = useState<string | null>(null);
  const scenarios = results.scenarios;
  // The chosen scenario, or the first one when nothing is chosen or it has been removed.
  const result = scenarios.find((s) => s.scenarioId === chosen) ?? scenarios[0];
  if (!result) return null;
  const tables = reachTables(model, results, result.scenarioId);
  return (
    <section aria-labelledby="reach-heading" className="results-section">
      <h3 id="reach-heading">Who the services help</h3>
      <p>
        Helped: the share of the year&rsquo;s cases the service helps while it runs. Benefiting: the
        share of the year&rsquo;s cases that benefit, from help this year or in earlier years while
        that help lasts. Cases that arrive when a service is not running are not helped.
      </p>
      <div className="results-controls">
        <SelectInput
          label="Funding scenario"
          path="view.results.reachScenario"
          value={result.scenarioId}
          options={scenarios.map((s) => ({ value: s.scenarioId, label: s.name }))}
          onChange={setChosen}
        />
      </div>
      {tables.map(({ serviceId, serviceName, table }) =>
        table.columns.length === 0 ? (
          <p key={serviceId}>{serviceName} reaches no caseload.</p>
        ) : (
          <FigureTable
            key={serviceId}
            table={table}
            caption={`${serviceName} under ${result.name}: share of each caseload helped and benefiting, by year`}
            pence={false}
          />
        ),
      )}
    </section>
  );
}
