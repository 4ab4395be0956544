import { MethodSection } from './method-section';
import { MethodologyServiceCost } from './methodology-service-cost';

/** When a service runs under a scenario: contracts, renewals, gaps, ramp-up and operating level. */
export function MethodologyServices() {
  return (
    <MethodSection id="method-services">
      <p>
        The app follows each service month by month under each scenario. The scenario funds the
        services for a number of years from the start of the horizon, in contracts of a set length:
        contracts start every so many years while inside the funded period, and the last one ends
        with the funding. Five funded years in three-year contracts make one contract of three years
        and one of two.
      </p>
      <ul>
        <li>
          <strong>Renewals and gaps:</strong> every contract after the first is a renewal. A
          scenario can leave a gap of up to 11 months at the start of each renewal (a late funding
          decision, staff who left) when the service does not run. The first contract has no gap.
        </li>
        <li>
          <strong>Ramp-up:</strong> a new service takes time to reach full strength. With a
          six-month ramp-up it runs at one sixth of its level in its first month, two sixths in its
          second, and fully from its sixth month. A scenario can say the ramp-up starts again at
          each renewal, because new staff must be recruited and trained.
        </li>
        <li>
          <strong>Effectiveness:</strong> a scenario can scale every service down, for example to
          90% where time goes on bids and staff on insecure contracts leave.
        </li>
      </ul>
      <h4>Operating level</h4>
      <p>A service’s operating level in a month is:</p>
      <p className="formula">O = effectiveness × ramp (0 when the service is not running)</p>
      <dl className="formula-terms">
        <dt>ramp</dt>
        <dd>min(1, (months since the ramp began + 1) ÷ ramp-up months), or 1 with no ramp-up;</dd>
        <dt>not running</dt>
        <dd>a gap between contracts, and every month after the funding ends.</dd>
      </dl>
      <p>
        A year’s operating level, Ō, is the average of its twelve months, so a year with a ramp-up
        or a gap counts for less than a full year.
      </p>
      <p>
        <strong>Why 0 when not running:</strong> a service that is not running takes on no new
        cases. Cases it helped earlier keep their benefit for as long as it lasts (see the next
        section), but nobody new is helped during a gap or after the money stops.
      </p>
      <MethodologyServiceCost />
    </MethodSection>
  );
}
