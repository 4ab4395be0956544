/**
 * Switching values in words: for each input, the value at which a scenario's net saving (present value)
 * reaches zero and how far that is from today's value, as a table and as sentences for the inputs
 * closest to the edge ("The unit cost of … would have to fall 42% (to £240) before … stops paying back").
 */
import type { Dec } from '../../model/decimal';
import type { SwitchingValue } from '../../model/uncertainty/sensitivity';
import { CASE_NAMES, type CaseKind } from '../shared/case-kind';
import { formatPercent } from '../shared/format';
import { formatOfKind, formatUncertainValue } from '../shared/uncertain-value-format';

/** How many of the closest inputs get a sentence of their own. */
export const CLOSEST = 3;

export type SwitchingCell = { value: string; distance: string } | null;

export type SwitchingLine = {
  key: string;
  label: string;
  today: string;
  financial: SwitchingCell;
  economic: SwitchingCell;
};

function caseOf(row: SwitchingValue, kind: CaseKind): { at: Dec | null; change: Dec | null } {
  return kind === 'financial'
    ? { at: row.financial, change: row.financialChange }
    : { at: row.economic, change: row.economicChange };
}

/** "a fall of 42.3%", "a rise of 8%", or "from 0" where today's value is 0 (no share of it to give). */
function distanceWords(change: Dec | null, today: string): string {
  if (change === null) return `from ${today} today`;
  if (change.isZero()) return 'no change: it is there today';
  return `a ${change.isNegative() ? 'fall' : 'rise'} of ${formatPercent(change.abs())}`;
}

function cell(row: SwitchingValue, kind: CaseKind): SwitchingCell {
  const { at, change } = caseOf(row, kind);
  if (at === null) return null;
  const format = formatOfKind(row.kind);
  return {
    value: formatUncertainValue(at, format),
    distance: distanceWords(change, formatUncertainValue(row.value, format)),
  };
}

export function switchingLines(rows: readonly SwitchingValue[]): SwitchingLine[] {
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    today: formatUncertainValue(row.value, formatOfKind(row.kind)),
    financial: cell(row, 'financial'),
    economic: cell(row, 'economic'),
  }));
}

/**
 * Sentences for the inputs whose switching value is nearest today's (by the share of today's value it
 * would have to move), in one case. `paysBackToday` is whether that case's net saving is at least zero
 * now: if it is, reaching zero means it stops paying back; if not, it means it starts to.
 */
export function switchingSentences(
  rows: readonly SwitchingValue[],
  kind: CaseKind,
  scenarioName: string,
  paysBackToday: boolean,
): string[] {
  const outcome = paysBackToday ? 'stops paying back' : 'pays back';
  return rows
    .map((row) => ({ row, ...caseOf(row, kind) }))
    .filter(
      (r): r is { row: SwitchingValue; at: Dec; change: Dec } => r.at !== null && r.change !== null,
    )
    .sort((a, b) => a.change.abs().comparedTo(b.change.abs()))
    .slice(0, CLOSEST)
    .map(({ row, at, change }) => {
      const format = formatOfKind(row.kind);
      const move = change.isNegative() ? 'fall' : 'rise';
      const to = formatUncertainValue(at, format);
      const from = formatUncertainValue(row.value, format);
      return `${row.label} would have to ${move} ${formatPercent(change.abs())} (from ${from} to ${to}) before “${scenarioName}” ${outcome} (${CASE_NAMES[kind].toLowerCase()}).`;
    });
}
