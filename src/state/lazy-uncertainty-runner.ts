/**
 * The on-page runner, loaded only when first asked: the simulation's engine stays out of the app's first
 * load (in the app a worker does the work; this is its fallback, and what a test of one screen uses).
 */
import type { UncertaintyJob, UncertaintyRunner } from './uncertainty-runner';

export function createLazyInlineRunner(): UncertaintyRunner {
  let loaded: Promise<UncertaintyRunner> | null = null;
  const load = () =>
    (loaded ??= import('./uncertainty-runner').then((m) => m.createInlineUncertaintyRunner()));
  /** A job that starts once the runner has loaded, unless cancelled first. */
  const later = (start: (runner: UncertaintyRunner) => UncertaintyJob): UncertaintyJob => {
    let job: UncertaintyJob | null = null;
    let isCancelled = false;
    void load().then((runner) => {
      if (!isCancelled) job = start(runner);
    });
    return {
      cancel: () => {
        isCancelled = true;
        job?.cancel();
      },
    };
  };
  return {
    sensitivity: (file, scenarioId, onAnswer) =>
      later((runner) => runner.sensitivity(file, scenarioId, onAnswer)),
    simulate: (file, options, onProgress, onAnswer) =>
      later((runner) => runner.simulate(file, options, onProgress, onAnswer)),
    dispose: () => {
      void loaded?.then((runner) => {
        runner.dispose();
      });
    },
  };
}
