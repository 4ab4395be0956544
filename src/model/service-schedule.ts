/**
 * A service's month-by-month life under one funding scenario (MODEL.md, "Services: when they run and
 * what they cost"): contracts and renewals, gaps between them, ramp-up, and its costs. A service that is
 * not running (in a gap, or once the funding ends) operates at level 0: it helps no new cases.
 */
import { Dec, ONE, sum, ZERO, type Dec as DecType } from './decimal';
import type { Scenario, Service } from './model';

/** How strongly a service runs month by month: depends only on the scenario and the ramp-up. */
export type EffectivenessProfile = {
  /** The operating level O_m for months m = 0 … 12H−1: effectiveness × ramp while operating, else 0. */
  monthly: DecType[];
  /** Ō_t, the mean of each year's 12 monthly values. */
  yearly: DecType[];
  /** Number of operating months in each year. */
  operatingMonths: number[];
  /** Index of the first operating year, or null when the scenario funds nothing. */
  firstYear: number | null;
};

export type ServiceSchedule = EffectivenessProfile & {
  /**
   * Real cost in each year: running costs of operating months plus set-up and renewal costs, all with
   * the optimism bias on costs.
   */
  cost: DecType[];
};

type Contract = { start: number; operatesFrom: number; end: number };

/** Contracts start every `contractYears` years inside the funded period; the last ends with it. */
export function contractsOf(scenario: Scenario): Contract[] {
  const fundedMonths = 12 * scenario.fundedYears;
  const length = 12 * scenario.contractYears;
  const contracts: Contract[] = [];
  for (let start = 0; start < fundedMonths; start += length) {
    const gap = start === 0 ? 0 : scenario.renewalGapMonths;
    contracts.push({
      start,
      operatesFrom: start + gap,
      end: Math.min(start + length, fundedMonths),
    });
  }
  return contracts;
}

const TWELVE = new Dec(12);

function effectivenessProfile(
  scenario: Scenario,
  rampUpMonths: number,
  horizonYears: number,
): EffectivenessProfile {
  const months = 12 * horizonYears;
  const operating = new Array<boolean>(months).fill(false);
  const rampStarts = new Set<number>();
  contractsOf(scenario).forEach((contract, c) => {
    for (let m = contract.operatesFrom; m < contract.end; m += 1) operating[m] = true;
    if (c === 0 || scenario.rampRestartsOnRenewal) rampStarts.add(contract.operatesFrom);
  });

  // Effectiveness in the i-th month of a ramp: only the first `rampUpMonths` differ from full strength.
  const rampValues = Array.from({ length: rampUpMonths }, (_, i) =>
    scenario.effectiveness.times(i + 1).div(rampUpMonths),
  );
  const monthly: DecType[] = [];
  let rampStart = 0;
  for (let m = 0; m < months; m += 1) {
    if (operating[m]) {
      if (rampStarts.has(m)) rampStart = m;
      monthly.push(rampValues[m - rampStart] ?? scenario.effectiveness);
    } else {
      monthly.push(ZERO);
    }
  }

  const yearly: DecType[] = [];
  const operatingMonths: number[] = [];
  let firstYear: number | null = null;
  for (let t = 0; t < horizonYears; t += 1) {
    yearly.push(sum(monthly.slice(12 * t, 12 * t + 12)).div(TWELVE));
    const count = operating.slice(12 * t, 12 * t + 12).filter(Boolean).length;
    operatingMonths.push(count);
    if (count > 0 && firstYear === null) firstYear = t;
  }
  return { monthly, yearly, operatingMonths, firstYear };
}

/** Set-up cost in the year the first contract starts, renewal costs in the years later ones start. */
function contractCosts(service: Service, scenario: Scenario, horizonYears: number): DecType[] {
  const costs = Array.from({ length: horizonYears }, () => ZERO);
  contractsOf(scenario).forEach((contract, c) => {
    const t = Math.floor(contract.start / 12);
    costs[t] = (costs[t] ?? ZERO).plus(c === 0 ? service.setupCost : service.renewalCost);
  });
  return costs;
}

/** Real cost by year: running cost of operating months, set-up when the first contract starts, renewals after. */
function serviceCosts(
  service: Service,
  scenario: Scenario,
  operatingMonths: readonly number[],
): DecType[] {
  const contracts = contractCosts(service, scenario, operatingMonths.length);
  const uplift = ONE.plus(service.costOptimismBias);
  return operatingMonths.map((count, t) => {
    const fixed = contracts[t] ?? ZERO;
    const cost = count === 0 ? fixed : service.annualCost.times(count).div(TWELVE).plus(fixed);
    return service.costOptimismBias.isZero() ? cost : cost.times(uplift);
  });
}

/**
 * B_t, the pooled budget: all services' costs in each year. Running costs are added up as annual cost ×
 * months (exact) and divided by 12 once, so the pool, and the pennies it is shared into, do not depend
 * on the order the services are listed in, even when a part-year cost has no exact decimal form.
 */
export function pooledCosts(
  services: readonly Service[],
  scenario: Scenario,
  schedules: readonly ServiceSchedule[],
  horizonYears: number,
): DecType[] {
  const contracts = services.map((service) => contractCosts(service, scenario, horizonYears));
  // The optimism bias on costs is applied to each service's figures before they are added.
  const uplifts = services.map((service) => ONE.plus(service.costOptimismBias));
  return Array.from({ length: horizonYears }, (_, t) => {
    let running = ZERO;
    let fixed = ZERO;
    services.forEach((service, s) => {
      const uplift = uplifts[s] ?? ONE;
      const months = schedules[s]?.operatingMonths[t] ?? 0;
      if (months > 0) running = running.plus(service.annualCost.times(uplift).times(months));
      const contract = contracts[s]?.[t] ?? ZERO;
      if (!contract.isZero()) fixed = fixed.plus(contract.times(uplift));
    });
    return running.isZero() ? fixed : running.div(TWELVE).plus(fixed);
  });
}

/** Every service's schedule under one scenario; services with the same ramp-up share a profile. */
export function scheduleServices(
  services: readonly Service[],
  scenario: Scenario,
  horizonYears: number,
): ServiceSchedule[] {
  const profiles = new Map<string, EffectivenessProfile>();
  return services.map((service) => {
    const key = String(service.rampUpMonths);
    let profile = profiles.get(key);
    if (!profile) {
      profile = effectivenessProfile(scenario, service.rampUpMonths, horizonYears);
      profiles.set(key, profile);
    }
    return { ...profile, cost: serviceCosts(service, scenario, profile.operatingMonths) };
  });
}
