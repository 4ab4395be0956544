import { useState } from 'react';
import { useResults } from '../../state/store-context';
import { CommitteeReportAssumptions } from './committee-report-assumptions';
import { CommitteeReportCases } from './committee-report-cases';
import { CommitteeReportCharts } from './committee-report-charts';
import { CommitteeReportCover } from './committee-report-cover';
import { CommitteeReportMethod } from './committee-report-method';
import { useRunningHeader } from './committee-report-running-header';
import { CommitteeReportShortTerm } from './committee-report-short-term';
import { CommitteeReportSummaries } from './committee-report-summaries';
import { CommitteeReportWhoPays } from './committee-report-who-pays';
import './committee-report.css';

type Props = {
  onNavigate: (screen: string) => void;
  /** The day the report is dated; today unless a test fixes it. */
  madeOn?: Date;
};

/**
 * A paper for a partnership's committee that prints to A4 with the browser's own print to PDF: the
 * figures in words, both cases, the cost of short-term funding, charts, who pays, the assumptions with
 * their sources and the method in brief, all in present value.
 */
export function CommitteeReportScreen({ onNavigate, madeOn }: Props) {
  const { shown, hasProblems, isUpdating } = useResults();
  // Dated once, when the report is opened, so the date does not change under a long meeting.
  const [today] = useState(() => madeOn ?? new Date());
  useRunningHeader(shown?.model.title ?? '');
  return (
    <section
      aria-busy={isUpdating}
      aria-labelledby="report-heading"
      className="screen committee-report"
    >
      <h2 id="report-heading">Committee report</h2>
      <div className="committee-report__actions">
        <p className="lead">
          A paper for the partnership’s committee, laid out for A4. Print it, or choose “Save as
          PDF” as the printer.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          Print or save as PDF
        </button>
      </div>
      <div role="status" className={hasProblems ? 'out-of-date' : undefined}>
        {hasProblems &&
          'These figures are out of date: fix the problems listed above to update them.'}
      </div>
      {shown === null ? (
        <p>There are no results yet: complete the model and the report will appear here.</p>
      ) : (
        <>
          <CommitteeReportCover model={shown.model} madeOn={today} />
          <CommitteeReportSummaries model={shown.model} results={shown.results} />
          <CommitteeReportCases model={shown.model} results={shown.results} />
          <CommitteeReportShortTerm model={shown.model} results={shown.results} />
          <CommitteeReportCharts model={shown.model} results={shown.results} />
          <CommitteeReportWhoPays model={shown.model} results={shown.results} />
          <CommitteeReportAssumptions model={shown.model} />
          <CommitteeReportMethod onNavigate={onNavigate} />
        </>
      )}
    </section>
  );
}
