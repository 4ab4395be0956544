import { useState, type RefObject } from 'react';
import { useAppStore } from '../../state/store-context';
import type { CsvTable } from './csv-cells';
import { downloadFile } from './download-file';
import { TableCsvButton } from './table-csv-button';

type Props = {
  title: string;
  basis: string;
  /** The figure the chart is drawn in. */
  figure: RefObject<HTMLElement | null>;
  /** The chart's figures as CSV; left out where the figure's own table offers them. */
  csv?: () => Omit<CsvTable, 'title'>;
};

/** "3 May 2026": the day an image was made, for its source line. */
function today(): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
}

/** The chart's figures as CSV, and the chart itself as an SVG or a PNG image with its title and source. */
export function ChartDownloads({ title, basis, figure, csv }: Props) {
  const store = useAppStore();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (kind: 'svg' | 'png') => {
    const element = figure.current;
    if (!element) return;
    const [{ chartImage, chartPng }, { safeFileName }] = await Promise.all([
      import('./chart-image'),
      import('./csv-text'),
    ]);
    const modelTitle = store.getState().file.title.trim() || 'Untitled';
    const image = chartImage(element, {
      title,
      basis,
      source: `Source: Cost of Inaction model “${modelTitle}”, ${today()}`,
    });
    const blob =
      kind === 'svg'
        ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
        : await chartPng(image);
    downloadFile(safeFileName(title, kind), blob);
  };
  const imageButton = (kind: 'svg' | 'png') => (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        setProblem(null);
        download(kind).catch(() => {
          setProblem('The image could not be made. Try again.');
        });
      }}
    >
      Download as {kind.toUpperCase()} <span className="visually-hidden">of “{title}”</span>
    </button>
  );
  return (
    <div
      className="chart-figure__downloads"
      role="group"
      aria-label={`Download “${title}”`}
      style={ROW_STYLE}
    >
      {csv && <TableCsvButton title={title} table={csv} />}
      {imageButton('svg')}
      {imageButton('png')}
      {problem && (
        <span role="alert" className="field__error">
          {problem}
        </span>
      )}
    </div>
  );
}

/** The buttons in a row that wraps on a narrow screen. */
const ROW_STYLE = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0.5rem 0' } as const;
