/**
 * Headless results: `npm run calc -- model.json [--format json|csv]`.
 * Exit codes: 0 results printed; 1 usage or unreadable file; 2 the model has problems (all listed on stderr).
 */
import { readFileSync } from 'node:fs';
import { evaluateModel } from '../model/evaluate';
import { toHeadlessResults, toYearlyCsv } from '../model/headless-results';

const USAGE = 'Usage: npm run calc -- path/to/model.json [--format json|csv]';

type Options = { path: string; format: 'json' | 'csv' } | { error: string };

function parseArguments(args: readonly string[]): Options {
  let format: 'json' | 'csv' = 'json';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[(i += 1)] : arg.slice('--format='.length);
      if (value !== 'json' && value !== 'csv')
        return { error: `Unknown format "${value ?? ''}": use json or csv.` };
      format = value;
    } else if (arg.startsWith('--')) {
      return { error: `Unknown option ${arg}.` };
    } else {
      paths.push(arg);
    }
  }
  const [path] = paths;
  if (path === undefined || paths.length > 1) return { error: 'Give exactly one model file.' };
  return { path, format };
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
  if (options.format === 'csv') out(toYearlyCsv(evaluation.results));
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
