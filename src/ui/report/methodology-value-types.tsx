import { MethodSection } from './method-section';
import { SourceNote } from './methodology-source-note';

/** The three value types, the society partner, cashability and the confidence ratings of unit costs. */
export function MethodologyValueTypes() {
  return (
    <MethodSection id="method-value-types">
      <p>Every cost line has one value type:</p>
      <ul>
        <li>
          <strong>Fiscal:</strong> money from a public body’s budget, such as temporary
          accommodation paid by the council or officers’ time paid by the police. Only fiscal value
          counts in the financial case.
        </li>
        <li>
          <strong>Economic:</strong> lost output and other costs to the economy, such as the work
          victims and their employers lose.
        </li>
        <li>
          <strong>Social:</strong> harm to victims’ health and wellbeing, the human and emotional
          cost of abuse.
        </li>
      </ul>
      <p>
        A line left without a value type is fiscal. Only a fiscal line can be marked cashable (see
        the financial case below).
      </p>
      <h4>The society partner</h4>
      <p>
        Economic and social costs fall on people, not on a budget. A partner of the kind “society”
        (victims and families, employers, the wider economy) bears them. Society never pays into the
        pool: it cannot be a contributor, nor hold an agreed share or an offer.
      </p>
      <p>
        <strong>Why:</strong> the three types answer different questions. Fiscal value asks whether
        public bodies spend less; economic value whether the economy gains; social value whether
        people are better off. Keeping them apart stops harm to victims being counted as money a
        council can take to its budget, while still showing the whole cost of abuse in the economic
        case.
      </p>
      <h4>How sure each unit cost is</h4>
      <p>
        The GMCA / New Economy Unit Cost Database rates its confidence in each figure red, amber or
        green. The Sources page shows the rating of every built-in unit cost. The model does not
        take the rating as an input; use it when you set a service’s optimism bias on benefits (see
        below).
      </p>
      <SourceNote>
        the GMCA / New Economy cost-benefit analysis guidance and Unit Cost Database (fiscal,
        economic and social value types; confidence ratings); the Green Book, which counts the costs
        and benefits to society as a whole in the economic case.
      </SourceNote>
    </MethodSection>
  );
}
