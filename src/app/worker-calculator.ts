/**
 * The app's calculator: the engine runs in a Web Worker, one request at a time. Requests made while one is
 * running wait, and only the newest of them is sent. Where a worker cannot run (the single-file offline
 * copy opened from disk), the calculation runs on the page instead.
 */
import type { CalculateResult } from '../model/calculate';
import {
  createInlineCalculator,
  type CalculationInput,
  type Calculator,
} from '../state/calculator';
import { joinAnswer } from '../state/answer-parts';
import { unpackTree } from '../state/transfer';
import type { CalculationReply, CalculationRequest } from './calculation-worker';

type Request = { input: CalculationInput; onAnswer: (answer: CalculateResult) => void };

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
  const held: unknown[] = [];

  const send = (request: Request) => {
    if (!worker) {
      inline.request(request.input, request.onAnswer);
      return;
    }
    lastId += 1;
    running = { ...request, id: lastId };
    // The file as text: one string is the cheapest thing to send, and reading it again on the worker's
    // own thread costs the page nothing (sending the page's decimals would cost it more).
    const message: CalculationRequest = { id: lastId, file: JSON.stringify(request.input.file) };
    worker.postMessage(message);
  };

  const next = () => {
    const request = waiting;
    waiting = null;
    if (request) send(request);
  };

  if (worker) {
    worker.onmessage = (event: MessageEvent<CalculationReply>) => {
      const { id, index, count, part } = event.data;
      // Every part is unpacked, even of an answer nobody waits for: the worker packs each against the last.
      held[index] = unpackTree(part, held[index]);
      if (index < count - 1) return;
      held.length = count;
      const finished = running;
      running = null;
      if (finished?.id === id) finished.onAnswer(joinAnswer(held));
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
    request: (input, onAnswer) => {
      if (running) waiting = { input, onAnswer };
      else send({ input, onAnswer });
    },
    dispose: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
