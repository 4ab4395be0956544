import { MethodSection } from './method-section';

/** The comparison of two scenarios that the app calls the cost of short-term funding. */
export function MethodologyShortTermCost() {
  return (
    <MethodSection id="method-short-term">
      <p>
        Any two scenarios can be compared. The difference in their net saving, in present value, is
        what choosing one over the other costs: between one-year grants and a five-year commitment,
        it is the cost of short-term funding. It is given for both the financial case and the
        economic case.
      </p>
      <p className="formula">
        cost of short-term funding = net saving (longer) − net saving (shorter)
      </p>
      <p>
        Short-term funding costs money in three ways the model can see: the gap at each renewal,
        when the service does not run and helps nobody new; the ramp-up that may start again after
        each renewal; and the lower effectiveness of a service whose staff are on insecure
        contracts. A renewal cost adds to the pool as well. The figures behind the ready-made
        scenarios are listed in the next section.
      </p>
    </MethodSection>
  );
}
