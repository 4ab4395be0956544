/**
 * `npm run bench`: median timings of the engine (read, validate and calculate a whole model), of share
 * links (encode and decode, with their lengths), and, when Chromium is available, of editing a field in
 * the running app. Aims: the large model calculated in under 25 ms; an edit reflected within 100 ms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/model/evaluate';
import { readModel } from '../../src/model/read-model';
import { writeModelFile } from '../../src/model/write-model';
import { openModelJson } from '../../src/persistence/model-file-io';
import { decodeModelFragment, encodeModelFragment } from '../../src/persistence/share-link';
import { runBrowserBench } from './browser-bench';
import { largeModel } from './large-model';
import { formatTiming, measure } from './measure';

const example: unknown = JSON.parse(
  readFileSync(join(process.cwd(), 'public/examples/worked-example.json'), 'utf8'),
);
const models = [
  { name: 'worked example', input: example },
  { name: 'large model (12 partners, 40 lines, 25 years, 4 scenarios)', input: largeModel() },
];

console.log('Engine: full calculation (read, validate, project every scenario)');
const engine = models.map(({ name, input }) => {
  if (!evaluateModel(input).ok) throw new Error(`Benchmark model is invalid: ${name}`);
  const timing = measure(name, () => evaluateModel(input), 40);
  console.log(formatTiming(timing));
  return timing;
});
const [exampleTiming, largeTiming] = engine;
if (exampleTiming && largeTiming) {
  console.log(`ratio large / example: ${(largeTiming.median / exampleTiming.median).toFixed(1)}×`);
  console.log(
    `large model against the 25 ms aim: ${(largeTiming.median / 25).toFixed(2)} of the budget`,
  );
}

console.log(
  '\nShare links (encode: compact + deflate + base64url; decode: inflate + check + validate)',
);
const ORIGIN = 'https://cost-of-inaction.example.org/';
for (const { name, input } of models) {
  const read = readModel(input);
  if (!read.ok) throw new Error(`Benchmark model is invalid: ${name}`);
  const file = writeModelFile(read.model);
  const fragment = encodeModelFragment(file);
  const encode = measure(`encode ${name}`, () => encodeModelFragment(file), 60);
  const decode = measure(
    `decode ${name}`,
    () => {
      const decoded = decodeModelFragment(fragment);
      if (decoded.ok) openModelJson(decoded.file);
    },
    60,
  );
  console.log(formatTiming(encode));
  console.log(formatTiming(decode));
  console.log(
    `  link length: ${fragment.length} characters in the fragment, ${ORIGIN.length + fragment.length} with a ${ORIGIN.length}-character address (budgets 1,024 and 2,048)`,
  );
}

await runBrowserBench(largeModel());
