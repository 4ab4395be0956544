/**
 * Which model the app opens with: a model in the link, else this tab's own unsaved work (a reload), else
 * the newest unsaved work in this browser, else the worked example. Nothing stored is silently replaced
 * or dropped: any other unsaved work that differs from what opens is offered back, anything unreadable is
 * kept aside and offered as a download, and a link never replaces different work without asking.
 */
import type { Problem } from '../model/model';
import type { ModelFile } from '../model/model-file';
import {
  autosaveKey,
  autosavesBeyondLimits,
  discardStored,
  listUnreadable,
  readAllAutosaves,
  writeAutosave,
  type AutosaveSlot,
  type KeyValueStorage,
  type UnreadableEntry,
} from '../persistence/browser-storage';
import { LINKED_ORIGINAL, methodChangeOf, type MethodChange } from '../persistence/method-change';
import { openModelJson, problemCount } from '../persistence/model-file-io';
import { problemLines } from '../persistence/problem-summary';
import { decodeModelFragment, hasModelFragment } from '../persistence/share-link';
import type { Notice, PendingReplacement, SavedModelRef } from '../state/session-slice';

/** Unsaved work from another tab or an earlier visit, offered back rather than replaced. */
export type OtherWork = {
  key: string;
  savedAt: string;
  file: ModelFile;
  problems: Problem[];
  /** Its tab was closed (or it is the old shared autosave): nobody else is editing it. */
  isClosed: boolean;
  /** Set when it was typed under an earlier method and reads migrated. */
  methodChange: MethodChange | null;
};

export type StartUp = {
  file: ModelFile;
  notice: Notice | null;
  /** Set when the model that opens was made under an earlier method (its original kept to download). */
  methodChange: MethodChange | null;
  pending: PendingReplacement | null;
  savedModel: SavedModelRef | null;
  /** The tab's id for its autosave: a new one if its own slot was unreadable and could not be moved. */
  tabId: string;
  /** Whether this tab's autosave slot already holds its work (its own, or work it took over). */
  hasSlot: boolean;
  otherWork: OtherWork[];
  unreadable: UnreadableEntry[];
};

export type StartUpContext = {
  storage: KeyValueStorage | null;
  tabId: string;
  newTabId: () => string;
  now: Date;
};

export function sameModel(a: ModelFile, b: ModelFile): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function newestFirst(slots: readonly AutosaveSlot[]): AutosaveSlot[] {
  return [...slots].sort((a, b) => b.autosave.savedAt.localeCompare(a.autosave.savedAt));
}

/** Other work worth offering: different from what opens, and each version once (the newest). */
function offers(
  slots: readonly AutosaveSlot[],
  opening: ModelFile,
  example: ModelFile,
): OtherWork[] {
  // The worked example, untouched, is nobody's work.
  const shown: ModelFile[] = [opening, example];
  return newestFirst(slots).flatMap((slot) => {
    if (shown.some((file) => sameModel(file, slot.autosave.file))) return [];
    shown.push(slot.autosave.file);
    return [
      {
        key: slot.key,
        savedAt: slot.autosave.savedAt,
        file: slot.autosave.file,
        problems: slot.problems,
        isClosed: slot.tabId === null || slot.autosave.isClosed === true,
        methodChange: slot.methodChange,
      },
    ];
  });
}

/** The stored work this tab starts from, taking over a closed tab's (or the old shared) autosave. */
function ownStoredWork(context: StartUpContext) {
  const { storage, now } = context;
  const found = storage ? readAllAutosaves(storage, now) : { slots: [], unreadable: [] };
  // An unreadable slot that could not be moved aside must not be overwritten: this tab starts a new one.
  const tabId = found.unreadable.some((u) => u.key === autosaveKey(context.tabId))
    ? context.newTabId()
    : context.tabId;
  const ownKey = autosaveKey(tabId);
  const own = found.slots.find((slot) => slot.key === ownKey);
  const newest = own ? undefined : newestFirst(found.slots)[0];
  const opening = own ?? newest;
  let slots = found.slots.filter((slot) => slot !== opening);
  let hasSlot = own !== undefined;
  if (storage && own?.autosave.isClosed === true) {
    // A reload: this tab is open again, so no new tab may take its work over.
    const { isClosed: _closed, ...work } = own.autosave;
    writeAutosave(storage, tabId, work);
  }
  if (storage && newest && (newest.tabId === null || newest.autosave.isClosed === true)) {
    // Nobody is editing it any more: its work moves into this tab's slot, so it is not offered again.
    const { isClosed: _closed, ...work } = newest.autosave;
    if (writeAutosave(storage, tabId, work).ok) {
      discardStored(storage, newest.key);
      hasSlot = true;
    }
  }
  if (storage) {
    const beyond = new Set(autosavesBeyondLimits(found.slots, opening?.key ?? ownKey, now));
    for (const key of beyond) discardStored(storage, key);
    slots = slots.filter((slot) => !beyond.has(slot.key));
  }
  return {
    tabId,
    hasSlot,
    opening,
    slots,
    unreadable: storage ? listUnreadable(storage) : found.unreadable,
  };
}

function problemsNotice(problems: readonly Problem[]): Notice | null {
  if (problems.length === 0) return null;
  return {
    kind: 'error',
    message: `Your unsaved work is back as you left it. It has ${problemCount(problems.length)} to fix; the results wait until they are fixed.`,
    details: problemLines(problems),
  };
}

export function chooseStartingModel(
  url: string,
  example: ModelFile,
  embedded: unknown,
  context: StartUpContext,
): StartUp {
  const { tabId, hasSlot, opening, slots, unreadable } = ownStoredWork(context);
  const ownWork = opening?.autosave ?? null;
  const file = ownWork?.file ?? example;
  const base: StartUp = {
    file,
    notice: problemsNotice(opening?.problems ?? []),
    methodChange: opening?.methodChange ?? null,
    pending: null,
    savedModel: null,
    tabId,
    hasSlot,
    otherWork: offers(slots, file, example),
    unreadable,
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
    : { ...decoded, problems: [] };
  if (!opened.ok)
    return {
      ...base,
      notice: {
        kind: 'error',
        message: `${opened.message} Your own work has not been changed.`,
        ...(opened.problems.length > 0 ? { details: problemLines(opened.problems) } : {}),
      },
    };
  const methodChange = methodChangeOf(
    opened.migratedFrom,
    decoded.ok ? decoded.file : null,
    LINKED_ORIGINAL,
  );
  if (ownWork && !sameModel(ownWork.file, opened.file) && !sameModel(ownWork.file, example))
    return { ...base, pending: { file: opened.file, source, saved: null, methodChange } };
  return {
    ...base,
    file: opened.file,
    notice: { kind: 'info', message: `This model was opened from ${source}.` },
    methodChange,
  };
}

/** Removes the model from the address bar once opened, so reloading shows the autosaved work instead. */
export function forgetModelFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname.replace(/%23v\d+\..*$/, '')}${search}`);
}
