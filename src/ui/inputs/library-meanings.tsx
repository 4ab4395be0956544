import { PER_INCIDENT_MEANING, PER_VICTIM_MEANING } from '../../model/reference/unit-cost-library';

/** What the library's words mean, said before anyone picks a figure. */
export function LibraryMeanings() {
  return (
    <dl className="library__meanings">
      <dt>Per incident</dt>
      <dd>{PER_INCIDENT_MEANING} Never add per-victim figures to per-incident ones.</dd>
      <dt>Per victim</dt>
      <dd>{PER_VICTIM_MEANING}</dd>
      <dt>Value type</dt>
      <dd>
        Fiscal figures are costs to a public body&rsquo;s budget: only they make the financial case.
        Economic figures (lost output and other costs to the economy) and social figures (harm to
        victims&rsquo; health and wellbeing) belong in the wider economic case, borne by society.
      </dd>
      <dt>Confidence</dt>
      <dd>
        The Unit Cost Database&rsquo;s own rating: green, amber or red. Figures from other sources
        are not rated.
      </dd>
      <dt>Cashable</dt>
      <dd>
        Whether a saving would free money in a budget. A new line starts with the library&rsquo;s
        default, after the Unit Cost Database guidance: temporary accommodation and foster and
        residential placements are cashable; police and health time and fire response are not;
        economic and social value never is. Change it when you know better.
      </dd>
    </dl>
  );
}
