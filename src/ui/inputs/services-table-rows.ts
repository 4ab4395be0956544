/** The services as the rows of the Services screen's table: figures to show and values to sort by. */
import { parseDecimal } from '../../model/field-reader';
import type { ServiceFile } from '../../model/model-file';
import { SERVICE_DEFAULTS } from '../../model/records/service';
import { formatMoney, formatPercent } from '../shared/format';
import type { SortValue } from './cost-lines-table-sort';

export type ServiceColumn =
  | 'name'
  | 'annualCost'
  | 'setupCost'
  | 'renewalCost'
  | 'rampUpMonths'
  | 'benefitYears'
  | 'costOptimismBias'
  | 'effects';

export type ServiceRow = {
  index: number;
  id: string;
  cells: Record<ServiceColumn, string>;
  sortBy: Record<ServiceColumn, SortValue>;
};

function money(text: string): { shown: string; value: number | null } {
  const value = parseDecimal(text);
  return value
    ? { shown: formatMoney(value), value: value.toNumber() }
    : { shown: text, value: null };
}

function whole(value: number, unit: string): { shown: string; value: number | null } {
  return Number.isInteger(value)
    ? { shown: `${value} ${unit}${value === 1 ? '' : 's'}`, value }
    : { shown: String(value), value: null };
}

export function serviceRows(services: readonly ServiceFile[]): ServiceRow[] {
  return services.map((service, index) => {
    const name = service.name || `Service ${index + 1}`;
    const annual = money(service.annualCost);
    const setup = money(service.setupCost ?? SERVICE_DEFAULTS.setupCost);
    const renewal = money(service.renewalCost ?? SERVICE_DEFAULTS.renewalCost);
    const rampUp = whole(service.rampUpMonths ?? SERVICE_DEFAULTS.rampUpMonths, 'month');
    const years = whole(service.benefitYears ?? SERVICE_DEFAULTS.benefitYears, 'year');
    const biasText = service.costOptimismBias ?? SERVICE_DEFAULTS.costOptimismBias;
    const bias = parseDecimal(biasText);
    const effects = service.effects.length;
    return {
      index,
      id: service.id,
      cells: {
        name,
        annualCost: annual.shown,
        setupCost: setup.shown,
        renewalCost: renewal.shown,
        rampUpMonths: rampUp.shown,
        benefitYears: years.shown,
        costOptimismBias: bias ? formatPercent(bias) : biasText,
        effects: String(effects),
      },
      sortBy: {
        name,
        annualCost: annual.value,
        setupCost: setup.value,
        renewalCost: renewal.value,
        rampUpMonths: rampUp.value,
        benefitYears: years.value,
        costOptimismBias: bias?.toNumber() ?? null,
        effects,
      },
    };
  });
}
