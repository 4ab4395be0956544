import { MethodSection } from './method-section';

/** The contribution rules and how each year's pool is shared out to the penny. */
export function MethodologyContributions() {
  return (
    <MethodSection id="method-contributions">
      <p>
        The pool each year is what the services cost that year. Each scenario shares it between the
        contributing partners by one of five rules:
      </p>
      <ul>
        <li>
          <strong>Equal shares:</strong> every contributor pays the same.
        </li>
        <li>
          <strong>By cost borne:</strong> in proportion to the present value of the cost of doing
          nothing each contributor bears. Those who carry most of the problem pay most.
        </li>
        <li>
          <strong>By benefit:</strong> in proportion to the present value of the cost avoided for
          each contributor in that scenario. Those who save most pay most.
        </li>
        <li>
          <strong>Agreed shares:</strong> shares you set, which must add up to exactly 100%.
        </li>
        <li>
          <strong>Offers:</strong> each partner offers a fixed sum a year, paid in every year the
          pool is not zero. An offer is money paid, so it is rounded to whole pennies first (an
          offer of £600.005 is £600.01 a year) and every figure follows from the rounded sum. The
          shortfall (or surplus) against the pool is shown for each year and as a present value.
        </li>
      </ul>
      <p>
        If a rule cannot be applied, for example sharing by cost borne when none of the contributors
        bears any cost, the app says so instead of dividing by zero. When the pool is zero in every
        year, everyone pays nothing, whatever the rule.
      </p>
      <h4>Rounding to the penny</h4>
      <p>
        Shares are worked out exactly and then rounded so that they add up to the pool, rounded to
        the penny, with not a penny more or less. Each partner’s share is first rounded down to the
        penny. The pennies left over then go one at a time to the partners whose shares lost the
        most in rounding down; when two lost the same, the partner listed first gets the penny.
      </p>
      <p>
        Cash-terms and present-value shares are rounded separately in the same way, so each adds up
        to its own pool.
      </p>
    </MethodSection>
  );
}
