import { useState } from 'react';
import { useResults, useView } from '../../state/store-context';
import { SelectInput } from '../shared/select-input';
import { BasisSwitch } from '../shared/basis-switch';
import { CostBorneTable } from './cost-borne-table';
import { PartnerBalanceChart } from './partner-balance-chart';
import { RULE_EXPLANATIONS, RULE_LABELS } from '../shared/rule-words';
import { RuleSharesView } from './rule-shares-view';
import { YearlyContributionsTable } from './yearly-contributions-table';

export function ContributionsScreen() {
  const { shown, hasProblems, isUpdating } = useResults();
  const basis = useView((s) => s.basis);
  const [chosen, setChosen] = useState<string | null>(null);
  const scenarios = shown?.results.scenarios ?? [];
  // The chosen scenario, or the first one when nothing is chosen or it has been removed.
  const result = scenarios.find((s) => s.scenarioId === chosen) ?? scenarios[0];
  return (
    <section
      aria-busy={isUpdating}
      aria-labelledby="contributions-heading"
      className="screen who-pays"
    >
      <h2 id="contributions-heading">Who pays</h2>
      <p className="lead">
        How the pooled budget for the services is shared among the partners, against the fiscal cost
        each of them avoids (the financial case: what lands in their budgets), and what each would
        pay under the other rules.
      </p>
      <div role="status" className={hasProblems ? 'out-of-date' : undefined}>
        {hasProblems &&
          'These figures are out of date: fix the problems listed above to update them.'}
      </div>
      {shown === null || !result ? (
        <p>There are no results yet: complete the model and the figures will appear here.</p>
      ) : (
        <>
          <div className="results-controls">
            <SelectInput
              label="Funding scenario"
              path="view.contributions.scenario"
              value={result.scenarioId}
              options={scenarios.map((s) => ({ value: s.scenarioId, label: s.name }))}
              onChange={setChosen}
            />
            <BasisSwitch name="contributions-basis" />
          </div>
          <p>
            <strong>Current rule: {RULE_LABELS[result.rule]}.</strong>{' '}
            {RULE_EXPLANATIONS[result.rule]}
          </p>
          <PartnerBalanceChart model={shown.model} result={result} basis={basis} pence />
          <CostBorneTable model={shown.model} result={result} basis={basis} />
          <RuleSharesView
            model={shown.model}
            results={shown.results}
            scenarioId={result.scenarioId}
          />
          <YearlyContributionsTable
            model={shown.model}
            results={shown.results}
            result={result}
            basis={basis}
          />
        </>
      )}
    </section>
  );
}
