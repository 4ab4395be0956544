/**
 * `npm run bench`: median timings of the engine (read, validate and calculate a whole model), of share
 * links (encode and decode, with their lengths), of a recalculation after one edit and what it sends between
 * threads, of the Monte Carlo simulation against its floor, and, when Chromium is available, of editing a
 * field in the running app. Aims: the large model calculated in under 25 ms; an edit reflected within
 * 100 ms; 10,000 draws of the large model in 0.5 s or less.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateModel } from '../../src/model/evaluate';
import type { ModelFile } from '../../src/model/model-file';
import { readModel } from '../../src/model/read-model';
import { simulate, simulateFloor } from '../../src/model/uncertainty/simulation';
import { uncertainInputs } from '../../src/model/uncertainty/uncertain-inputs';
import { createReusingCalculation } from '../../src/model/reusing-calculation';
import { packTree, unpackTree } from '../../src/state/transfer';
import { writeModelFile } from '../../src/model/write-model';
import { openModelJson } from '../../src/persistence/model-file-io';
import { decodeModelFragment, encodeModelFragment } from '../../src/persistence/share-link';
import { runBrowserBench } from './browser-bench';
import { largeModel } from './large-model';
import { limitsModel, limitsModelWithinBound } from './limits-model';
import { formatTiming, measure } from './measure';

/** Freezes an object and everything in it, as the app's store does. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Version 1's engine on its own large model (this bench at commit 48d90ae, the last before version 2,
 * median of 40 runs on a two-core machine of this workplace, 2026-12-01). A fixed reference: the old
 * engine is not kept in the tree, so its figure is recorded rather than measured on each run.
 */
const VERSION_1_LARGE_MEDIAN_MS = 58.66;

/** The large model with every version-2 setting left out: no reach, value types, society or biases. */
function largeModelAsVersion1(): ModelFile {
  const file = largeModel();
  return {
    ...file,
    partners: file.partners.map((p) => (p.kind === 'society' ? { ...p, kind: 'other' } : p)),
    costLines: file.costLines.map(({ valueType: _v, ...line }) => ({
      ...line,
      cashable: line.cashable === true,
    })),
    services: file.services.map(
      ({ reach: _r, benefitYears: _b, costOptimismBias: _c, ...service }) => service,
    ),
    scenarios: file.scenarios.map((scenario) =>
      scenario.contributions?.contributors
        ? {
            ...scenario,
            contributions: {
              ...scenario.contributions,
              contributors: file.partners.map((p) => p.id),
            },
          }
        : scenario,
    ),
  };
}

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
  const plain = largeModelAsVersion1();
  if (!evaluateModel(plain).ok) throw new Error('Benchmark model is invalid: large model, v1 form');
  const plainTiming = measure(
    'large model without version-2 settings',
    () => evaluateModel(plain),
    40,
  );
  console.log(formatTiming(plainTiming));
  console.log(
    `  version 2's settings cost ${(largeTiming.median / plainTiming.median).toFixed(2)}× the same model without them`,
  );
  console.log(
    `  against version 1's engine on the version-1 large model (${VERSION_1_LARGE_MEDIAN_MS} ms, see below): ${(largeTiming.median / VERSION_1_LARGE_MEDIAN_MS).toFixed(2)}×`,
  );
}

console.log('\nMonte Carlo simulation in plain numbers (aim: 0.5 s or less)');
{
  const read = readModel(largeModel());
  if (!read.ok) throw new Error('large model is invalid');
  const { model } = read;
  const inputs = uncertainInputs(model);
  const options = { draws: 10_000, seed: 1 };
  const simulation = measure(
    'monte carlo: 10,000 draws of the large model',
    () => simulate(model, inputs, options),
    9,
    2,
  );
  const floor = measure(
    'floor: the same loop without the model',
    () => simulateFloor(model, inputs, options),
    9,
    2,
  );
  console.log(formatTiming(simulation));
  console.log(formatTiming(floor));
  const scenarios = model.scenarios.length;
  const figures = scenarios * (2 * model.horizonYears + model.partners.length);
  console.log(
    `  the floor lays the model out, draws its ${inputs.length} inputs 10,000 times (PCG32, split normal), keeps ${figures} figures a draw and finds their percentiles, without the model's arithmetic`,
  );
  console.log(
    `  the model's arithmetic adds ${(simulation.median - floor.median).toFixed(0)} ms: ${(simulation.median / floor.median).toFixed(2)}× the floor; ${(simulation.median / 500).toFixed(2)} of the 0.5 s aim`,
  );
}

console.log(
  '\nRecalculation after one edit, large model (validate, then calculate reusing what it can)',
);
/** Alternates between the model and a copy with one edit, so every run is a real change. */
function editedPair(edit: (file: ModelFile) => void): [ModelFile, ModelFile] {
  const read = readModel(largeModel());
  if (!read.ok) throw new Error('large model is invalid');
  const original = writeModelFile(read.model);
  const edited = structuredClone(original);
  edit(edited);
  return [original, edited];
}
const edits: { name: string; pair: [ModelFile, ModelFile] }[] = [
  {
    name: 'after one unit-cost edit',
    pair: editedPair((file) => {
      const line = file.costLines[0];
      if (line) line.unitCost = `${line.unitCost}1`;
    }),
  },
  {
    name: 'after one scenario edit',
    pair: editedPair((file) => {
      const scenario = file.scenarios[0];
      if (scenario) scenario.effectiveness = '0.9';
    }),
  },
];
for (const { name, pair } of edits) {
  const calculate = createReusingCalculation();
  let turn = 0;
  const recalculate = () => {
    turn += 1;
    const read = readModel(pair[turn % 2]);
    if (read.ok) calculate(read.model);
  };
  const timing = measure(name, recalculate, 40);
  console.log(formatTiming(timing));
  if (largeTiming)
    console.log(
      `  against a full calculation: ${(timing.median / largeTiming.median).toFixed(2)}×`,
    );
}
{
  // What crosses between the page and the calculation's thread after a unit-cost edit.
  const [before, after] = edits[0]?.pair ?? [];
  const results = [before, after].map((file) => {
    const evaluated = evaluateModel(file);
    if (!evaluated.ok) throw new Error('large model is invalid');
    return evaluated.results;
  });
  const [old, fresh] = results;
  const packed = packTree(fresh, old);
  console.log(
    formatTiming(measure('send results back: pack what changed', () => packTree(fresh, old), 40)),
  );
  console.log(
    formatTiming(
      measure(
        'receive them on the page: unpack',
        () => unpackTree(structuredClone(packed), old),
        40,
      ),
    ),
  );
  console.log(
    `  changed part: ${packed.json.length.toLocaleString('en-GB')} characters and ${packed.numbers.length.toLocaleString('en-GB')} numbers (all of it: ${packTree(fresh).json.length.toLocaleString('en-GB')} characters)`,
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

console.log(
  '\nAt the limits of every field (50 partners, 50 streams × 200 points, 500 lines × 50 bearers, 50 services × 550 effects, 20 scenarios, 50 years)',
);
{
  const limits = limitsModel();
  // The app's store holds the model frozen, as immer leaves it; a keystroke replaces one record.
  const frozen = deepFreeze(structuredClone(limits));
  let turn = 0;
  const keystroke = () => {
    turn += 1;
    const lines = [...frozen.costLines];
    const line = lines[turn % lines.length];
    if (line) lines[turn % lines.length] = Object.freeze({ ...line, unitCost: String(100 + turn) });
    return readModel(Object.freeze({ ...frozen, costLines: Object.freeze(lines) }));
  };
  console.log(
    formatTiming(
      measure(
        'readModel, first reading (a file or link)',
        () => readModel(structuredClone(limits)),
        5,
        1,
      ),
    ),
  );
  const typed = measure('readModel after one keystroke (aim: well under 50 ms)', keystroke, 30);
  console.log(formatTiming(typed));
  console.log(
    formatTiming(
      measure(
        'evaluateModel: read, then refuse or calculate (aim: under 1 s)',
        () => evaluateModel(limits),
        3,
        1,
      ),
    ),
  );
  const evaluated = evaluateModel(limits);
  if (!evaluated.ok) console.log(`  refused: ${evaluated.problems[0]?.message ?? ''}`);
  const withinBound = limitsModelWithinBound();
  if (!evaluateModel(withinBound).ok) throw new Error('The model just within the bound is refused');
  console.log(
    formatTiming(
      measure(
        'evaluateModel just within the bound, 28,700 steps of 30,000 (aim: under 1 s)',
        () => evaluateModel(withinBound),
        5,
        1,
      ),
    ),
  );
}

if (!process.argv.includes('--engine-only')) await runBrowserBench(largeModel());
