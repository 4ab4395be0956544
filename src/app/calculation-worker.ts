/**
 * The calculation's own thread: it receives a valid model, works out the results with the pure engine and
 * sends back what changed since its last answer, so no model, however large, can hold up typing.
 */
import type { CalculateResult } from '../model/calculate';
import type { Model } from '../model/model';
import { createReusingCalculation } from '../model/reusing-calculation';
import { packTree, unpackTree, type Packed } from '../state/transfer';

export type CalculationRequest = { id: number; model: Packed };
/** `answer` is packed against the previous answer: the page unpacks every answer, in order. */
export type CalculationReply = { id: number; answer: Packed };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CalculationRequest>) => void) | null;
  postMessage: (reply: CalculationReply, transfer: Transferable[]) => void;
};

const calculate = createReusingCalculation();
let sent: CalculateResult | undefined;

scope.onmessage = (event) => {
  const { id, model } = event.data;
  const result = calculate(unpackTree(model) as Model);
  const answer = packTree(result, sent);
  sent = result;
  scope.postMessage({ id, answer }, [answer.numbers.buffer]);
};
