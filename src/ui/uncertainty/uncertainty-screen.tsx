import { useState } from 'react';
import { useResults } from '../../state/store-context';
import { useUncertaintyRuns, useUncertaintyRunsStore } from '../../state/uncertainty-runs-context';
import type { CaseKind } from '../shared/case-kind';
import { OrphanRanges } from './orphan-ranges';
import { SensitivitySection } from './sensitivity-section';
import { SimulationControls } from './simulation-controls';
import { SimulationResults } from './simulation-results';
import { CaseChoice, ScenarioChoice } from './view-choices';

/**
 * "How sure are we?": what moves a scenario's net saving most (the tornado), what would have to be true
 * for it not to pay back (switching values and the break-even effect), and a seeded simulation of every
 * range at once. The answer comes first; the workings are in the tables.
 */
export function UncertaintyScreen() {
  const runs = useUncertaintyRunsStore();
  const { shown } = useResults();
  const chosen = useUncertaintyRuns((s) => s.scenarioId);
  const [kind, setKind] = useState<CaseKind>('financial');
  const scenarios = shown?.model.scenarios ?? [];
  const scenarioId = scenarios.some((s) => s.id === chosen) ? chosen : (scenarios[0]?.id ?? null);
  return (
    <section aria-labelledby="uncertainty-heading" className="screen uncertainty">
      <h2 id="uncertainty-heading">How sure</h2>
      <p className="lead">
        Every figure in the model is a best estimate. Each uncertain one has a 90% range, shown and
        set beside it on the input screens (by default wider for a figure rated less reliable). Here
        you can see which figures matter most, how far each would have to move before the services
        stop paying back, and, from thousands of runs that draw every figure from its range at once,
        how likely each outcome is.
      </p>
      <OrphanRanges />
      {!shown || scenarioId === null ? (
        <p role="status">
          {shown
            ? 'Add a funding scenario to see how sure its figures are.'
            : 'The figures appear here once the model is worked out.'}
        </p>
      ) : (
        <>
          <div className="results-controls">
            <ScenarioChoice
              scenarios={scenarios}
              value={scenarioId}
              onChange={(id) => {
                runs.getState().chooseScenario(id);
              }}
            />
            <CaseChoice value={kind} onChange={setKind} />
          </div>
          <SensitivitySection
            model={shown.model}
            results={shown.results}
            scenarioId={scenarioId}
            kind={kind}
          />
          <section aria-labelledby="simulation-heading" className="results-section">
            <h3 id="simulation-heading">How likely: every range at once</h3>
            <p>
              Each run draws every uncertain figure from its range (most often near today’s value, 1
              time in 20 beyond each end) and works out the whole model again. The seed fixes the
              draws, so the same model and seed always give the same figures.
            </p>
            <SimulationControls />
            <SimulationResults
              model={shown.model}
              results={shown.results}
              scenarioId={scenarioId}
              kind={kind}
            />
          </section>
        </>
      )}
    </section>
  );
}
