import { MethodSection } from './method-section';
import { SourceNote } from './methodology-source-note';

/** Deadweight and attribution: counting only the change a service itself makes. */
export function MethodologyAdditionality() {
  return (
    <MethodSection id="method-additionality">
      <p>
        Only the change a service itself makes counts as its benefit: its additional impact, over
        and above what would have happened anyway. Each effect carries two corrections:
      </p>
      <ul>
        <li>
          <strong>Deadweight:</strong> the share of the reduction that would have happened without
          the service. Some families would have found a settled home without an IDVA; their saving
          is not the service’s. Left out, deadweight is 0%: an assumption that none of the change
          would have happened anyway. Where an evaluation with a comparison group shows some
          improvement without the service, enter it.
        </li>
        <li>
          <strong>Attribution:</strong> the share of the change owed to this service rather than to
          others working with the same cases (a MARAC, the police, a health IDVA). Left out,
          attribution is 100%: an assumption that all of the change is this service’s. Where other
          agencies share the work, set it lower, so that the same saving is not claimed twice by two
          business cases.
        </li>
      </ul>
      <p>
        The reduction is already measured against doing nothing, so deadweight is only what the
        evidence behind the reduction did not take out. A third correction, displacement (a problem
        moved elsewhere rather than removed), is not modelled: see the limits of the model.
      </p>
      <p>
        <strong>Why per effect:</strong> the evidence differs from one outcome to another. A refuge
        may have firm evidence that it prevents repeat homelessness and little on health costs, so
        each effect gets its own corrections.
      </p>
      <SourceNote>
        the Green Book’s additionality guidance (count only additional impacts, net of deadweight
        and displacement); the GMCA / New Economy cost-benefit analysis guidance and model, which
        apply deadweight and attribution to every outcome before it is valued.
      </SourceNote>
    </MethodSection>
  );
}
