import type { Dec } from '../../model/decimal';
import { parseDecimal } from '../../model/field-reader';
import type { ModelFile, StreamFile, TrendMethod } from '../../model/model-file';
import { useModel, useAppStore } from '../../state/store-context';
import { formatCount, formatFinancialYear } from '../shared/format';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { SelectInput } from '../shared/select-input';
import { TextInput } from '../shared/text-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { TREND_METHOD_OPTIONS, trendForMethod } from './trend-defaults';
import { TrendSeriesInputs } from './trend-series-inputs';

type Props = {
  stream: StreamFile;
  index: number;
  /** Projected caseloads from the last calculation, used to start a series. */
  projected: readonly Dec[] | null;
};

function latestPoint(stream: StreamFile): string | null {
  const latest = [...stream.history].sort((a, b) => b.year - a.year)[0];
  if (!latest) return null;
  const count = parseDecimal(latest.count);
  return `${count ? formatCount(count) : latest.count} in ${formatFinancialYear(latest.year)}`;
}

/** The trend method and the extra figures each method needs. */
export function TrendEditor({ stream, index, projected }: Props) {
  const edit = useAppStore().getState().edit;
  const { startYear, horizonYears } = useModel((s) => ({
    startYear: s.file.startYear,
    horizonYears: s.file.horizonYears,
  }));
  const path = `streams[${index}].trend`;
  const { trend } = stream;
  const editTrend = (recipe: (s: ModelFile['streams'][number]) => void, key: string) => {
    edit((d) => {
      const s = d.streams[index];
      if (s) recipe(s);
    }, `streams.${stream.id}.trend.${key}`);
  };
  const latest = latestPoint(stream);
  const historyYears = stream.history.length;
  return (
    <div className="trend-editor">
      <SelectInput<TrendMethod>
        label="How the caseload is projected"
        path={`${path}.method`}
        value={trend.method}
        options={TREND_METHOD_OPTIONS}
        onChange={(method) => {
          edit((d) => {
            const s = d.streams[index];
            if (s) s.trend = trendForMethod(method, s, { startYear, horizonYears, projected });
          });
        }}
      />
      {trend.method === 'flat' &&
        (latest ? (
          <p className="field__hint">Held at the latest recorded count: {latest}.</p>
        ) : (
          <TextInput
            label="Caseload each year"
            path={`${path}.base`}
            kind="decimal"
            width="short"
            hint="There is no history, so give the yearly caseload."
            value={trend.base ?? ''}
            onChange={(v) => {
              editTrend((s) => {
                if (s.trend.method === 'flat') s.trend.base = v;
              }, 'base');
            }}
          />
        ))}
      {trend.method === 'rate' && (
        <>
          <PercentInput
            label="Annual growth rate"
            path={`${path}.rate`}
            hint={
              latest
                ? `Grows from the latest recorded count, ${latest}. A fall is negative, such as −3.`
                : 'A fall is negative, such as −3.'
            }
            value={trend.rate}
            onChange={(v) => {
              editTrend((s) => {
                if (s.trend.method === 'rate') s.trend.rate = v;
              }, 'rate');
            }}
          />
          <RangeInput
            inputKey={`stream:${stream.id}:growth`}
            name="annual growth rate"
            format="percent"
          />
          {!latest && (
            <>
              <TextInput
                label="Starting caseload"
                path={`${path}.base`}
                kind="decimal"
                width="short"
                hint="There is no history, so give a count to grow from."
                value={trend.base ?? ''}
                onChange={(v) => {
                  editTrend((s) => {
                    if (s.trend.method === 'rate') s.trend.base = v;
                  }, 'base');
                }}
              />
              <WholeNumberInput
                label="Year of the starting caseload"
                path={`${path}.baseYear`}
                hint="The year its financial year starts in: 2025 for 2025/26."
                value={trend.baseYear ?? startYear - 1}
                onChange={(v) => {
                  editTrend((s) => {
                    if (s.trend.method === 'rate') s.trend.baseYear = v;
                  }, 'baseYear');
                }}
              />
            </>
          )}
        </>
      )}
      {(trend.method === 'linear' || trend.method === 'compound') && (
        <p className="field__hint">
          Fitted by least squares to the {historyYears} {historyYears === 1 ? 'year' : 'years'} of
          history{trend.method === 'compound' ? ', as a constant percentage change' : ''}. It needs
          at least two years.
        </p>
      )}
      {trend.method === 'compound' && (
        <RangeInput
          inputKey={`stream:${stream.id}:growth`}
          name="fitted yearly growth"
          format="percent"
        />
      )}
      {trend.method === 'series' && (
        <TrendSeriesInputs stream={stream} index={index} values={trend.values} />
      )}
    </div>
  );
}
