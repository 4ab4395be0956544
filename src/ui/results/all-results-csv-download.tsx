import { useState } from 'react';
import { useAppStore, useResults } from '../../state/store-context';
import { resolvePair } from '../shared/comparison-data';
import { downloadFile } from '../shared/download-file';

/** Writes every figure of the shown results in long form; the writer and the rows load only now. */
async function download(store: ReturnType<typeof useAppStore>): Promise<void> {
  const { shown, comparison } = store.getState();
  if (!shown) return;
  const [{ ALL_RESULTS_HEADER, allResultsCells }, { csvText, safeFileName }] = await Promise.all([
    import('../../export/all-results-rows'),
    import('../shared/csv-text'),
  ]);
  const pair = resolvePair(shown.model, comparison);
  const text = await csvText({
    header: [...ALL_RESULTS_HEADER],
    rows: allResultsCells(shown.model, shown.results, pair),
  });
  const title = `${shown.model.title.trim() || 'Cost of Inaction model'} all results`;
  downloadFile(safeFileName(title, 'csv'), new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/**
 * Every result in long form as one CSV (scenario, case, year, measure, value type, partner, line,
 * service, basis, unit, value), one figure a row, to load straight into a pivot table.
 */
export function AllResultsCsvDownload() {
  const store = useAppStore();
  const { shown } = useResults();
  const [problem, setProblem] = useState<string | null>(null);
  if (!shown) return null;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setProblem(null);
          download(store).catch(() => {
            setProblem('The CSV file could not be made. Try again.');
          });
        }}
      >
        Download all results (CSV)
      </button>
      {problem && (
        <span role="alert" className="field__error">
          {problem}
        </span>
      )}
    </>
  );
}
