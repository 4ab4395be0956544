import { useMemo } from 'react';
import { useResults } from '../../state/store-context';
import { effectivenessChartData } from './effectiveness-chart-data';
import { EffectivenessChartLines } from './effectiveness-chart-lines';
import { effectivenessSummary } from './effectiveness-chart-summary';
import { EffectivenessChartTable } from './effectiveness-chart-table';

type Props = { scenarioId: string; scenarioName: string };

/**
 * How strongly each service runs month by month under this scenario (its operating level): ramp-up,
 * the gaps at renewals and the stop when funding ends, with a sentence per service and a table of
 * yearly means.
 */
export function EffectivenessChartPanel({ scenarioId, scenarioName }: Props) {
  const { shown, problems, isOutOfDate } = useResults();
  const found = useMemo(() => {
    const result = shown?.results.scenarios.find((s) => s.scenarioId === scenarioId);
    const scenario = shown?.model.scenarios.find((s) => s.id === scenarioId);
    if (!shown || !result || !scenario) return null;
    const services = shown.model.services.flatMap((service, index) => {
      const r = result.services.find((s) => s.serviceId === service.id);
      return r ? [{ id: service.id, name: service.name || service.id, index, result: r }] : [];
    });
    return {
      model: shown.model,
      years: shown.results.doNothing.years,
      scenario,
      services,
      data: effectivenessChartData(
        services.map((s) => s.result),
        shown.model.startYear,
      ),
    };
  }, [shown, scenarioId]);
  if (!found)
    return (
      <p className="out-of-date">
        The effectiveness chart appears once the problems listed above are fixed.
      </p>
    );
  const { model, scenario, services, data, years } = found;
  if (services.length === 0) return <p>Add a service to see how it works under this scenario.</p>;
  const fundingEnds = scenario.fundedYears > 0 && scenario.fundedYears < model.horizonYears;
  return (
    <figure className="effectiveness">
      <figcaption>
        <h4>Operating level over time</h4>
        {/* Only a model with problems is flagged, not the moment between a keystroke and new figures. */}
        {isOutOfDate && problems.length > 0 && (
          <p className="out-of-date">Out of date: this is the chart of the last valid model.</p>
        )}
        <ul className="effectiveness__summary">
          {services.map((s) => (
            <li key={s.id}>
              {effectivenessSummary({
                name: s.name,
                scenario,
                startYear: model.startYear,
                horizonYears: model.horizonYears,
                monthly: s.result.monthlyEffectiveness,
              })}
            </li>
          ))}
        </ul>
      </figcaption>
      <EffectivenessChartLines
        data={data}
        series={services}
        startYear={model.startYear}
        horizonYears={model.horizonYears}
        fundingEndsAt={fundingEnds ? 12 * scenario.fundedYears : null}
      />
      <EffectivenessChartTable
        scenarioName={scenarioName}
        years={years}
        services={services.map((s) => ({ id: s.id, name: s.name, yearly: s.result.effectiveness }))}
      />
    </figure>
  );
}
