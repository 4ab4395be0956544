import { useState } from 'react';
import type { CsvTable } from './csv-cells';
import { downloadFile } from './download-file';

type Props = {
  /** The table's title: names the button for a screen reader and the file. */
  title: string;
  /** Builds the table's rows when the button is pressed, so nothing is worked out before then. */
  table: () => Omit<CsvTable, 'title'>;
  className?: string;
};

/** Writes the table and offers it as a file; the writer loads only now, not with the page. */
async function download(title: string, table: Omit<CsvTable, 'title'>): Promise<void> {
  const { csvText, safeFileName } = await import('./csv-text');
  const text = await csvText(table);
  downloadFile(safeFileName(title, 'csv'), new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** "Download CSV" for one table: its figures as numbers, units in the headers. */
export function TableCsvButton({ title, table, className }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={className ?? 'button button--secondary table-csv-button'}
        onClick={() => {
          setProblem(null);
          Promise.resolve()
            .then(() => download(title, table()))
            .catch(() => {
              setProblem('The CSV file could not be made. Try again.');
            });
        }}
      >
        Download CSV <span className="visually-hidden">of “{title}”</span>
      </button>
      {problem && (
        <span role="alert" className="field__error">
          {problem}
        </span>
      )}
    </>
  );
}
