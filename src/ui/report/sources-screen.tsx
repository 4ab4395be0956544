import { useState } from 'react';
import { HMT_PRICE_INDEX } from '../../model/reference/hmt-price-index';
import {
  UCD_CREDIT,
  UCD_LICENCE,
  UNIT_COST_LIBRARY,
} from '../../model/reference/unit-cost-library';
import { useModel } from '../../state/store-context';
import { formatFinancialYear } from '../shared/format';
import { ModelSourcesTable } from './model-sources-table';
import { groupByArea } from './unit-cost-areas';
import { UnitCostTable } from './unit-cost-table';

const ALL = 'all';
const GROUPS = groupByArea(UNIT_COST_LIBRARY);
const CREDITS = [...new Set(UNIT_COST_LIBRARY.flatMap((entry) => entry.credit ?? []))];
const INDEX_YEARS = Object.keys(HMT_PRICE_INDEX.values).map(Number);

/** Where every built-in figure comes from, the credit its licence asks for, and this model's sources. */
export function SourcesScreen() {
  const [area, setArea] = useState<string>(ALL);
  const ownIndex = useModel((s) => s.file.priceIndex !== undefined);
  const shown = GROUPS.map((group, index) => ({ group, index })).filter(
    ({ group }) => area === ALL || group.area === area,
  );
  return (
    <section aria-labelledby="sources-heading" className="screen report">
      <h2 id="sources-heading">Sources</h2>
      <p className="lead">
        Where the built-in figures come from, and the sources this model’s own cost lines give.
      </p>

      <h3>Unit-cost library</h3>
      {CREDITS.map((credit) => (
        <p key={credit} className="report-credit">
          Contains figures from the {credit}
          {credit === UCD_CREDIT && (
            <>
              , licensed under the{' '}
              <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
                {UCD_LICENCE}
              </a>{' '}
              licence
            </>
          )}
          .
        </p>
      ))}
      <p>
        Each figure is at the prices of its own financial year; the app converts it to the model’s
        price base with the price index below. Confidence is the rating the reference notes give
        (green the most certain, red the least). Read each warning before using a figure: several
        overlap and must not be added together.
      </p>
      <div className="field">
        <label htmlFor="sources-area">Show unit costs for</label>
        <select
          id="sources-area"
          className="input input--medium"
          value={area}
          onChange={(event) => {
            setArea(event.currentTarget.value);
          }}
        >
          <option value={ALL}>All areas</option>
          {GROUPS.map((group) => (
            <option key={group.area} value={group.area}>
              {group.area}
            </option>
          ))}
        </select>
      </div>
      {shown.map(({ group, index }) => (
        <UnitCostTable key={group.area} group={group} index={index} />
      ))}

      <h3>Price index</h3>
      <p>
        {HMT_PRICE_INDEX.release}. Index base: {HMT_PRICE_INDEX.base}. It covers{' '}
        {formatFinancialYear(Math.min(...INDEX_YEARS))} to{' '}
        {formatFinancialYear(Math.max(...INDEX_YEARS))}.
      </p>
      {ownIndex && (
        <p className="notice">
          This model uses its own price index series, entered on the Set-up screen, instead of the
          built-in one.
        </p>
      )}

      <h3>This model’s cost lines</h3>
      <ModelSourcesTable />
    </section>
  );
}
