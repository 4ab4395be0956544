/**
 * Opening and saving model files (the MODEL.md JSON). Whatever comes in, from a file, a link or browser
 * storage, is parsed, migrated and validated here, and comes out canonical or with every problem listed.
 */
import type { Problem } from '../model/model';
import { MODEL_VERSION, type ModelFile } from '../model/model-file';
import { readModel } from '../model/read-model';
import { migrateModelFile } from '../model/migrate';
import { writeModelFile } from '../model/write-model';

export type OpenResult =
  | { ok: true; file: ModelFile; migratedFrom: number | null }
  | { ok: false; message: string; problems: Problem[] };

/** Largest file accepted: far above any real model, small enough not to hang the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function openModelJson(json: unknown, what = 'This file'): OpenResult {
  const migrated = migrateModelFile(json);
  if (!migrated.ok)
    return {
      ok: false,
      message: migrated.problems[0]?.message ?? `${what} is not a model.`,
      problems: migrated.problems,
    };
  const read = readModel(json);
  if (!read.ok) {
    const count = read.problems.length;
    return {
      ok: false,
      message: `${what} holds a model with ${count} problem${count === 1 ? '' : 's'}; nothing was changed.`,
      problems: read.problems,
    };
  }
  return {
    ok: true,
    file: writeModelFile(read.model),
    migratedFrom: migrated.fromVersion === MODEL_VERSION ? null : migrated.fromVersion,
  };
}

export function openModelText(text: string, what = 'This file'): OpenResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, message: `${what} is too large to be a model file.`, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `${what} is not a model file: it is not valid JSON.`,
      problems: [],
    };
  }
  return openModelJson(json, what);
}

/** The file's text: pretty-printed JSON, as MODEL.md describes it. */
export function modelFileText(file: ModelFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the model's title: "Ashdown partnership" → "ashdown-partnership.json". */
export function modelFileName(file: ModelFile): string {
  const slug = file.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'cost-of-inaction-model'}.json`;
}

/** The model as a saved file would hold it (every default spelled out), or null while it has problems. */
export function canonicalModelFile(file: ModelFile): ModelFile | null {
  const read = readModel(file);
  return read.ok ? writeModelFile(read.model) : null;
}
