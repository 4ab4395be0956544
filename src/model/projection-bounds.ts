/**
 * The projection bounds of MODEL.md ("Validation"): a model whose projected caseload exceeds 10^9 in any
 * year, or any of whose money figures (real or cash) exceeds £10^15, is refused, naming the stream, line or
 * setting that drives it. Run on every reading of a valid model, so it works in plain numbers on the
 * logarithms of the figures (no overflow, no long loops) and goes back to exact decimals only for a figure
 * within a millionth of a millionth of a bound.
 *
 * Every money figure of the results is one of those checked here, a part of one (a line, a partner, a
 * year), or a difference of two: the cost of doing nothing over the horizon, each scenario's services,
 * its offers, and the cost of doing nothing and the services together, in real and in cash terms
 * (present values are never above real terms).
 */
import { Dec, ONE, sum, ZERO, type Dec as DecType } from './decimal';
import { offerPayments } from './contributions';
import { projectDoNothing } from './do-nothing';
import { formatFinancialYear, projectionYears } from './financial-year';
import type { Model, Problem, Scenario, Stream } from './model';
import { contractsOf, pooledCosts, scheduleServices } from './service-schedule';
import { reachOf } from './records/service';
import { projectCaseload } from './trends';
import { inBasis } from './year-factors';

export const MAX_CASELOAD = new Dec('1e9');
export const MAX_MONEY = new Dec('1e15');
const CASELOAD_LOG = 9;
const MONEY_LOG = 15;
/** How far (in log10) a plain-number figure may be from the exact one: far more than it ever is. */
const NEAR = 1e-9;
const CASELOAD_LIMIT_TEXT = '1,000,000,000';
const MONEY_LIMIT_TEXT = '£1,000,000,000,000,000';

type Side = 'under' | 'over' | 'near';

function sideOf(log: number, boundLog: number): Side {
  if (log > boundLog + NEAR) return 'over';
  if (log < boundLog - NEAR) return 'under';
  return 'near';
}

/** Whether a figure whose log10 is `log` is above the bound, asking `exact` only when it is too close to tell. */
function isOver(log: number, boundLog: number, bound: DecType, exact: () => DecType): boolean {
  const side = Number.isNaN(log) ? 'near' : sideOf(log, boundLog);
  return side === 'over' || (side === 'near' && exact().gt(bound));
}

/** decimal.js's representation: the value is 0.d… scaled so its first digit is at 10^e. */
type DecimalParts = { e: number; d: number[] | null };

/** log10 of |x| from its digits, with no overflow however large or small; −Infinity for zero. */
export function log10Of(x: DecType): number {
  const { e, d } = x as unknown as DecimalParts;
  const first = d?.[0];
  if (!d || first === undefined || first === 0) return Number.NEGATIVE_INFINITY;
  const width = String(first).length - 1;
  const mantissa = (first + (d[1] ?? 0) / 1e7 + (d[2] ?? 0) / 1e14) / 10 ** width;
  return e + Math.log10(mantissa);
}

/** 2,345,000,000 as "2.35 billion": three significant figures of a figure known by its log10. */
function threeFigures(log: number): { mantissa: string; exponent: number } {
  let exponent = Math.floor(log);
  let mantissa = Number((10 ** (log - exponent)).toPrecision(3));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return { mantissa: String(mantissa), exponent };
}

function caseloadText(log: number): string {
  if (!Number.isFinite(log)) return 'more than 10^300';
  const { mantissa, exponent } = threeFigures(log);
  const value = Number(mantissa) * 10 ** (exponent % 3);
  if (exponent < 12) return `${Number(value.toPrecision(3))} billion`;
  if (exponent < 15) return `${Number(value.toPrecision(3))} trillion`;
  return `${mantissa} × 10^${exponent}`;
}

function moneyText(log: number): string {
  if (!Number.isFinite(log)) return 'more than £10^300';
  const { mantissa, exponent } = threeFigures(log);
  if (exponent > 20) return `£${mantissa} × 10^${exponent}`;
  const digits = (Number(mantissa) * 100).toFixed(0).padEnd(exponent + 1, '0');
  return `£${BigInt(digits).toLocaleString('en-GB')}`;
}

/** Log10 of a stream's caseload in each year, the way `projectCaseload` works it out, in plain numbers. */
function logCaseloads(stream: Stream, years: readonly number[]): number[] {
  const { trend, history } = stream;
  const latest = history[history.length - 1];
  switch (trend.method) {
    case 'flat': {
      const base = log10Of(latest?.count ?? trend.base ?? ZERO);
      return years.map(() => base);
    }
    case 'rate': {
      const base = log10Of(latest?.count ?? trend.base ?? ZERO);
      const baseYear = latest?.year ?? trend.baseYear ?? years[0] ?? 0;
      const growth = log10Of(ONE.plus(trend.rate));
      return years.map((y) => base + (y - baseYear) * growth);
    }
    case 'linear':
    case 'compound': {
      const isCompound = trend.method === 'compound';
      const xs = history.map((p) => p.year);
      const ys = history.map((p) => (isCompound ? log10Of(p.count) : p.count.toNumber()));
      const centre = xs.reduce((a, b) => a + b, 0) / xs.length;
      const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
      let sxx = 0;
      let sxy = 0;
      xs.forEach((x, i) => {
        sxx += (x - centre) ** 2;
        sxy += (x - centre) * ((ys[i] ?? 0) - mean);
      });
      const slope = sxx === 0 ? 0 : sxy / sxx;
      return years.map((y) => {
        const value = mean + slope * (y - centre);
        return isCompound ? value : Math.log10(Math.max(value, 0));
      });
    }
    case 'series':
      return years.map((_, t) => log10Of(trend.values[t] ?? ZERO));
  }
}

/** Plain-number caseloads by stream record and years: a stream read again is the same record. */
const remembered = new WeakMap<Stream, { years: string; logs: number[] }>();

function rememberedLogCaseloads(stream: Stream, years: readonly number[]): number[] {
  const key = `${years[0] ?? 0}|${years.length}`;
  const known = remembered.get(stream);
  if (known?.years === key) return known.logs;
  const logs = logCaseloads(stream, years);
  remembered.set(stream, { years: key, logs });
  return logs;
}

function nameOf(record: { id: string; name: string }): string {
  return `“${record.name.trim() || record.id}”`;
}

function caseloadProblem(stream: Stream, i: number, t: number, year: number, log: number): Problem {
  const at = `streams[${i}]`;
  const reach = `The caseload of ${nameOf(stream)} would`;
  const limit = `at most ${CASELOAD_LIMIT_TEXT} can be projected.`;
  const { trend } = stream;
  const amount = caseloadText(log);
  if (trend.method === 'rate')
    return {
      path: `${at}.trend.rate`,
      message: `${reach} reach ${amount} by ${formatFinancialYear(year)} at this growth; ${limit}`,
    };
  if (trend.method === 'linear' || trend.method === 'compound')
    return {
      path: `${at}.trend.method`,
      message: `${reach} reach ${amount} by ${formatFinancialYear(year)} on this trend; ${limit}`,
    };
  const where =
    trend.method === 'series'
      ? `${at}.trend.values[${t}]`
      : stream.history.length > 0
        ? `${at}.history`
        : `${at}.trend.base`;
  return {
    path: where,
    message: `${reach} be ${amount} in ${formatFinancialYear(year)}; ${limit}`,
  };
}

type Checker = {
  model: Model;
  years: number[];
  /** log10 of the cash factor in each year. */
  logCash: number[];
  exactDoNothing: () => ReturnType<typeof projectDoNothing>;
  problems: Problem[];
};

function inflationProblem(model: Model, what: string, log: number): Problem {
  const percent = model.inflationRate.times(100).toString();
  return {
    path: 'inflationRate',
    message: `At ${percent}% inflation a year, ${what} would reach ${moneyText(log)} in cash terms; at most ${MONEY_LIMIT_TEXT} can be projected.`,
  };
}

/** Caseloads: the first year each stream goes over, if it does. Returns the streams within bounds. */
function checkCaseloads(c: Checker): Map<string, number[]> {
  const within = new Map<string, number[]>();
  c.model.streams.forEach((stream, i) => {
    const logs = rememberedLogCaseloads(stream, c.years);
    let exact: DecType[] | null = null;
    const t = logs.findIndex((log, k) =>
      isOver(log, CASELOAD_LOG, MAX_CASELOAD, () => {
        exact ??= projectCaseload(stream, c.years).caseloads;
        return exact[k] ?? ZERO;
      }),
    );
    if (t < 0) within.set(stream.id, logs);
    else c.problems.push(caseloadProblem(stream, i, t, c.years[t] ?? 0, logs[t] ?? 0));
  });
  return within;
}

/** Each cost line by year, then the cost of doing nothing over the horizon; returns its totals as plain numbers. */
function checkDoNothing(
  c: Checker,
  caseloads: Map<string, number[]>,
): { real: number; cash: number } {
  const { model, years, logCash } = c;
  const base = model.priceIndex.get(model.priceBaseYear);
  let real = 0;
  let cash = 0;
  let largest: { j: number; total: number } | null = null;
  let worstCash: { log: number; name: string; year: number } | null = null;
  lines: for (const [j, line] of model.costLines.entries()) {
    const cases = caseloads.get(line.stream);
    if (!cases) continue;
    const then = model.priceIndex.get(line.priceYear);
    const logFactor =
      line.priceYear === model.priceBaseYear || !base || !then ? 0 : log10Of(base) - log10Of(then);
    const perCase =
      log10Of(line.rate) + log10Of(line.quantity) + log10Of(line.unitCost) + logFactor;
    let lineTotal = 0;
    for (let t = 0; t < years.length; t += 1) {
      const log = (cases[t] ?? 0) + perCase;
      // No closure here: this loop runs for every line and year on every reading.
      const side = sideOf(log, MONEY_LOG);
      const isLineOver =
        side === 'over' ||
        (side === 'near' && (c.exactDoNothing().lines[j]?.cost[t] ?? ZERO).gt(MAX_MONEY));
      if (isLineOver) {
        c.problems.push({
          path: `costLines[${j}].unitCost`,
          message: `The cost of ${nameOf(line)} would reach ${moneyText(log)} in ${formatFinancialYear(years[t] ?? 0)} in real terms; at most ${MONEY_LIMIT_TEXT} can be projected. Check its rate, quantity, unit cost and price year.`,
        });
        continue lines;
      }
      const cashLog = log + (logCash[t] ?? 0);
      if (!worstCash || cashLog > worstCash.log)
        worstCash = { log: cashLog, name: nameOf(line), year: years[t] ?? 0 };
      lineTotal += 10 ** log;
      cash += 10 ** cashLog;
    }
    real += lineTotal;
    if (!largest || lineTotal > largest.total) largest = { j, total: lineTotal };
  }
  if (c.problems.length > 0) return { real, cash };
  const found = largest;
  if (isOver(Math.log10(real), MONEY_LOG, MAX_MONEY, () => c.exactDoNothing().totals.real)) {
    const line = found ? model.costLines[found.j] : undefined;
    c.problems.push({
      path: found ? `costLines[${found.j}].unitCost` : 'horizonYears',
      message: `The cost of doing nothing would add up to ${moneyText(Math.log10(real))} over the ${years.length} years in real terms${line ? `, most of it from ${nameOf(line)}` : ''}; at most ${MONEY_LIMIT_TEXT} can be projected.`,
    });
  } else if (isOver(Math.log10(cash), MONEY_LOG, MAX_MONEY, () => c.exactDoNothing().totals.cash)) {
    const worst = worstCash;
    c.problems.push(
      worst && worst.log > MONEY_LOG
        ? inflationProblem(
            model,
            `the cost of ${worst.name} in ${formatFinancialYear(worst.year)}`,
            worst.log,
          )
        : inflationProblem(
            model,
            `the cost of doing nothing over the ${years.length} years`,
            Math.log10(cash),
          ),
    );
  }
  return { real, cash };
}

/** Operating months in each year and the years contracts start in (set-up first, then renewals). */
function calendarOf(scenario: Scenario, horizonYears: number) {
  const months = new Array<number>(horizonYears).fill(0);
  const setups = new Array<number>(horizonYears).fill(0);
  const renewals = new Array<number>(horizonYears).fill(0);
  contractsOf(scenario).forEach((contract, n) => {
    const t = Math.floor(contract.start / 12);
    const counts = n === 0 ? setups : renewals;
    counts[t] = (counts[t] ?? 0) + 1;
    for (let m = contract.operatesFrom; m < contract.end; m += 1) {
      const y = Math.floor(m / 12);
      months[y] = (months[y] ?? 0) + 1;
    }
  });
  return { months, setups, renewals };
}

/** Each scenario's services, offers, and services with the cost of doing nothing, over the horizon. */
function checkScenarios(c: Checker, doNothing: { real: number; cash: number }): void {
  const { model, logCash } = c;
  const H = model.horizonYears;
  const services = model.services;
  const annual = sum(services.map((s) => s.annualCost)).toNumber();
  const setup = sum(services.map((s) => s.setupCost)).toNumber();
  const renewal = sum(services.map((s) => s.renewalCost)).toNumber();
  const has = {
    annual: services.some((s) => !s.annualCost.isZero()),
    setup: services.some((s) => !s.setupCost.isZero()),
    renewal: services.some((s) => !s.renewalCost.isZero()),
  };
  const largestService = services.reduce<number>(
    (best, s, i) => (best < 0 || s.annualCost.gt(services[best]?.annualCost ?? ZERO) ? i : best),
    -1,
  );
  model.scenarios.forEach((scenario, k) => {
    const { months, setups, renewals } = calendarOf(scenario, H);
    let exactPool: DecType[] | null = null;
    const pool = () =>
      (exactPool ??= pooledCosts(services, scenario, scheduleServices(services, scenario, H), H));
    const factors = () => c.exactDoNothing().factors;
    let real = 0;
    let cash = 0;
    let poolYears = 0;
    let poolCashFactors = 0;
    for (let t = 0; t < H; t += 1) {
      const n = months[t] ?? 0;
      const setupsNow = setups[t] ?? 0;
      const renewalsNow = renewals[t] ?? 0;
      const amount = (annual * n) / 12 + setup * setupsNow + renewal * renewalsNow;
      const hasPool =
        (n > 0 && has.annual) || (setupsNow > 0 && has.setup) || (renewalsNow > 0 && has.renewal);
      const factor = 10 ** (logCash[t] ?? 0);
      real += amount;
      cash += amount * factor;
      if (hasPool) {
        poolYears += 1;
        poolCashFactors += factor;
      }
    }
    const named = `Under ${nameOf(scenario)}`;
    const service = services[largestService];
    const exactReal = () => sum(pool());
    const exactCash = () => sum(inBasis(pool(), 'cash', factors()));
    if (isOver(Math.log10(real), MONEY_LOG, MAX_MONEY, exactReal)) {
      c.problems.push({
        path: service ? `services[${largestService}].annualCost` : `scenarios[${k}].fundedYears`,
        message: `${named}, the services would cost ${moneyText(Math.log10(real))} over the horizon in real terms${service ? `, most of it for ${nameOf(service)}` : ''}; at most ${MONEY_LIMIT_TEXT} can be projected.`,
      });
      return;
    }
    if (isOver(Math.log10(cash), MONEY_LOG, MAX_MONEY, exactCash)) {
      c.problems.push(
        inflationProblem(model, `the services under ${nameOf(scenario)}`, Math.log10(cash)),
      );
      return;
    }
    const together = [
      {
        terms: 'real',
        value: doNothing.real + real,
        exact: () => exactReal().plus(c.exactDoNothing().totals.real),
      },
      {
        terms: 'cash',
        value: doNothing.cash + cash,
        exact: () => exactCash().plus(c.exactDoNothing().totals.cash),
      },
    ].find((x) => isOver(Math.log10(x.value), MONEY_LOG, MAX_MONEY, x.exact));
    if (together) {
      c.problems.push({
        path: `scenarios[${k}].fundedYears`,
        message: `${named}, the cost of doing nothing and the services together would come to ${moneyText(Math.log10(together.value))} over the horizon in ${together.terms} terms; at most ${MONEY_LIMIT_TEXT} can be projected.`,
      });
      return;
    }
    const offers = scenario.contributions.offers;
    if (offers.length === 0) return;
    const offered = sum(offers.map((o) => o.annual)).toNumber();
    const exactOffers = (basis: 'real' | 'cash') => () =>
      sum(offers.map((o) => sum(offerPayments(o.annual, pool(), factors())[basis])));
    const offersOver = [
      { terms: 'real', value: offered * poolYears, exact: exactOffers('real') },
      { terms: 'cash', value: offered * poolCashFactors, exact: exactOffers('cash') },
    ].find((x) => isOver(Math.log10(x.value), MONEY_LOG, MAX_MONEY, x.exact));
    if (offersOver) {
      const biggest = offers.reduce(
        (best, o, i) => (o.annual.gt(offers[best]?.annual ?? ZERO) ? i : best),
        0,
      );
      c.problems.push({
        path: `scenarios[${k}].contributions.offers[${biggest}].annual`,
        message: `${named}, the offers would add up to ${moneyText(Math.log10(offersOver.value))} over the horizon in ${offersOver.terms} terms; at most ${MONEY_LIMIT_TEXT} can be projected.`,
      });
    }
  });
}

/**
 * Steps of calculation that finish well within a second on a modest two-core machine (measured with
 * version 2's reach and benefit: about 15 µs a step with exact decimals, plus reading the model, so the
 * bound takes well under a second and leaves room for a busy machine). A step is one cost line's year in
 * one scenario, one service's effect on one such line, or one year of help counted into one year of
 * benefit for one caseload a service reaches; fitting a trend adds its history points (see
 * `FIT_STEPS`). A large real partnership (40 lines, three services, four scenarios, 25 years) makes
 * about 10,600.
 */
export const MAX_WORK = 30_000;

/**
 * Steps a history point costs when a trend is fitted to it, measured like `MAX_WORK`'s: a compound
 * (log-linear) fit takes a 34-digit logarithm of every count, about 200 µs each; a straight line costs
 * about one step a point. Fitted once, whatever the number of scenarios.
 */
export const FIT_STEPS = { compound: 15, linear: 1 } as const;

/** The calculation's steps (see `MAX_WORK`), counted from the lists alone in one pass over the effects. */
export function workOf(model: Model): number {
  let fitted = 0;
  for (const { trend, history } of model.streams)
    if (trend.method === 'compound' || trend.method === 'linear')
      fitted += FIT_STEPS[trend.method] * history.length;
  let affected = 0;
  let benefit = 0;
  const lineStreams = new Map(model.costLines.map((line) => [line.id, line.stream]));
  for (const service of model.services) {
    benefit +=
      reachOf(service, lineStreams).length * Math.min(service.benefitYears, model.horizonYears);
    const lines = new Set<string>();
    const streams = new Set<string>();
    for (const effect of service.effects)
      (effect.target === 'costLine' ? lines : streams).add(effect.id);
    for (const line of model.costLines)
      if (lines.has(line.id) || streams.has(line.stream)) affected += 1;
  }
  return (
    fitted +
    model.scenarios.length * model.horizonYears * (model.costLines.length + affected + benefit)
  );
}

/** A model too big to calculate within a second is refused before any of the work, saying what to reduce. */
function workProblem(model: Model): Problem | null {
  const work = workOf(model);
  if (work <= MAX_WORK) return null;
  const n = (x: number) => x.toLocaleString('en-GB');
  return {
    path: 'scenarios',
    message: `This model is too big to calculate within a second: ${n(model.scenarios.length)} scenarios over ${n(model.horizonYears)} years, each working through ${n(model.costLines.length)} cost lines, the services’ effects on them and who they help, make ${n(work)} steps; at most ${n(MAX_WORK)} can be worked. Use fewer scenarios, years, cost lines, effects, years of benefit or points of history fitted to a trend.`,
  };
}

/** Every figure the model would project that is beyond the bounds, naming what drives it; none when all are within. */
export function checkProjectionBounds(model: Model): Problem[] {
  const tooBig = workProblem(model);
  if (tooBig) return [tooBig];
  const years = projectionYears(model.startYear, model.horizonYears);
  const growth = log10Of(ONE.plus(model.inflationRate));
  let exact: ReturnType<typeof projectDoNothing> | null = null;
  const c: Checker = {
    model,
    years,
    logCash: years.map((y) => (y - model.priceBaseYear) * growth),
    exactDoNothing: () => (exact ??= projectDoNothing(model)),
    problems: [],
  };
  const caseloads = checkCaseloads(c);
  if (c.problems.length > 0) return c.problems;
  const doNothing = checkDoNothing(c, caseloads);
  if (c.problems.length > 0) return c.problems;
  checkScenarios(c, doNothing);
  return c.problems;
}
