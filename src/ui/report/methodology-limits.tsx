import { MethodSection } from './method-section';

/** What the model does not do, so that readers do not take its figures for more than they are. */
export function MethodologyLimits() {
  return (
    <MethodSection id="method-limits">
      <ul>
        <li>
          <strong>Expected values first, ranges beside them.</strong> Caseloads, rates and effects
          are averages, and every headline result is a central estimate. The ranges on How sure
          (sensitivity, switching values and the simulation) show how far those estimates could
          move, but they treat each input as independent of the others and are only as good as the
          ranges entered: two figures that tend to be wrong together (a higher caseload and a higher
          rate, say) make the true spread wider than the simulation shows.
        </li>
        <li>
          <strong>No displacement.</strong> The Green Book asks whether a benefit is only moved
          elsewhere: a family kept out of one council’s temporary accommodation by moving into
          another’s, a perpetrator who moves on to a new partner. The model does not subtract any
          such displacement. Where you expect it, enter a smaller reduction.
        </li>
        <li>
          <strong>“Per incident” costs average over all incidents.</strong> The Unit Cost Database’s
          costs of domestic abuse per incident are an average over all incidents, most of which are
          never reported to anyone. Applied to incidents known to services, they understate what
          those incidents cost services, so the cost of doing nothing is likely to be too low rather
          than too high.
        </li>
        <li>
          <strong>Only the horizon.</strong> Costs and benefits after the last year of the horizon
          are not counted, even for cases whose benefit would last beyond it.
        </li>
        <li>
          <strong>Services do not change caseloads.</strong> A service lowers what its cases cost;
          it does not change how many cases each stream projects.
        </li>
      </ul>
    </MethodSection>
  );
}
