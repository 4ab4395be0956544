import { MethodSection } from './method-section';
import { MethodologyCaseloads } from './methodology-caseloads';
import { MethodologyUnitCosts } from './methodology-unit-costs';

/** The cost of doing nothing: the baseline, caseloads, unit costs and who bears them. */
export function MethodologyCosts() {
  return (
    <MethodSection id="method-doing-nothing">
      <p>
        “Doing nothing” is the baseline: no service is funded. Cases keep coming as the caseload
        trend says, and each case goes on causing the same consequences: hospital visits, police
        call-outs, families made homeless, children taken into care. The cost of those consequences,
        year by year, is the cost of doing nothing.
      </p>
      <p>
        <strong>Why:</strong> a saving only means something against what would happen without the
        spending. The Green Book calls this the counterfactual, or business as usual, and every
        option is compared with it.
      </p>
      <MethodologyCaseloads />
      <MethodologyUnitCosts />
    </MethodSection>
  );
}
