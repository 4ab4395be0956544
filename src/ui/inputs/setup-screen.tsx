import { MODEL_SETTINGS_DEFAULTS } from '../../model/records/model-settings';
import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import { useModel, useAppStore } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { TextInput } from '../shared/text-input';
import { PercentInput } from '../shared/percent-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { PriceIndexTable } from './price-index-table';

export function SetupScreen() {
  const store = useAppStore();
  const edit = store.getState().edit;
  const file = useModel((s) => s.file);
  return (
    <section aria-labelledby="setup-heading" className="screen">
      <h2 id="setup-heading">Set-up</h2>
      <p className="lead">
        Name the model and set the years it covers. Prices are in real terms at the price base year
        unless a figure says otherwise.
      </p>
      <div className="form-grid">
        <TextInput
          label="Title"
          path="title"
          width="long"
          value={file.title}
          onChange={(v) => {
            edit((d) => {
              d.title = v;
            }, 'title');
          }}
        />
        <TextInput
          label="Area"
          path="area"
          value={file.area}
          onChange={(v) => {
            edit((d) => {
              d.area = v;
            }, 'area');
          }}
        />
        <WholeNumberInput
          label="First financial year"
          path="startYear"
          hint={`The year it starts in: ${formatFinancialYear(file.startYear)} is ${file.startYear}.`}
          value={file.startYear}
          onChange={(v) => {
            edit((d) => {
              d.startYear = v;
            }, 'startYear');
          }}
        />
        <WholeNumberInput
          label="Horizon"
          path="horizonYears"
          suffix="years"
          hint="From 1 to 50 years."
          value={file.horizonYears}
          onChange={(v) => {
            edit((d) => {
              d.horizonYears = v;
            }, 'horizonYears');
          }}
        />
        <WholeNumberInput
          label="Price base year"
          path="priceBaseYear"
          hint={`Figures in real terms are at ${formatFinancialYear(file.priceBaseYear)} prices.`}
          value={file.priceBaseYear}
          onChange={(v) => {
            edit((d) => {
              d.priceBaseYear = v;
            }, 'priceBaseYear');
          }}
        />
        <PercentInput
          label="Discount rate"
          path="discountRate"
          hint="HM Treasury Green Book rate: 3.5%, for the first 31 years (years 0 to 30)."
          value={file.discountRate}
          onChange={(v) => {
            edit((d) => {
              d.discountRate = v;
            }, 'discountRate');
          }}
        />
        <PercentInput
          label="Long-term discount rate"
          path="longTermDiscountRate"
          hint="Green Book: 3.0% for years 31 to 75, counting the first year as year 0; used only when the horizon is longer than 31 years."
          value={file.longTermDiscountRate ?? MODEL_SETTINGS_DEFAULTS.longTermDiscountRate}
          onChange={(v) => {
            edit((d) => {
              d.longTermDiscountRate = v;
            }, 'longTermDiscountRate');
          }}
        />
        <PercentInput
          label="Inflation"
          path="inflationRate"
          hint="Turns real-terms figures into cash terms."
          value={file.inflationRate}
          onChange={(v) => {
            edit((d) => {
              d.inflationRate = v;
            }, 'inflationRate');
          }}
        />
      </div>
      <label className="field field--wide">
        <span>Notes</span>
        <textarea
          className="input input--notes"
          value={file.notes}
          rows={3}
          onChange={(e) => {
            const v = e.currentTarget.value;
            edit((d) => {
              d.notes = v;
            }, 'notes');
          }}
        />
      </label>
      <h3>Price index</h3>
      <p>
        Unit costs are converted from their price year to the price base with this index.{' '}
        {file.priceIndex
          ? 'This model uses its own series.'
          : `This model uses the built-in series: ${HMT_PRICE_INDEX.release} (${HMT_PRICE_INDEX.base}).`}
      </p>
      <PriceIndexTable />
    </section>
  );
}
