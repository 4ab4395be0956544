/**
 * The app's calculator: the engine runs in a Web Worker, one request at a time. Requests made while one is
 * running wait, and only the newest of them is sent. Where a worker cannot run (the single-file offline
 * copy opened from disk), the calculation runs on the page instead.
 */
import type { CalculateResult } from '../model/calculate';
import type { Model } from '../model/model';
import { createInlineCalculator, type Calculator } from '../state/calculator';
import { packTree, unpackTree } from '../state/transfer';
import type { CalculationReply, CalculationRequest } from './calculation-worker';

type Request = { model: Model; onAnswer: (answer: CalculateResult) => void };

function startWorker(): Worker | null {
  if (import.meta.env.SINGLE_FILE || typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./calculation-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function createWorkerCalculator(): Calculator {
  const inline = createInlineCalculator();
  let worker = startWorker();
  let running: (Request & { id: number }) | null = null;
  let waiting: Request | null = null;
  let lastId = 0;
  let held: CalculateResult | undefined;

  const send = (request: Request) => {
    if (!worker) {
      inline.request(request.model, request.onAnswer);
      return;
    }
    lastId += 1;
    running = { ...request, id: lastId };
    const model = packTree(request.model);
    const message: CalculationRequest = { id: lastId, model };
    worker.postMessage(message, [model.numbers.buffer]);
  };

  const next = () => {
    const request = waiting;
    waiting = null;
    if (request) send(request);
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<CalculationReply>) => {
      const finished = running;
      running = null;
      // Every answer is unpacked, even one nobody waits for: the worker packs each against the last.
      held = unpackTree(event.data.answer, held) as CalculateResult;
      if (finished?.id === event.data.id) finished.onAnswer(held);
      next();
    };
    // A worker that cannot start or fails: calculate on the page from now on, starting with what was asked.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      const failed = running;
      running = null;
      if (failed) waiting ??= failed;
      next();
    };
  }

  return {
    request: (model, onAnswer) => {
      if (running) waiting = { model, onAnswer };
      else send({ model, onAnswer });
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
