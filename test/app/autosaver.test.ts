/**
 * This tab's autosave (src/app/autosaver.ts): the model is kept as typed, problems and all, in the tab's
 * own slot, and leaving asks first only when the work on screen exists nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { createAutosaver } from '../../src/app/autosaver';
import {
  autosaveKey,
  type Autosave,
  type KeyValueStorage,
} from '../../src/persistence/browser-storage';
import { createAppStore } from '../../src/state/app-store';
import { workedExample } from '../ui/render-with-store';

class MemoryStorage implements KeyValueStorage {
  readonly entries = new Map<string, string>();
  isFull = false;
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.isFull) throw new DOMException('full', 'QuotaExceededError');
    this.entries.set(key, value);
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

function setUp(hasSlot = false) {
  const storage = new MemoryStorage();
  const store = createAppStore({ file: workedExample() });
  const errors: string[] = [];
  const autosaver = createAutosaver(store, {
    tabId: 't1',
    hasSlot,
    storage: () => storage,
    onError: (message) => errors.push(message),
    delayMs: 60_000,
    now: () => new Date('2026-12-01T10:31:00.000Z'),
  });
  const slot = () => {
    const text = storage.entries.get(autosaveKey('t1'));
    return text === undefined ? null : (JSON.parse(text) as Autosave);
  };
  return { storage, store, errors, autosaver, slot };
}

const typo = (store: ReturnType<typeof setUp>['store']) => {
  store.getState().edit((draft) => {
    draft.costLines[0]!.unitCost = '4,15';
  }, 'unit cost');
};

describe('the autosave', () => {
  it('keeps a model with problems exactly as typed, in this tab’s slot', () => {
    const { store, autosaver, slot } = setUp();
    typo(store);
    store.getState().edit((draft) => {
      draft.title = 'After the typo';
    }, 'title');
    expect(store.getState().problems.length).toBeGreaterThan(0);
    autosaver.flush();
    expect(slot()?.file.costLines[0]?.unitCost).toBe('4,15');
    expect(slot()?.file.title).toBe('After the typo');
  });

  it('starts no slot for a tab that only looked, but marks its own slot free on closing', () => {
    const looked = setUp(false);
    looked.autosaver.flush(true);
    expect(looked.slot()).toBeNull();
    const owner = setUp(true);
    owner.autosaver.flush(true);
    expect(owner.slot()?.isClosed).toBe(true);
  });
});

describe('asking before leaving', () => {
  it('does not ask when the autosave holds the work', () => {
    const { store, autosaver } = setUp();
    expect(autosaver.isWorkOnlyHere()).toBe(false);
    typo(store);
    // A write is still waiting: until it is flushed, the work is only here.
    expect(autosaver.isWorkOnlyHere()).toBe(true);
    autosaver.flush();
    expect(autosaver.isWorkOnlyHere()).toBe(false);
  });

  it('asks when the autosave failed and the work differs from what was opened or saved', () => {
    const { storage, store, errors, autosaver } = setUp();
    storage.isFull = true;
    typo(store);
    autosaver.flush();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Autosave failed\. .*full/);
    expect(autosaver.isWorkOnlyHere()).toBe(true);
    // Undone back to what was opened: that exists elsewhere, so nothing to ask.
    store.getState().undo();
    expect(autosaver.isWorkOnlyHere()).toBe(false);
    typo(store);
    // Saved under a name: kept there.
    store.getState().setSavedModel({ id: 'a1', name: 'Mine', revision: 1 });
    expect(autosaver.isWorkOnlyHere()).toBe(false);
  });
});
