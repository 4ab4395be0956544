/**
 * What a tab opens with (src/app/start-up.ts): its own work after a reload, else the newest work in this
 * browser; other work that differs is offered back, a closed tab's work is taken over, the old shared
 * autosave is still read, and anything unreadable is kept aside.
 */
import { describe, expect, it } from 'vitest';
import { chooseStartingModel, type StartUpContext } from '../../src/app/start-up';
import type { ModelFile } from '../../src/model/model-file';
import {
  autosaveKey,
  writeAutosave,
  type Autosave,
  type KeyValueStorage,
} from '../../src/persistence/browser-storage';
import { encodeModelFragment } from '../../src/persistence/share-link';
import { workedExample } from '../ui/render-with-store';

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

const NOW = new Date('2026-12-01T10:31:00.000Z');
const URL_PLAIN = 'https://example.org/app/';

function retitled(title: string): ModelFile {
  return { ...workedExample(), title };
}

function work(title: string, minutesAgo: number, isClosed = false): Autosave {
  return {
    savedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    file: retitled(title),
    savedModelId: null,
    revision: null,
    ...(isClosed ? { isClosed: true } : {}),
  };
}

function context(storage: KeyValueStorage, tabId = 'me'): StartUpContext {
  return { storage, tabId, newTabId: () => 'fresh', now: NOW };
}

function start(storage: KeyValueStorage, tabId = 'me', url = URL_PLAIN) {
  return chooseStartingModel(url, workedExample(), null, context(storage, tabId));
}

describe('a reload of the same tab', () => {
  it('opens its own work and offers another tab’s different work', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, 'me', work('Mine', 5));
    writeAutosave(storage, 'other', work('Theirs', 1));
    const started = start(storage);
    expect(started.file.title).toBe('Mine');
    expect(started.hasSlot).toBe(true);
    expect(started.otherWork.map((w) => [w.file.title, w.isClosed])).toEqual([['Theirs', false]]);
  });

  it('does not offer work identical to what opens, nor the untouched worked example', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, 'me', work('Mine', 5));
    writeAutosave(storage, 'same', work('Mine', 1));
    writeAutosave(storage, 'example', { ...work('x', 2), file: workedExample() });
    expect(start(storage).otherWork).toEqual([]);
  });

  it('brings back work with problems as typed, listing them', () => {
    const storage = new MemoryStorage();
    const typo = retitled('Typo');
    typo.costLines = typo.costLines.map((l, i) => (i === 0 ? { ...l, unitCost: '4,15' } : l));
    writeAutosave(storage, 'me', { ...work('Typo', 1), file: typo });
    const started = start(storage);
    expect(started.file.costLines[0]?.unitCost).toBe('4,15');
    expect(started.notice?.message).toMatch(/1 problem to fix/);
    expect(started.notice?.details).toHaveLength(1);
    expect(started.notice?.details?.[0]).toMatch(/unitCost: /);
  });
});

describe('a new tab', () => {
  it('opens the newest work, and leaves a tab still open its own slot', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, 'older', work('Older', 10));
    writeAutosave(storage, 'open', work('Newest', 1));
    const started = start(storage);
    expect(started.file.title).toBe('Newest');
    expect(started.hasSlot).toBe(false);
    expect(storage.entries.has(autosaveKey('open'))).toBe(true);
    expect(started.otherWork.map((w) => w.file.title)).toEqual(['Older']);
  });

  it('takes over a closed tab’s work: it moves into this tab’s slot', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, 'closed', work('Left yesterday', 60, true));
    const started = start(storage);
    expect(started.file.title).toBe('Left yesterday');
    expect(started.hasSlot).toBe(true);
    expect(storage.entries.has(autosaveKey('closed'))).toBe(false);
    const moved = JSON.parse(storage.entries.get(autosaveKey('me')) ?? '{}') as Autosave;
    expect(moved.file.title).toBe('Left yesterday');
    expect(moved.isClosed).toBeUndefined();
  });

  it('takes over the old shared autosave', () => {
    const storage = new MemoryStorage();
    storage.entries.set('cost-of-inaction:autosave', JSON.stringify(work('From before', 60)));
    const started = start(storage);
    expect(started.file.title).toBe('From before');
    expect(storage.entries.has('cost-of-inaction:autosave')).toBe(false);
    expect(storage.entries.has(autosaveKey('me'))).toBe(true);
  });

  it('keeps an unreadable autosave aside and opens the example', () => {
    const storage = new MemoryStorage();
    storage.entries.set(autosaveKey('me'), 'not json');
    const started = start(storage);
    expect(started.file).toEqual(workedExample());
    expect(started.unreadable.map((u) => u.text)).toEqual(['not json']);
    expect(storage.entries.has(autosaveKey('me'))).toBe(false);
  });

  it('starts a slot of its own when its unreadable one cannot be moved aside', () => {
    const storage = new MemoryStorage();
    storage.entries.set(autosaveKey('me'), 'not json');
    const full: KeyValueStorage = {
      get length() {
        return storage.length;
      },
      key: (i) => storage.key(i),
      getItem: (k) => storage.getItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k) => {
        storage.removeItem(k);
      },
    };
    const started = start(full);
    expect(started.tabId).toBe('fresh');
    expect(storage.entries.get(autosaveKey('me'))).toBe('not json');
  });
});

describe('a link', () => {
  it('waits for permission when it would replace different work', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, 'me', work('Mine', 5));
    const link = `${URL_PLAIN}${encodeModelFragment(retitled('Linked'))}`;
    const started = start(storage, 'me', link);
    expect(started.file.title).toBe('Mine');
    expect(started.pending?.file.title).toBe('Linked');
    expect(started.pending?.source).toBe('a link');
  });
});
