import { Dec, sum, ZERO } from '../../model/decimal';
import { useResults } from '../../state/store-context';
import { formatCount, formatFinancialYear, formatMoney } from '../shared/format';
import { Disclosure } from '../shared/disclosure';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { lineId: string; name: string };

function moneyText(amount: Dec): string {
  return formatMoney(amount, { pence: true });
}

/**
 * The line's cost of doing nothing as it is edited, in real terms: the unit cost converted to the price
 * base, the first year and the whole horizon, and a table of every year.
 */
export function CostLineYearly({ lineId, name }: Props) {
  const { shown, problems, isOutOfDate } = useResults();
  const model = shown?.model;
  const result = shown?.results.doNothing.lines.find((l) => l.lineId === lineId);
  const line = model?.costLines.find((l) => l.id === lineId);
  if (!shown || !model || !result || !line)
    return (
      <p className="out-of-date">
        Its yearly cost is worked out once the problems listed above are fixed.
      </p>
    );
  const { years, streams } = shown.results.doNothing;
  const caseloads = streams.find((s) => s.streamId === line.stream)?.caseloads ?? [];
  const base = formatFinancialYear(model.priceBaseYear);
  const first = result.cost[0] ?? ZERO;
  const total = sum(result.cost);
  const converted = line.unitCost.times(result.priceFactor);
  return (
    <div className="cost-line-yearly">
      <h4>Yearly cost of doing nothing</h4>
      {isOutOfDate && problems.length > 0 && (
        <p className="out-of-date">Out of date: these are the figures of the last valid model.</p>
      )}
      <p>
        {line.priceYear === model.priceBaseYear
          ? `Unit cost ${moneyText(line.unitCost)} at ${base} prices.`
          : `Unit cost ${moneyText(line.unitCost)} at ${formatFinancialYear(line.priceYear)} prices = ${moneyText(converted)} at ${base} prices (× ${result.priceFactor.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4)}).`}
      </p>
      <p>
        <strong>
          {formatFinancialYear(years[0] ?? model.startYear)}: {moneyText(first)}
        </strong>{' '}
        in the first year; {moneyText(total)} over {years.length} years, in real terms at {base}{' '}
        prices.
      </p>
      <Disclosure summary="Every year">
        <ScrollRegion>
          <table className="data-table">
            <caption>
              Cost of doing nothing for {name || 'this line'} by year, real terms at {base} prices
            </caption>
            <thead>
              <tr>
                <th scope="col">Financial year</th>
                <th scope="col" className="num">
                  Cases
                </th>
                <th scope="col" className="num">
                  Cost
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((year, t) => (
                <tr key={year}>
                  <th scope="row">{formatFinancialYear(year)}</th>
                  <td className="num">{formatCount(caseloads[t] ?? ZERO)}</td>
                  <td className="num">{moneyText(result.cost[t] ?? ZERO)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Disclosure>
    </div>
  );
}
