/**
 * Figures a formula in the workbook works out that the results do not hold as such (a line's combined
 * reduction in a year, a partner's fiscal avoided cost by year), worked out from the results in exact
 * decimals, only to be stored as the formulas' cached results.
 */
import { ONE, sum, ZERO, type Dec } from '../../model/decimal';
import type { CostLine, Model, Service } from '../../model/model';
import { netEffect } from '../../model/records/effect';
import type { ScenarioResult } from '../../model/results';

/** e_sj: 1 − Π(1 − net effect) over the service's effects naming the line or its stream, in its order. */
export function lineEffect(service: Service, line: CostLine): Dec {
  let kept = ONE;
  for (const effect of service.effects)
    if (
      (effect.target === 'costLine' && effect.id === line.id) ||
      (effect.target === 'stream' && effect.id === line.stream)
    )
      kept = kept.times(ONE.minus(netEffect(effect)));
  return ONE.minus(kept);
}

/** A_skt × (1 − optimism bias on benefits): how strongly service s works on stream k's cases in year t. */
export function strengthOf(service: Service, benefiting: readonly Dec[]): Dec[] {
  const keep = ONE.minus(service.optimismBias);
  return benefiting.map((a) => a.times(keep));
}

/** ρ_jt = 1 − Π_s (1 − e_sj × strength_skt) over the services reaching the line's stream. */
export function lineReduction(
  model: Model,
  result: ScenarioResult,
  line: CostLine,
  t: number,
): Dec {
  let kept = ONE;
  model.services.forEach((service, s) => {
    const reach = result.services[s]?.reach.find((r) => r.streamId === line.stream);
    if (!reach) return;
    const strength = strengthOf(service, [reach.benefiting[t] ?? ZERO])[0] ?? ZERO;
    kept = kept.times(ONE.minus(lineEffect(service, line).times(strength)));
  });
  return ONE.minus(kept);
}

/** Σ over the lines picked of avoided cost × the partner's share, by year. */
export function avoidedFor(
  model: Model,
  result: ScenarioResult,
  pick: (line: CostLine) => boolean,
  partnerId: string | null,
): Dec[] {
  return result.years.map((_, t) =>
    sum(
      model.costLines.map((line, j) => {
        if (!pick(line)) return ZERO;
        const avoided = result.lines[j]?.avoided[t] ?? ZERO;
        if (partnerId === null) return avoided;
        const share = line.bearers.find((b) => b.partner === partnerId)?.share ?? ZERO;
        return avoided.times(share);
      }),
    ),
  );
}
