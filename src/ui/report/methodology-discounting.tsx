import { MethodSection } from './method-section';
import { SourceNote } from './methodology-source-note';

/** Real and cash terms, and the Green Book's declining discount rate. */
export function MethodologyDiscounting() {
  return (
    <MethodSection id="method-discounting">
      <p>Every cost is first worked out in real terms. Cash terms add inflation for budgets:</p>
      <p className="formula">cash = real × (1 + inflation)^(year − price base year)</p>
      <p>
        Present values are always worked from real-terms figures, never from cash: inflation is
        taken out first so that discounting does not count it a second time. Each year’s real figure
        is multiplied by a discount factor and the results are added up:
      </p>
      <p className="formula">PV = Σ real(t) × DF(t)</p>
      <p className="formula">DF(0) = 1; DF(t) = DF(t − 1) ÷ (1 + r(t))</p>
      <dl className="formula-terms">
        <dt>DF(t)</dt>
        <dd>the discount factor of year t; year 0, the first financial year, is not discounted;</dd>
        <dt>r(t)</dt>
        <dd>
          the discount rate: 3.5% a year for years 1 to 30, and 3.0% a year for years 31 and later
          (both can be changed in Set-up).
        </dd>
      </dl>
      <p>
        For example, £1,000 of real-terms cost in year 1 has a present value of £966.18 (£1,000 ÷
        1.035). In year 30 it is worth £356.28 today; in year 31 it is worth £345.90, because that
        year is discounted at 3.0% rather than 3.5% (at 3.5% it would be £344.23).
      </p>
      <p>
        <strong>Why:</strong> people and governments value a pound now more than a pound later, so
        savings that come years after the spending count for less than the spending itself. The
        Green Book sets this rate, the social time preference rate, at 3.5% for the first 30 years
        and lower after that, because the far future is less certain. A model’s horizon is at most
        50 years, so the Green Book’s rate for years 31 to 75 is the last one needed.
      </p>
      <SourceNote>
        the Green Book’s discounting guidance (3.5% for years 0 to 30, 3.0% for years 31 to 75, real
        terms discounted, year 0 not discounted); the GMCA / New Economy cost-benefit analysis
        guidance and model, which use the Green Book rate so that local appraisals can be compared
        with national ones.
      </SourceNote>
    </MethodSection>
  );
}
