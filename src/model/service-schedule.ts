/**
 * A service's month-by-month life under one funding scenario (MODEL.md, "Services and effectiveness"):
 * contracts and renewals, gaps between them, ramp-up, and the fade once it stops operating.
 */
import { Dec, ONE, sum, ZERO, type Dec as DecType } from './decimal';
import type { Scenario, Service } from './model';

export type ServiceSchedule = {
  /** E_m for months m = 0 … 12H−1: effectiveness × ramp while operating, fading after. */
  monthly: DecType[];
  /** Ē_t, the mean of each year's 12 monthly values. */
  yearly: DecType[];
  /** Whether the service operates in each month. */
  operating: boolean[];
  /** Real cost in each year: running costs of operating months plus set-up and renewal costs. */
  cost: DecType[];
  /** Index of the first operating year, or null when the scenario funds nothing. */
  firstYear: number | null;
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

export function scheduleService(
  service: Service,
  scenario: Scenario,
  horizonYears: number,
): ServiceSchedule {
  const months = 12 * horizonYears;
  const contracts = contractsOf(scenario);
  const operating = new Array<boolean>(months).fill(false);
  const rampStarts = new Set<number>();
  contracts.forEach((contract, c) => {
    for (let m = contract.operatesFrom; m < contract.end; m += 1) operating[m] = true;
    if (c === 0 || scenario.rampRestartsOnRenewal) rampStarts.add(contract.operatesFrom);
  });

  // The monthly fade is worked out once: (1 − dropOffPerYear)^(1/12).
  const fade = service.dropOffPerYear.eq(ONE)
    ? ZERO
    : ONE.minus(service.dropOffPerYear).pow(ONE.div(TWELVE));
  const rampMonths = service.rampUpMonths;
  const monthly: DecType[] = [];
  let previous = ZERO;
  let started = false;
  let rampStart = 0;
  for (let m = 0; m < months; m += 1) {
    let value = ZERO;
    if (operating[m]) {
      if (rampStarts.has(m)) rampStart = m;
      const ramp =
        rampMonths === 0 ? ONE : Dec.min(ONE, new Dec(m - rampStart + 1).div(rampMonths));
      value = scenario.effectiveness.times(ramp);
      started = true;
    } else if (started) {
      value = previous.times(fade);
    }
    monthly.push(value);
    previous = value;
  }

  const cost: DecType[] = [];
  const yearly: DecType[] = [];
  let firstYear: number | null = null;
  for (let t = 0; t < horizonYears; t += 1) {
    const slice = monthly.slice(12 * t, 12 * t + 12);
    yearly.push(sum(slice).div(TWELVE));
    const operatingMonths = operating.slice(12 * t, 12 * t + 12).filter(Boolean).length;
    if (operatingMonths > 0 && firstYear === null) firstYear = t;
    let yearCost =
      operatingMonths === 0 ? ZERO : service.annualCost.times(operatingMonths).div(TWELVE);
    contracts.forEach((contract, c) => {
      if (Math.floor(contract.start / 12) !== t) return;
      yearCost = yearCost.plus(c === 0 ? service.setupCost : service.renewalCost);
    });
    cost.push(yearCost);
  }
  return { monthly, yearly, operating, cost, firstYear };
}
