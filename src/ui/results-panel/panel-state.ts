/**
 * What the results panel remembers between renders: the figures on screen, the figures when results last
 * settled, and what the moves are measured from. Typing "400" into a field gives results for "4", "40"
 * and "400" in turn; all three are one change, measured from the figures settled before it began, and
 * the change is announced once, when no new results have come for a while.
 */
import { isSameFigures, settledSentence, type PanelFigures } from './panel-figures';

/** How long results must stand still before a change counts as settled and is announced. */
export const SETTLE_MS = 1500;

export type PanelState = {
  /** The figures on screen. */
  current: PanelFigures | null;
  /** The figures when results last settled. */
  settled: PanelFigures | null;
  /** What the moves on screen are measured from: the figures settled before the latest change began. */
  base: PanelFigures | null;
  /** Figures have changed since results last settled. */
  isPending: boolean;
  /** The sentence for the live region: the last settled change that moved anything. */
  announcement: string;
};

/** The panel when it first shows: nothing to compare with, nothing to announce. */
export function initialPanel(figures: PanelFigures | null): PanelState {
  return { current: figures, settled: figures, base: null, isPending: false, announcement: '' };
}

/** New figures have arrived (null: there are no results, so the last figures stay). */
export function received(state: PanelState, figures: PanelFigures | null): PanelState {
  if (figures === null) return state;
  if (state.current === null) return initialPanel(figures);
  if (isSameFigures(state.current, figures)) return state;
  if (state.isPending) return { ...state, current: figures };
  return { ...state, current: figures, base: state.settled, isPending: true };
}

/** Results have stood still: the change is settled, and announced if it moved anything. */
export function settled(state: PanelState): PanelState {
  if (!state.isPending || state.current === null) return state;
  const sentence = settledSentence(state.base, state.current);
  return {
    ...state,
    settled: state.current,
    isPending: false,
    announcement: sentence ?? state.announcement,
  };
}
