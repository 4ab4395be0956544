/**
 * The report's summary in plain English, one paragraph per scenario that reads on its own (a committee
 * member may turn straight to the scenario in front of them): what doing nothing costs the partners'
 * budgets, what the scenario spends and avoids in the financial case, then the economic case. Every
 * figure is the engine's present value, rounded to whole pounds only here.
 */
import type { Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Headline, Results, ScenarioResult } from '../../model/results';
import { formatFinancialYear, formatMoney, formatRatio } from '../shared/format';

export type ScenarioSummary = { scenarioId: string; name: string; sentences: string[] };

/** "1 year", "10 years": numerals, as GOV.UK style writes every number above one. */
export function horizonWords(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

export function scenarioName(result: ScenarioResult): string {
  return result.name.trim() || result.scenarioId;
}

/** "a net saving of £763,655" or, when the services cost more than they avoid, "a net cost of £1,089,458". */
function netWords(net: Dec): string {
  const shown = formatMoney(net);
  // A loss that rounds to nothing reads as "a net saving of £0", as the tables show it.
  return shown.startsWith('−')
    ? `a net cost of ${formatMoney(net.abs())}`
    : `a net saving of ${shown}`;
}

function ratioWords(headline: Headline): string {
  return headline.bcr === null
    ? 'no benefit–cost ratio, as nothing is spent'
    : `a benefit–cost ratio of ${formatRatio(headline.bcr)}`;
}

function paybackWords(headline: Headline, over: string): string {
  return headline.paybackYear === null
    ? `it does not pay for itself within the ${over}`
    : `it pays for itself by ${formatFinancialYear(headline.paybackYear)}`;
}

export function scenarioSummary(
  model: Model,
  results: Results,
  result: ScenarioResult,
): ScenarioSummary {
  const over = horizonWords(model.horizonYears);
  const name = scenarioName(result);
  const fiscal = result.financial.headline;
  const economic = result.headline;
  const fiscalDoNothing = results.doNothing.valueTypes.fiscal.totals.pv;
  return {
    scenarioId: result.scenarioId,
    name,
    sentences: [
      `Doing nothing costs the partners’ budgets ${formatMoney(fiscalDoNothing)} over ${over}.`,
      `Under ${name} the services cost ${formatMoney(fiscal.service.pv)} and avoid ${formatMoney(fiscal.avoided.pv)} of that: ${netWords(fiscal.netSaving.pv)}, ${ratioWords(fiscal)}; ${paybackWords(fiscal, over)}.`,
      `Counting the costs to the economy and the harm to victims and families as well (the economic case), doing nothing costs ${formatMoney(results.doNothing.totals.pv)}; ${name} avoids ${formatMoney(economic.avoided.pv)} of it, ${netWords(economic.netSaving.pv)}, ${ratioWords(economic)}.`,
    ],
  };
}

/** Every scenario's paragraph, in model order. */
export function scenarioSummaries(model: Model, results: Results): ScenarioSummary[] {
  return results.scenarios.map((result) => scenarioSummary(model, results, result));
}
