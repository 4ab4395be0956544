import { MethodSection } from './method-section';
import { SourceNote } from './methodology-source-note';

/** The two optimism bias corrections: an uplift on costs and a cut to benefits. */
export function MethodologyOptimismBias() {
  return (
    <MethodSection id="method-optimism-bias">
      <p>
        Appraisals tend to expect too much: costs turn out higher and benefits lower than planned.
        Each service carries two separate corrections.
      </p>
      <h4>On costs</h4>
      <p>
        <strong>Cost optimism bias</strong> (0% to 200%) raises everything the service costs: with
        10%, a £450,000 service is budgeted at £495,000. The uplift is budgeted money, so it is in
        the pooled budget and partners pay it. The Green Book applies optimism bias chiefly to
        costs, with larger uplifts the less certain the estimate, falling as a project’s costs
        become firm. Left out, it is 0%: an assumption that the costs as entered are right.
      </p>
      <h4>On benefits</h4>
      <p>
        <strong>Optimism bias on benefits</strong> (0% to 100%) cuts every effect of the service:
        with 20%, only 80% of each net effect is counted. The GMCA / New Economy guidance corrects
        benefits for optimism bias by how confident one can be in the evidence: the weaker the
        evidence (a red or amber confidence rating, a small or local study), the larger the
        correction; a well-evaluated effect with green-rated costs needs little or none. Left out,
        it is 0%: an assumption that the effects as entered will be achieved.
      </p>
      <p>
        <strong>Why both:</strong> they correct different mistakes. Cost optimism bias changes what
        partners are asked to pay; optimism bias on benefits changes what they can expect back. Both
        lower the benefit–cost ratio, and neither changes the cost of doing nothing.
      </p>
      <SourceNote>
        the Green Book’s guidance on optimism bias (adjust for the proven tendency to underestimate
        costs and overstate benefits, chiefly by raising costs); the GMCA / New Economy cost-benefit
        analysis guidance and model (optimism bias corrections on costs and benefits graded by
        confidence in the evidence) and the confidence ratings of its Unit Cost Database.
      </SourceNote>
    </MethodSection>
  );
}
