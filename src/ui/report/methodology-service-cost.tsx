/** What a service costs in a year, with the optimism bias uplift that is budgeted. */
export function MethodologyServiceCost() {
  return (
    <>
      <h4>What a service costs</h4>
      <p className="formula">
        service cost = (annual cost ÷ 12 × operating months + set-up + renewals) × (1 + cost
        optimism bias)
      </p>
      <ul>
        <li>
          The running cost is paid for every month the service operates, ramp-up months included
          (the staff are paid while the service builds up), and not during a gap or after funding
          ends.
        </li>
        <li>
          The set-up cost falls in the month the first contract starts; a renewal cost in the month
          each renewal starts.
        </li>
        <li>
          <strong>Cost optimism bias</strong> raises every cost of the service by the percentage you
          set (0% to 200%). The uplift is budgeted, so it is part of the pooled budget that partners
          pay into. Left out, it is 0%: that is an assumption that the stated costs are right, fair
          for a signed contract price but not for an early estimate (see Optimism bias below).
        </li>
      </ul>
    </>
  );
}
