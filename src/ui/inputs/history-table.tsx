import type { StreamFile } from '../../model/model-file';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { TextInput } from '../shared/text-input';
import { fieldId } from '../shared/use-field-problem';
import { WholeNumberInput } from '../shared/whole-number-input';
import { clearHistoryDrafts } from './history-drafts';
import { PagedList } from '../shared/paged-list';
import { ScrollRegion } from '../shared/scroll-region';
import { numberCell, typedNumberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

/** Enough years for a trend; a long history pages rather than drawing hundreds of rows of inputs. */
const YEARS_PER_PAGE = 20;

type Props = { stream: StreamFile; index: number };

/** The recorded caseload, one editable row per year, in the order the file holds them. */
export function HistoryTable({ stream, index }: Props) {
  const store = useAppStore();
  const edit = store.getState().edit;
  const startYear = useModel((s) => s.file.startYear);
  const path = `streams[${index}].history`;
  const name = stream.name || 'this stream';
  const addRow = () => {
    const years = stream.history.map((p) => p.year);
    const year = years.length > 0 ? Math.max(...years) + 1 : startYear - 1;
    const row = stream.history.length;
    edit((d) => {
      d.streams[index]?.history.push({ year, count: '' });
    });
    // Focus the new count once React has drawn it.
    window.setTimeout(() => document.getElementById(fieldId(`${path}[${row}].count`))?.focus(), 0);
  };
  return (
    <div className="history-table">
      {stream.history.length > 0 ? (
        <PagedList
          count={stream.history.length}
          pageSize={YEARS_PER_PAGE}
          noun={`recorded years of ${name}`}
          path={path}
          layout={(controls, rows) => (
            <>
              {controls}
              <ScrollRegion>
                <table className="data-table">
                  <caption className="visually-hidden">Recorded caseload: {name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Year it starts in</th>
                      <th scope="col">Count</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>{rows}</tbody>
                </table>
              </ScrollRegion>
            </>
          )}
          renderItem={(k) => {
            const point = stream.history[k];
            if (!point) return null;
            return (
              <tr key={k}>
                <td>
                  <WholeNumberInput
                    label={`Year, row ${k + 1}`}
                    className="field--in-table"
                    path={`${path}[${k}].year`}
                    suffix={formatFinancialYear(point.year)}
                    value={point.year}
                    onChange={(v) => {
                      edit((d) => {
                        const p = d.streams[index]?.history[k];
                        if (p) p.year = v;
                      }, `streams.${stream.id}.history.${k}.year`);
                    }}
                  />
                </td>
                <td>
                  <TextInput
                    label={`Count in ${formatFinancialYear(point.year)}`}
                    className="field--in-table"
                    path={`${path}[${k}].count`}
                    kind="decimal"
                    width="short"
                    value={point.count}
                    onChange={(v) => {
                      edit((d) => {
                        const p = d.streams[index]?.history[k];
                        if (p) p.count = v;
                      }, `streams.${stream.id}.history.${k}.count`);
                    }}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    aria-label={`Remove ${formatFinancialYear(point.year)} from the history of ${name}`}
                    onClick={() => {
                      clearHistoryDrafts(store, index);
                      edit((d) => {
                        d.streams[index]?.history.splice(k, 1);
                      });
                    }}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          }}
        />
      ) : (
        <p>No history recorded yet.</p>
      )}
      {stream.history.length > 0 && (
        <TableCsvButton
          title={`Recorded caseload: ${name}`}
          table={() => ({
            header: ['Year it starts in', 'Financial year', 'Count (cases)'],
            rows: stream.history.map((point) => [
              Number.isFinite(point.year) ? numberCell(point.year) : String(point.year),
              formatFinancialYear(point.year),
              typedNumberCell(point.count),
            ]),
          })}
        />
      )}
      <button type="button" className="button button--secondary" onClick={addRow}>
        Add a year
      </button>
    </div>
  );
}
