/**
 * Writes a validated model back as a model file: every default spelled out, numbers as decimal strings,
 * the price index only when the model carries its own.
 */
import type { Dec } from './decimal';
import type { Model, Trend } from './model';
import { MODEL_FORMAT, MODEL_VERSION, type ModelFile, type TrendFile } from './model-file';

const text = (value: Dec): string => value.toString();

function writeTrend(trend: Trend): TrendFile {
  switch (trend.method) {
    case 'flat':
      return trend.base ? { method: 'flat', base: text(trend.base) } : { method: 'flat' };
    case 'rate':
      return {
        method: 'rate',
        rate: text(trend.rate),
        ...(trend.base ? { base: text(trend.base) } : {}),
        ...(trend.baseYear !== null ? { baseYear: trend.baseYear } : {}),
      };
    case 'series':
      return { method: 'series', values: trend.values.map(text) };
    default:
      return { method: trend.method };
  }
}

export function writeModelFile(model: Model): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    title: model.title,
    area: model.area,
    notes: model.notes,
    startYear: model.startYear,
    horizonYears: model.horizonYears,
    priceBaseYear: model.priceBaseYear,
    discountRate: text(model.discountRate),
    inflationRate: text(model.inflationRate),
    ...(model.hasOwnPriceIndex
      ? {
          priceIndex: Object.fromEntries(
            [...model.priceIndex].map(([year, value]) => [String(year), text(value)]),
          ),
        }
      : {}),
    partners: model.partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    streams: model.streams.map((s) => ({
      id: s.id,
      name: s.name,
      history: s.history.map((h) => ({ year: h.year, count: text(h.count) })),
      trend: writeTrend(s.trend),
    })),
    costLines: model.costLines.map((l) => ({
      id: l.id,
      name: l.name,
      stream: l.stream,
      rate: text(l.rate),
      quantity: text(l.quantity),
      unit: l.unit,
      unitCost: text(l.unitCost),
      priceYear: l.priceYear,
      bearers: l.bearers.map((b) => ({ partner: b.partner, share: text(b.share) })),
      cashable: l.cashable,
      source: l.source,
    })),
    services: model.services.map((s) => ({
      id: s.id,
      name: s.name,
      annualCost: text(s.annualCost),
      setupCost: text(s.setupCost),
      renewalCost: text(s.renewalCost),
      rampUpMonths: s.rampUpMonths,
      dropOffPerYear: text(s.dropOffPerYear),
      optimismBias: text(s.optimismBias),
      effects: s.effects.map((e) =>
        e.target === 'costLine'
          ? { costLine: e.id, reduction: text(e.reduction) }
          : { stream: e.id, reduction: text(e.reduction) },
      ),
    })),
    scenarios: model.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      fundedYears: s.fundedYears,
      contractYears: s.contractYears,
      renewalGapMonths: s.renewalGapMonths,
      rampRestartsOnRenewal: s.rampRestartsOnRenewal,
      effectiveness: text(s.effectiveness),
      contributions: {
        rule: s.contributions.rule,
        contributors: [...s.contributions.contributors],
        ...(s.contributions.shares.length > 0
          ? {
              shares: s.contributions.shares.map((x) => ({
                partner: x.partner,
                share: text(x.share),
              })),
            }
          : {}),
        ...(s.contributions.offers.length > 0
          ? {
              offers: s.contributions.offers.map((x) => ({
                partner: x.partner,
                annual: text(x.annual),
              })),
            }
          : {}),
      },
    })),
  };
}
