/**
 * A deterministic valid model at the limit of every list and text field: 50 partners, 50 streams with 200
 * history points each, 500 cost lines each borne by all 50 partners, 50 services with an effect on every
 * cost line and stream (550 each), 20 scenarios, 50 years, a price index for every year from 1900 to 2200,
 * and every text at its longest. Its figures stay far inside the projection bounds, but its amount of work
 * (20 scenarios × 50 years × 25,500 lines and effects) is beyond what one second allows, so it is refused.
 */
import {
  PARTNER_KINDS,
  VALUE_TYPES,
  type ContributionsFile,
  type ModelFile,
  type ScenarioFile,
  type TrendFile,
} from '../../src/model/model-file';

const PARTNERS = 50;
const STREAMS = 50;
const HISTORY = 200;
const LINES = 500;
const SERVICES = 50;
const SCENARIOS = 20;
const HORIZON = 50;
const START = 2100;
const FIRST_HISTORY_YEAR = START - HISTORY;

/** `prefix` padded to exactly `length` characters. */
function longText(prefix: string, length: number): string {
  return prefix.padEnd(length, ' abcdefghij').slice(0, length);
}

/** A 64-character id (the longest allowed), distinct for each kind and number. */
function longId(kind: string, n: number): string {
  return `${kind}-${n}-`.padEnd(64, 'x');
}

function trendFor(k: number): TrendFile {
  switch (k % 5) {
    case 0:
      return { method: 'linear' };
    case 1:
      return { method: 'compound' };
    case 2:
      return { method: 'rate', rate: '0.015' };
    case 3:
      return { method: 'flat' };
    default:
      return {
        method: 'series',
        values: Array.from({ length: HORIZON }, (_, t) => String(900 + 7 * t + k)),
      };
  }
}

function contributionsFor(n: number, partnerIds: readonly string[]): ContributionsFile {
  switch (n % 5) {
    case 0:
      return { rule: 'equal', contributors: [...partnerIds] };
    case 1:
      return { rule: 'costBorne', contributors: [...partnerIds] };
    case 2:
      return { rule: 'benefit', contributors: [...partnerIds] };
    case 3:
      // 50 shares of 2% make exactly 100%.
      return {
        rule: 'custom',
        contributors: [...partnerIds],
        shares: partnerIds.map((partner) => ({ partner, share: '0.02' })),
      };
    default:
      return {
        rule: 'offers',
        contributors: [...partnerIds],
        offers: partnerIds.map((partner, i) => ({ partner, annual: String(10000 + 250 * i) })),
      };
  }
}

const AGENCY_KINDS = PARTNER_KINDS.filter((kind) => kind !== 'society');

export function limitsModel(): ModelFile {
  const partners = Array.from({ length: PARTNERS }, (_, p) => ({
    id: longId('partner', p),
    name: longText(`Partner ${p + 1}`, 200),
    // Every kind but society, which may not contribute (and the model names every partner a contributor).
    kind: AGENCY_KINDS[p % AGENCY_KINDS.length] ?? 'other',
  }));
  const partnerIds = partners.map((p) => p.id);
  const streams = Array.from({ length: STREAMS }, (_, k) => ({
    id: longId('stream', k),
    name: longText(`Stream ${k + 1}`, 200),
    history: Array.from({ length: HISTORY }, (_, y) => ({
      year: FIRST_HISTORY_YEAR + y,
      count: String(500 + 3 * y + ((y * (k + 1)) % 17) + k),
    })),
    trend: trendFor(k),
  }));
  const costLines = Array.from({ length: LINES }, (_, j) => ({
    id: longId('line', j),
    name: longText(`Cost line ${j + 1}`, 200),
    stream: streams[j % STREAMS]?.id ?? '',
    rate: (0.05 + (j % 9) * 0.1).toFixed(2),
    quantity: String(1 + (j % 4)),
    unit: longText('event', 200),
    unitCost: (150 + 12.25 * j).toFixed(2),
    priceYear: 1950 + (j % 200),
    // Every partner bears 2%: the longest list of bearers.
    bearers: partnerIds.map((partner) => ({ partner, share: '0.02' })),
    valueType: VALUE_TYPES[j % VALUE_TYPES.length] ?? 'fiscal',
    cashable: j % 9 === 0,
    source: longText(`Generated source ${j}`, 1000),
  }));
  const services = Array.from({ length: SERVICES }, (_, s) => ({
    id: longId('service', s),
    name: longText(`Service ${s + 1}`, 200),
    annualCost: String(200000 + 10000 * s),
    setupCost: '40000',
    renewalCost: '15000',
    rampUpMonths: (s * 7) % 61,
    costOptimismBias: ['0', '0.5', '2'][s % 3] ?? '0',
    // Every stream reached, with a capacity: the longest reach.
    reach: streams.map((stream, k) => ({
      stream: stream.id,
      coverage: '0.75',
      capacity: String(100 + 10 * k),
    })),
    benefitYears: 1 + (s % 50),
    dropOffPerYear: ['0', '0.25', '0.5', '1'][s % 4] ?? '0',
    optimismBias: '0.1',
    effects: [
      ...costLines.map((line, j) => ({
        costLine: line.id,
        reduction: (((j + s) % 10) / 100).toFixed(2),
      })),
      ...streams.map((stream, k) => ({
        stream: stream.id,
        reduction: String(((k + s) % 3) / 100),
      })),
    ],
  }));
  const scenarios: ScenarioFile[] = Array.from({ length: SCENARIOS }, (_, n) => ({
    id: longId('scenario', n),
    name: longText(`Scenario ${n + 1}`, 200),
    fundedYears: HORIZON - (n % 10),
    contractYears: 1 + (n % 7),
    renewalGapMonths: n % 12,
    rampRestartsOnRenewal: n % 2 === 0,
    effectiveness: (1 - (n % 5) * 0.05).toFixed(2),
    contributions: contributionsFor(n, partnerIds),
  }));
  const priceIndex = Object.fromEntries(
    Array.from({ length: 301 }, (_, i) => [String(1900 + i), (20 + i * 0.5).toFixed(2)]),
  );
  return {
    format: 'cost-of-inaction',
    version: 2,
    title: longText('A model at the limits of every field', 200),
    area: longText('Everywhere', 200),
    notes: longText('Notes', 10_000),
    startYear: START,
    horizonYears: HORIZON,
    priceBaseYear: START,
    discountRate: '0.035',
    longTermDiscountRate: '0.03',
    inflationRate: '0.02',
    priceIndex,
    partners,
    streams,
    costLines,
    services,
    scenarios,
  };
}

/**
 * The model at the limits cut to one scenario, one service, 230 cost lines and the last 20 years of each
 * stream's history, just within the engine's bound: 1 scenario × 50 years × (230 lines + 230 lines
 * affected + 50 streams reached × 1 year of benefit) + trends fitted to 10 compound streams × 20 points ×
 * 15 and 10 straight lines × 20 points × 1 = 28,700 steps of the 30,000 allowed, still with 50 bearers a
 * line.
 */
export function limitsModelWithinBound(): ModelFile {
  const file = limitsModel();
  const kept = new Set(file.costLines.slice(0, 230).map((line) => line.id));
  return {
    ...file,
    streams: file.streams.map((stream) => ({ ...stream, history: stream.history.slice(-20) })),
    scenarios: file.scenarios.slice(0, 1),
    costLines: file.costLines.filter((line) => kept.has(line.id)),
    services: file.services.slice(0, 1).map((service) => ({
      ...service,
      effects: service.effects.filter(
        (effect) => !('costLine' in effect) || kept.has(effect.costLine),
      ),
    })),
  };
}
