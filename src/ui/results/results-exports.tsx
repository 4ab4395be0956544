import { AllResultsCsvDownload } from './all-results-csv-download';
import { WorkbookDownload } from './workbook-download';

/** The figures taken out of the app: a workbook that recalculates and every result as CSV. */
export function ResultsExports() {
  return (
    <div className="results-exports" role="group" aria-label="Take the figures out">
      <WorkbookDownload />
      <AllResultsCsvDownload />
    </div>
  );
}
