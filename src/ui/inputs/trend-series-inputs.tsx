import type { StreamFile } from '../../model/model-file';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { TextInput } from '../shared/text-input';
import { useFieldProblem } from '../shared/use-field-problem';
import { fitSeries } from './trend-defaults';

type Props = { stream: StreamFile; index: number; values: readonly string[] };

/** One caseload per projection year, labelled by financial year. */
export function TrendSeriesInputs({ stream, index, values }: Props) {
  const edit = useAppStore().getState().edit;
  const { startYear, horizonYears } = useModel((s) => ({
    startYear: s.file.startYear,
    horizonYears: s.file.horizonYears,
  }));
  const path = `streams[${index}].trend.values`;
  const lengthProblem = useFieldProblem(path);
  const fits = values.length === horizonYears;
  return (
    <fieldset className="series-inputs">
      <legend>Caseload in each projection year</legend>
      {!fits && (
        <div className="notice">
          <p>
            {lengthProblem ??
              `The series has ${values.length} figures for a ${horizonYears}-year horizon.`}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              edit((d) => {
                const s = d.streams[index];
                if (s?.trend.method === 'series')
                  s.trend.values = fitSeries(s.trend.values, horizonYears);
              });
            }}
          >
            Make it one figure for each of the {horizonYears} years
          </button>
        </div>
      )}
      <div className="series-inputs__grid">
        {Array.from({ length: horizonYears }, (_, t) => (
          <TextInput
            key={t}
            label={`Caseload in ${formatFinancialYear(startYear + t)}`}
            path={`${path}[${t}]`}
            kind="decimal"
            width="short"
            value={values[t] ?? ''}
            onChange={(v) => {
              edit((d) => {
                const s = d.streams[index];
                if (s?.trend.method !== 'series') return;
                const next = fitSeries(
                  s.trend.values,
                  Math.max(horizonYears, s.trend.values.length),
                );
                next[t] = v;
                s.trend.values = next;
              }, `streams.${stream.id}.trend.values.${t}`);
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
