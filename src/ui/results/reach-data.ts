/**
 * Who the services reach under one scenario: for each service, the share of each reached caseload it helps
 * in each year (g) and the share benefiting, from help this year and earlier years (A). MODEL.md, "Who is
 * helped, and for how long".
 */
import { ZERO } from '../../model/decimal';
import type { Model } from '../../model/model';
import type { Results } from '../../model/results';
import type { FigureTable } from '../shared/chart-types';
import { formatFinancialYear } from '../shared/format';

export type ReachTable = { serviceId: string; serviceName: string; table: FigureTable };

export function reachTables(model: Model, results: Results, scenarioId: string): ReachTable[] {
  const result = results.scenarios.find((s) => s.scenarioId === scenarioId);
  if (!result) return [];
  const { years } = results.doNothing;
  const streamName = (id: string) => model.streams.find((k) => k.id === id)?.name ?? id;
  return result.services.map((service) => ({
    serviceId: service.serviceId,
    serviceName: model.services.find((s) => s.id === service.serviceId)?.name ?? service.serviceId,
    table: {
      rowHeader: 'Year',
      columns: service.reach.flatMap((r) => [
        `${streamName(r.streamId)}: helped`,
        `${streamName(r.streamId)}: benefiting`,
      ]),
      rows: years.map((year, t) => ({
        label: formatFinancialYear(year),
        cells: service.reach.flatMap((r) => [r.helped[t] ?? ZERO, r.benefiting[t] ?? ZERO]),
      })),
      foot: [],
      format: 'percent',
    },
  }));
}
