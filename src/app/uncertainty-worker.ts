/**
 * The "How sure" figures' own thread: the tornado and switching values of a scenario, or the seeded
 * simulation with its progress. The page sends the model file as text; a simulation is cancelled by
 * ending this worker, so the loop never has to stop to listen.
 */
import { packTree, type Packed } from '../state/transfer';
import { workOutSensitivity, workOutSimulation } from '../state/uncertainty-runner';

export type UncertaintyRequest =
  | { id: number; kind: 'sensitivity'; file: string; scenarioId: string }
  | { id: number; kind: 'simulate'; file: string; draws: number; seed: number };

export type UncertaintyReply =
  { id: number; kind: 'answer'; part: Packed } | { id: number; kind: 'progress'; done: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<UncertaintyRequest>) => void) | null;
  postMessage: (reply: UncertaintyReply, transfer?: Transferable[]) => void;
};

/** About a hundred progress messages a run: enough for a smooth bar, few enough to cost nothing. */
function progressReporter(id: number, draws: number): (done: number) => void {
  const step = Math.max(1, Math.floor(draws / 100));
  let next = step;
  return (done) => {
    if (done < next && done < draws) return;
    next = done + step;
    scope.postMessage({ id, kind: 'progress', done });
  };
}

function reply(id: number, answer: unknown): void {
  // Decimals of the tornado cross as exact parts, as the calculation's results do.
  const part = packTree(answer);
  scope.postMessage({ id, kind: 'answer', part }, [part.numbers.buffer]);
}

scope.onmessage = (event) => {
  const request = event.data;
  const file: unknown = JSON.parse(request.file);
  if (request.kind === 'sensitivity') {
    reply(request.id, workOutSensitivity(file, request.scenarioId));
    return;
  }
  const { id, draws, seed } = request;
  reply(id, workOutSimulation(file, { draws, seed, onProgress: progressReporter(id, draws) }));
};
