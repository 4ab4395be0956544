/**
 * Headless results: `npm run calc -- model.json [--format json|csv]`, or the Monte Carlo simulation's
 * percentiles as JSON: `npm run calc -- model.json --simulate 10000 [--seed 1]` (the seed defaults to the
 * model's; the same numbers as the app for the same model and seed).
 * Exit codes: 0 results printed; 1 usage or unreadable file; 2 the model has problems (all listed on stderr).
 */
import { readFileSync } from 'node:fs';
import { evaluateModel } from '../model/evaluate';
import { toHeadlessResults, toYearlyCsv } from '../model/headless-results';
import { MAX_DRAWS, simulate } from '../model/uncertainty/simulation';
import { uncertainInputs } from '../model/uncertainty/uncertain-inputs';

const USAGE =
  'Usage: npm run calc -- path/to/model.json [--format json|csv]\n' +
  '       npm run calc -- path/to/model.json --simulate DRAWS [--seed SEED]';

type Options =
  | { path: string; format: 'json' | 'csv'; draws: number | null; seed: number | null }
  | { error: string };

const MAX_SEED = 0xffffffff;

/** A whole number from min to max written in plain digits, or null. */
function wholeNumber(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** The value of `--name value` or `--name=value` at args[i], and the index of the last argument read. */
function optionValue(
  args: readonly string[],
  i: number,
  name: string,
): [string | undefined, number] {
  const arg = args[i] ?? '';
  return arg === name ? [args[i + 1], i + 1] : [arg.slice(name.length + 1), i];
}

function isOption(arg: string, name: string): boolean {
  return arg === name || arg.startsWith(`${name}=`);
}

function parseArguments(args: readonly string[]): Options {
  let format: 'json' | 'csv' = 'json';
  let draws: number | null = null;
  let seed: number | null = null;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (isOption(arg, '--format')) {
      const [value, last] = optionValue(args, i, '--format');
      i = last;
      if (value !== 'json' && value !== 'csv')
        return { error: `Unknown format "${value ?? ''}": use json or csv.` };
      format = value;
    } else if (isOption(arg, '--simulate')) {
      const [value, last] = optionValue(args, i, '--simulate');
      i = last;
      draws = wholeNumber(value, 1, MAX_DRAWS);
      if (draws === null)
        return {
          error: `--simulate takes the number of draws, a whole number from 1 to ${MAX_DRAWS.toLocaleString('en-GB')}.`,
        };
    } else if (isOption(arg, '--seed')) {
      const [value, last] = optionValue(args, i, '--seed');
      i = last;
      seed = wholeNumber(value, 0, MAX_SEED);
      if (seed === null) return { error: `--seed takes a whole number from 0 to ${MAX_SEED}.` };
    } else if (arg.startsWith('--')) {
      return { error: `Unknown option ${arg}.` };
    } else {
      paths.push(arg);
    }
  }
  const [path] = paths;
  if (path === undefined || paths.length > 1) return { error: 'Give exactly one model file.' };
  if (draws === null && seed !== null) return { error: '--seed goes with --simulate.' };
  if (draws !== null && format === 'csv')
    return { error: 'The simulation prints JSON: leave out --format csv.' };
  return { path, format, draws, seed };
}

export function run(
  args: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  if (args.includes('--help') || args.includes('-h')) {
    out(`${USAGE}\n`);
    return 0;
  }
  const options = parseArguments(args);
  if ('error' in options) {
    err(`${options.error}\n${USAGE}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(options.path, 'utf8');
  } catch (error) {
    err(`Cannot read ${options.path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    err(
      `${options.path}: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return 2;
  }
  const evaluation = evaluateModel(json);
  if (!evaluation.ok) {
    err(
      `${options.path}: the model has ${evaluation.problems.length} problem${evaluation.problems.length === 1 ? '' : 's'}:\n`,
    );
    for (const problem of evaluation.problems)
      err(`  ${problem.path || '(file)'}: ${problem.message}\n`);
    return 2;
  }
  if (options.draws !== null) {
    const { model } = evaluation;
    try {
      const result = simulate(model, uncertainInputs(model), {
        draws: options.draws,
        seed: options.seed ?? model.uncertainty.seed,
      });
      out(`${JSON.stringify(result, null, 2)}\n`);
    } catch (error) {
      // Too many draws for the model's size: say so rather than fail with a trace.
      err(`${options.path}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  } else if (options.format === 'csv') out(toYearlyCsv(evaluation.results));
  else out(`${JSON.stringify(toHeadlessResults(evaluation.model, evaluation.results), null, 2)}\n`);
  return 0;
}

if (
  process.argv[1] &&
  import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')
) {
  process.exitCode = run(
    process.argv.slice(2),
    (t) => process.stdout.write(t),
    (t) => process.stderr.write(t),
  );
}
