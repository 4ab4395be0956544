import { useRef } from 'react';
import { UNCERTAINTY_DEFAULTS } from '../../model/records/uncertainty';
import { useAppStore, useIsModelValid, useModel } from '../../state/store-context';
import { setDraws, setSeed } from '../../state/uncertainty-edits';
import { useUncertaintyRuns, useUncertaintyRunsStore } from '../../state/uncertainty-runs-context';
import { WholeNumberBox } from './whole-number-box';

const count = new Intl.NumberFormat('en-GB');

/**
 * The simulation's settings (saved in the model, so a shared link repeats the run), Run and Cancel, and
 * its progress. The run itself is on another thread: typing goes on while it works.
 */
export function SimulationControls() {
  const store = useAppStore();
  const runs = useUncertaintyRunsStore();
  const runButton = useRef<HTMLButtonElement>(null);
  const isValid = useIsModelValid();
  const draws = useModel((s) => s.file.uncertainty?.draws ?? UNCERTAINTY_DEFAULTS.draws);
  const seed = useModel((s) => s.file.uncertainty?.seed ?? UNCERTAINTY_DEFAULTS.seed);
  const progress = useUncertaintyRuns((s) => s.progress);
  const note = useUncertaintyRuns((s) => s.simulationNote);
  const finished = useUncertaintyRuns((s) => s.simulation?.result ?? null);

  const run = () => {
    runs.getState().runSimulation(store.getState().file, { draws, seed });
  };
  const cancel = () => {
    runs.getState().cancelSimulation();
    runButton.current?.focus();
  };
  const status = progress
    ? `The simulation is running: ${count.format(progress.options.draws)} draws with seed ${progress.options.seed}.`
    : (note ??
      (finished
        ? `The simulation finished: ${count.format(finished.draws)} draws with seed ${finished.seed}.`
        : ''));

  return (
    <div className="simulation-controls">
      <div className="form-grid">
        <WholeNumberBox
          label="Number of draws"
          path="uncertainty.draws"
          hint="From 100 to 100,000. More draws give steadier figures and take longer."
          value={draws}
          onChange={(v) => {
            store.getState().edit(setDraws(v), 'uncertainty.draws');
          }}
        />
        <WholeNumberBox
          label="Seed"
          path="uncertainty.seed"
          hint="Any whole number from 0 to 4294967295. The same seed gives the same figures every time, also from a shared link."
          value={seed}
          onChange={(v) => {
            store.getState().edit(setSeed(v), 'uncertainty.seed');
          }}
        />
      </div>
      <div className="simulation-controls__buttons">
        <button ref={runButton} type="button" className="button" disabled={!isValid} onClick={run}>
          Run the simulation
        </button>
        {progress && (
          <button type="button" className="button button--warning" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {!isValid && (
        <p className="field__hint">The model has problems: fix them, then run the simulation.</p>
      )}
      {progress && (
        <div className="simulation-progress">
          <progress
            max={progress.options.draws}
            value={progress.done}
            aria-label="Simulation progress"
            aria-valuetext={`${count.format(progress.done)} of ${count.format(progress.options.draws)} draws`}
          />
          <span aria-hidden="true">
            {count.format(progress.done)} of {count.format(progress.options.draws)} draws
          </span>
        </div>
      )}
      <p role="status" className="simulation-controls__status">
        {status}
      </p>
    </div>
  );
}
