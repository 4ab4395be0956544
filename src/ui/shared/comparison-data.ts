/** The sentence that puts a price on short-term funding: the difference in net saving between two scenarios. */
import { ZERO } from '../../model/decimal';
import { compareScenarios } from '../../model/headline';
import type { Model } from '../../model/model';
import type { Basis, Results } from '../../model/results';
import { formatMoney } from './format';
import { basisWords } from './basis-label';
import { caseFigures, type CaseKind } from './case-kind';

export type Pair = { shortTerm: string; longTerm: string };

/**
 * Short term: the scenario with the shortest contracts among those funded for the whole horizon (any
 * scenario if none is); long term: the one with the longest contracts. Ties go to the earlier scenario.
 */
export function defaultPair(model: Model): Pair | null {
  const whole = model.scenarios.filter((s) => s.fundedYears === model.horizonYears);
  const pool = whole.length > 0 ? whole : model.scenarios;
  let shortTerm = pool[0];
  for (const s of pool) if (shortTerm && s.contractYears < shortTerm.contractYears) shortTerm = s;
  let longTerm = model.scenarios[0];
  for (const s of model.scenarios)
    if (longTerm && s.contractYears > longTerm.contractYears) longTerm = s;
  return shortTerm && longTerm ? { shortTerm: shortTerm.id, longTerm: longTerm.id } : null;
}

/** The pair chosen in the view, each falling back to the default when missing or no longer in the model. */
export function resolvePair(
  model: Model,
  chosen: { shortTerm: string | null; longTerm: string | null },
): Pair | null {
  const fallback = defaultPair(model);
  if (!fallback) return null;
  const exists = (id: string | null): id is string =>
    id !== null && model.scenarios.some((s) => s.id === id);
  return {
    shortTerm: exists(chosen.shortTerm) ? chosen.shortTerm : fallback.shortTerm,
    longTerm: exists(chosen.longTerm) ? chosen.longTerm : fallback.longTerm,
  };
}

/**
 * "One-year grants would save £1,234,567 less over 10 years than Five-year commitment (present value)":
 * the difference in net saving in one case (financial: fiscal values; economic: all value types).
 */
export function comparisonSentence(
  model: Model,
  results: Results,
  pair: Pair,
  basis: Basis,
  kind: CaseKind,
  pence = false,
): string {
  const short = results.scenarios.find((s) => s.scenarioId === pair.shortTerm);
  const long = results.scenarios.find((s) => s.scenarioId === pair.longTerm);
  if (!short || !long) return '';
  const difference = compareScenarios(
    caseFigures(long, kind).headline,
    caseFigures(short, kind).headline,
  ).netSavingDifference[basis];
  const years = `${model.horizonYears} ${model.horizonYears === 1 ? 'year' : 'years'}`;
  const amount = formatMoney(difference.abs(), { pence });
  if (short.scenarioId === long.scenarioId || amount === formatMoney(ZERO, { pence }))
    return `${short.name} would save the same over ${years} as ${long.name} (${basisWords(basis)}).`;
  const direction = difference.isNegative() ? 'more' : 'less';
  return `${short.name} would save ${amount} ${direction} over ${years} than ${long.name} (${basisWords(basis)}).`;
}
