import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/model/decimal';
import { evaluateModel } from '../../../src/model/evaluate';
import {
  figureMoves,
  isSameFigures,
  moveBetween,
  panelFigures,
  settledSentence,
  type PanelFigures,
} from '../../../src/ui/results-panel/panel-figures';
import { twoValueTypesModel } from '../results/two-value-types-model';

/** Figures written out by hand, so each test reads on its own. */
function figures(
  doNothing: string,
  scenarios: [id: string, name: string, netSaving: string, bcr: string | null][],
): PanelFigures {
  return {
    doNothing: new Dec(doNothing),
    scenarios: scenarios.map(([id, name, netSaving, bcr]) => ({
      id,
      name,
      netSaving: new Dec(netSaving),
      bcr: bcr === null ? null : new Dec(bcr),
    })),
  };
}

/** A move as plain text, to compare easily: "up 12345", "down 0.1", or null. */
function plain(move: ReturnType<typeof moveBetween>): string | null {
  return move === null ? null : `${move.direction} ${move.size.toString()}`;
}

const before = figures('1000000', [
  ['five', 'Five-year commitment', '751310', '1.52'],
  ['pilot', 'One-year pilot', '-1200', '0.97'],
]);

describe('panelFigures', () => {
  it('takes the financial case in present value, rounded as shown', () => {
    // two-value-types-model.ts works these by hand: the fiscal cost of doing nothing PV 1,800; two-year
    // contract net saving 900 − 840 = 60, ratio 900 / 840 = 1.0714… → 1.07; one-year pilot net saving
    // 700 − 600 = 100, ratio 700 / 600 = 1.1666… → 1.17.
    const evaluation = evaluateModel(twoValueTypesModel());
    if (!evaluation.ok) throw new Error('the model is invalid');
    const shown = panelFigures(evaluation.results);
    expect(shown.doNothing.toString()).toBe('1800');
    expect(
      shown.scenarios.map((s) => [s.id, s.name, s.netSaving.toString(), s.bcr?.toString()]),
    ).toEqual([
      ['two', 'Two-year contract', '60', '1.07'],
      ['pilot', 'One-year pilot', '100', '1.17'],
    ]);
  });
});

describe('moveBetween', () => {
  it('gives the direction and size of a change, and nothing when there is none', () => {
    expect(plain(moveBetween(new Dec(751310), new Dec(763655)))).toBe('up 12345');
    expect(plain(moveBetween(new Dec(0), new Dec(-1200)))).toBe('down 1200');
    expect(plain(moveBetween(new Dec('1.52'), new Dec('1.42')))).toBe('down 0.1');
    expect(moveBetween(new Dec(5), new Dec(5))).toBeNull();
    expect(moveBetween(null, new Dec(5))).toBeNull();
    expect(moveBetween(new Dec('1.5'), null)).toBeNull();
  });
});

describe('figureMoves', () => {
  it('measures each figure against the one before, by scenario id', () => {
    const after = figures('1012345', [
      // Moved from 751,310 to 763,655: up 12,345; ratio 1.52 → 1.55: up 0.03.
      ['five', 'Five-year commitment', '763655', '1.55'],
      // Moved from −1,200 to −2,400: down 1,200; ratio unchanged.
      ['pilot', 'One-year pilot', '-2400', '0.97'],
      // New: nothing to measure against.
      ['new', 'New scenario', '10', '2'],
    ]);
    const moves = figureMoves(before, after);
    expect(plain(moves.doNothing)).toBe('up 12345');
    expect(plain(moves.scenarios.five!.netSaving)).toBe('up 12345');
    expect(plain(moves.scenarios.five!.bcr)).toBe('up 0.03');
    expect(plain(moves.scenarios.pilot!.netSaving)).toBe('down 1200');
    expect(moves.scenarios.pilot!.bcr).toBeNull();
    expect(moves.scenarios.new).toEqual({ netSaving: null, bcr: null });
  });

  it('finds no moves when there is nothing before, or a ratio is none', () => {
    const after = figures('5', [['five', 'Five-year commitment', '7', null]]);
    expect(figureMoves(null, after)).toEqual({
      doNothing: null,
      scenarios: { five: { netSaving: null, bcr: null } },
    });
    expect(figureMoves(before, after).scenarios.five!.bcr).toBeNull();
  });
});

describe('isSameFigures', () => {
  it('compares names and figures as shown', () => {
    const copy = figures('1000000', [
      ['five', 'Five-year commitment', '751310', '1.520'],
      ['pilot', 'One-year pilot', '-1200', '0.97'],
    ]);
    expect(isSameFigures(before, copy)).toBe(true);
    copy.scenarios[1]!.name = 'Pilot';
    expect(isSameFigures(before, copy)).toBe(false);
    expect(
      isSameFigures(
        before,
        figures('1000000', [['five', 'Five-year commitment', '751310', '1.52']]),
      ),
    ).toBe(false);
    expect(
      isSameFigures(
        before,
        figures('1000000', [
          ['five', 'Five-year commitment', '751310', '1.52'],
          ['pilot', 'One-year pilot', '-1200', null],
        ]),
      ),
    ).toBe(false);
  });
});

describe('settledSentence', () => {
  it('names each figure that moved, with its new value and its move', () => {
    const after = figures('1000000', [
      ['five', 'Five-year commitment', '763655', '1.55'],
      ['pilot', 'One-year pilot', '-1200', '0.97'],
    ]);
    expect(settledSentence(before, after)).toBe(
      'Results updated: Five-year commitment net saving £763,655, up £12,345.',
    );
  });

  it('names the cost of doing nothing first, then each scenario, and new scenarios without a move', () => {
    const after = figures('998800', [
      ['five', 'Five-year commitment', '751310', '1.50'],
      ['pilot', 'One-year pilot', '-2400', '0.90'],
      ['new', 'New scenario', '10', '2'],
    ]);
    // Doing nothing 1,000,000 → 998,800: down £1,200. Five-year net saving unchanged but ratio
    // 1.52 → 1.50: down 0.02. Pilot −1,200 → −2,400: down £1,200 (its ratio is left out).
    expect(settledSentence(before, after)).toBe(
      'Results updated: cost of doing nothing £998,800, down £1,200; ' +
        'Five-year commitment benefit–cost ratio 1.50, down 0.02; ' +
        'One-year pilot net saving −£2,400, down £1,200; New scenario net saving £10.',
    );
  });

  it('says nothing when nothing moved, or there was nothing before', () => {
    expect(settledSentence(before, before)).toBeNull();
    expect(settledSentence(null, before)).toBeNull();
    // A scenario removed, the rest unchanged: nothing to say.
    expect(
      settledSentence(
        before,
        figures('1000000', [['five', 'Five-year commitment', '751310', '1.52']]),
      ),
    ).toBeNull();
  });
});
