import { MethodSection } from './method-section';
import { MethodologyCaseFigures } from './methodology-case-figures';
import { SourceNote } from './methodology-source-note';

/** The two cases the results give, what separates them, and how to test them. */
export function MethodologyCases() {
  return (
    <MethodSection id="method-cases">
      <p>Every scenario’s results are given twice:</p>
      <ul>
        <li>
          <strong>The financial case</strong> counts fiscal lines alone: money in public bodies’
          budgets. It answers what lands in partners’ budgets, and how much of it is cashable.
        </li>
        <li>
          <strong>The economic case</strong> counts every value type, fiscal, economic and social:
          the whole cost of abuse to society and how much of it the services avoid.
        </li>
      </ul>
      <p>
        The service cost is the same in both: the services are paid for from public budgets. All
        figures are present values over the horizon unless a year is named.
      </p>
      <MethodologyCaseFigures />
      <h4>Testing the assumptions</h4>
      <p>
        The figures are only as good as the assumptions behind them. The break-even scale is a
        switching value: it says how far the effects could fall short before the services no longer
        pay back. Change one assumption at a time (a reduction, deadweight, benefit years, a gap)
        and watch the figures move, and compare the financial case with the economic case: a
        scenario may pay back to society long before it pays back to budgets.
      </p>
      <SourceNote>
        the Green Book’s five-case model, which keeps the economic case (value to society) apart
        from the financial case (affordability and budgets), and its guidance on sensitivity
        analysis and switching values; the GMCA / New Economy cost-benefit analysis guidance, whose
        financial case counts fiscal values only, with a judgement of how much is cashable, and
        whose economic and social values belong in the wider case.
      </SourceNote>
    </MethodSection>
  );
}
