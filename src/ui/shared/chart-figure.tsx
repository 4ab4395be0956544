import { useId, useRef, type ReactNode } from 'react';
import type { ChartData } from './chart-types';
import { ChartDownloads } from './chart-downloads';
import { ChartLegend } from './chart-legend';
import { FigureTable } from './figure-table';
import { figureTableCsv } from './figure-table-csv';

type Props = {
  title: string;
  /** Which basis the money is in, e.g. "Real terms, 2026/27 prices". */
  basis: string;
  data: ChartData;
  pence: boolean;
  /** A note under the summary, such as how a figure was averaged. */
  note?: string;
  /** A richer table shown in full instead of the plain one behind "Show the table"; it offers its own CSV. */
  table?: ReactNode;
  /** CSS height of the plot when it depends on the data (e.g. one band per partner). */
  height?: string;
  children: ReactNode;
};

/**
 * A chart with its caption, a summary in words, a legend, a table of the same figures, and downloads:
 * the figures as CSV, the chart as SVG and PNG.
 */
export function ChartFigure({ title, basis, data, pence, note, table, height, children }: Props) {
  const titleId = useId();
  const figureRef = useRef<HTMLElement>(null);
  return (
    <figure className="chart-figure" aria-labelledby={titleId} ref={figureRef}>
      <figcaption>
        <span className="chart-figure__title" id={titleId}>
          {title}
        </span>
        <span className="chart-figure__basis">{basis}</span>
      </figcaption>
      <p className="chart-figure__summary">{data.summary}</p>
      {note && <p className="chart-figure__note">{note}</p>}
      <ChartLegend series={data.series} />
      <div className="chart" style={height ? { height } : undefined}>
        {children}
      </div>
      <ChartDownloads
        title={title}
        basis={basis}
        figure={figureRef}
        {...(table ? {} : { csv: () => figureTableCsv(data.table, basis) })}
      />
      {table ?? (
        <details>
          <summary>Show the table</summary>
          <FigureTable
            table={data.table}
            caption={`${title} (${basis})`}
            pence={pence}
            hasDownload={false}
          />
        </details>
      )}
    </figure>
  );
}
