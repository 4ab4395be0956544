import type { ContributionsFile } from '../../model/model-file';
import { DEFAULT_CONTRIBUTION_RULE } from '../../model/records/contributions';
import { payerIds } from '../../model/records/partner';
import { useModel } from '../../state/store-context';
import { SelectInput } from '../shared/select-input';
import { ContributionContributors } from './contribution-contributors';
import { ContributionOffers } from './contribution-offers';
import { RULE_OPTIONS, switchRule } from './contribution-rules';
import { ContributionShares } from './contribution-shares';
import { contributionsOf, useScenarioEdit } from './scenario-edit';

type Props = { scenarioId: string; index: number; contributions: ContributionsFile | undefined };

/** How the pooled budget (the cost of the services each year) is shared between partners. */
export function ContributionFieldset({ scenarioId, index, contributions }: Props) {
  const partners = useModel((s) => s.file.partners);
  const editScenario = useScenarioEdit(scenarioId);
  const at = `scenarios[${index}].contributions`;
  const rule = contributions?.rule ?? DEFAULT_CONTRIBUTION_RULE;
  // Society never pays: the contributors default to every other partner.
  const payers = payerIds(partners);
  return (
    <fieldset className="contributions">
      <legend>Who pays</legend>
      <SelectInput
        label="Rule"
        path={`${at}.rule`}
        hint="The pool each year is what the services cost that year; the rule shares it out."
        value={rule}
        options={RULE_OPTIONS}
        onChange={(v) => {
          editScenario(null, (s) => {
            switchRule(contributionsOf(s), v, payers);
          });
        }}
      />
      {(rule === 'equal' || rule === 'costBorne' || rule === 'benefit') && (
        <ContributionContributors
          scenarioId={scenarioId}
          at={at}
          contributors={contributions?.contributors ?? payers}
        />
      )}
      {rule === 'custom' && (
        <ContributionShares scenarioId={scenarioId} at={at} shares={contributions?.shares ?? []} />
      )}
      {rule === 'offers' && (
        <ContributionOffers scenarioId={scenarioId} at={at} offers={contributions?.offers ?? []} />
      )}
    </fieldset>
  );
}
