/**
 * MODEL.md "From version 1": a version-1 file, link, saved model or unsaved work opens as version 2; the
 * app keeps the original to offer back, and nothing stored is overwritten until the user saves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseStartingModel } from '../../src/app/start-up';
import type { ModelFile } from '../../src/model/model-file';
import {
  autosaveKey,
  loadSavedModel,
  readAutosave,
  type KeyValueStorage,
} from '../../src/persistence/browser-storage';
import { methodChangeOf, originalFileName } from '../../src/persistence/method-change';
import { openModelTextAsTyped } from '../../src/persistence/model-file-io';
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

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/links/${name}`, import.meta.url), 'utf8').trim();
/** The worked example as it shipped under version 1, and its frozen format-1 link. */
const V1_FILE = JSON.parse(fixture('worked-example-v1.json')) as ModelFile;
const V1_LINK = fixture('worked-example-v1.txt');
const NOW = new Date('2026-12-01T10:31:00.000Z');

describe('a model made under version 1 of the method', () => {
  it('names the original after the file, with its version', () => {
    expect(originalFileName('ashdown.json', 1)).toBe('ashdown-version-1.json');
    expect(originalFileName('.json', 1)).toBe('cost-of-inaction-model-version-1.json');
    expect(methodChangeOf(null, V1_FILE, 'x.json')).toBeNull();
  });

  it('opens from a file as version 2 and keeps the file’s own text to offer back', () => {
    const text = `${JSON.stringify(V1_FILE, null, 2)}\n`;
    const opened = openModelTextAsTyped(text, 'ashdown.json');
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.file.version).toBe(2);
    expect(opened.migratedFrom).toBe(1);
    const change = methodChangeOf(opened.migratedFrom, text, 'ashdown-version-1.json');
    expect(change).toEqual({
      fromVersion: 1,
      originalText: text,
      fileName: 'ashdown-version-1.json',
    });
  });

  it('opens from a link as version 2, offering the linked version-1 model back', () => {
    const started = chooseStartingModel(
      `https://example.org/app/${V1_LINK}`,
      workedExample(),
      null,
      { storage: new MemoryStorage(), tabId: 'me', newTabId: () => 'fresh', now: NOW },
    );
    expect(started.file.version).toBe(2);
    expect(started.file.title).toBe(V1_FILE.title);
    expect(started.methodChange?.fromVersion).toBe(1);
    expect(JSON.parse(started.methodChange?.originalText ?? 'null')).toEqual(V1_FILE);
  });

  it('opens from a saved model as version 2, leaving the stored copy as it was', () => {
    const storage = new MemoryStorage();
    const stored = JSON.stringify({ name: 'Ashdown', savedAt: '', revision: 1, file: V1_FILE });
    storage.setItem('cost-of-inaction:saved-model:a1', stored);
    const loaded = loadSavedModel(storage, 'a1');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.value.file.version).toBe(2);
    expect(loaded.value.methodChange?.fromVersion).toBe(1);
    expect(JSON.parse(loaded.value.methodChange?.originalText ?? 'null')).toEqual(V1_FILE);
    expect(storage.getItem('cost-of-inaction:saved-model:a1')).toBe(stored);
  });

  it('reads unsaved work typed under version 1 as version 2, keeping its original', () => {
    const storage = new MemoryStorage();
    const key = autosaveKey('t1');
    storage.setItem(key, JSON.stringify({ savedAt: NOW.toISOString(), file: V1_FILE }));
    const slot = readAutosave(storage, key);
    if (!slot.ok || !slot.value) throw new Error('not read');
    expect(slot.value.autosave.file.version).toBe(2);
    expect(slot.value.methodChange?.fromVersion).toBe(1);
  });
});
