/**
 * Who pays into the pool under each rule (MODEL.md, "Contributions"). The pool in year t is that year's
 * total service cost; weighted shares are rounded to pennies that add up exactly to the pool; offers are
 * rounded to pennies and paid in every year with a pool.
 */
import { ONE, sum, toPennies, ZERO, type Dec as DecType } from './decimal';
import { allocatePennies } from './allocate-pennies';
import type { Contributions, Partner } from './model';
import type { ContributionLedger, YearFactors } from './results';
import { inBasis, presentValue } from './year-factors';

export type PartnerContribution = {
  weight: DecType | null;
  isContributor: boolean;
  /** Real terms by year, whole pennies. */
  real: DecType[];
  /** Cash terms by year, whole pennies. */
  cash: DecType[];
  /**
   * Present value of the real-terms payments as rounded to pennies (full precision: it reconciles with
   * the yearly table discounted in a spreadsheet).
   */
  pv: DecType;
};

export type ContributionOutcome =
  | { ok: true; partners: PartnerContribution[]; shortfall: DecType[] | null }
  | { ok: false; message: string };

type Inputs = {
  contributions: Contributions;
  partners: readonly Partner[];
  /** B_t, real terms. */
  pool: readonly DecType[];
  factors: YearFactors;
  /** PV of the fiscal do-nothing cost each partner bears, by partner id. */
  doNothingPV: ReadonlyMap<string, DecType>;
  /** PV of the fiscal cost avoided for each partner in this scenario, by partner id. */
  avoidedPV: ReadonlyMap<string, DecType>;
};

const RULE_WORDS = {
  costBorne: 'none of the contributors bears any fiscal cost of doing nothing',
  benefit: 'no fiscal cost is avoided for any of the contributors in this scenario',
} as const;

export type WeightInputs = Pick<Inputs, 'contributions' | 'partners' | 'doNothingPV' | 'avoidedPV'>;

/** Weights w_p for every partner in model order (0 for non-contributors), or why they cannot be found. */
export function contributionWeights(
  inputs: WeightInputs,
): { ok: true; weights: DecType[] } | { ok: false; message: string } {
  const { contributions, partners } = inputs;
  const { rule } = contributions;
  if (rule === 'custom') {
    const byPartner = new Map(contributions.shares.map((s) => [s.partner, s.share]));
    return { ok: true, weights: partners.map((p) => byPartner.get(p.id) ?? ZERO) };
  }
  const contributors = new Set(contributions.contributors);
  const n = partners.filter((p) => contributors.has(p.id)).length;
  if (rule === 'equal') {
    if (n === 0) return { ok: false, message: 'Choose at least one contributor.' };
    const each = ONE.div(n);
    return { ok: true, weights: partners.map((p) => (contributors.has(p.id) ? each : ZERO)) };
  }
  if (rule === 'offers') return { ok: true, weights: partners.map(() => ZERO) };
  const basis = rule === 'costBorne' ? inputs.doNothingPV : inputs.avoidedPV;
  const amounts = partners.map((p) => (contributors.has(p.id) ? (basis.get(p.id) ?? ZERO) : ZERO));
  const denominator = sum(amounts);
  if (denominator.isZero())
    return {
      ok: false,
      message: `The pool cannot be shared by ${rule === 'costBorne' ? 'cost borne' : 'benefit'}: ${RULE_WORDS[rule]}. Choose another rule or other contributors.`,
    };
  return { ok: true, weights: amounts.map((a) => a.div(denominator)) };
}

/**
 * What one partner pays under offers: its annual offer rounded half up to pennies in each year with a
 * pool (real terms); in cash terms each payment inflated and rounded to pennies; its PV the PV of the
 * real payments.
 */
export function offerPayments(
  annual: DecType,
  pool: readonly DecType[],
  factors: YearFactors,
): Pick<PartnerContribution, 'real' | 'cash' | 'pv'> {
  const paid = toPennies(annual);
  const real = pool.map((amount) => (amount.isZero() ? ZERO : paid));
  return {
    real,
    cash: inBasis(real, 'cash', factors).map(toPennies),
    pv: presentValue(real, factors),
  };
}

export function shareContributions(inputs: Inputs): ContributionOutcome {
  const { contributions, partners, pool, factors } = inputs;
  const years = pool.length;
  const zeros = () => Array.from({ length: years }, () => ZERO);
  const contributorIds = new Set(
    contributions.rule === 'custom'
      ? contributions.shares.map((s) => s.partner)
      : contributions.rule === 'offers'
        ? contributions.offers.map((o) => o.partner)
        : contributions.contributors,
  );

  // With nothing to pay for, every rule gives zero, even one whose weights cannot be worked out.
  if (pool.every((amount) => amount.isZero())) {
    return {
      ok: true,
      partners: partners.map((p) => ({
        weight: null,
        isContributor: contributorIds.has(p.id),
        real: zeros(),
        cash: zeros(),
        pv: ZERO,
      })),
      shortfall: contributions.rule === 'offers' ? zeros() : null,
    };
  }

  if (contributions.rule === 'offers') {
    const offers = new Map(contributions.offers.map((o) => [o.partner, o.annual]));
    const perPartner = partners.map((p): PartnerContribution => ({
      weight: null,
      isContributor: offers.has(p.id),
      ...offerPayments(offers.get(p.id) ?? ZERO, pool, factors),
    }));
    const shortfall = pool.map((amount, t) =>
      amount.minus(sum(perPartner.map((c) => c.real[t] ?? ZERO))),
    );
    return { ok: true, partners: perPartner, shortfall };
  }

  const found = contributionWeights(inputs);
  if (!found.ok) return found;
  const { weights } = found;
  const shareOut = (series: readonly DecType[]) =>
    series.map((amount) =>
      allocatePennies(
        weights.map((w) => amount.times(w)),
        amount,
      ),
    );
  const realByYear = shareOut(pool);
  const cashByYear = shareOut(inBasis(pool, 'cash', factors));
  return {
    ok: true,
    shortfall: null,
    partners: partners.map((p, i) => {
      const real = realByYear.map((year) => year[i] ?? ZERO);
      return {
        weight: weights[i] ?? ZERO,
        isContributor: contributorIds.has(p.id),
        real,
        cash: cashByYear.map((year) => year[i] ?? ZERO),
        pv: presentValue(real, factors),
      };
    }),
  };
}

/**
 * The table of contributions in one basis: each partner's payments (already whole pennies) with their
 * totals, all partners' sum, the pool rounded to pennies, and the pool less the contributions.
 * @param pool B_t in the same basis, full precision.
 */
export function contributionLedger(
  partnerIds: readonly string[],
  byPartner: readonly (readonly DecType[])[],
  pool: readonly DecType[],
): ContributionLedger {
  const withTotal = (byYear: DecType[]) => ({ byYear, total: sum(byYear) });
  const poolPennies = pool.map(toPennies);
  const contributions = pool.map((_, t) => sum(byPartner.map((series) => series[t] ?? ZERO)));
  return {
    partners: partnerIds.map((partnerId, i) => ({
      partnerId,
      ...withTotal([...(byPartner[i] ?? pool.map(() => ZERO))]),
    })),
    contributions: withTotal(contributions),
    pool: withTotal(poolPennies),
    gap: withTotal(poolPennies.map((amount, t) => amount.minus(contributions[t] ?? ZERO))),
  };
}
