import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import { DoNothingChart } from '../shared/do-nothing-chart';
import { NetSavingChart } from '../shared/net-saving-chart';

type Props = { model: Model; results: Results };

/**
 * Drawn at one fixed size that fits the width of an A4 page inside its margins (180 mm is 680 CSS
 * pixels), so the printed charts are the vector drawings seen on screen, never refitted while printing.
 */
export const REPORT_CHART_SIZE = { width: 640, height: 240 } as const;

/** The charts that carry the argument: who bears the cost of doing nothing, and the net saving in each case. */
export function CommitteeReportCharts({ model, results }: Props) {
  const shared = { model, results, basis: 'pv', pence: false, size: REPORT_CHART_SIZE } as const;
  return (
    <section aria-labelledby="report-charts-heading" className="committee-report__section">
      <h3 id="report-charts-heading">Charts</h3>
      <p>
        Each chart says in words what it shows. On screen, “Show the table” under a chart lists its
        figures.
      </p>
      <div className="committee-report__figure">
        <h4>Who bears the cost of doing nothing</h4>
        <DoNothingChart {...shared} kind="financial" />
      </div>
      <div className="committee-report__figure">
        <h4>The net saving in the financial case</h4>
        <NetSavingChart {...shared} kind="financial" />
      </div>
      <div className="committee-report__figure">
        <h4>The net saving in the economic case</h4>
        <NetSavingChart {...shared} kind="economic" />
      </div>
    </section>
  );
}
