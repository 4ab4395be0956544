import { describe, expect, it } from 'vitest';
import { calculate, type CalculateResult } from '../../src/model/calculate';
import type { Model } from '../../src/model/model';
import { createAppStore } from '../../src/state/app-store';
import type { Calculator } from '../../src/state/calculator';
import { differsOutside } from '../../src/state/results-slice';
import { validModel } from '../fixtures/valid-model';

/** A calculator that answers only when the test says, so requests can be seen and answered out of order. */
function heldCalculator() {
  const asked: { model: Model; answer: () => void }[] = [];
  const calculator: Calculator = {
    request: ({ model }, onAnswer: (answer: CalculateResult) => void) => {
      asked.push({
        model,
        answer: () => {
          onAnswer(calculate(model));
        },
      });
    },
    dispose: () => undefined,
  };
  return { calculator, asked };
}

function startedStore() {
  const held = heldCalculator();
  const store = createAppStore({ file: validModel(), calculator: held.calculator });
  held.asked[0]?.answer();
  return { store, asked: held.asked };
}

describe('results follow the model as typed', () => {
  it('asks for the starting model at once and marks the results as updating until they come', () => {
    const held = heldCalculator();
    const store = createAppStore({ file: validModel(), calculator: held.calculator });
    expect(held.asked).toHaveLength(1);
    expect(store.getState().isUpdating).toBe(true);
    expect(store.getState().shown).toBeNull();
    held.asked[0]?.answer();
    expect(store.getState().isUpdating).toBe(false);
    expect(store.getState().shown?.results.scenarios).toHaveLength(2);
  });

  it('does not recalculate, or change what is shown, when only the title, area or notes change', () => {
    const { store, asked } = startedStore();
    const shown = store.getState().shown;
    store.getState().edit((draft) => {
      draft.title = 'Renamed';
      draft.area = 'Elsewhere';
      draft.notes = 'New notes';
    });
    expect(asked).toHaveLength(1);
    expect(store.getState().shown).toBe(shown);
    expect(store.getState().isUpdating).toBe(false);
  });

  it('does not recalculate for a new name, but shows it with the same results', () => {
    const { store, asked } = startedStore();
    const results = store.getState().shown?.results;
    store.getState().edit((draft) => {
      draft.partners[0]!.name = 'Testshire County Council';
    });
    expect(asked).toHaveLength(1);
    expect(store.getState().shown?.results).toBe(results);
    expect(store.getState().shown?.model.partners[0]?.name).toBe('Testshire County Council');
  });

  it('gives a renamed scenario its new name in the results without recalculating', () => {
    const { store, asked } = startedStore();
    const before = store.getState().shown!.results;
    store.getState().edit((draft) => {
      draft.scenarios[1]!.name = 'Five years, renamed';
    });
    expect(asked).toHaveLength(1);
    const after = store.getState().shown!.results;
    expect(after.scenarios[1]?.name).toBe('Five years, renamed');
    expect(after.scenarios[0]).toBe(before.scenarios[0]);
    expect(after.doNothing).toBe(before.doNothing);
  });

  it('recalculates when a figure changes, keeping the last results on screen meanwhile', () => {
    const { store, asked } = startedStore();
    const before = store.getState().shown;
    store.getState().edit((draft) => {
      draft.costLines[0]!.unitCost = '999';
    });
    expect(asked).toHaveLength(2);
    expect(store.getState().isUpdating).toBe(true);
    expect(store.getState().shown).toBe(before);
    asked[1]?.answer();
    expect(store.getState().isUpdating).toBe(false);
    expect(store.getState().shown).not.toBe(before);
  });

  it('ignores an answer overtaken by a later edit', () => {
    const { store, asked } = startedStore();
    store.getState().edit((draft) => {
      draft.costLines[0]!.unitCost = '100';
    });
    store.getState().edit((draft) => {
      draft.costLines[0]!.unitCost = '200';
    });
    asked[2]?.answer();
    const latest = store.getState().shown;
    asked[1]?.answer();
    expect(store.getState().shown).toBe(latest);
    expect(store.getState().shown?.model.costLines[0]?.unitCost.toString()).toBe('200');
  });

  it('lists the problems of an invalid model beside the last valid results, and asks nothing', () => {
    const { store, asked } = startedStore();
    const shown = store.getState().shown;
    store.getState().edit((draft) => {
      draft.horizonYears = 0;
    });
    expect(asked).toHaveLength(1);
    expect(store.getState().shown).toBe(shown);
    expect(store.getState().problemsByPath.get('horizonYears')).toMatch(/horizon/i);
    expect(store.getState().problems.length).toBeGreaterThan(0);
  });

  it('shows no figures for a model that replaced the last one and has problems, until undone', () => {
    const { store, asked } = startedStore();
    const shown = store.getState().shown;
    expect(shown).not.toBeNull();
    store.getState().replace({ ...validModel(), title: 'A new model', horizonYears: 0 });
    // The last figures were the old model's: they are not shown beside the new one.
    expect(store.getState().shown).toBeNull();
    expect(asked).toHaveLength(1);
    store.getState().undo();
    expect(asked).toHaveLength(2);
    asked[1]?.answer();
    expect(store.getState().shown?.model.title).toBe(validModel().title);
  });

  it('ignores an answer for the model a replacement took the place of', () => {
    const held = heldCalculator();
    const store = createAppStore({ file: validModel(), calculator: held.calculator });
    store.getState().replace({ ...validModel(), horizonYears: 0 });
    held.asked[0]?.answer();
    expect(store.getState().shown).toBeNull();
  });

  it('puts untypable text first among the problems, and drops it when cleared', () => {
    const { store } = startedStore();
    store.getState().setDraft('startYear', 'Enter a year such as 2026.');
    expect(store.getState().problems[0]).toEqual({
      path: 'startYear',
      message: 'Enter a year such as 2026.',
    });
    store.getState().setDraft('startYear', null);
    expect(store.getState().problems).toEqual([]);
  });
});

describe('telling an edit to words from an edit to figures', () => {
  const words = new Set(['name', 'title']);
  it('ignores the named fields at any depth, and nothing else', () => {
    const before = { title: 'A', lines: [{ name: 'x', cost: '1' }] };
    expect(differsOutside(before, { ...before, title: 'B' }, words)).toBe(false);
    expect(differsOutside(before, { ...before, lines: [{ name: 'y', cost: '1' }] }, words)).toBe(
      false,
    );
    expect(differsOutside(before, { ...before, lines: [{ name: 'x', cost: '2' }] }, words)).toBe(
      true,
    );
  });

  it('counts an added or removed item or field as a change', () => {
    const before = { lines: [{ cost: '1' }] };
    expect(differsOutside(before, { lines: [{ cost: '1' }, { cost: '1' }] }, words)).toBe(true);
    expect(differsOutside(before, { lines: [{ cost: '1', rate: '2' }] }, words)).toBe(true);
    expect(differsOutside({ a: 1, b: 2 }, { a: 1 }, words)).toBe(true);
  });
});
