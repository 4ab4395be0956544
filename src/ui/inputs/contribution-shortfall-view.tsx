import { ZERO } from '../../model/decimal';
import { useResults } from '../../state/store-context';
import { formatFinancialYear, formatMoney } from '../shared/format';
import { shortfallSentence } from './contribution-shortfall';
import { Disclosure } from '../shared/disclosure';
import { ScrollRegion } from '../shared/scroll-region';
import { moneyCell, moneyHeader } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

/** The shortfall (or surplus) the offers leave, in a sentence and year by year, from the results. */
export function ContributionShortfall({ scenarioId }: { scenarioId: string }) {
  const { shown, problems, isOutOfDate } = useResults();
  const result = shown?.results.scenarios.find((s) => s.scenarioId === scenarioId);
  const shortfall = result?.shortfall;
  if (!shown || !result || !shortfall)
    return (
      <p className="out-of-date">
        The shortfall is worked out once the problems listed above are fixed.
      </p>
    );
  const { years } = shown.results.doNothing;
  return (
    <div className="shortfall" aria-live="polite">
      {isOutOfDate && problems.length > 0 && (
        <p className="out-of-date">Out of date: these are the figures of the last valid model.</p>
      )}
      <p className="shortfall__sentence">
        {shortfallSentence(shortfall.byYear, shortfall.total.pv, years)}
      </p>
      <Disclosure summary="Shortfall or surplus by year">
        <ScrollRegion>
          <table className="data-table">
            <caption>Cost of the services against the offers, real terms</caption>
            <thead>
              <tr>
                <th scope="col">Financial year</th>
                <th scope="col" className="num">
                  Cost of services
                </th>
                <th scope="col" className="num">
                  Offers
                </th>
                <th scope="col" className="num">
                  Shortfall or surplus
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((year, t) => {
                const pool = result.years[t]?.service ?? ZERO;
                const gap = shortfall.byYear[t] ?? ZERO;
                return (
                  <tr key={year}>
                    <th scope="row">{formatFinancialYear(year)}</th>
                    <td className="num">{formatMoney(pool, { pence: true })}</td>
                    <td className="num">{formatMoney(pool.minus(gap), { pence: true })}</td>
                    <td className="num">
                      {gap.isZero()
                        ? 'none'
                        : `${formatMoney(gap.abs(), { pence: true })} ${gap.isNegative() ? 'surplus' : 'shortfall'}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <TableCsvButton
          title={`Cost of the services against the offers under ${result.name || 'this scenario'}`}
          table={() => ({
            header: [
              'Financial year',
              moneyHeader('Cost of services', 'Real terms'),
              moneyHeader('Offers', 'Real terms'),
              moneyHeader('Shortfall (a surplus is negative)', 'Real terms'),
            ],
            rows: years.map((year, t) => {
              const pool = result.years[t]?.service ?? ZERO;
              const gap = shortfall.byYear[t] ?? ZERO;
              return [
                formatFinancialYear(year),
                moneyCell(pool),
                moneyCell(pool.minus(gap)),
                moneyCell(gap),
              ];
            }),
          })}
        />
      </Disclosure>
    </div>
  );
}
