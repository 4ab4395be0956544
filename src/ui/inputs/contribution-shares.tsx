import { SOCIETY_KIND } from '../../model/records/partner';
import { useModel } from '../../state/store-context';
import { PercentInput } from '../shared/percent-input';
import { fieldId, useFieldProblem } from '../shared/use-field-problem';
import { shareTotal } from './bearer-share-total';
import { contributionsOf, useScenarioEdit } from './scenario-edit';
import { ScrollRegion } from '../shared/scroll-region';

type Props = {
  scenarioId: string;
  at: string;
  shares: readonly { partner: string; share: string }[];
};

/** Agreed shares of the pool, one per partner, with their running total. */
export function ContributionShares({ scenarioId, at, shares }: Props) {
  // Society never pays into the pool, so it is never offered a share.
  const partners = useModel((s) => s.file.partners.filter((p) => p.kind !== SOCIETY_KIND));
  const editScenario = useScenarioEdit(scenarioId);
  const path = `${at}.shares`;
  const problem = useFieldProblem(path);
  const total = shareTotal(shares.map((s) => s.share));
  return (
    <div className="contribution-shares">
      <ScrollRegion>
        <table className="data-table">
          <caption>Agreed shares of the pool</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => {
              const k = shares.findIndex((s) => s.partner === partner.id);
              const name = partner.name || partner.id;
              return (
                <tr key={partner.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <PercentInput
                      label={`Share paid by ${name}`}
                      className="field--in-table"
                      path={k >= 0 ? `${path}[${k}].share` : `${path}.${partner.id}`}
                      value={shares[k]?.share ?? '0'}
                      onChange={(v) => {
                        editScenario(`shares.${partner.id}`, (s) => {
                          const list = (contributionsOf(s).shares ??= []);
                          const found = list.find((x) => x.partner === partner.id);
                          if (found) found.share = v;
                          else list.push({ partner: partner.id, share: v });
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
      <p
        id={fieldId(path)}
        tabIndex={-1}
        className={total.isWhole ? 'share-total' : 'share-total field__error'}
        aria-live="polite"
      >
        {total.text}
      </p>
      {total.isWhole && problem && <p className="field__error">{problem}</p>}
    </div>
  );
}
