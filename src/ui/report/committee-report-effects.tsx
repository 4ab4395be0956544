import type { Model } from '../../model/model';
import { formatPercent } from '../shared/format';
import { ScrollRegion } from '../shared/scroll-region';

type Props = { model: Model };

/** Each service's effects: what it reduces, by how much, the additionality and what the figure leans on. */
export function CommitteeReportEffects({ model }: Props) {
  const lines = new Map(model.costLines.map((l) => [l.id, l.name.trim() || l.id]));
  const streams = new Map(model.streams.map((s) => [s.id, s.name.trim() || s.id]));
  const rows = model.services.flatMap((service) =>
    service.effects.map((effect, k) => ({
      key: `${service.id}-${k}`,
      service: service.name.trim() || service.id,
      target:
        effect.target === 'costLine'
          ? (lines.get(effect.id) ?? effect.id)
          : `Every cost of ${streams.get(effect.id) ?? effect.id}`,
      effect,
    })),
  );
  if (rows.length === 0) return <p>No service has an effect yet.</p>;
  return (
    <ScrollRegion>
      <table className="data-table committee-report__table committee-report__assumptions">
        <caption>The effects assumed: reduction, deadweight, attribution and source</caption>
        <thead>
          <tr>
            <th scope="col">Service and what it reduces</th>
            <th scope="col" className="num">
              Reduction
            </th>
            <th scope="col" className="num">
              Deadweight
            </th>
            <th scope="col" className="num">
              Attribution
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, service, target, effect }) => (
            <tr key={key}>
              <th scope="row">
                {service}: {target}
              </th>
              <td className="num">{formatPercent(effect.reduction)}</td>
              <td className="num">{formatPercent(effect.deadweight)}</td>
              <td className="num">{formatPercent(effect.attribution)}</td>
              <td className="committee-report__source">{effect.source.trim() || 'Not stated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
