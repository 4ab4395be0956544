import { payerIds, SOCIETY_KIND } from '../../model/records/partner';
import { useModel } from '../../state/store-context';
import { CheckboxInput } from '../shared/checkbox-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { contributionsOf, useScenarioEdit } from './scenario-edit';

type Props = { scenarioId: string; at: string; contributors: readonly string[] };

/** Which partners pay into the pool under the equal, cost-borne and benefit rules. */
export function ContributionContributors({ scenarioId, at, contributors }: Props) {
  const partners = useModel((s) => s.file.partners);
  const editScenario = useScenarioEdit(scenarioId);
  const path = `${at}.contributors`;
  const problem = useFieldProblem(path);
  const chosen = new Set(contributors);
  // Society never pays, so it is not offered; one already listed (from a file) stays in view, with its
  // message, until it is unticked.
  const shown = partners.filter((p) => p.kind !== SOCIETY_KIND || chosen.has(p.id));
  return (
    <fieldset className="contributors">
      <legend>Contributors</legend>
      {shown.map((partner) => {
        const k = contributors.indexOf(partner.id);
        return (
          <CheckboxInput
            key={partner.id}
            label={partner.name || partner.id}
            path={
              k >= 0 && partner.kind === SOCIETY_KIND ? `${path}[${k}]` : `${path}.${partner.id}`
            }
            checked={chosen.has(partner.id)}
            onChange={(checked) => {
              editScenario(null, (s) => {
                const next = new Set(contributionsOf(s).contributors ?? payerIds(partners));
                if (checked) next.add(partner.id);
                else next.delete(partner.id);
                contributionsOf(s).contributors = partners
                  .map((p) => p.id)
                  .filter((id) => next.has(id));
              });
            }}
          />
        );
      })}
      <p id={fieldId(path)} tabIndex={-1} className="field__error" hidden={!problem}>
        {problem}
      </p>
    </fieldset>
  );
}
