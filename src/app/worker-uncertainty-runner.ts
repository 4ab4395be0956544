/**
 * The app's "How sure" runner: two workers, one for the tornado and switching values and one for the
 * simulation, so a long simulation never holds up the sensitivity figures. Cancelling a simulation ends
 * its worker at once (a new one starts for the next run). Where no worker can run (the single-file
 * offline copy opened from disk) the work is done on the page instead.
 */
import type { ModelFile } from '../model/model-file';
import { unpackTree } from '../state/transfer';
import { createLazyInlineRunner } from '../state/lazy-uncertainty-runner';
import type {
  SensitivityAnswer,
  SimulationAnswer,
  UncertaintyJob,
  UncertaintyRunner,
} from '../state/uncertainty-runner';
import type { UncertaintyReply, UncertaintyRequest } from './uncertainty-worker';

function startWorker(): Worker | null {
  if (import.meta.env.SINGLE_FILE || typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./uncertainty-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

type Pending = {
  id: number;
  request: UncertaintyRequest;
  onProgress: (done: number) => void;
  onAnswer: (answer: unknown) => void;
};

/**
 * One worker doing one request at a time; a request made while one runs replaces any still waiting. A
 * worker that fails (or cannot start) hands its work to `onFailure`, as the page's calculator does.
 */
function createLane(onFailure: (pending: Pending) => void) {
  let worker: Worker | null = null;
  let running: Pending | null = null;
  let waiting: Pending | null = null;

  const send = (pending: Pending) => {
    worker ??= start();
    if (!worker) {
      onFailure(pending);
      return;
    }
    running = pending;
    worker.postMessage(pending.request);
  };

  const next = () => {
    const pending = waiting;
    waiting = null;
    if (pending) send(pending);
  };

  function start(): Worker | null {
    const started = startWorker();
    if (!started) return null;
    started.onmessage = (event: MessageEvent<UncertaintyReply>) => {
      const message = event.data;
      const current = running;
      if (current?.id !== message.id) return;
      if (message.kind === 'progress') {
        current.onProgress(message.done);
        return;
      }
      running = null;
      current.onAnswer(unpackTree(message.part));
      next();
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = null;
      const failed = running;
      running = null;
      if (failed) onFailure(failed);
      next();
    };
    return started;
  }

  return {
    request: (pending: Pending) => {
      if (running) waiting = pending;
      else send(pending);
    },
    /** Forgets a request; one running is stopped by ending the worker when `stop` says so. */
    cancel: (id: number, stop: boolean) => {
      if (waiting?.id === id) waiting = null;
      if (running?.id !== id) return;
      running = null;
      if (stop) {
        worker?.terminate();
        worker = null;
      }
      next();
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
      running = null;
      waiting = null;
    },
  };
}

export function createWorkerUncertaintyRunner(): UncertaintyRunner {
  const inline = createLazyInlineRunner();
  let lastId = 0;
  /** Work done on the page because no worker could do it, by request id, so Cancel reaches it. */
  const onPage = new Map<number, UncertaintyJob>();
  const fallBack = (pending: Pending) => {
    const { request } = pending;
    const file = JSON.parse(request.file) as ModelFile;
    const done = (answer: unknown) => {
      onPage.delete(request.id);
      pending.onAnswer(answer);
    };
    const job =
      request.kind === 'sensitivity'
        ? inline.sensitivity(file, request.scenarioId, done)
        : inline.simulate(file, request, pending.onProgress, done);
    onPage.set(request.id, job);
  };
  const stopOnPage = (id: number) => {
    onPage.get(id)?.cancel();
    onPage.delete(id);
  };
  const sensitivityLane = createLane(fallBack);
  const simulationLane = createLane(fallBack);

  return {
    sensitivity: (file, scenarioId, onAnswer): UncertaintyJob => {
      lastId += 1;
      const id = lastId;
      let isCancelled = false;
      sensitivityLane.request({
        id,
        // The file as text: the cheapest thing to send; the worker reads it on its own thread.
        request: { id, kind: 'sensitivity', file: JSON.stringify(file), scenarioId },
        onProgress: () => undefined,
        onAnswer: (answer) => {
          if (!isCancelled) onAnswer(answer as SensitivityAnswer);
        },
      });
      return {
        cancel: () => {
          isCancelled = true;
          // Sensitivity is quick: a run already started finishes, and its answer is dropped.
          sensitivityLane.cancel(id, false);
          stopOnPage(id);
        },
      };
    },
    simulate: (file, { draws, seed }, onProgress, onAnswer): UncertaintyJob => {
      lastId += 1;
      const id = lastId;
      let isCancelled = false;
      simulationLane.request({
        id,
        request: { id, kind: 'simulate', file: JSON.stringify(file), draws, seed },
        onProgress: (done) => {
          if (!isCancelled) onProgress(done);
        },
        onAnswer: (answer) => {
          if (!isCancelled) onAnswer(answer as SimulationAnswer);
        },
      });
      return {
        cancel: () => {
          isCancelled = true;
          simulationLane.cancel(id, true);
          stopOnPage(id);
        },
      };
    },
    dispose: () => {
      sensitivityLane.dispose();
      simulationLane.dispose();
      for (const id of [...onPage.keys()]) stopOnPage(id);
      inline.dispose();
    },
  };
}
