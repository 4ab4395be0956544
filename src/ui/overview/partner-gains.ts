/**
 * Which paying partners gain most and least under a scenario: each partner's fiscal net benefit in
 * present value (the cost it avoids in its own budget, less what it pays into the pool). Victims and
 * families (kind society) never pay, so they are left out; so is a partner with nothing at stake under
 * the scenario (it avoids no fiscal cost and pays nothing), whose "gain" of £0 says nothing.
 */
import type { Dec } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { ScenarioResult } from '../../model/results';

export type PartnerGain = {
  partnerId: string;
  name: string;
  /** Fiscal cost avoided, PV. */
  avoided: Dec;
  /** Contribution, PV. */
  contribution: Dec;
  /** avoided − contribution, PV. */
  netBenefit: Dec;
};

/** Paying partners, the largest net benefit first; equals keep the model's partner order. */
export function partnerGains(model: Model, result: ScenarioResult): PartnerGain[] {
  const summaries = new Map(result.partnerSummaries.map((s) => [s.partnerId, s]));
  const gains: PartnerGain[] = [];
  model.partners.forEach((partner) => {
    const summary = summaries.get(partner.id);
    if (partner.kind === 'society' || !summary) return;
    if (summary.fiscal.avoided.pv.isZero() && summary.contribution.pv.isZero()) return;
    gains.push({
      partnerId: partner.id,
      name: partner.name.trim() || partner.id,
      avoided: summary.fiscal.avoided.pv,
      contribution: summary.contribution.pv,
      netBenefit: summary.fiscal.netBenefit.pv,
    });
  });
  // Array.prototype.sort is stable, so equals stay in model order.
  return gains.sort((a, b) => b.netBenefit.comparedTo(a.netBenefit));
}
