/**
 * The "How sure" figures worked out so far, kept while someone moves between screens: the sensitivity of
 * one scenario, and the last simulation with the one under way. Each remembers the model file it was
 * worked out from, so the screen can say when the model has changed since. Not part of the model, never
 * saved: the seed and the draws are, so a run can always be repeated.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ModelFile } from '../model/model-file';
import { DESCRIPTIVE_FIELDS } from '../model/records/record-fields';
import { differsOutside } from './results-slice';
import type { SimulationResult } from '../model/uncertainty/simulation';
import type {
  Sensitivity,
  RunOptions,
  UncertaintyJob,
  UncertaintyRunner,
} from './uncertainty-runner';

export type SensitivityRun = {
  file: ModelFile;
  scenarioId: string;
  /** Null when it could not be worked out; `message` says why. */
  value: Sensitivity | null;
  message: string | null;
};

/** Names and the simulation's own settings move no deterministic figure, so no tornado either. */
const SENSITIVITY_IGNORES: ReadonlySet<string> = new Set([...DESCRIPTIVE_FIELDS, 'seed', 'draws']);

/** Whether the sensitivity held is of this model (figures alike) and this scenario. */
export function isSensitivityCurrent(
  run: { file: ModelFile; scenarioId: string } | null,
  file: ModelFile,
  scenarioId: string,
): boolean {
  return (
    run !== null &&
    run.scenarioId === scenarioId &&
    !differsOutside(run.file, file, SENSITIVITY_IGNORES)
  );
}

/** Whether a simulation is of this model: every figure, range, seed and number of draws alike. */
export function isSimulationCurrent(run: { file: ModelFile } | null, file: ModelFile): boolean {
  return run !== null && !differsOutside(run.file, file, DESCRIPTIVE_FIELDS);
}

export type FinishedSimulation = {
  file: ModelFile;
  options: RunOptions;
  result: SimulationResult;
};

export type SimulationProgress = { file: ModelFile; options: RunOptions; done: number };

export type UncertaintyRunsState = {
  /** The scenario the tornado and switching values are for; null for the model's first. */
  scenarioId: string | null;
  /** The last sensitivity answered. */
  sensitivity: SensitivityRun | null;
  /** The sensitivity being worked out, if any. */
  sensitivityAsked: { file: ModelFile; scenarioId: string } | null;
  /** The last simulation that finished. */
  simulation: FinishedSimulation | null;
  /** The simulation under way, if any. */
  progress: SimulationProgress | null;
  /** What became of the last simulation asked for, when it did not finish: cancelled or failed. */
  simulationNote: string | null;
  chooseScenario: (scenarioId: string) => void;
  /** Works out the tornado and switching values of a scenario, unless they are already there or on the way. */
  analyse: (file: ModelFile, scenarioId: string) => void;
  runSimulation: (file: ModelFile, options: RunOptions) => void;
  cancelSimulation: () => void;
  dispose: () => void;
};

export type UncertaintyRuns = StoreApi<UncertaintyRunsState>;

export const CANCELLED_NOTE =
  'The simulation was cancelled. Any figures below are from the last run that finished.';

export function createUncertaintyRuns(runner: UncertaintyRunner): UncertaintyRuns {
  let sensitivityJob: UncertaintyJob | null = null;
  let simulationJob: UncertaintyJob | null = null;
  return createStore<UncertaintyRunsState>()((set, get) => ({
    scenarioId: null,
    sensitivity: null,
    sensitivityAsked: null,
    simulation: null,
    progress: null,
    simulationNote: null,
    chooseScenario: (scenarioId) => {
      set({ scenarioId });
    },
    analyse: (file, scenarioId) => {
      const { sensitivity, sensitivityAsked } = get();
      if (isSensitivityCurrent(sensitivityAsked ?? sensitivity, file, scenarioId)) return;
      sensitivityJob?.cancel();
      // The last figures stay on screen, marked out of date, until the new ones come.
      set({ sensitivityAsked: { file, scenarioId } });
      const job = runner.sensitivity(file, scenarioId, (answer) => {
        if (sensitivityJob !== job) return;
        sensitivityJob = null;
        set({
          sensitivityAsked: null,
          sensitivity: answer.ok
            ? { file, scenarioId, value: answer.value, message: null }
            : { file, scenarioId, value: null, message: answer.message },
        });
      });
      sensitivityJob = job;
    },
    runSimulation: (file, options) => {
      simulationJob?.cancel();
      set({ progress: { file, options, done: 0 }, simulationNote: null });
      const job = runner.simulate(
        file,
        options,
        (done) => {
          if (simulationJob !== job) return;
          const progress = get().progress;
          if (progress) set({ progress: { ...progress, done } });
        },
        (answer) => {
          if (simulationJob !== job) return;
          simulationJob = null;
          if (!answer.ok) set({ progress: null, simulationNote: answer.message });
          else if (answer.value === null) set({ progress: null, simulationNote: CANCELLED_NOTE });
          else set({ progress: null, simulation: { file, options, result: answer.value } });
        },
      );
      simulationJob = job;
    },
    cancelSimulation: () => {
      if (!simulationJob) return;
      simulationJob.cancel();
      simulationJob = null;
      set({ progress: null, simulationNote: CANCELLED_NOTE });
    },
    dispose: () => {
      sensitivityJob?.cancel();
      simulationJob?.cancel();
      runner.dispose();
    },
  }));
}
