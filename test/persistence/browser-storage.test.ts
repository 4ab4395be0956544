/**
 * Models kept in the browser (src/persistence/browser-storage.ts): saves list, load and re-save with a
 * revision that guards against another tab's work being overwritten; every storage failure (full, turned
 * off, a write the browser drops, damaged data) comes back as a plain message rather than a throw.
 */
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../src/model/model-file';
import {
  deleteSavedModel,
  describeStorageError,
  isSavedModelKey,
  listSavedModels,
  loadSavedModel,
  newSavedModelId,
  readAutosave,
  renameSavedModel,
  saveModel,
  writeAutosave,
  autosaveKey,
  autosavesBeyondLimits,
  listUnreadable,
  readAllAutosaves,
} from '../../src/persistence/browser-storage';
import type {
  Autosave,
  AutosaveSlot,
  KeyValueStorage,
  SaveResult,
  SavedModel,
  SavedModelSummary,
  StorageOutcome,
} from '../../src/persistence/browser-storage';
import { workedExample } from '../ui/render-with-store';

// The keys are a stored format: changing them would lose every user's saved models.
const INDEX_KEY = 'cost-of-inaction:saved-models';
/** The one autosave kept before each tab had its own; still read as work to offer back. */
const AUTOSAVE_KEY = 'cost-of-inaction:autosave';
const TAB_KEY = 'cost-of-inaction:autosave:t1';
const modelKey = (id: string): string => `cost-of-inaction:saved-model:${id}`;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An in-memory localStorage; `entries` is exposed so tests can see exactly what was written. */
class MemoryStorage implements KeyValueStorage {
  readonly entries = new Map<string, string>();
  get length(): number {
    return this.entries.size;
  }
  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.entries.set(key, value);
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

/** Throws `error` on writes to keys matching `failsOn` (every key by default). */
class ThrowingStorage extends MemoryStorage {
  constructor(
    private readonly error: unknown,
    private readonly failsOn: (key: string) => boolean = () => true,
  ) {
    super();
  }
  override setItem(key: string, value: string): void {
    if (this.failsOn(key)) throw this.error;
    super.setItem(key, value);
  }
}

const quotaError = (): DOMException => new DOMException('full', 'QuotaExceededError');
const securityError = (): DOMException => new DOMException('denied', 'SecurityError');

/** Accepts writes without error and keeps none of them. */
class DroppingStorage extends MemoryStorage {
  override setItem(): void {
    // dropped
  }
}

/** Returns damaged JSON for the given keys. */
class CorruptStorage extends MemoryStorage {
  constructor(private readonly corruptKeys: string[]) {
    super();
  }
  override getItem(key: string): string | null {
    return this.corruptKeys.includes(key)
      ? '{"name":"Ashdown","file":{"format'
      : super.getItem(key);
  }
}

function value<T>(outcome: StorageOutcome<T>): T {
  if (!outcome.ok) throw new Error(`Unexpected failure: ${outcome.message}`);
  return outcome.value;
}

function failure(outcome: StorageOutcome<unknown>): string {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) throw new Error('expected a failure');
  return outcome.message;
}

function save(
  storage: KeyValueStorage,
  id: string,
  expectedRevision: number | null,
  file: ModelFile = workedExample(),
  name = 'Ashdown partnership',
): SaveResult {
  return saveModel(storage, { id, name, file, expectedRevision });
}

function saved(storage: KeyValueStorage, id: string): SavedModel {
  return value(loadSavedModel(storage, id));
}

function list(storage: KeyValueStorage): SavedModelSummary[] {
  return value(listSavedModels(storage));
}

function retitled(title: string): ModelFile {
  return { ...workedExample(), title };
}

describe('saving and loading a model', () => {
  it('lists a new save with its name, revision 1 and an ISO time', () => {
    const storage = new MemoryStorage();
    const before = Date.now();
    const summary = value(save(storage, 'a1', null));
    expect(summary).toMatchObject({ id: 'a1', name: 'Ashdown partnership', revision: 1 });
    expect(summary.savedAt).toMatch(ISO);
    expect(Date.parse(summary.savedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(summary.savedAt)).toBeLessThanOrEqual(Date.now() + 1);
    expect(list(storage)).toEqual([summary]);
  });

  it('records the given time', () => {
    const storage = new MemoryStorage();
    const now = new Date('2025-03-04T05:06:07.089Z');
    const summary = value(
      saveModel(storage, {
        id: 'a1',
        name: 'Ashdown',
        file: workedExample(),
        expectedRevision: null,
        now,
      }),
    );
    expect(summary.savedAt).toBe('2025-03-04T05:06:07.089Z');
    expect(saved(storage, 'a1').savedAt).toBe('2025-03-04T05:06:07.089Z');
  });

  it('loads back the same file, name and revision', () => {
    const storage = new MemoryStorage();
    const summary = value(save(storage, 'a1', null));
    const loaded = saved(storage, 'a1');
    expect(loaded.file).toEqual(workedExample());
    expect(loaded).toEqual({ ...summary, file: workedExample(), problems: [], methodChange: null });
  });

  it('bumps the revision when saved again with the revision it last read', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null));
    const second = value(save(storage, 'a1', 1, retitled('Second draft'), 'Renamed'));
    expect(second).toMatchObject({ id: 'a1', name: 'Renamed', revision: 2 });
    expect(list(storage)).toEqual([second]);
    const loaded = saved(storage, 'a1');
    expect(loaded.revision).toBe(2);
    expect(loaded.file.title).toBe('Second draft');
  });

  it('keeps several saves, in the order they were first saved', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null, workedExample(), 'First'));
    value(save(storage, 'b2', null, workedExample(), 'Second'));
    expect(list(storage).map((s) => s.name)).toEqual(['First', 'Second']);
  });

  it('lists nothing when nothing was saved', () => {
    expect(list(new MemoryStorage())).toEqual([]);
  });

  it('says a model that is not there is no longer in this browser', () => {
    expect(failure(loadSavedModel(new MemoryStorage(), 'gone'))).toMatch(
      /no longer in this browser/,
    );
  });
});

describe('another tab saving the same model', () => {
  it('refuses a save based on a stale revision, with the newer summary, and changes nothing', () => {
    const storage = new MemoryStorage(); // one localStorage shared by both tabs
    value(save(storage, 'a1', null, retitled('Original'))); // tab A creates it (revision 1)
    // Tab B opens revision 1 and saves its work.
    const theirs = value(save(storage, 'a1', 1, retitled('Tab B work'), 'Tab B name'));
    expect(theirs.revision).toBe(2);
    const storedBefore = new Map(storage.entries);

    // Tab A, still on revision 1, tries to save — twice.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = save(storage, 'a1', 1, retitled('Tab A work'), 'Tab A name');
      expect(result.ok).toBe(false);
      if (result.ok || !('conflict' in result)) throw new Error('expected a conflict');
      expect(result.conflict).toEqual(theirs);
      expect(result.message).toMatch(/another tab/);
      expect(result.message).toContain('Tab B name');
    }

    expect(storage.entries).toEqual(storedBefore);
    const loaded = saved(storage, 'a1');
    expect(loaded.revision).toBe(2);
    expect(loaded.name).toBe('Tab B name');
    expect(loaded.file.title).toBe('Tab B work');
  });

  it('refuses a save that expects a revision newer than the stored one', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null));
    expect(failure(save(storage, 'a1', 5))).toMatch(/another tab/);
    expect(saved(storage, 'a1').revision).toBe(1);
  });
});

describe('rename, duplicate and delete', () => {
  it('renames, keeping the file and bumping the revision', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null, retitled('Kept title'), 'Old name'));
    value(renameSavedModel(storage, 'a1', 'New name'));
    const loaded = saved(storage, 'a1');
    expect(loaded).toMatchObject({ name: 'New name', revision: 2 });
    expect(loaded.file).toEqual(retitled('Kept title'));
    expect(list(storage)).toEqual([
      { id: 'a1', name: 'New name', revision: 2, savedAt: loaded.savedAt },
    ]);
  });

  it('refuses to rename a model that is not there', () => {
    const storage = new MemoryStorage();
    expect(failure(renameSavedModel(storage, 'gone', 'Name'))).toMatch(/no longer in this browser/);
    expect(list(storage)).toEqual([]);
  });

  it('duplicates under a new id, keeping both', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null, retitled('Original'), 'Original'));
    const copyId = newSavedModelId();
    expect(copyId).not.toBe('a1');
    const copy = value(save(storage, copyId, null, saved(storage, 'a1').file, 'Original (copy)'));
    expect(copy).toMatchObject({ id: copyId, revision: 1 });
    expect(list(storage).map((s) => [s.id, s.name])).toEqual([
      ['a1', 'Original'],
      [copyId, 'Original (copy)'],
    ]);
    expect(saved(storage, copyId).file).toEqual(saved(storage, 'a1').file);
    expect(saved(storage, 'a1').name).toBe('Original');
  });

  it('makes different ids for different random draws, made only of safe characters', () => {
    const first = newSavedModelId(() => 0.1);
    const second = newSavedModelId(() => 0.2);
    expect(first).not.toBe(second);
    expect(first).toMatch(/^m[0-9a-z]+$/);
  });

  it('deletes from the list and from storage, leaving the others', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null, workedExample(), 'Keep'));
    value(save(storage, 'b2', null, workedExample(), 'Delete'));
    value(deleteSavedModel(storage, 'b2'));
    expect(list(storage).map((s) => s.id)).toEqual(['a1']);
    expect(storage.entries.has(modelKey('b2'))).toBe(false);
    expect(storage.entries.has(modelKey('a1'))).toBe(true);
    expect(failure(loadSavedModel(storage, 'b2'))).toMatch(/no longer in this browser/);
  });
});

describe('storage that fails', () => {
  it('reports full storage and writes nothing', () => {
    const storage = new ThrowingStorage(quotaError());
    expect(failure(save(storage, 'a1', null))).toMatch(/storage .*is full/);
    expect(storage.entries.size).toBe(0);
    expect(list(storage)).toEqual([]);
  });

  it('leaves the existing save and index untouched when full on a re-save', () => {
    let full = false;
    const storage = new ThrowingStorage(quotaError(), (key) => key === modelKey('a1') && full);
    value(save(storage, 'a1', null, retitled('Before')));
    const before = new Map(storage.entries);
    full = true;
    expect(failure(save(storage, 'a1', 1, retitled('After')))).toMatch(/full/);
    expect(storage.entries).toEqual(before);
    expect(saved(storage, 'a1')).toMatchObject({ revision: 1, file: retitled('Before') });
  });

  it('keeps the list and the saved model in agreement when only the index write fails', () => {
    let full = false;
    const storage = new ThrowingStorage(quotaError(), (key) => key === INDEX_KEY && full);
    value(save(storage, 'a1', null, retitled('Before')));
    full = true;
    expect(failure(save(storage, 'a1', 1, retitled('After')))).toMatch(/full/);
    full = false;
    // Whatever is kept, the list and the model must agree, or this tab's next save is refused
    // as if another tab had changed it.
    const listed = list(storage).find((s) => s.id === 'a1');
    expect(saved(storage, 'a1').revision).toBe(listed?.revision);
    value(renameSavedModel(storage, 'a1', 'Renamed'));
  });

  it('reports storage turned off or a private window', () => {
    const storage = new ThrowingStorage(securityError());
    const message = failure(save(storage, 'a1', null));
    expect(message).toMatch(/turned off/);
    expect(message).toMatch(/private window/);
    expect(storage.entries.size).toBe(0);
    expect(failure(writeAutosave(storage, 't1', autosave()))).toMatch(/private window/);
  });

  it('reports a write the browser accepted but did not keep', () => {
    const storage = new DroppingStorage();
    expect(failure(save(storage, 'a1', null))).toMatch(/did not keep/);
    expect(failure(writeAutosave(storage, 't1', autosave()))).toMatch(/did not keep/);
    expect(list(storage)).toEqual([]);
  });

  it('reports a damaged saved model without throwing', () => {
    const storage = new CorruptStorage([modelKey('a1')]);
    value(save(new MemoryStorage(), 'a1', null)); // sanity: the same save works elsewhere
    storage.entries.set(
      INDEX_KEY,
      JSON.stringify([{ id: 'a1', name: 'A', savedAt: '', revision: 1 }]),
    );
    expect(() => loadSavedModel(storage, 'a1')).not.toThrow();
    expect(failure(loadSavedModel(storage, 'a1'))).toMatch(/damaged/);
    expect(failure(renameSavedModel(storage, 'a1', 'B'))).toMatch(/damaged/);
  });

  it('reports a damaged index without throwing, and does not overwrite it', () => {
    const storage = new CorruptStorage([INDEX_KEY]);
    expect(() => listSavedModels(storage)).not.toThrow();
    expect(failure(listSavedModels(storage))).toMatch(/damaged/);
    expect(failure(save(storage, 'a1', null))).toMatch(/damaged/);
    expect(failure(deleteSavedModel(storage, 'a1'))).toMatch(/damaged/);
    expect(storage.entries.size).toBe(0);
  });

  it('reports a damaged autosave without throwing', () => {
    const storage = new CorruptStorage([AUTOSAVE_KEY]);
    const found = readAutosave(storage, AUTOSAVE_KEY);
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.message).toMatch(/damaged/);
  });

  it('skips malformed index entries and fills in missing fields', () => {
    const storage = new MemoryStorage();
    storage.entries.set(
      INDEX_KEY,
      JSON.stringify([null, 'x', { id: 1, name: 'n' }, { id: 'a1', name: 'Kept' }]),
    );
    expect(list(storage)).toEqual([{ id: 'a1', name: 'Kept', savedAt: '', revision: 0 }]);
    storage.entries.set(INDEX_KEY, JSON.stringify({ not: 'a list' }));
    expect(list(storage)).toEqual([]);
  });
});

describe('a saved model that is not a valid model', () => {
  function storedWith(file: unknown): MemoryStorage {
    const storage = new MemoryStorage();
    storage.entries.set(
      modelKey('a1'),
      JSON.stringify({
        id: 'a1',
        name: 'A',
        savedAt: '2025-01-01T00:00:00.000Z',
        revision: 1,
        file,
      }),
    );
    return storage;
  }

  it('saves a model with problems as typed, marks it, and opens, renames and duplicates it', () => {
    const storage = new MemoryStorage();
    const summary = value(
      saveModel(storage, {
        id: 'a1',
        name: 'Typo',
        file: withTypo(),
        expectedRevision: null,
        problemCount: 1,
      }),
    );
    expect(summary.problemCount).toBe(1);
    expect(list(storage)[0]?.problemCount).toBe(1);
    const loaded = saved(storage, 'a1');
    expect(loaded.file).toEqual(withTypo());
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.path).toMatch(/unitCost$/);
    value(renameSavedModel(storage, 'a1', 'Typo, renamed'));
    expect(list(storage)).toMatchObject([{ name: 'Typo, renamed', problemCount: 1 }]);
    expect(saved(storage, 'a1').file).toEqual(withTypo());
  });

  it('refuses an invalid file with a message', () => {
    const message = failure(loadSavedModel(storedWith({ ...workedExample(), title: 42 }), 'a1'));
    expect(message).toMatch(/^This saved model holds a model with \d+ problems?/);
  });

  it('refuses something that is not a model at all', () => {
    expect(failure(loadSavedModel(storedWith('hello'), 'a1'))).not.toBe('');
    expect(failure(loadSavedModel(storedWith(undefined), 'a1'))).not.toBe('');
  });

  it('refuses a file from a newer version of the app', () => {
    const message = failure(loadSavedModel(storedWith({ ...workedExample(), version: 99 }), 'a1'));
    expect(message).toMatch(/newer version/);
  });

  it('says a stored value that is not a record is no longer in this browser', () => {
    const storage = new MemoryStorage();
    storage.entries.set(modelKey('a1'), '[1,2]');
    expect(failure(loadSavedModel(storage, 'a1'))).toMatch(/no longer in this browser/);
  });
});

function autosave(overrides: Partial<Autosave> = {}): Autosave {
  return {
    savedAt: '2025-02-03T04:05:06.007Z',
    file: workedExample(),
    savedModelId: 'a1',
    revision: 3,
    ...overrides,
  };
}

/** The worked example with a typo in its first unit cost, as someone might type it. */
function withTypo(): ModelFile {
  const file = workedExample();
  return {
    ...file,
    costLines: file.costLines.map((line, i) => (i === 0 ? { ...line, unitCost: '4,15' } : line)),
  };
}

function slotRead(storage: KeyValueStorage, key: string): AutosaveSlot | null {
  const found = readAutosave(storage, key);
  if (!found.ok) throw new Error(`Unexpected failure: ${found.message}`);
  return found.value;
}

describe('autosave, one slot per tab', () => {
  it('names each tab’s slot after the tab', () => {
    expect(autosaveKey('t1')).toBe(TAB_KEY);
  });

  it('writes to the tab’s own slot only, and reads back what was written', () => {
    const storage = new MemoryStorage();
    value(writeAutosave(storage, 't1', autosave()));
    expect([...storage.entries.keys()]).toEqual([TAB_KEY]);
    expect(slotRead(storage, TAB_KEY)).toEqual({
      key: TAB_KEY,
      tabId: 't1',
      autosave: autosave(),
      problems: [],
      methodChange: null,
    });
  });

  it('keeps a model with problems exactly as typed, and lists them', () => {
    const storage = new MemoryStorage();
    value(writeAutosave(storage, 't1', autosave({ file: withTypo() })));
    const slot = slotRead(storage, TAB_KEY);
    expect(slot?.autosave.file.costLines[0]?.unitCost).toBe('4,15');
    expect(slot?.problems).toHaveLength(1);
    expect(slot?.problems[0]?.path).toMatch(/^costLines.*0.*unitCost$/);
  });

  it('keeps two tabs’ work apart', () => {
    const storage = new MemoryStorage();
    value(writeAutosave(storage, 't1', autosave({ file: retitled('One') })));
    value(writeAutosave(storage, 't2', autosave({ file: retitled('Two') })));
    const { slots } = readAllAutosaves(storage, new Date());
    expect(slots.map((s) => [s.tabId, s.autosave.file.title]).sort()).toEqual([
      ['t1', 'One'],
      ['t2', 'Two'],
    ]);
  });

  it('still reads the old single autosave, as work from no tab', () => {
    const storage = new MemoryStorage();
    storage.entries.set(AUTOSAVE_KEY, JSON.stringify(autosave({ file: retitled('Legacy') })));
    const { slots, unreadable } = readAllAutosaves(storage, new Date());
    expect(unreadable).toEqual([]);
    expect(slots).toHaveLength(1);
    expect(slots[0]?.tabId).toBeNull();
    expect(slots[0]?.autosave.file.title).toBe('Legacy');
  });

  it('is empty when nothing was autosaved', () => {
    expect(readAllAutosaves(new MemoryStorage(), new Date())).toEqual({
      slots: [],
      unreadable: [],
    });
    expect(readAutosave(new MemoryStorage(), TAB_KEY)).toEqual({ ok: true, value: null });
  });

  it('is not listed among saved models', () => {
    const storage = new MemoryStorage();
    value(writeAutosave(storage, 't1', autosave()));
    expect(list(storage)).toEqual([]);
  });
});

describe('an autosave that cannot be read', () => {
  const NOW = new Date('2026-12-01T10:31:00.000Z');
  const garbage = '{"savedAt":"2026-12-01","file":{"form';

  it('is moved aside unchanged, with why, and no longer in the slot the tab writes to', () => {
    const storage = new MemoryStorage();
    storage.entries.set(TAB_KEY, garbage);
    const { slots, unreadable } = readAllAutosaves(storage, NOW);
    expect(slots).toEqual([]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]?.text).toBe(garbage);
    expect(unreadable[0]?.message).toMatch(/damaged/);
    expect(unreadable[0]?.key).toMatch(/^cost-of-inaction:unreadable:2026-12-01T10:31:00\.000Z:/);
    expect(storage.entries.has(TAB_KEY)).toBe(false);
    // The tab's next autosave leaves it alone.
    value(writeAutosave(storage, 't1', autosave()));
    expect(listUnreadable(storage)).toEqual(unreadable);
  });

  it('is kept aside too when it is not a model, or from a newer version', () => {
    const storage = new MemoryStorage();
    storage.entries.set(TAB_KEY, JSON.stringify({ file: 'hello' }));
    storage.entries.set(
      AUTOSAVE_KEY,
      JSON.stringify(
        autosave({ file: { ...workedExample(), version: 99 } as unknown as ModelFile }),
      ),
    );
    const { unreadable } = readAllAutosaves(storage, NOW);
    expect(unreadable.map((u) => u.message).join(' ')).toMatch(/newer version/);
    expect(unreadable).toHaveLength(2);
    expect(listUnreadable(storage)).toHaveLength(2);
    expect([...storage.entries.keys()].some((k) => k.startsWith(AUTOSAVE_KEY))).toBe(false);
  });

  it('stays where it is, and is reported there, when it cannot be moved', () => {
    const storage = new ThrowingStorage(quotaError());
    storage.entries.set(TAB_KEY, garbage);
    const { unreadable } = readAllAutosaves(storage, NOW);
    expect(unreadable.map((u) => u.key)).toEqual([TAB_KEY]);
    expect(storage.entries.get(TAB_KEY)).toBe(garbage);
  });
});

describe('bounding the autosaves', () => {
  const NOW = new Date('2026-12-01T12:00:00.000Z');
  const HOUR = 60 * 60 * 1000;
  const slot = (tabId: string, ageMs: number): AutosaveSlot => ({
    key: autosaveKey(tabId),
    tabId,
    autosave: autosave({ savedAt: new Date(NOW.getTime() - ageMs).toISOString() }),
    problems: [],
    methodChange: null,
  });

  it('keeps ten in all, dropping the oldest others first, never the current tab’s', () => {
    // Twelve slots an hour apart, s1 newest; the current tab's (s12) is the oldest of all. It stays,
    // leaving room for 9 others: s1…s9 stay, s10 and s11 go.
    const slots = Array.from({ length: 12 }, (_, i) => slot(`s${String(i + 1)}`, (i + 1) * HOUR));
    expect(autosavesBeyondLimits(slots, autosaveKey('s12'), NOW)).toEqual([
      autosaveKey('s10'),
      autosaveKey('s11'),
    ]);
  });

  it('drops any older than 30 days, and never the current tab’s however old', () => {
    const DAY = 24 * HOUR;
    const slots = [slot('recent', 29 * DAY), slot('old', 31 * DAY), slot('mine', 400 * DAY)];
    expect(autosavesBeyondLimits(slots, autosaveKey('mine'), NOW)).toEqual([autosaveKey('old')]);
  });
});

describe('isSavedModelKey', () => {
  it('recognises saved-model keys and the list of saves', () => {
    expect(isSavedModelKey(modelKey('a1'))).toBe(true);
    expect(isSavedModelKey(INDEX_KEY)).toBe(true);
  });

  it('rejects other keys and null', () => {
    expect(isSavedModelKey(AUTOSAVE_KEY)).toBe(false);
    expect(isSavedModelKey('saved-model:a1')).toBe(false);
    expect(isSavedModelKey('other-app:saved-model:a1')).toBe(false);
    expect(isSavedModelKey('')).toBe(false);
    expect(isSavedModelKey(null)).toBe(false);
  });

  it('recognises every key a save writes', () => {
    const storage = new MemoryStorage();
    value(save(storage, 'a1', null));
    expect([...storage.entries.keys()].every(isSavedModelKey)).toBe(true);
  });
});

describe('describeStorageError', () => {
  const generic = 'The browser could not save this. Download the model file to keep your work.';

  it('explains full storage, including Firefox’s name for it', () => {
    expect(describeStorageError(quotaError())).toMatch(/full/);
    const firefox = new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    expect(describeStorageError(firefox)).toBe(describeStorageError(quotaError()));
  });

  it('explains storage that is turned off', () => {
    expect(describeStorageError(securityError())).toMatch(/turned off/);
  });

  it('gives a generic message for anything else', () => {
    expect(describeStorageError(new Error('boom'))).toBe(generic);
    expect(describeStorageError(new TypeError('boom'))).toBe(generic);
    expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toBe(generic);
    expect(describeStorageError('QuotaExceededError')).toBe(generic);
    expect(describeStorageError(null)).toBe(generic);
    expect(describeStorageError(undefined)).toBe(generic);
  });
});
