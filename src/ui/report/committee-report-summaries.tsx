import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { scenarioSummaries } from './committee-report-summary';

type Props = { model: Model; results: Results };

/** One paragraph per scenario in plain English, the financial case first. */
export function CommitteeReportSummaries({ model, results }: Props) {
  const summaries = scenarioSummaries(model, results);
  return (
    <section aria-labelledby="report-summary-heading" className="committee-report__section">
      <h3 id="report-summary-heading">Summary</h3>
      {summaries.length === 0 && (
        <p>There is no funding scenario yet, so there is nothing to weigh against doing nothing.</p>
      )}
      {summaries.map((summary, index) => (
        <section
          key={summary.scenarioId}
          aria-labelledby={`report-summary-${index}`}
          className="committee-report__block"
        >
          <h4 id={`report-summary-${index}`}>{summary.name}</h4>
          <p>{summary.sentences.join(' ')}</p>
        </section>
      ))}
    </section>
  );
}
