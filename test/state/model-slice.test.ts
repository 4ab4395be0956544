import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/app-store';
import { COALESCE_MS, UNDO_LIMIT } from '../../src/state/model-slice';
import { validModel } from '../fixtures/valid-model';

/** A store whose clock the test moves by hand. */
function storeWithClock() {
  let time = 0;
  const store = createAppStore({ file: validModel(), now: () => time });
  return {
    store,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const setTitle = (title: string) => (draft: { title: string }) => {
  draft.title = title;
};

describe('undo and redo', () => {
  it('undoes and redoes an edit, and a new edit clears what could be redone', () => {
    const { store } = storeWithClock();
    store.getState().edit(setTitle('First'));
    store.getState().edit(setTitle('Second'));
    store.getState().undo();
    expect(store.getState().file.title).toBe('First');
    store.getState().redo();
    expect(store.getState().file.title).toBe('Second');
    store.getState().undo();
    store.getState().edit(setTitle('Third'));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().file.title).toBe('Third');
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const { store } = storeWithClock();
    const before = store.getState().file;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().file).toBe(before);
  });

  it('records no step for an edit that changes nothing', () => {
    const { store } = storeWithClock();
    store.getState().edit(setTitle('Test partnership'));
    expect(store.getState().past).toHaveLength(0);
  });

  it('keeps at most the undo limit of steps', () => {
    const { store } = storeWithClock();
    for (let i = 0; i < UNDO_LIMIT + 5; i += 1) store.getState().edit(setTitle(`Title ${i}`));
    expect(store.getState().past).toHaveLength(UNDO_LIMIT);
    // The oldest steps went first: the earliest still kept is the title after the fifth edit.
    expect(store.getState().past[0]?.title).toBe('Title 4');
  });

  it('replacing the whole model is one undoable step and clears drafts', () => {
    const { store } = storeWithClock();
    store.getState().setDraft('horizonYears', 'Enter a whole number.');
    const other = { ...validModel(), title: 'Opened from a file' };
    store.getState().replace(other);
    expect(store.getState().drafts).toEqual({});
    store.getState().undo();
    expect(store.getState().file.title).toBe('Test partnership');
  });
});

describe('typing coalesces into one undo step', () => {
  it('makes quick edits to the same field one step', () => {
    const { store, advance } = storeWithClock();
    for (const title of ['N', 'No', 'Nor', 'Nort']) {
      store.getState().edit(setTitle(title), 'title');
      advance(COALESCE_MS - 1);
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().file.title).toBe('Test partnership');
  });

  it('starts a new step after a pause', () => {
    const { store, advance } = storeWithClock();
    store.getState().edit(setTitle('North'), 'title');
    advance(COALESCE_MS);
    store.getState().edit(setTitle('Northshire'), 'title');
    store.getState().undo();
    expect(store.getState().file.title).toBe('North');
  });

  it('starts a new step for another field, or for an edit with no key', () => {
    const { store } = storeWithClock();
    store.getState().edit(setTitle('North'), 'title');
    store.getState().edit((draft) => {
      draft.area = 'Northshire';
    }, 'area');
    store.getState().edit(setTitle('Northshire'));
    store.getState().edit(setTitle('Northshire partnership'));
    expect(store.getState().past).toHaveLength(4);
  });

  it('does not join an edit to one made before an undo', () => {
    const { store } = storeWithClock();
    store.getState().edit(setTitle('A'), 'title');
    store.getState().undo();
    store.getState().edit(setTitle('B'), 'title');
    // B is a step of its own, so undoing it goes back to the original title.
    store.getState().undo();
    expect(store.getState().file.title).toBe('Test partnership');
  });
});

describe('drafts', () => {
  it('keeps one message per path and removes it when cleared', () => {
    const { store } = storeWithClock();
    store.getState().setDraft('horizonYears', 'Enter a whole number.');
    store.getState().setDraft('startYear', 'Enter a year.');
    store.getState().setDraft('horizonYears', null);
    expect(store.getState().drafts).toEqual({ startYear: 'Enter a year.' });
  });
});
