import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { compareRules } from '../../model/rule-comparison';
import { basisLabel } from '../shared/basis-label';
import { formatMoney } from '../shared/format';
import { listNames } from '../shared/payers';
import { ruleSharesData } from '../shared/rule-shares-data';
import { RULE_EXPLANATIONS, RULE_LABELS } from '../shared/rule-words';
import { CommitteeReportRuleTable } from './committee-report-rule-table';
import { scenarioName } from './committee-report-summary';

type Props = { model: Model; results: Results };

/** For each scenario: what each partner pays into the pool under the scenario's rule and under the others. */
export function CommitteeReportWhoPays({ model, results }: Props) {
  const basis = basisLabel('pv', model);
  const scenarios = results.scenarios.flatMap((result) => {
    const comparison = compareRules(model, results, result.scenarioId);
    return comparison ? [{ result, data: ruleSharesData(model, comparison) }] : [];
  });
  const nonPayers = scenarios[0]?.data.grid.nonPayers ?? [];
  return (
    <section aria-labelledby="report-who-pays-heading" className="committee-report__section">
      <h3 id="report-who-pays-heading">Who pays</h3>
      <p>
        The services’ cost is a pooled budget shared among the partners by a rule that each scenario
        chooses. The rules by cost borne and by benefit weigh fiscal values alone: who pays is
        argued on the financial case.
        {nonPayers.length > 0 &&
          ` ${listNames(nonPayers)} ${nonPayers.length === 1 ? 'bears' : 'bear'} costs but never ${nonPayers.length === 1 ? 'pays' : 'pay'}, so ${nonPayers.length === 1 ? 'is' : 'are'} not listed.`}
      </p>
      {scenarios.map(({ result, data }, index) => {
        const name = scenarioName(result);
        return (
          <section
            key={result.scenarioId}
            aria-labelledby={`report-who-pays-${index}`}
            className="committee-report__block"
          >
            <h4 id={`report-who-pays-${index}`}>Who pays: {name}</h4>
            <p>
              <strong>Chosen rule: {RULE_LABELS[result.rule]}.</strong>{' '}
              {RULE_EXPLANATIONS[result.rule]} The pool is {formatMoney(data.grid.poolPV)}.{' '}
              {data.summary}
            </p>
            <CommitteeReportRuleTable
              grid={data.grid}
              caption={`${name}: each partner’s contribution under each rule (${basis}; the percentage is the share of the pool)`}
            />
            {data.grid.errors.length > 0 && (
              <ul>
                {data.grid.errors.map((e) => (
                  <li key={e.rule}>
                    {e.label} cannot be worked out: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
