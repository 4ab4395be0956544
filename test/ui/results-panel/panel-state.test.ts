import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import type { PanelFigures } from '../../../src/ui/results-panel/panel-figures';
import { initialPanel, received, settled } from '../../../src/ui/results-panel/panel-state';

/** One scenario, "Pilot", with the given cost of doing nothing and net saving (ratio 1.50). */
function figures(doNothing: number, netSaving: number): PanelFigures {
  return {
    doNothing: new Dec(doNothing),
    scenarios: [{ id: 'p', name: 'Pilot', netSaving: new Dec(netSaving), bcr: new Dec('1.5') }],
  };
}

describe('the panel state', () => {
  it('treats a run of changes as one, measured from the figures settled before it', () => {
    // Typing "2", "20", "200": three sets of results, one change.
    let state = initialPanel(figures(1000, 100));
    state = received(state, figures(1002, 102));
    expect(state.isPending).toBe(true);
    expect(state.base?.doNothing.toString()).toBe('1000');
    state = received(state, figures(1020, 120));
    state = received(state, figures(1200, 300));
    expect(state.base?.doNothing.toString()).toBe('1000');
    expect(state.current?.doNothing.toString()).toBe('1200');
    expect(state.announcement).toBe('');

    state = settled(state);
    expect(state.isPending).toBe(false);
    // 1,000 → 1,200 is up £200; 100 → 300 is up £200.
    expect(state.announcement).toBe(
      'Results updated: cost of doing nothing £1,200, up £200; Pilot net saving £300, up £200.',
    );
    // The moves stay measured from 1,000 until the next change begins …
    expect(state.base?.doNothing.toString()).toBe('1000');

    // … which is measured from 1,200.
    state = received(state, figures(1100, 200));
    expect(state.base?.doNothing.toString()).toBe('1200');
    state = settled(state);
    expect(state.announcement).toBe(
      'Results updated: cost of doing nothing £1,100, down £100; Pilot net saving £200, down £100.',
    );
  });

  it('ignores results that show the same figures, and announces nothing for a change undone', () => {
    const start = initialPanel(figures(1000, 100));
    expect(received(start, figures(1000, 100))).toBe(start);
    expect(received(start, null)).toBe(start);
    expect(settled(start)).toBe(start);

    let state = received(start, figures(1050, 150));
    state = received(state, figures(1000, 100));
    state = settled(state);
    expect(state.isPending).toBe(false);
    expect(state.announcement).toBe('');
  });

  it('starts from the first figures to arrive, with nothing to compare', () => {
    const state = received(initialPanel(null), figures(1000, 100));
    expect(state.isPending).toBe(false);
    expect(state.base).toBeNull();
    expect(state.settled).toBe(state.current);
  });
});
