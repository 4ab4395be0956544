import { MethodSection } from './method-section';

/** How services avoid costs: effects, the month-by-month schedule, and the combining formula. */
export function MethodologyServices() {
  return (
    <MethodSection id="method-services">
      <h4>What a service does</h4>
      <p>
        A service (an IDVA service, a refuge, a perpetrator programme) is described by the share of
        a cost it removes at full strength. An effect can name one cost line (“cuts temporary
        accommodation by 30%”) or a whole caseload stream, in which case it applies to every cost
        line of that stream. When a service has both for the same line they combine rather than add:
        30% on the line and 10% on its stream make 37%, not 40%.
      </p>

      <h4>Month by month</h4>
      <p>
        The app follows each service month by month under each funding scenario. The scenario funds
        the service for a number of years, in contracts of a set length.
      </p>
      <ul>
        <li>
          <strong>Ramp-up:</strong> a new service takes time to reach full strength. With a
          six-month ramp-up it works at one sixth of its effect in its first month, two sixths in
          its second, and fully from its sixth month.
        </li>
        <li>
          <strong>Renewals and the gap between contracts:</strong> each contract after the first is
          a renewal. A scenario can leave a gap of some months at each renewal (a late funding
          decision, staff who left) when the service does not run and costs nothing to run.
        </li>
        <li>
          <strong>Ramp restarts:</strong> a scenario can say the ramp-up starts again after each
          renewal, because new staff must be recruited and trained.
        </li>
        <li>
          <strong>Fade after funding ends:</strong> when the service stops (in a gap, or when
          funding ends) its effect does not vanish at once. It fades at the service’s drop-off rate:
          with 50% a year, about 94% of the effect is left after one month and half after twelve.
        </li>
        <li>
          <strong>Scenario effectiveness:</strong> a scenario can also scale the effect down, for
          example to 90% where time goes on bids and staff on insecure contracts leave.
        </li>
        <li>
          <strong>Optimism bias:</strong> appraisals tend to expect too much, as the Green Book
          warns. Each service’s optimism bias cuts the effect counted: with 20%, only 80% of the
          stated effect is used.
        </li>
      </ul>
      <p>
        A year’s effectiveness is the average of its twelve months, so a service that starts with a
        ramp-up, or stops for a gap, counts for less than a full year.
      </p>

      <h4>All services together</h4>
      <p>The share of a cost line’s cost avoided in a year is:</p>
      <p className="formula">ρ = 1 − Π(1 − e × Ē × (1 − OB))</p>
      <dl className="formula-terms">
        <dt>ρ (rho)</dt>
        <dd>the share of the line’s cost avoided that year, all services together;</dd>
        <dt>Π (product)</dt>
        <dd>multiply the bracket for every service together;</dd>
        <dt>e</dt>
        <dd>the service’s reduction of that line at full strength;</dd>
        <dt>Ē</dt>
        <dd>the service’s effectiveness that year (the average of its months);</dd>
        <dt>OB</dt>
        <dd>the service’s optimism bias.</dd>
      </dl>
      <p>
        For one service that cuts a line by 30%, runs at 90% over the year and carries 20% optimism
        bias, 30% × 0.9 × 0.8 = 21.6% of the line’s cost is avoided. Services combine by multiplying
        what each leaves, not by adding what each removes: each works on what the others leave. Two
        services that each cut a cost by half avoid three quarters of it, and together they can
        never avoid more than all of it.
      </p>
      <p>
        The cost avoided is the line’s cost of doing nothing times ρ; the rest is the cost that
        remains. A service’s cost in a year is its annual running cost for each month it operates
        (one twelfth a month), plus its set-up cost when it first starts and its renewal cost at
        each renewal.
      </p>
    </MethodSection>
  );
}
