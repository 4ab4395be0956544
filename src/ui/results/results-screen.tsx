import { useState } from 'react';
import { useResults, useView } from '../../state/store-context';
import { BasisSwitch } from '../shared/basis-switch';
import type { CaseKind } from '../shared/case-kind';
import { CaseSwitch } from './case-switch';
import { DoNothingChart } from '../shared/do-nothing-chart';
import { EffectivenessChart } from './effectiveness-chart';
import { FundingComparison } from './funding-comparison';
import { HeadlineTableView } from './headline-table-view';
import { NetSavingChart } from '../shared/net-saving-chart';
import { ReachView } from './reach-view';
import { ResultsExports } from './results-exports';
import { TotalCostChart } from './total-cost-chart';

export function ResultsScreen() {
  const { shown, hasProblems, isUpdating } = useResults();
  const basis = useView((s) => s.basis);
  const [pence, setPence] = useState(false);
  // The charts argue the financial case unless the economic case is asked for.
  const [kind, setKind] = useState<CaseKind>('financial');
  return (
    <section
      aria-busy={isUpdating}
      aria-labelledby="results-heading"
      className="screen results-screen"
    >
      <h2 id="results-heading">Results</h2>
      <p className="lead">
        What doing nothing costs each partner, and what each funding scenario saves against it:
        first in the financial case (what lands in public bodies&rsquo; budgets), then in the
        economic case (every value type).
      </p>
      <div
        role="status"
        aria-label="Whether the figures are up to date"
        className={hasProblems ? 'out-of-date' : undefined}
      >
        {hasProblems &&
          'These figures are out of date: fix the problems listed above to update them.'}
      </div>
      {shown === null ? (
        <p>There are no results yet: complete the model and the figures will appear here.</p>
      ) : (
        <>
          <div className="results-controls">
            <BasisSwitch name="results-basis" />
            <ResultsExports />
            <div className="field field--checkbox">
              <input
                id="results-pence"
                type="checkbox"
                checked={pence}
                onChange={(e) => {
                  setPence(e.currentTarget.checked);
                }}
              />
              <label htmlFor="results-pence">Show pence</label>
            </div>
          </div>
          <HeadlineTableView
            model={shown.model}
            results={shown.results}
            basis={basis}
            pence={pence}
          />
          <FundingComparison
            model={shown.model}
            results={shown.results}
            basis={basis}
            pence={pence}
          />
          <section aria-labelledby="charts-heading" className="results-section">
            <h3 id="charts-heading">Charts</h3>
            <div className="results-controls">
              <CaseSwitch name="results-case" value={kind} onChange={setKind} />
            </div>
            <DoNothingChart
              model={shown.model}
              results={shown.results}
              basis={basis}
              pence={pence}
              kind={kind}
            />
            <TotalCostChart
              model={shown.model}
              results={shown.results}
              basis={basis}
              pence={pence}
              kind={kind}
            />
            <NetSavingChart
              model={shown.model}
              results={shown.results}
              basis={basis}
              pence={pence}
              kind={kind}
            />
            <EffectivenessChart results={shown.results} />
          </section>
          <ReachView model={shown.model} results={shown.results} />
        </>
      )}
    </section>
  );
}
