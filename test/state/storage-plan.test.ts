import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/app-store';
import { hasChangedIn, pickKeptIn, STATE_STORAGE } from '../../src/state/storage-plan';
import { validModel } from '../fixtures/valid-model';

describe('the storage plan', () => {
  it('keeps the model and the saved model it belongs to in the browser, and nothing else', () => {
    const store = createAppStore({
      file: validModel(),
      session: { savedModel: { id: 'm1', name: 'Bid', revision: 2 } },
    });
    const kept = pickKeptIn(store.getState(), 'browser');
    expect(Object.keys(kept).sort()).toEqual(['file', 'savedModel']);
    expect(kept.savedModel?.revision).toBe(2);
  });

  it('puts only the model in links and files', () => {
    const store = createAppStore({ file: validModel() });
    expect(Object.keys(pickKeptIn(store.getState(), 'link and file'))).toEqual(['file']);
  });

  it('says the browser copy changed for a model edit or a new save, not for a view change', () => {
    const store = createAppStore({ file: validModel() });
    const before = store.getState();
    store.getState().setBasis('cash');
    expect(hasChangedIn('browser', store.getState(), before)).toBe(false);
    store.getState().setSavedModel({ id: 'm1', name: 'Bid', revision: 1 });
    expect(hasChangedIn('browser', store.getState(), before)).toBe(true);
  });

  it('decides for every field of the store', () => {
    const store = createAppStore({ file: validModel() });
    const dataKeys = Object.entries(store.getState())
      .filter(([, value]) => typeof value !== 'function')
      .map(([key]) => key)
      .sort();
    expect(Object.keys(STATE_STORAGE).sort()).toEqual(dataKeys);
  });
});
