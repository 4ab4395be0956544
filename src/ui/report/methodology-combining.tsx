import { MethodSection } from './method-section';

/** How every service's effect on a cost line combines into the share of that cost avoided. */
export function MethodologyCombining() {
  return (
    <MethodSection id="method-combining">
      <p>The share of a cost line’s cost avoided in a year, all services together, is:</p>
      <p className="formula">ρ = 1 − Π(1 − e × A × (1 − OB))</p>
      <dl className="formula-terms">
        <dt>ρ (rho)</dt>
        <dd>the share of the line’s cost avoided that year;</dd>
        <dt>Π (product)</dt>
        <dd>multiply the bracket for every service together;</dd>
        <dt>e</dt>
        <dd>the service’s combined net effect on the line;</dd>
        <dt>A</dt>
        <dd>the share of the line’s stream benefiting from the service that year;</dd>
        <dt>OB</dt>
        <dd>the service’s optimism bias on benefits.</dd>
      </dl>
      <p>
        For one service with a net effect of 30% on a line, 60% of the stream benefiting and 20%
        optimism bias, 30% × 0.6 × 0.8 = 14.4% of the line’s cost is avoided. Services combine by
        multiplying what each leaves, not by adding what each removes: two services that each avoid
        half of a cost avoid three quarters of it together, never more than all of it.
      </p>
      <p className="formula">cost avoided = cost of doing nothing × ρ</p>
      <p>
        The rest is the cost that remains. Each bearer of the line gets its share of both, so a
        partner’s cost avoided is its share of every line it bears.
      </p>
    </MethodSection>
  );
}
