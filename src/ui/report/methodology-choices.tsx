import { MethodSection } from './method-section';

/** Decisions the app took where the method leaves a choice open, written down for auditors. */
export function MethodologyChoices() {
  return (
    <MethodSection id="method-choices">
      <ul>
        <li>
          Service costs (annual, set-up and renewal) are entered at price base year prices: they are
          not adjusted by the price index.
        </li>
        <li>
          A renewal cost falls in the month each renewal starts, even when a gap means the service
          does not run again until later: the re-tendering and recruiting happen during the gap.
        </li>
        <li>
          Under every rule but offers, each year’s pool in cash terms is shared out to the penny in
          the same way as in real terms, so each year’s cash contributions add up to that year’s
          cash pool. An offer in cash terms is the yearly sum with inflation added, rounded to the
          penny.
        </li>
        <li>
          An optional field left empty takes its default, just as if it had been left out: for
          example an empty set-up cost is £0 and an empty scenario effectiveness is 100%.
        </li>
        <li>
          Any figure larger than £1,000,000,000,000,000 (a thousand million million) is refused as a
          mistake rather than a real figure.
        </li>
        <li>
          Inflation and a caseload’s growth rate can be at most 100% a year. Figures that each pass
          can still multiply into absurd ones (a caseload doubling every year for 50 years), so a
          model is also refused if its projected caseload would pass 1,000,000,000 in any year, or
          any of its money figures, in real or cash terms, would pass that same thousand million
          million pounds. The message names the stream, cost line, service or setting that drives
          it.
        </li>
        <li>
          Every calculation keeps 34 significant digits. Money is rounded half up to the penny only
          when it is shown or exported, never along the way.
        </li>
      </ul>
    </MethodSection>
  );
}
