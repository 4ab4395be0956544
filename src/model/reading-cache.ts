/**
 * Remembers what reading or checking a record found, for records that cannot change: the app's model is
 * frozen (immer) and an edit replaces only the objects along the path it changed, so a model read again on
 * every keystroke re-reads and re-checks only the record that was edited. Objects that are not frozen are
 * always read afresh.
 */
import { FieldReader, type Problem } from './field-reader';

type Remembered = { context: string; value: unknown; problems: Problem[] };
type Memory = WeakMap<object, Remembered>;

/** Past readings by the object read; past checks by the record checked. */
const readings: Memory = new WeakMap();
const checks: Memory = new WeakMap();

/** A problem path found below `path`, written as it was found below the empty path. */
function under(path: string, suffix: string): string {
  if (suffix === '') return path;
  if (path === '' || suffix.startsWith('[')) return `${path}${suffix}`;
  return `${path}.${suffix}`;
}

function replayOrRun<T>(
  memory: Memory,
  r: FieldReader,
  key: object,
  path: string,
  context: string,
  run: (reader: FieldReader, path: string) => T,
): T {
  let remembered = memory.get(key);
  // Only the latest context is kept: the horizon, partners and ids rarely change between readings.
  if (remembered?.context !== context) {
    const own = new FieldReader();
    remembered = { context, value: run(own, ''), problems: own.problems };
    memory.set(key, remembered);
  }
  for (const problem of remembered.problems) r.report(under(path, problem.path), problem.message);
  return remembered.value as T;
}

/**
 * Reads `value` at `path` with `read`, or reports again what reading the same frozen object in the same
 * `context` found before (paths moved to where it now is) and returns the same record.
 * @param context everything outside `value` that `read` depends on, as text.
 */
export function readRemembered<T>(
  r: FieldReader,
  value: unknown,
  path: string,
  context: string,
  read: (reader: FieldReader, value: unknown, path: string) => T,
): T {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value))
    return read(r, value, path);
  return replayOrRun(readings, r, value, path, context, (reader, at) => read(reader, value, at));
}

/**
 * Runs `check` on a record made by `readRemembered`, or reports again what it found for that very record
 * in the same `context`. A record read afresh is a new object, so it is always checked afresh.
 */
export function checkRemembered(
  r: FieldReader,
  record: object,
  path: string,
  context: string,
  check: (reader: FieldReader, path: string) => void,
): void {
  replayOrRun(checks, r, record, path, context, check);
}
