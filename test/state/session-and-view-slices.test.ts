import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/app-store';
import { validModel } from '../fixtures/valid-model';

describe('session slice', () => {
  it('starts from what the app found at start-up', () => {
    const store = createAppStore({
      file: validModel(),
      session: {
        savedModel: { id: 'm1', name: 'Budget bid', revision: 3 },
        notice: { kind: 'info', message: 'Opened from a link.' },
      },
    });
    expect(store.getState().savedModel).toEqual({ id: 'm1', name: 'Budget bid', revision: 3 });
    expect(store.getState().notice?.message).toBe('Opened from a link.');
    expect(store.getState().pendingReplacement).toBeNull();
  });

  it('sets and clears the notice, the saved model and a pending replacement', () => {
    const store = createAppStore({ file: validModel() });
    const { setNotice, setSavedModel, setPendingReplacement } = store.getState();
    setNotice({ kind: 'error', message: 'Autosave failed.' });
    setSavedModel({ id: 'm2', name: 'Copy', revision: 1 });
    setPendingReplacement({ file: validModel(), source: 'a link', saved: null });
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().savedModel?.name).toBe('Copy');
    expect(store.getState().pendingReplacement?.source).toBe('a link');
    setNotice(null);
    setPendingReplacement(null);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().pendingReplacement).toBeNull();
  });
});

describe('view slice', () => {
  it('starts in present value with no comparison chosen, separately in each store', () => {
    const first = createAppStore({ file: validModel() });
    first.getState().setBasis('cash');
    first.getState().setComparison({ shortTerm: 'one-year', longTerm: 'five-year' });
    const second = createAppStore({ file: validModel() });
    expect(second.getState().basis).toBe('pv');
    expect(second.getState().comparison).toEqual({ shortTerm: null, longTerm: null });
    expect(first.getState().basis).toBe('cash');
    expect(first.getState().comparison.longTerm).toBe('five-year');
  });

  it('is not part of the undo history', () => {
    const store = createAppStore({ file: validModel() });
    store.getState().setBasis('real');
    expect(store.getState().past).toHaveLength(0);
  });
});
