import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { CASE_KINDS } from '../shared/case-kind';
import { CommitteeReportCaseTable } from './committee-report-case-table';

type Props = { model: Model; results: Results };

/** The financial case, then the economic case: doing nothing and each scenario as columns. */
export function CommitteeReportCases({ model, results }: Props) {
  return (
    <section aria-labelledby="report-cases-heading" className="committee-report__section">
      <h3 id="report-cases-heading">The financial and economic cases</h3>
      <p>
        The financial case counts only what lands in public bodies’ budgets (fiscal values): it is
        the case for who pays. The economic case adds the costs to the wider economy and the harm to
        victims and families. Both weigh the same service cost.
      </p>
      {CASE_KINDS.map((kind) => (
        <CommitteeReportCaseTable key={kind} model={model} results={results} kind={kind} />
      ))}
    </section>
  );
}
