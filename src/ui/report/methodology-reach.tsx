import { MethodSection } from './method-section';

/** Which cases a running service helps, and how long their benefit lasts. */
export function MethodologyReach() {
  return (
    <MethodSection id="method-reach">
      <h4>Reach: coverage and capacity</h4>
      <p>
        A service’s reach lists the caseload streams it serves. For each it gives a{' '}
        <strong>coverage</strong>, the share of the stream’s cases it reaches (for example 60% of
        high-risk cases), and may give a <strong>capacity</strong>, the most cases a year it can
        help when running at full level. The share of a year’s cases the service helps is:
      </p>
      <p className="formula">g = Ō × min(coverage, capacity ÷ caseload)</p>
      <p>
        The capacity term applies only where a capacity is given, and nobody is helped in a year
        with no cases. Coverage left out is 100%: an assumption that the service reaches every case
        of the stream. A service with no reach listed reaches every stream its effects name, at 100%
        coverage and no capacity limit.
      </p>

      <h4>How long the benefit lasts</h4>
      <p>
        A helped case benefits in the year it is helped and for <strong>benefit years − 1</strong>{' '}
        years after, and not after that. Within that time the benefit can fade by the service’s{' '}
        <strong>drop-off</strong> a year: it counts at weight (1 − drop-off)^a in the a-th year
        after the help. The share of a year’s cases that benefit adds up the cases helped this year
        and in earlier years whose benefit still lasts:
      </p>
      <p className="formula">
        A(t) = min(1, Σ g(t − a) × (1 − drop-off)^a), a = 0 … benefit years − 1
      </p>
      <p>
        For example, a service that helps 30% of a stream’s cases in each of two years and then
        stops, with a benefit of 2 years and a drop-off of 50%, gives 30% benefiting in the first
        year, 30% + 15% = 45% in the second, 15% in the third and none after. The share never passes
        100%: no more cases can benefit than there are.
      </p>
      <p>
        Benefit years left out is 1: an assumption, and a cautious one, that help counts only in the
        year it is given. Drop-off left out is 0%: the benefit holds in full for as long as it
        lasts. Raise benefit years only where evaluation shows the effect lasting, for example
        repeat victimisation staying lower a year after IDVA support ends.
      </p>
      <p>
        <strong>Why:</strong> a saving is claimed only for cases a service actually reached while it
        ran, and only for as long as evidence says the help lasts. The Green Book asks for benefits
        to be traced to the spending that causes them; cases that arrive after the money has stopped
        were never helped.
      </p>
    </MethodSection>
  );
}
