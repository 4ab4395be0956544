import { SOCIETY_KIND } from '../../model/records/partner';
import { useModel } from '../../state/store-context';
import { TextInput } from '../shared/text-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { ContributionShortfall } from './contribution-shortfall-view';
import { contributionsOf, useScenarioEdit } from './scenario-edit';
import { ScrollRegion } from '../shared/scroll-region';

type Props = {
  scenarioId: string;
  at: string;
  offers: readonly { partner: string; annual: string }[];
};

/** What each partner offers a year, and how far the offers fall short of the cost of the services. */
export function ContributionOffers({ scenarioId, at, offers }: Props) {
  // Society never pays into the pool, so it is never offered a row.
  const partners = useModel((s) => s.file.partners.filter((p) => p.kind !== SOCIETY_KIND));
  const editScenario = useScenarioEdit(scenarioId);
  const path = `${at}.offers`;
  const problem = useFieldProblem(path);
  return (
    <div className="contribution-offers">
      <ScrollRegion>
        <table className="data-table">
          <caption>Offers a year, paid in each year the services cost something</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Offer a year</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => {
              const k = offers.findIndex((o) => o.partner === partner.id);
              const name = partner.name || partner.id;
              return (
                <tr key={partner.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <TextInput
                      label={`Offer a year from ${name}`}
                      className="field--in-table"
                      kind="money"
                      width="short"
                      path={k >= 0 ? `${path}[${k}].annual` : `${path}.${partner.id}`}
                      value={offers[k]?.annual ?? ''}
                      onChange={(v) => {
                        editScenario(`offers.${partner.id}`, (s) => {
                          const c = contributionsOf(s);
                          const list = c.offers ?? [];
                          const found = list.find((o) => o.partner === partner.id);
                          // An empty box means no offer from that partner.
                          if (v.trim() === '')
                            c.offers = list.filter((o) => o.partner !== partner.id);
                          else if (found) found.annual = v;
                          else c.offers = [...list, { partner: partner.id, annual: v }];
                        });
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p id={fieldId(path)} tabIndex={-1} className="field__error" hidden={!problem}>
        {problem}
      </p>
      <ContributionShortfall scenarioId={scenarioId} />
    </div>
  );
}
