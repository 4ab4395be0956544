import { useState } from 'react';
import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import type { ModelFile } from '../../model/model-file';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { TextInput } from '../shared/text-input';
import { ScrollRegion } from '../shared/scroll-region';
import { typedNumberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

function builtInSeries(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(HMT_PRICE_INDEX.values).map(([year, value]) => [year, value]),
  );
}

/** Editing any value copies the built-in series into the model first, so the model carries its own. */
function ownSeries(draft: ModelFile): Record<string, string> {
  draft.priceIndex ??= builtInSeries();
  return draft.priceIndex;
}

export function PriceIndexTable() {
  const store = useAppStore();
  const edit = store.getState().edit;
  const priceIndex = useModel((s) => s.file.priceIndex);
  const [newYear, setNewYear] = useState('');
  const series = priceIndex ?? builtInSeries();
  const years = Object.keys(series).sort();
  const statusOf = (year: number) =>
    !priceIndex && year >= HMT_PRICE_INDEX.forecastFrom
      ? 'OBR forecast'
      : priceIndex
        ? 'Model’s own'
        : 'Outturn';
  const addYear = () => {
    const year = newYear.trim();
    if (!/^\d{4}$/.test(year) || year in series) return;
    edit((d) => {
      ownSeries(d)[year] = '';
    });
    setNewYear('');
  };
  return (
    <div>
      <ScrollRegion className="table-scroll--short">
        <table className="data-table">
          <caption className="visually-hidden">Price index by financial year</caption>
          <thead>
            <tr>
              <th scope="col">Financial year</th>
              <th scope="col">Index</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{formatFinancialYear(Number(year))}</th>
                <td>
                  <TextInput
                    label={`Index for ${formatFinancialYear(Number(year))}`}
                    className="field--in-table"
                    path={`priceIndex.${year}`}
                    kind="decimal"
                    width="short"
                    value={series[year] ?? ''}
                    onChange={(v) => {
                      edit((d) => {
                        ownSeries(d)[year] = v;
                      }, `priceIndex.${year}`);
                    }}
                  />
                </td>
                <td>{statusOf(Number(year))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <TableCsvButton
        title="Price index by financial year"
        table={() => ({
          header: ['Financial year', 'Index', 'Status'],
          rows: years.map((year) => [
            formatFinancialYear(Number(year)),
            typedNumberCell(series[year] ?? ''),
            statusOf(Number(year)),
          ]),
        })}
      />
      <div className="inline-form">
        <label htmlFor="new-price-year">Add a year</label>
        <input
          id="new-price-year"
          className="input input--short"
          inputMode="numeric"
          placeholder="e.g. 2031"
          value={newYear}
          onChange={(e) => {
            setNewYear(e.currentTarget.value);
          }}
        />
        <button type="button" className="button" onClick={addYear}>
          Add year
        </button>
        {priceIndex && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              edit((d) => {
                delete d.priceIndex;
              });
            }}
          >
            Go back to the built-in HM Treasury series
          </button>
        )}
      </div>
    </div>
  );
}
