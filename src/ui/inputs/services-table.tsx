import { useCallback, useMemo, useState } from 'react';
import { useModel, useResults } from '../../state/store-context';
import { domIdPart } from '../shared/dom-id';
import { ScrollRegion } from '../shared/scroll-region';
import { numberCell, percentCell, typedNumberCell, type CsvCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { parseDecimal } from '../../model/field-reader';
import type { ServiceFile } from '../../model/model-file';
import { SERVICE_DEFAULTS } from '../../model/records/service';
import { fieldId } from '../shared/use-field-problem';
import { requestedItem } from '../shared/field-link-requests';
import { useFieldLinkOpener } from './cost-lines-table-links';
import { nextSort, SortHeader, sortRows, type SortState } from './cost-lines-table-sort';
import { ServiceCard } from './service-card';
import { serviceRows, type ServiceColumn } from './services-table-rows';
import { TableRowEditor } from './table-row-editor';

const TABLE_ID = 'services-table';

export function serviceEditButtonId(serviceId: string): string {
  return `service-edit-${domIdPart(serviceId)}`;
}

type Props = {
  openId: string | null;
  onOpen: (serviceId: string | null) => void;
  onRemove: (serviceId: string) => void;
};

const COLUMNS: { key: ServiceColumn; label: string; numeric: boolean }[] = [
  { key: 'annualCost', label: 'Annual cost', numeric: true },
  { key: 'setupCost', label: 'Set-up', numeric: true },
  { key: 'renewalCost', label: 'Renewal', numeric: true },
  { key: 'rampUpMonths', label: 'Ramp-up', numeric: true },
  { key: 'benefitYears', label: 'Benefit years', numeric: true },
  { key: 'costOptimismBias', label: 'Cost optimism bias', numeric: true },
  { key: 'effects', label: 'Effects', numeric: true },
];

/** A service's figures as typed, numbers as numbers: what the table shows, unformatted. */
function serviceCsvRow(name: string, service: ServiceFile | undefined): CsvCell[] {
  const whole = (value: number) => (Number.isFinite(value) ? numberCell(value) : String(value));
  const bias = service?.costOptimismBias ?? SERVICE_DEFAULTS.costOptimismBias;
  const biasValue = parseDecimal(bias);
  return [
    name,
    typedNumberCell(service?.annualCost ?? ''),
    typedNumberCell(service?.setupCost ?? SERVICE_DEFAULTS.setupCost),
    typedNumberCell(service?.renewalCost ?? SERVICE_DEFAULTS.renewalCost),
    whole(service?.rampUpMonths ?? SERVICE_DEFAULTS.rampUpMonths),
    whole(service?.benefitYears ?? SERVICE_DEFAULTS.benefitYears),
    biasValue ? percentCell(biasValue) : bias,
    numberCell(service?.effects.length ?? 0),
  ];
}

/** Every service in one sortable table; each row opens the service's full editor under it. */
export function ServicesTable({ openId, onOpen, onRemove }: Props) {
  const services = useModel((s) => s.file.services);
  const { problems } = useResults();
  const [sort, setSort] = useState<SortState<ServiceColumn>>(null);
  const rows = useMemo(() => serviceRows(services), [services]);
  const shownRows = useMemo(
    () => sortRows(rows, sort, (row, key) => row.sortBy[key]),
    [rows, sort],
  );
  const withProblems = useMemo(() => {
    const found = new Set<number>();
    for (const p of problems) {
      const match = /^services\[(\d+)\]/.exec(p.path);
      if (match) found.add(Number(match[1]));
    }
    return found;
  }, [problems]);
  const ids = useMemo(() => services.map((s) => s.id), [services]);
  const openItem = useCallback(
    (item: number) => {
      const id = ids[item];
      if (id !== undefined) onOpen(id);
    },
    [ids, onOpen],
  );
  useFieldLinkOpener('services', ids.length, openItem);

  const open = (serviceId: string, index: number) => {
    onOpen(serviceId);
    window.setTimeout(
      () => document.getElementById(fieldId(`services[${index}].name`))?.focus(),
      0,
    );
  };
  const back = (serviceId: string) => {
    onOpen(null);
    window.setTimeout(() => {
      (
        document.getElementById(serviceEditButtonId(serviceId)) ?? document.getElementById(TABLE_ID)
      )?.focus();
    }, 0);
  };
  const onSort = (key: ServiceColumn) => {
    setSort((s) => nextSort(s, key));
  };
  const openIndex = openId === null ? -1 : ids.indexOf(openId);
  const openRow = openIndex >= 0 ? rows[openIndex] : undefined;
  if (services.length === 0) return null;
  return (
    <div className="table-view services-table">
      <ScrollRegion>
        <table className="data-table table-view__table" id={TABLE_ID} tabIndex={-1}>
          <caption>Services: costs at the price base, before optimism bias</caption>
          <thead>
            <tr>
              <SortHeader columnKey="name" label="Name" sort={sort} onSort={onSort} />
              {COLUMNS.map((c) => (
                <SortHeader
                  key={c.key}
                  columnKey={c.key}
                  label={c.label}
                  sort={sort}
                  onSort={onSort}
                  numeric={c.numeric}
                />
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row) => {
              const isOpen = row.id === openId;
              return (
                <tr key={row.id} className={isOpen ? 'table-view__row--open' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="button--link table-view__name"
                      onClick={() => {
                        open(row.id, row.index);
                      }}
                    >
                      {row.cells.name}
                    </button>
                    {withProblems.has(row.index) && (
                      <span className="table-view__problem"> Has a problem</span>
                    )}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {row.cells[c.key]}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      id={serviceEditButtonId(row.id)}
                      className="button button--secondary table-view__edit"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? 'service-editor' : undefined}
                      onClick={() => {
                        if (isOpen) back(row.id);
                        else open(row.id, row.index);
                      }}
                    >
                      Edit <span className="visually-hidden">{row.cells.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <TableCsvButton
        title="Services"
        table={() => ({
          header: [
            'Name',
            'Annual cost (£, at the price base, before optimism bias)',
            'Set-up cost (£, at the price base, before optimism bias)',
            'Renewal cost (£, at the price base, before optimism bias)',
            'Ramp-up (months)',
            'Benefit years',
            'Cost optimism bias (%)',
            'Effects (number)',
          ],
          rows: shownRows.map((row) => serviceCsvRow(row.cells.name, services[row.index])),
        })}
      />
      {openRow && (
        <TableRowEditor
          id="service-editor"
          onBack={() => {
            back(openRow.id);
          }}
        >
          <ServiceCard serviceId={openRow.id} index={openRow.index} onRemove={onRemove} />
        </TableRowEditor>
      )}
    </div>
  );
}

/** The service a field link followed just now points at, when the Services screen opens because of it. */
export function initiallyOpenService(serviceIds: readonly string[]): string | null {
  const request = requestedItem('services');
  return request ? (serviceIds[request.item] ?? null) : null;
}
