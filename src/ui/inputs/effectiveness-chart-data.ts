/**
 * Month-by-month effectiveness E_m of each service under one scenario, shaped for a Recharts line chart:
 * one row per month, the value of each service as a percentage under a key made from its place in the list
 * (`s0`, `s1`…), never its id: an id such as `month`, `label` or `__proto__` would overwrite a row's own
 * fields or vanish. Only here do figures become JS numbers, and only to draw them.
 */
import type { Dec } from '../../model/decimal';
import { formatFinancialYear } from '../../model/financial-year';

export type EffectivenessRow = {
  month: number;
  label: string;
  [seriesKey: `s${number}`]: number;
};

export type MonthlySeries = { serviceId: string; monthlyEffectiveness: readonly Dec[] };

/** Colours for services (not partners: those keep their own palette); each also gets a dash pattern. */
const SERVICE_COLOURS = ['#1d3557', '#b35806', '#00703c', '#6a3d9a', '#b10e1e', '#005ea5'];

/** The row key of the service at this place in the list passed to `effectivenessChartData`. */
export function seriesKey(position: number): `s${number}` {
  return `s${position}`;
}

export function serviceColour(index: number): string {
  return SERVICE_COLOURS[index % SERVICE_COLOURS.length] ?? '#1d3557';
}

export function effectivenessChartData(
  services: readonly MonthlySeries[],
  startYear: number,
): EffectivenessRow[] {
  const months = Math.max(0, ...services.map((s) => s.monthlyEffectiveness.length));
  return Array.from({ length: months }, (_, month) => {
    const row: EffectivenessRow = {
      month,
      label: formatFinancialYear(startYear + Math.floor(month / 12)),
    };
    services.forEach((s, position) => {
      const value = s.monthlyEffectiveness[month];
      row[seriesKey(position)] = value ? value.times(100).toDecimalPlaces(2).toNumber() : 0;
    });
    return row;
  });
}

/** The first month of each financial year, where the x axis puts its labels. */
export function yearTicks(horizonYears: number): number[] {
  return Array.from({ length: horizonYears }, (_, t) => t * 12);
}
