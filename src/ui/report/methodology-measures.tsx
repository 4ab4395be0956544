import { MethodSection } from './method-section';

/** The three ways figures are shown, and the headline measures built from them. */
export function MethodologyMeasures() {
  return (
    <>
      <MethodSection id="method-terms">
        <ul>
          <li>
            <strong>Real terms</strong> are at the prices of the model’s price base year, so a pound
            in one year is worth the same as a pound in another and years can be compared fairly.
          </li>
          <li>
            <strong>Cash terms</strong> add the inflation rate you set: each year’s real figure is
            multiplied by (1 + inflation) once for every year after the price base year. These are
            the sums budgets will actually show.
          </li>
          <li>
            <strong>Present value</strong> turns a stream of future real-terms figures into one
            figure today. Money later is worth less than money now, so each year is divided by (1 +
            discount rate) once for every year after the first; the first year (year 0) is not
            discounted. The default discount rate is 3.5% a year, the HM Treasury Green Book rate.
          </li>
        </ul>
      </MethodSection>

      <MethodSection id="method-measures">
        <dl className="report-terms">
          <dt>Cost of doing nothing</dt>
          <dd>The present value of every consequence over the horizon with no service.</dd>
          <dt>Cost avoided, service cost and net saving</dt>
          <dd>
            The present value of the cost the services avoid, of what the services cost, and the
            difference between the two (cost avoided minus service cost).
          </dd>
          <dt>Benefit–cost ratio (BCR)</dt>
          <dd>
            Cost avoided divided by service cost: the pounds avoided for each pound spent. Above 1,
            the services more than pay for themselves. There is none when nothing is spent.
          </dd>
          <dt>Payback year</dt>
          <dd>
            The first financial year in which the running total of discounted net savings reaches
            zero or more, counting from the first year any service operates (a set-up cost paid
            before then still counts in the running total). The headline table, the charts and the
            command-line results all use this one definition. If that never happens within the
            horizon there is no payback year.
          </dd>
          <dt>Break-even share</dt>
          <dd>
            Service cost divided by cost avoided: the share of the assumed effects the services need
            to achieve to pay for themselves. At 40%, they pay back even if they achieve only 40% of
            what was assumed; above 100%, they do not pay back as assumed.
          </dd>
          <dt>Cashable savings</dt>
          <dd>
            The cost avoided on lines marked cashable: money that stops leaving a budget (a
            temporary accommodation bill that is never paid), as opposed to time freed up for other
            work (an officer’s hours).
          </dd>
          <dt>The cost of short-term funding</dt>
          <dd>
            The difference in net saving between two scenarios, such as one-year grants and a
            five-year commitment.
          </dd>
        </dl>
      </MethodSection>
    </>
  );
}
