import { GMCA_GUIDANCE, GREEN_BOOK } from './methodology-citations';

type Props = { onNavigate: (screen: string) => void };

/** The method (version 2) in a few lines, pointing to the Methodology screen for the whole of it. */
export function CommitteeReportMethod({ onNavigate }: Props) {
  return (
    <section aria-labelledby="report-method-heading" className="committee-report__section">
      <h3 id="report-method-heading">The method in brief</h3>
      <p>
        The figures follow version 2 of the app’s method, written to be accepted under{' '}
        <cite>{GREEN_BOOK}</cite> and the <cite>{GMCA_GUIDANCE}</cite>.
      </p>
      <ul>
        <li>
          The cost of doing nothing is each caseload’s projected cases × how often a consequence
          happens × how many units × the unit cost, restated in one year’s prices and shared among
          the partners who bear it.
        </li>
        <li>
          A service helps only the cases it reaches while it is running, up to its coverage and
          capacity. A helped case benefits for a stated number of years, and cases that arrive after
          the money stops, or in a gap between contracts, are not helped.
        </li>
        <li>
          Each effect is counted net of deadweight (what would have happened anyway) and attribution
          (the share owed to this service). Optimism bias reduces the benefits and raises the costs,
          as the Green Book asks.
        </li>
        <li>
          Short-term funding is modelled through its contracts: each renewal can start late and the
          service may have to build up again, so less help reaches cases for the same years.
        </li>
        <li>
          The financial case counts only fiscal values (what lands in public bodies’ budgets); the
          economic case adds costs to the economy and harm to victims and families. Both weigh the
          same service cost.
        </li>
        <li>
          Money is discounted to present value at the Green Book rate. The benefit–cost ratio is the
          cost avoided divided by the service cost, and the payback year is the first in which the
          running discounted net saving reaches zero.
        </li>
        <li>
          The pooled budget is shared among the partners by the chosen rule, to the penny, so each
          year’s contributions add up exactly to what the services cost.
        </li>
      </ul>
      <p>
        The{' '}
        <a
          href="?screen=methodology"
          onClick={(event) => {
            event.preventDefault();
            onNavigate('methodology');
          }}
        >
          Methodology screen
        </a>{' '}
        of the app explains every step, with its reasons, its sources and the limits of the model.
      </p>
    </section>
  );
}
