import { Dec, sum, ZERO } from '../../model/decimal';
import { useIsModelValid, useShown } from '../../state/store-context';
import { formatCount, formatFinancialYear, formatMoney } from '../shared/format';
import { Disclosure } from '../shared/disclosure';
import { ScrollRegion } from '../shared/scroll-region';
import { moneyCell, moneyHeader, numberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';

type Props = { lineId: string; name: string };

const NO_CASELOADS: readonly Dec[] = [];

function moneyText(amount: Dec): string {
  return formatMoney(amount, { pence: true });
}

/**
 * The line's cost of doing nothing as it is edited, in real terms: the unit cost converted to the price
 * base, the first year and the whole horizon, and a table of every year.
 */
export function CostLineYearly({ lineId, name }: Props) {
  const isValid = useIsModelValid();
  // Only this line's own figures: its card re-renders when they change, not on every edit elsewhere.
  const figures = useShown((shown) => {
    const result = shown?.results.doNothing.lines.find((l) => l.lineId === lineId);
    const line = shown?.model.costLines.find((l) => l.id === lineId);
    if (!shown || !result || !line) return null;
    const { years, streams } = shown.results.doNothing;
    return {
      cost: result.cost,
      priceFactor: result.priceFactor,
      years,
      caseloads: streams.find((s) => s.streamId === line.stream)?.caseloads ?? NO_CASELOADS,
      unitCost: line.unitCost.toString(),
      priceYear: line.priceYear,
      priceBaseYear: shown.model.priceBaseYear,
      startYear: shown.model.startYear,
    };
  });
  if (!figures)
    return (
      <p className="out-of-date">
        Its yearly cost is worked out once the problems listed above are fixed.
      </p>
    );
  const { cost, priceFactor, years, caseloads, priceYear, priceBaseYear, startYear } = figures;
  const unitCost = new Dec(figures.unitCost);
  const base = formatFinancialYear(priceBaseYear);
  const first = cost[0] ?? ZERO;
  const total = sum(cost);
  const converted = unitCost.times(priceFactor);
  return (
    <div className="cost-line-yearly">
      <h4>Yearly cost of doing nothing</h4>
      {!isValid && (
        <p className="out-of-date">Out of date: these are the figures of the last valid model.</p>
      )}
      <p>
        {priceYear === priceBaseYear
          ? `Unit cost ${moneyText(unitCost)} at ${base} prices.`
          : `Unit cost ${moneyText(unitCost)} at ${formatFinancialYear(priceYear)} prices = ${moneyText(converted)} at ${base} prices (× ${priceFactor.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4)}).`}
      </p>
      <p>
        <strong>
          {formatFinancialYear(years[0] ?? startYear)}: {moneyText(first)}
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
                  <td className="num">{moneyText(cost[t] ?? ZERO)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <TableCsvButton
          title={`Cost of doing nothing for ${name || 'this line'} by year`}
          table={() => ({
            header: [
              'Financial year',
              'Cases (expected number)',
              moneyHeader('Cost', `Real terms at ${base} prices`),
            ],
            rows: years.map((year, t) => [
              formatFinancialYear(year),
              numberCell(caseloads[t] ?? ZERO, 4),
              moneyCell(cost[t] ?? ZERO),
            ]),
          })}
        />
      </Disclosure>
    </div>
  );
}
