import type { Model } from '../../model/model';
import { formatFinancialYear, formatPercent } from '../shared/format';
import { CommitteeReportCostLines } from './committee-report-cost-lines';
import { CommitteeReportEffects } from './committee-report-effects';
import { CommitteeReportScenarios } from './committee-report-scenarios';
import { CommitteeReportServices } from './committee-report-services';
import { horizonWords } from './committee-report-summary';

type Props = { model: Model };

/** The settings, then every cost line, service, effect and scenario, with sources and confidence. */
export function CommitteeReportAssumptions({ model }: Props) {
  return (
    <section aria-labelledby="report-assumptions-heading" className="committee-report__section">
      <h3 id="report-assumptions-heading">Assumptions, sources and confidence</h3>
      <p>
        Confidence is the red–amber–green rating the GMCA / New Economy Unit Cost Database gives a
        figure taken unchanged from the app’s unit-cost library; a figure typed in, or changed
        since, is not rated.
      </p>
      <dl className="committee-report__facts">
        <dt>Years</dt>
        <dd>
          {horizonWords(model.horizonYears)} from {formatFinancialYear(model.startYear)}
        </dd>
        <dt>Prices</dt>
        <dd>
          {formatFinancialYear(model.priceBaseYear)} prices, converted with{' '}
          {model.hasOwnPriceIndex ? 'the model’s own price index' : 'HM Treasury’s GDP deflators'}
        </dd>
        <dt>Discount rate</dt>
        <dd>
          {formatPercent(model.discountRate)} a year for years 1 to 30,{' '}
          {formatPercent(model.longTermDiscountRate)} after
        </dd>
        <dt>Inflation (cash terms)</dt>
        <dd>{formatPercent(model.inflationRate)} a year</dd>
      </dl>
      <h4>Costs of doing nothing</h4>
      <CommitteeReportCostLines model={model} />
      <div className="committee-report__block">
        <h4>Services</h4>
        <CommitteeReportServices model={model} />
      </div>
      <div className="committee-report__block">
        <h4>Effects</h4>
        <CommitteeReportEffects model={model} />
      </div>
      <div className="committee-report__block">
        <h4>Funding scenarios</h4>
        <CommitteeReportScenarios model={model} />
      </div>
    </section>
  );
}
