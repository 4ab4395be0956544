/**
 * What works out the "How sure" figures: the tornado and switching values of one scenario, and the
 * seeded Monte Carlo simulation. In the app a Web Worker does it, so typing never waits; here is the
 * same work done on the calling thread, for tests and for the offline copy opened from disk (where no
 * worker can start). Either way the engine does the arithmetic.
 */
import type { ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import {
  switchingValues,
  tornado,
  type SwitchingValue,
  type TornadoRow,
} from '../model/uncertainty/sensitivity';
import {
  PROGRESS_EVERY,
  simulate,
  startSimulation,
  type SimulationResult,
  type SimulationRun,
} from '../model/uncertainty/simulation';
import { uncertainInputs } from '../model/uncertainty/uncertain-inputs';

export type Sensitivity = { tornado: TornadoRow[]; switching: SwitchingValue[] };

export type SensitivityAnswer = { ok: true; value: Sensitivity } | { ok: false; message: string };

/** A finished simulation, or null when it was cancelled. */
export type SimulationAnswer =
  { ok: true; value: SimulationResult | null } | { ok: false; message: string };

export type RunOptions = { draws: number; seed: number };

/** A piece of work under way; cancelling it means its answer never comes. */
export type UncertaintyJob = { cancel: () => void };

export type UncertaintyRunner = {
  sensitivity: (
    file: ModelFile,
    scenarioId: string,
    onAnswer: (answer: SensitivityAnswer) => void,
  ) => UncertaintyJob;
  simulate: (
    file: ModelFile,
    options: RunOptions,
    onProgress: (done: number) => void,
    onAnswer: (answer: SimulationAnswer) => void,
  ) => UncertaintyJob;
  dispose: () => void;
};

const NOT_VALID = 'The model has problems: fix them first, and the figures follow.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tornado and switching values of a scenario of a model file; what a worker answers too. */
export function workOutSensitivity(file: unknown, scenarioId: string): SensitivityAnswer {
  const read = readModel(file);
  if (!read.ok) return { ok: false, message: NOT_VALID };
  try {
    return {
      ok: true,
      value: {
        tornado: tornado(read.model, scenarioId),
        switching: switchingValues(read.model, scenarioId),
      },
    };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/** Runs the simulation of a model file; `isCancelled` is asked between draws. */
export function workOutSimulation(
  file: unknown,
  options: RunOptions & {
    onProgress?: (done: number) => void;
    isCancelled?: () => boolean;
  },
): SimulationAnswer {
  const read = readModel(file);
  if (!read.ok) return { ok: false, message: NOT_VALID };
  try {
    return { ok: true, value: simulate(read.model, uncertainInputs(read.model), options) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}

/**
 * Works on the calling thread, each answer after the current event (never before the call returns, as a
 * worker's would not be). A simulation goes a chunk of draws at a time, each chunk a task of its own, so
 * even here (the offline copy, where no worker can run) the page keeps answering and Cancel works.
 */
export function createInlineUncertaintyRunner(): UncertaintyRunner {
  return {
    sensitivity: (file, scenarioId, onAnswer) => {
      let isCancelled = false;
      setTimeout(() => {
        if (!isCancelled) onAnswer(workOutSensitivity(file, scenarioId));
      }, 0);
      return {
        cancel: () => {
          isCancelled = true;
        },
      };
    },
    simulate: (file, options, onProgress, onAnswer) => {
      let isCancelled = false;
      let run: SimulationRun | null = null;
      const step = () => {
        if (isCancelled) return;
        try {
          if (!run) {
            const read = readModel(file);
            if (!read.ok) {
              onAnswer({ ok: false, message: NOT_VALID });
              return;
            }
            run = startSimulation(read.model, uncertainInputs(read.model), options);
          }
          run.advance(PROGRESS_EVERY);
          onProgress(run.done());
          if (run.done() < run.draws) setTimeout(step, 0);
          else onAnswer({ ok: true, value: run.result() });
        } catch (error) {
          onAnswer({ ok: false, message: messageOf(error) });
        }
      };
      setTimeout(step, 0);
      return {
        cancel: () => {
          isCancelled = true;
        },
      };
    },
    dispose: () => undefined,
  };
}
