/** The shape every chart-data function returns: series styles, points for Recharts and the same figures as a table. */
import type { Dec } from '../../model/decimal';

export type SeriesStyle = {
  key: string;
  name: string;
  colour: string;
  /** SVG dash array for lines ('' is solid). */
  dash: string;
  /** Index of the fill pattern for bars and areas (0 is solid). */
  pattern: number;
  /** How the series is drawn, so the legend shows the same mark. */
  mark: 'line' | 'fill';
};

/** One point per category (a year or a partner): numbers for the chart, `${key}Text` for tooltips. */
export type ChartPoint = Record<string, string | number>;

export type TableRow = { label: string; cells: (Dec | null)[] };

export type FigureTable = {
  /** Heading of the first column (e.g. "Year", "Partner"). */
  rowHeader: string;
  columns: string[];
  rows: TableRow[];
  /** Rows set apart at the foot, such as totals. */
  foot: TableRow[];
  format: 'money' | 'percent';
};

export type ChartData = {
  series: SeriesStyle[];
  points: ChartPoint[];
  table: FigureTable;
  /** One or two sentences that say what the chart shows, worked out from the same figures. */
  summary: string;
};
