/**
 * The story in one paragraph of plain English, worked out from the results: the financial case first
 * (what doing nothing costs partners' budgets, the scenario that saves most, what short-term funding
 * costs), then the economic case in one sentence. Figures link to the screens behind them.
 */
import type { Model } from '../../model/model';
import type { Results, ScenarioResult } from '../../model/results';
import { formatFinancialYear, formatMoney, formatRatio } from '../shared/format';
import type { StorySentence } from './overview-links';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
] as const;

/** "one year", "ten years", "12 years". */
export function yearsInWords(years: number): string {
  const number = NUMBER_WORDS[years] ?? String(years);
  return `${number} ${years === 1 ? 'year' : 'years'}`;
}

function nameOf(result: ScenarioResult): string {
  return result.name.trim() || result.scenarioId;
}

/** The scenario with the largest financial net saving in present value; the first of equals. */
export function bestScenarioIndex(results: Results): number | null {
  let best: number | null = null;
  results.scenarios.forEach((scenario, i) => {
    const saving = scenario.financial.headline.netSaving.pv;
    const bestSoFar = best === null ? null : results.scenarios[best];
    if (!bestSoFar || saving.gt(bestSoFar.financial.headline.netSaving.pv)) best = i;
  });
  return best;
}

function doNothingSentence(model: Model, results: Results): StorySentence {
  const { doNothing } = results;
  const fiscal = doNothing.valueTypes.fiscal;
  const lastYear = doNothing.years.at(-1) ?? model.startYear;
  const lastCost = fiscal.cost.at(-1);
  const total = formatMoney(fiscal.totals.pv);
  const over = yearsInWords(model.horizonYears);
  const prices = `${formatFinancialYear(model.priceBaseYear)} prices`;
  if (model.horizonYears === 1 || !lastCost)
    return [
      'Doing nothing costs the partners’ budgets ',
      { text: `${total} over ${over}`, screen: 'costs' },
      ` (${formatFinancialYear(lastYear)}) in present value, at ${prices}.`,
    ];
  return [
    'Doing nothing costs the partners’ budgets ',
    { text: `${total} over ${over}`, screen: 'costs' },
    ' in present value, and ',
    {
      text: `${formatMoney(lastCost)} a year by ${formatFinancialYear(lastYear)}`,
      screen: 'costs',
    },
    ` at ${prices}.`,
  ];
}

function bestSentence(best: ScenarioResult): StorySentence {
  const { headline } = best.financial;
  const saving = headline.netSaving.pv;
  const ratio = headline.bcr === null ? '' : `benefit–cost ratio ${formatRatio(headline.bcr)}; `;
  const payback =
    headline.paybackYear === null
      ? 'it does not pay back within the horizon'
      : `it pays back in ${formatFinancialYear(headline.paybackYear)}`;
  if (saving.isNegative())
    return [
      'No scenario pays for itself in the financial case: the closest, ',
      { text: nameOf(best), screen: 'results' },
      ', costs ',
      { text: `${formatMoney(saving.abs())} more`, screen: 'results' },
      ` than the fiscal costs it avoids, in present value (${ratio}${payback}).`,
    ];
  return [
    { text: nameOf(best), screen: 'results' },
    ' does best in the financial case: the fiscal costs it avoids exceed what its services cost by ',
    { text: formatMoney(saving), screen: 'results' },
    ` in present value (${ratio}${payback}).`,
  ];
}

function contractWords(years: number): string {
  return `${years}-year contracts`;
}

/**
 * The cost of short-term funding: among scenarios funded for the whole horizon, the financial net saving
 * (PV) of the one with the longest contracts less that of the one with the shortest (the first of equals).
 * Null when fewer than two such scenarios differ in contract length.
 */
export function shortTermComparison(
  model: Model,
  results: Results,
): { long: ScenarioResult; short: ScenarioResult; longYears: number; shortYears: number } | null {
  type Choice = { result: ScenarioResult; years: number };
  let long: Choice | null = null;
  let short: Choice | null = null;
  for (const [i, scenario] of model.scenarios.entries()) {
    const result = results.scenarios[i];
    if (!result || scenario.fundedYears !== model.horizonYears) continue;
    const years = scenario.contractYears;
    if (!long || years > long.years) long = { result, years };
    if (!short || years < short.years) short = { result, years };
  }
  if (!long || !short || long.years === short.years) return null;
  return { long: long.result, short: short.result, longYears: long.years, shortYears: short.years };
}

function shortTermSentence(model: Model, results: Results): StorySentence | null {
  const pair = shortTermComparison(model, results);
  if (!pair) return null;
  const difference = pair.long.financial.headline.netSaving.pv.minus(
    pair.short.financial.headline.netSaving.pv,
  );
  const over = `over the same ${yearsInWords(model.horizonYears)} in present value`;
  const long = `${nameOf(pair.long)} (${contractWords(pair.longYears)})`;
  const short = `${nameOf(pair.short)} (${contractWords(pair.shortYears)})`;
  if (difference.isZero())
    return [`${long} saves the same as ${short} ${over}: here short-term funding costs nothing.`];
  if (difference.isNegative())
    return [
      `${long} saves `,
      { text: `${formatMoney(difference.abs())} less`, screen: 'results' },
      ` than ${short} ${over}: here short-term funding costs nothing extra.`,
    ];
  return [
    `${long} saves `,
    { text: `${formatMoney(difference)} more`, screen: 'results' },
    ` than ${short} ${over}: that is the cost of short-term funding.`,
  ];
}

function economicSentence(results: Results, best: ScenarioResult | null): StorySentence {
  const opening = [
    'In the economic case, which also counts costs to the economy and harm to victims, doing nothing costs ',
    { text: formatMoney(results.doNothing.totals.pv), screen: 'results' as const },
    ' in present value',
  ];
  if (!best) return [...opening, '.'];
  const ratio =
    best.headline.bcr === null ? '' : ` (benefit–cost ratio ${formatRatio(best.headline.bcr)})`;
  return [
    ...opening,
    ` and ${nameOf(best)} has a net saving of `,
    { text: formatMoney(best.headline.netSaving.pv), screen: 'results' },
    `${ratio}.`,
  ];
}

/** The overview's paragraph, one sentence after another. */
export function overviewStory(model: Model, results: Results): StorySentence[] {
  const index = bestScenarioIndex(results);
  const best = index === null ? null : (results.scenarios[index] ?? null);
  const sentences: StorySentence[] = [doNothingSentence(model, results)];
  if (!best)
    sentences.push([
      'There is no funding scenario yet: ',
      { text: 'add one', screen: 'scenarios' },
      ' to see what it would save.',
    ]);
  else {
    sentences.push(bestSentence(best));
    const shortTerm = shortTermSentence(model, results);
    if (shortTerm) sentences.push(shortTerm);
  }
  sentences.push(economicSentence(results, best));
  return sentences;
}
