import { MethodSection } from './method-section';

/** What an effect says, and the net effect after additionality. */
export function MethodologyEffects() {
  return (
    <MethodSection id="method-effects">
      <p>
        An effect says how much of a cost a benefiting case no longer incurs, compared with doing
        nothing: its <strong>reduction</strong>. It names either one cost line (“temporary
        accommodation falls by 30%”) or a whole caseload stream, in which case it applies to every
        cost line of that stream. Every stream an effect names, directly or through its cost line,
        must be in the service’s reach.
      </p>
      <p>Each effect is then made additional (see the next section):</p>
      <p className="formula">net effect = reduction × (1 − deadweight) × attribution</p>
      <p>
        For example, a 30% reduction with 20% deadweight and 80% attribution is a net effect of 30%
        × 0.8 × 0.8 = 19.2%.
      </p>
      <h4>Combining a service’s effects</h4>
      <p>
        Effects on the same cost line combine rather than add, because each works on what the other
        leaves. Effects naming the line combine with each other, those naming its stream with each
        other, and then the two:
      </p>
      <p className="formula">e = 1 − (1 − e on the line) × (1 − e on its stream)</p>
      <p>
        So 30% on a line and 10% on its stream make 1 − 0.7 × 0.9 = 37%, not 40%, and a service can
        never remove more than all of a cost.
      </p>
    </MethodSection>
  );
}
