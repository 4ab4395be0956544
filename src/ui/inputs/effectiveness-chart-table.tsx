import type { Dec } from '../../model/decimal';
import { formatFinancialYear, formatPercent } from '../shared/format';
import { Disclosure } from '../shared/disclosure';
import { ScrollRegion } from '../shared/scroll-region';
import { percentCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

type Props = {
  scenarioName: string;
  years: readonly number[];
  services: readonly { id: string; name: string; yearly: readonly Dec[] }[];
};

/** The chart's figures as a table: each service's operating level Ō_t (the mean of its months) in each year. */
export function EffectivenessChartTable({ scenarioName, years, services }: Props) {
  return (
    <Disclosure summary="Operating level by year (table)">
      <ScrollRegion>
        <table className="data-table">
          <caption>
            Operating level (mean of the months) each year under {scenarioName || 'this scenario'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Financial year</th>
              {services.map((s) => (
                <th scope="col" className="num" key={s.id}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year, t) => (
              <tr key={year}>
                <th scope="row">{formatFinancialYear(year)}</th>
                {services.map((s) => {
                  const value = s.yearly[t];
                  return (
                    <td className="num" key={s.id}>
                      {value ? formatPercent(value) : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <TableCsvButton
        title={`Operating level each year under ${scenarioName || 'this scenario'}`}
        table={() => ({
          header: ['Financial year', ...services.map((s) => `${s.name} (% of full effect)`)],
          rows: years.map((year, t) => [
            formatFinancialYear(year),
            ...services.map((s) => {
              const value = s.yearly[t];
              return value ? percentCell(value) : null;
            }),
          ]),
        })}
      />
    </Disclosure>
  );
}
