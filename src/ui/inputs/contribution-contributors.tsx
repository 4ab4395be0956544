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
  return (
    <fieldset className="contributors">
      <legend>Contributors</legend>
      {partners.map((partner) => (
        <CheckboxInput
          key={partner.id}
          label={partner.name || partner.id}
          path={`${path}.${partner.id}`}
          checked={chosen.has(partner.id)}
          onChange={(checked) => {
            editScenario(null, (s) => {
              const next = new Set(contributionsOf(s).contributors ?? partners.map((p) => p.id));
              if (checked) next.add(partner.id);
              else next.delete(partner.id);
              contributionsOf(s).contributors = partners
                .map((p) => p.id)
                .filter((id) => next.has(id));
            });
          }}
        />
      ))}
      <p id={fieldId(path)} tabIndex={-1} className="field__error" hidden={!problem}>
        {problem}
      </p>
    </fieldset>
  );
}
