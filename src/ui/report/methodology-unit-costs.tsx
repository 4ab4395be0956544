import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import { formatFinancialYear } from '../shared/format';
import { priceExample } from './price-example';

/** A cost line's yearly cost, its price adjustment and how it is split between bearers. */
export function MethodologyUnitCosts() {
  const example = priceExample();
  return (
    <>
      <h4>Unit costs and price adjustment</h4>
      <p>
        Each cost line says how often a case leads to a consequence (events per case per year, which
        can be more than one), how many units each event uses (for example 26 weeks of temporary
        accommodation; 1 if left out) and the cost of one unit. A line’s real-terms cost in a year
        is:
      </p>
      <p className="formula">
        caseload × events per case × units per event × unit cost × price adjustment
      </p>
      <p>
        Published unit costs were priced in different years. The price adjustment brings each one to
        the model’s price base year: it is the index for the price base year divided by the index
        for the year the unit cost was priced in (1 when the two are the same). The index is the HM
        Treasury GDP deflator: {HMT_PRICE_INDEX.release} ({HMT_PRICE_INDEX.base}). Values from{' '}
        {formatFinancialYear(HMT_PRICE_INDEX.forecastFrom)} onwards are forecasts.
      </p>
      {example && (
        <p>
          For example, a cost of {example.from} at {example.fromYear} prices is {example.to} at{' '}
          {example.toYear} prices.
        </p>
      )}
      <p>
        When a new release comes out you can replace the index in Set-up; the model then uses your
        series. Using the GDP deflator to restate costs in one year’s prices is the Green Book’s
        practice for real terms.
      </p>

      <h4>Who bears each cost</h4>
      <p>
        Every cost line is split between the partners who bear it. The shares must add up to exactly
        100%: a bed-and-breakfast placement might be 100% housing, while the economic cost to
        victims and employers falls on society. Each bearer carries its share of the line’s cost of
        doing nothing, and the same share of any cost a service avoids and of the cost that remains.
      </p>
    </>
  );
}
