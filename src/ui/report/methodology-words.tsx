import { MethodSection } from './method-section';

/** The words the rest of the page relies on, each in one or two plain sentences. */
export function MethodologyWords() {
  return (
    <MethodSection id="method-words">
      <dl className="report-terms">
        <dt>Financial year</dt>
        <dd>
          April to March, named by the year it starts in and written 2026/27. The model’s first
          financial year is year 0; the next is year 1, and so on.
        </dd>
        <dt>Horizon</dt>
        <dd>The number of financial years the model looks ahead (1 to 50).</dd>
        <dt>Price base year</dt>
        <dd>The financial year whose prices every real-terms figure is stated in.</dd>
        <dt>Real terms</dt>
        <dd>
          At the prices of the price base year, so a pound in one year buys as much as in another.
        </dd>
        <dt>Cash terms</dt>
        <dd>Real terms with the inflation rate you set added: the sums budgets will show.</dd>
        <dt>Present value (PV)</dt>
        <dd>
          A stream of yearly real-terms figures turned into one figure today, by discounting later
          years (see the next section).
        </dd>
        <dt>Partner</dt>
        <dd>
          An agency that bears costs and may pay into the pooled budget: the council, housing,
          children’s services, police, health, fire and rescue, probation, a voluntary body or
          another. One more kind, <strong>society</strong>, stands for victims, families, employers
          and the wider economy: it bears costs but never pays.
        </dd>
        <dt>Caseload stream</dt>
        <dd>
          A count of cases each year, such as victims known to services, high-risk cases heard at
          MARAC, or children in affected households.
        </dd>
        <dt>Cost line</dt>
        <dd>
          A consequence of a case that costs someone money, such as a mother and her children made
          homeless and placed in temporary accommodation.
        </dd>
        <dt>Service</dt>
        <dd>
          What the pooled budget buys, such as an IDVA service, a refuge or a perpetrator programme.
        </dd>
        <dt>Scenario</dt>
        <dd>
          A way of funding the services: one-year grants, a five-year commitment, a one-year pilot.
          Doing nothing (no service at all) is the baseline every scenario is measured against; it
          is always there and is not one of the scenarios you list.
        </dd>
      </dl>
    </MethodSection>
  );
}
