/**
 * Which model the app opens with: a model in the link, else the autosaved work, else the worked example.
 * A link never silently replaces different unsaved work: that waits for the person's answer.
 */
import type { ModelFile } from '../model/model-file';
import { readAutosave } from '../persistence/browser-storage';
import { browserStorage } from '../persistence/local-storage';
import { openModelJson } from '../persistence/model-file-io';
import { decodeModelFragment, hasModelFragment } from '../persistence/share-link';
import type { Notice, PendingReplacement, SavedModelRef } from '../state/session-slice';

export type StartUp = {
  file: ModelFile;
  notice: Notice | null;
  pending: PendingReplacement | null;
  savedModel: SavedModelRef | null;
};

function sameModel(a: ModelFile, b: ModelFile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function chooseStartingModel(
  url: string,
  example: ModelFile,
  embedded: unknown = null,
): StartUp {
  const storage = browserStorage();
  const autosave = storage ? readAutosave(storage) : null;
  const ownWork = autosave?.ok ? autosave.value : null;
  const base: StartUp = {
    file: ownWork?.file ?? example,
    notice: autosave && !autosave.ok ? { kind: 'error', message: autosave.message } : null,
    pending: null,
    savedModel: null,
  };
  const fromCopy = embedded !== null && !hasModelFragment(url);
  if (!fromCopy && !hasModelFragment(url)) return base;

  const source = fromCopy ? 'this offline copy' : 'a link';
  const decoded = fromCopy ? { ok: true as const, file: embedded } : decodeModelFragment(url);
  const opened = decoded.ok
    ? openModelJson(
        decoded.file,
        fromCopy ? 'The model in this offline copy' : 'The model in this link',
      )
    : decoded;
  if (!opened.ok)
    return {
      ...base,
      notice: { kind: 'error', message: `${opened.message} Your own work has not been changed.` },
    };
  if (ownWork && !sameModel(ownWork.file, opened.file) && !sameModel(ownWork.file, example))
    return { ...base, pending: { file: opened.file, source, saved: null } };
  return {
    ...base,
    file: opened.file,
    notice: { kind: 'info', message: `This model was opened from ${source}.` },
  };
}

/** Removes the model from the address bar once opened, so reloading shows the autosaved work instead. */
export function forgetModelFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname.replace(/%23v\d+\..*$/, '')}${search}`);
}
