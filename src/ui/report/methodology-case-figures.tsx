/** Each headline figure defined once; the financial case uses the same definitions on fiscal lines. */
export function MethodologyCaseFigures() {
  return (
    <dl className="report-terms">
      <dt>Cost of doing nothing</dt>
      <dd>The present value of every consequence over the horizon with no service.</dd>
      <dt>Service cost</dt>
      <dd>
        The present value of what the services cost, with cost optimism bias: the pooled budget.
      </dd>
      <dt>Cost avoided</dt>
      <dd>The present value of the cost the services avoid.</dd>
      <dt>Net saving</dt>
      <dd>Cost avoided minus service cost. Below zero, the services cost more than they avoid.</dd>
      <dt>Benefit–cost ratio (BCR)</dt>
      <dd>
        Cost avoided divided by service cost: the pounds avoided for each pound spent. Above 1, the
        services more than pay for themselves. There is none when nothing is spent.
      </dd>
      <dt>Payback year</dt>
      <dd>
        The first financial year in which the running total of discounted net savings reaches zero
        or more, counting from the first year in which any service operates (a set-up cost paid
        before then still counts in the running total). Counting from then means a year before
        anything has happened is never called payback. If it never happens within the horizon there
        is no payback year. The headline table, the charts and the command-line results all use this
        one definition.
      </dd>
      <dt>Break-even scale</dt>
      <dd>
        Service cost divided by cost avoided: the share of the assumed effects the services need to
        achieve to pay for themselves. At 40%, they pay back even if they achieve only 40% of what
        was assumed; above 100%, they do not pay back as assumed.
      </dd>
      <dt>Cashable cost avoided</dt>
      <dd>
        The fiscal cost avoided on lines marked cashable: money that stops leaving a budget (a
        temporary accommodation or foster placement bill that is never paid), as opposed to time
        freed for other work (police and health time, mostly staff, is not cashable in the short
        run). Whether a line is cashable is a judgement you make for each line; a line is not
        cashable unless you mark it.
      </dd>
      <dt>For each partner</dt>
      <dd>
        The cost of doing nothing it bears, the cost avoided for it, its contribution and its net
        benefit (cost avoided minus contribution), in all and for fiscal lines alone.
      </dd>
    </dl>
  );
}
