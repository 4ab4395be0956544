/**
 * `npm run bench`: median times of a full calculation (read + validate + project) for the worked example
 * and a generated large model. Aim: the large model in under 25 ms on a 2-core machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/model/evaluate';
import { largeModel } from './large-model';
import { formatTiming, measure } from './measure';

const example: unknown = JSON.parse(
  readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
);
const large = largeModel();

for (const input of [example, large]) {
  const check = evaluateModel(input);
  if (!check.ok)
    throw new Error(`Benchmark model is invalid: ${JSON.stringify(check.problems.slice(0, 3))}`);
}

console.log('Engine: full calculation (read, validate, project every scenario)');
const exampleTiming = measure('worked example', () => evaluateModel(example), 60);
const largeTiming = measure(
  'large model (12 partners, 40 lines, 25 years, 4 sc.)',
  () => evaluateModel(large),
  40,
);
console.log(formatTiming(exampleTiming));
console.log(formatTiming(largeTiming));
console.log(`ratio large / example: ${(largeTiming.median / exampleTiming.median).toFixed(1)}×`);
console.log(`large model against the 25 ms aim: ${(largeTiming.median / 25).toFixed(2)} of budget`);
