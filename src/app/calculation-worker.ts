/**
 * The calculation's own thread: it receives the file of a model the page found valid, reads it, works out
 * the results with the pure engine and sends back what changed since its last answer, so no model,
 * however large, can hold up typing.
 */
import type { CalculateResult } from '../model/calculate';
import { readModel } from '../model/read-model';
import { createReusingCalculation } from '../model/reusing-calculation';
import { splitAnswer } from '../state/answer-parts';
import { packTree, type Packed } from '../state/transfer';

/** A model the page found valid, as the JSON text of its file. */
export type CalculationRequest = { id: number; file: string };
/**
 * Part `index` of `count` of an answer (see answer-parts), packed against the same part of the previous
 * answer: the page unpacks every part of every answer, in order.
 */
export type CalculationReply = { id: number; index: number; count: number; part: Packed };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CalculationRequest>) => void) | null;
  postMessage: (reply: CalculationReply, transfer: Transferable[]) => void;
};

const calculate = createReusingCalculation();
let sent: unknown[] = [];

scope.onmessage = (event) => {
  const { id, file } = event.data;
  const read = readModel(JSON.parse(file));
  const result: CalculateResult = read.ok ? calculate(read.model) : read;
  const parts = splitAnswer(result);
  parts.forEach((value, index) => {
    const part = packTree(value, sent[index]);
    scope.postMessage({ id, index, count: parts.length, part }, [part.numbers.buffer]);
  });
  sent = parts;
};
