/**
 * Brings a model file of any earlier format version up to the current one, one step at a time, so a
 * file or link made today still opens in every later release. A newer version is refused, not guessed at.
 */
import { isObject, type JsonObject } from './field-reader';
import type { Problem } from './model';
import { MODEL_FORMAT, MODEL_VERSION } from './model-file';

type Migration = (file: JsonObject) => JsonObject;

/**
 * `MIGRATIONS[v]` turns version v into v + 1.
 * Version 0 was the pre-release draft: a cost line named one `bearer` (who bore all of it) and a scenario
 * carried its contribution rule as a bare `rule` string.
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (file) => ({
    ...file,
    version: 1,
    costLines: mapList(file.costLines, (line) => {
      if (line.bearers !== undefined || typeof line.bearer !== 'string') return line;
      const { bearer, ...rest } = line;
      return { ...rest, bearers: [{ partner: bearer, share: '1' }] };
    }),
    scenarios: mapList(file.scenarios, (scenario) => {
      if (scenario.contributions !== undefined || typeof scenario.rule !== 'string')
        return scenario;
      const { rule, ...rest } = scenario;
      return { ...rest, contributions: { rule } };
    }),
  }),
  /**
   * Version 2 (MODEL.md, "From version 1") only adds fields. Each is left out, so it takes its default:
   * a service reaches every stream its effects name at coverage 1, its benefit lasts one year, every line
   * is fiscal, no deadweight, full attribution, no optimism bias on costs, a long-term rate of 3%.
   */
  1: (file) => ({ ...file, version: 2 }),
};

function mapList(value: unknown, change: (item: JsonObject) => JsonObject): unknown {
  if (!Array.isArray(value)) return value;
  const items: unknown[] = value;
  return items.map((item) => (isObject(item) ? change(item) : item));
}

export type MigrateResult =
  { ok: true; file: JsonObject; fromVersion: number } | { ok: false; problems: Problem[] };

const OLDEST_READABLE_VERSION = 0;

export function migrateModelFile(input: unknown): MigrateResult {
  const fail = (path: string, message: string): MigrateResult => ({
    ok: false,
    problems: [{ path, message }],
  });
  if (!isObject(input) || input.format !== MODEL_FORMAT)
    return fail(
      isObject(input) ? 'format' : '',
      'This is not a Cost of Inaction model: its "format" should be "cost-of-inaction".',
    );
  const version = input.version;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < OLDEST_READABLE_VERSION
  )
    return fail('version', 'This model has no recognisable format version.');
  if (version > MODEL_VERSION)
    return fail(
      'version',
      `This model was saved by a newer version of the app (format version ${version}; this version reads up to ${MODEL_VERSION}). Open it in the latest version of Cost of Inaction.`,
    );
  let file = input;
  for (let v = version; v < MODEL_VERSION; v += 1) {
    const migration = MIGRATIONS[v];
    if (!migration) return fail('version', `There is no way to update format version ${v}.`);
    file = migration(file);
  }
  return { ok: true, file, fromVersion: version };
}
