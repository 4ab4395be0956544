import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import { formatFinancialYear } from '../shared/format';
import { MethodSection } from './method-section';
import { priceExample } from './price-example';

/** The cost of doing nothing: the baseline, caseloads, unit costs and who bears them. */
export function MethodologyCosts() {
  const example = priceExample();
  return (
    <>
      <MethodSection id="method-doing-nothing">
        <p>
          “Doing nothing” is the baseline: no new service is funded. Cases keep coming at the rate
          the caseload trend says, and each case goes on causing the same consequences: hospital
          visits, police call-outs, families made homeless, children taken into care. The cost of
          those consequences, year by year, is the cost of doing nothing.
        </p>
        <p>
          Every funding scenario is measured against this baseline: how much of that cost the
          services avoid, and what the services cost to run. The baseline is always there and is not
          one of the scenarios you list.
        </p>
      </MethodSection>

      <MethodSection id="method-caseload">
        <p>
          Each caseload (for example victims known to services, or high-risk cases at MARAC) is
          projected for every year of the model by one of five methods:
        </p>
        <ul>
          <li>
            <strong>Flat:</strong> the caseload stays at the latest recorded count, or at a figure
            you give when there is no history.
          </li>
          <li>
            <strong>Fixed growth rate:</strong> the caseload grows (or shrinks) by the same
            percentage every year, starting from the latest recorded count.
          </li>
          <li>
            <strong>Straight-line trend:</strong> a straight line fitted through the recorded years
            by least squares. A caseload cannot be negative, so where the line would fall below zero
            it is held at zero, and the app warns you that it did so.
          </li>
          <li>
            <strong>Compound trend:</strong> a curve that grows by the same percentage each year,
            fitted to the recorded years (every count must be above zero). The app shows the annual
            growth this implies, so you can judge whether it is believable.
          </li>
          <li>
            <strong>Your own figures:</strong> you type one count for each year of the model.
          </li>
        </ul>
        <p>
          Projected caseloads are expected values, so they are not rounded to whole cases in the
          calculation.
        </p>
      </MethodSection>

      <MethodSection id="method-unit-costs">
        <p>
          Each cost line says how often a case leads to a consequence (events per case per year,
          which can be more than one), how many units each event uses (for example 26 weeks of
          temporary accommodation) and the cost of one unit. A line’s cost in a year is:
        </p>
        <p className="formula">
          caseload × events per case × units per event × unit cost × price adjustment
        </p>
        <p>
          Published unit costs were priced in different years. The price adjustment brings each one
          to the model’s price base year: it is the index for the price base year divided by the
          index for the year the unit cost was priced in. The index is the HM Treasury GDP deflator:{' '}
          {HMT_PRICE_INDEX.release} ({HMT_PRICE_INDEX.base}). Values from{' '}
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
          series.
        </p>
      </MethodSection>

      <MethodSection id="method-bearers">
        <p>
          Every cost line is split between the partners who pay for it. The shares must add up to
          exactly 100%: for example a bed-and-breakfast placement might be 100% housing, while a
          care order is shared between the council, the courts and legal aid.
        </p>
        <p>
          Each partner bears its share of the line’s cost of doing nothing, and the same share of
          any cost a service avoids and of the cost that remains. Costs that fall on no local
          partner, such as the courts, can be given to a partner of the kind “Other”.
        </p>
      </MethodSection>
    </>
  );
}
