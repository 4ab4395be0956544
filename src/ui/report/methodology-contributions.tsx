import { MethodSection } from './method-section';
import { MethodologyPennies } from './methodology-pennies';

/** The contribution rules; the penny rounding follows in its own component. */
export function MethodologyContributions() {
  return (
    <MethodSection id="method-contributions">
      <p>
        The pool each year is what the services cost that year, cost optimism bias included. Each
        scenario shares it between the contributing partners by one of five rules. Contributors are
        every partner except society unless the scenario names them; society never pays.
      </p>
      <ul>
        <li>
          <strong>Equal shares:</strong> every contributor pays the same.
        </li>
        <li>
          <strong>By cost borne:</strong> in proportion to the present value of the fiscal cost of
          doing nothing each contributor bears. Those whose budgets carry most of the problem pay
          most.
        </li>
        <li>
          <strong>By benefit:</strong> in proportion to the present value of the fiscal cost avoided
          for each contributor in that scenario. Those whose budgets save most pay most.
        </li>
        <li>
          <strong>Agreed shares:</strong> shares you set, which must add up to exactly 100%.
        </li>
        <li>
          <strong>Offers:</strong> each partner offers a fixed sum a year, paid in every year the
          pool is not zero. An offer is money paid, so it is rounded half up to whole pennies first
          (an offer of £600.005 is £600.01 a year) and every figure follows from the rounded sum.
          The shortfall (or surplus) against the pool is shown for each year and as a present value.
        </li>
      </ul>
      <p>
        <strong>Why fiscal values only:</strong> contributions come out of budgets, so sharing them
        by economic or social value would make a partner pay for harm that never touches its budget.
      </p>
      <p>
        If a rule cannot be applied, for example sharing by cost borne when none of the contributors
        bears any fiscal cost, the app says so instead of dividing by zero. When the pool is zero in
        every year, everyone pays nothing, whatever the rule.
      </p>
      <MethodologyPennies />
    </MethodSection>
  );
}
