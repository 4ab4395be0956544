/**
 * The figures of the compact results panel, how far an edit moved each of them, and the one sentence
 * that says so to a screen reader. Every figure is the financial case (fiscal values) in present value,
 * rounded as shown: money to the pound, ratios to two places. Moves are worked from the rounded figures,
 * so a figure as shown before, plus its move, is the figure as shown now.
 */
import { Dec, type Dec as DecType } from '../../model/decimal';
import type { Results } from '../../model/results';
import { formatMoney, formatRatio } from '../shared/format';

export type PanelScenario = {
  id: string;
  name: string;
  /** Financial net saving, PV, to the pound. */
  netSaving: DecType;
  /** Financial benefit–cost ratio to two places; null when the service costs nothing. */
  bcr: DecType | null;
};

export type PanelFigures = {
  /** The financial (fiscal) cost of doing nothing, PV, to the pound. */
  doNothing: DecType;
  scenarios: PanelScenario[];
};

/** How far a figure moved: a direction and a size (never zero). Null when it did not move or is new. */
export type Move = { direction: 'up' | 'down'; size: DecType } | null;

export type PanelMoves = {
  doNothing: Move;
  /** By scenario id; a scenario that is new, or did not move, has null moves. */
  scenarios: Record<string, { netSaving: Move; bcr: Move }>;
};

function pounds(amount: DecType): DecType {
  return amount.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
}

function ratio(value: DecType | null): DecType | null {
  return value === null ? null : value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** The panel's figures from a set of results: financial case, present value, rounded as shown. */
export function panelFigures(results: Results): PanelFigures {
  return {
    doNothing: pounds(results.doNothing.valueTypes.fiscal.totals.pv),
    scenarios: results.scenarios.map((s) => ({
      id: s.scenarioId,
      name: s.name || s.scenarioId,
      netSaving: pounds(s.financial.headline.netSaving.pv),
      bcr: ratio(s.financial.headline.bcr),
    })),
  };
}

/** `after − before` as a move; null when either is missing or they are equal. */
export function moveBetween(before: DecType | null, after: DecType | null): Move {
  if (before === null || after === null) return null;
  const difference = after.minus(before);
  if (difference.isZero()) return null;
  return { direction: difference.isNegative() ? 'down' : 'up', size: difference.abs() };
}

/** How each figure moved from `before` to `after`; all null when there is no `before`. */
export function figureMoves(before: PanelFigures | null, after: PanelFigures): PanelMoves {
  const earlier = new Map((before?.scenarios ?? []).map((s) => [s.id, s]));
  const scenarios: PanelMoves['scenarios'] = {};
  for (const s of after.scenarios) {
    const was = earlier.get(s.id);
    scenarios[s.id] = {
      netSaving: was ? moveBetween(was.netSaving, s.netSaving) : null,
      bcr: was ? moveBetween(was.bcr, s.bcr) : null,
    };
  }
  return { doNothing: before ? moveBetween(before.doNothing, after.doNothing) : null, scenarios };
}

/** Whether two sets of figures show the same: same scenarios, in order, with the same names and figures. */
export function isSameFigures(a: PanelFigures, b: PanelFigures): boolean {
  const same = (x: DecType | null, y: DecType | null) =>
    x === null || y === null ? x === y : x.equals(y);
  return (
    a.doNothing.equals(b.doNothing) &&
    a.scenarios.length === b.scenarios.length &&
    a.scenarios.every((s, i) => {
      const t = b.scenarios[i];
      return (
        s.id === t?.id && s.name === t.name && s.netSaving.equals(t.netSaving) && same(s.bcr, t.bcr)
      );
    })
  );
}

/** "up £12,345" or "down 0.10" (money unless `isRatio`). */
export function moveWords(move: NonNullable<Move>, isRatio = false): string {
  return `${move.direction} ${isRatio ? formatRatio(move.size) : formatMoney(move.size)}`;
}

/**
 * The sentence a screen reader hears once results have settled after a change, naming only what moved
 * (and any new scenario); null when nothing did. A scenario's ratio is named only when its net saving
 * stood still, to keep the sentence short.
 */
export function settledSentence(before: PanelFigures | null, after: PanelFigures): string | null {
  if (before === null) return null;
  const moves = figureMoves(before, after);
  const earlier = new Set(before.scenarios.map((s) => s.id));
  const parts: string[] = [];
  if (moves.doNothing)
    parts.push(
      `cost of doing nothing ${formatMoney(after.doNothing)}, ${moveWords(moves.doNothing)}`,
    );
  for (const s of after.scenarios) {
    const move = moves.scenarios[s.id];
    if (!earlier.has(s.id)) parts.push(`${s.name} net saving ${formatMoney(s.netSaving)}`);
    else if (move?.netSaving)
      parts.push(`${s.name} net saving ${formatMoney(s.netSaving)}, ${moveWords(move.netSaving)}`);
    else if (move?.bcr)
      parts.push(
        `${s.name} benefit–cost ratio ${formatRatio(s.bcr)}, ${moveWords(move.bcr, true)}`,
      );
  }
  return parts.length === 0 ? null : `Results updated: ${parts.join('; ')}.`;
}
