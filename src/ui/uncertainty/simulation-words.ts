/**
 * The simulation's figures in plain English: chances as percentages a meeting can read ("97%", "over
 * 99%"), and ranges as "In 9 runs out of 10 … between £X and £Y". Simulated figures are plain numbers;
 * they become decimals only to be written as money.
 */
import { Dec } from '../../model/decimal';
import type { Percentiles } from '../../model/uncertainty/percentiles';
import { CASE_NAMES, type CaseKind } from '../shared/case-kind';
import { formatMoney } from '../shared/format';

export function moneyOf(value: number): string {
  return Number.isFinite(value) ? formatMoney(new Dec(value)) : 'not known';
}

/** A decimal for a table cell; null (shown as a dash) for a figure that is not a number. */
export function decOf(value: number): Dec | null {
  return Number.isFinite(value) ? new Dec(value) : null;
}

/**
 * A share of runs as a percentage to the nearest whole one, never rounded to a certainty it is not:
 * 0.996 is "over 99%", 0.004 "under 1%"; only every run is 100% and none 0%.
 */
export function chanceText(chance: number): string {
  if (!Number.isFinite(chance)) return 'not known';
  if (chance >= 1) return '100%';
  if (chance <= 0) return '0%';
  if (chance > 0.99) return 'over 99%';
  if (chance < 0.01) return 'under 1%';
  return `${Math.round(chance * 100)}%`;
}

/** "saves between £X and £Y", "loses between …", or "ends between a loss of … and a saving of …". */
export function betweenWords(low: number, high: number): string {
  if (low >= 0) return `saves between ${moneyOf(low)} and ${moneyOf(high)}`;
  if (high <= 0) return `loses between ${moneyOf(-high)} and ${moneyOf(-low)}`;
  return `ends between a loss of ${moneyOf(-low)} and a saving of ${moneyOf(high)}`;
}

/** "saves £X" or "loses £X". */
export function savesWords(value: number): string {
  return value < 0 ? `loses ${moneyOf(-value)}` : `saves ${moneyOf(value)}`;
}

/** The 90% range of a scenario's net saving (P5 to P95), with the middle run and today's figure. */
export function netSavingSentence(
  scenarioName: string,
  kind: CaseKind,
  netSaving: Percentiles,
  today: number | null,
): string {
  const against = today === null ? '' : `, where today’s figures say it ${savesWords(today)}`;
  return `In 9 runs out of 10 “${scenarioName}” ${betweenWords(netSaving.p5, netSaving.p95)} over the horizon (${CASE_NAMES[kind].toLowerCase()}, present value); the middle run ${savesWords(netSaving.p50)}${against}.`;
}

export function paybackSentence(scenarioName: string, kind: CaseKind, chance: number): string {
  return `“${scenarioName}” pays back within the horizon in ${chanceText(chance)} of runs (${CASE_NAMES[kind].toLowerCase()}).`;
}

export function beatsSentence(longName: string, shortName: string, chance: number): string {
  return `In ${chanceText(chance)} of runs “${longName}” saves more than “${shortName}” (financial case, present value).`;
}

/** The range of one partner's net benefit, P10 to P90. */
export function partnerSentence(partnerName: string, p10: number, p90: number): string {
  return `In 8 runs out of 10 the net benefit to ${partnerName} is between ${moneyOf(p10)} and ${moneyOf(p90)}.`;
}
