import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StreamFile } from '../../model/model-file';
import { useResults } from '../../state/store-context';
import { formatCount } from '../shared/format';
import {
  previewPoints,
  previewRows,
  previewSummary,
  trendSentence,
  type StreamProjection,
} from './trend-preview';
import { ScrollRegion } from '../shared/scroll-region';
import { numberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { WhenVisible } from '../shared/when-visible';

const axisNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const RECORDED_COLOUR = '#D55E00';
const PROJECTED_COLOUR = '#1d3557';

type Props = { stream: StreamFile; index: number };

/** The projection as calculated, with the recorded history, as a chart, sentences and a table. */
export function TrendPreviewPanel({ stream, index }: Props) {
  const { shown, hasProblems: isOutOfDate } = useResults();
  const results = shown?.results;
  const streamResult = results?.doNothing.streams.find((s) => s.streamId === stream.id);
  const projection: StreamProjection | null =
    results && streamResult ? { years: results.doNothing.years, ...streamResult } : null;
  const position = shown?.model.streams.findIndex((s) => s.id === stream.id) ?? -1;
  const warnings = results?.warnings.filter((w) => w.path === `streams[${position}].trend`) ?? [];
  const rows = previewRows(stream.history, projection);
  const points = previewPoints(rows);
  const sentence = projection ? trendSentence(stream.trend.method, projection) : null;
  const summary = previewSummary(rows);
  const captionId = `stream-${index}-preview-summary`;
  return (
    <div className="trend-preview">
      <h4>Preview</h4>
      {isOutOfDate && (
        <p className="out-of-date">
          {projection
            ? 'Out of date: this projection is from before your latest change. It updates when the problems listed at the top of the page are fixed.'
            : 'No projection yet: it appears when the problems listed at the top of the page are fixed.'}
        </p>
      )}
      {!isOutOfDate && !projection && <p>No projection yet for this stream.</p>}
      {sentence && <p className="trend-preview__sentence">{sentence}.</p>}
      {warnings.map((w) => (
        <p key={w.message} className="notice">
          {w.message}
        </p>
      ))}
      <div className="chart chart--small" role="img" aria-labelledby={captionId}>
        <WhenVisible>
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 480, height: 160 }}
          >
            <LineChart
              data={points}
              margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#d8d8d8" vertical={false} />
              <XAxis
                dataKey="label"
                tick={{ fontSize: 12 }}
                interval="preserveStartEnd"
                minTickGap={12}
              />
              <YAxis
                tick={{ fontSize: 12 }}
                width={52}
                tickFormatter={(v: number) => axisNumber.format(v)}
                domain={[0, 'auto']}
              />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? axisNumber.format(v) : String(v))}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line
                name="Recorded"
                dataKey="recorded"
                stroke={RECORDED_COLOUR}
                strokeWidth={0}
                dot={{ r: 4, fill: RECORDED_COLOUR, stroke: RECORDED_COLOUR }}
                legendType="circle"
                isAnimationActive={false}
              />
              <Line
                name="Projected"
                dataKey="projected"
                stroke={PROJECTED_COLOUR}
                strokeWidth={2}
                strokeDasharray="6 3"
                dot={false}
                legendType="plainline"
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </WhenVisible>
      </div>
      <p id={captionId} className="trend-preview__summary">
        {summary}
      </p>
      <details>
        <summary>Show the figures</summary>
        <ScrollRegion>
          <table className="data-table">
            <caption>Caseload by financial year: {stream.name || 'this stream'}</caption>
            <thead>
              <tr>
                <th scope="col">Financial year</th>
                <th scope="col" className="num">
                  Recorded
                </th>
                <th scope="col" className="num">
                  Projected
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{row.label}</th>
                  <td className="num">{row.recorded ? formatCount(row.recorded) : '—'}</td>
                  <td className="num">{row.projected ? formatCount(row.projected) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <TableCsvButton
          title={`Caseload by financial year: ${stream.name || 'this stream'}`}
          table={() => ({
            header: ['Financial year', 'Recorded (cases)', 'Projected (cases)'],
            rows: rows.map((row) => [
              row.label,
              row.recorded ? numberCell(row.recorded, 4) : null,
              row.projected ? numberCell(row.projected, 4) : null,
            ]),
          })}
        />
      </details>
    </div>
  );
}
