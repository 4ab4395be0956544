import { useCallback, useMemo, useState } from 'react';
import { VALUE_TYPES, type ValueType } from '../../model/model-file';
import { useModel, useResults } from '../../state/store-context';
import { domIdPart } from '../shared/dom-id';
import { formatFinancialYear } from '../shared/format';
import { ScrollRegion } from '../shared/scroll-region';
import { moneyCell, moneyHeader, typedNumberCell } from '../shared/csv-cells';
import { TableCsvButton } from '../shared/table-csv-button';
import { COST_LINE_DEFAULTS } from '../../model/records/cost-line';
import { fieldId } from '../shared/use-field-problem';
import { CostLineCard } from './cost-line-card';
import { requestedItem } from '../shared/field-link-requests';
import { useFieldLinkOpener } from './cost-lines-table-links';
import {
  costLineRows,
  filterCostLineRows,
  firstYearCosts,
  VALUE_TYPE_WORDS,
  type CostLineColumn,
} from './cost-lines-table-rows';
import { nextSort, SortHeader, sortRows, type SortState } from './cost-lines-table-sort';
import { TableRowEditor } from './table-row-editor';

/** The id of a row's Edit button, where focus returns from its editor. */
export function editButtonId(lineId: string): string {
  return `cost-line-edit-${domIdPart(lineId)}`;
}

const TABLE_ID = 'cost-lines-table';

/** Moves focus to an element once React has drawn it. */
function focusLater(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

type Props = {
  /** The line whose full editor is open under the table; null when none is. */
  openId: string | null;
  onOpen: (lineId: string | null) => void;
  onRemove: (lineId: string) => void;
};

/** The index of each line with a problem at any of its fields. */
function linesWithProblems(problems: readonly { path: string }[]): Set<number> {
  const found = new Set<number>();
  for (const problem of problems) {
    const match = /^costLines\[(\d+)\]/.exec(problem.path);
    if (match) found.add(Number(match[1]));
  }
  return found;
}

/**
 * Every cost line in one table of its main figures, sortable by any column and filtered by partner and
 * value type. Each row opens the line's full editor under the table, one at a time.
 */
/** Enough for a real partnership's lines on one page (forty is large); more page on. */
const ROWS_PER_PAGE = 50;

export function CostLinesTable({ openId, onOpen, onRemove }: Props) {
  const costLines = useModel((s) => s.file.costLines);
  const partners = useModel((s) => s.file.partners);
  const streams = useModel((s) => s.file.streams);
  const priceBaseYear = useModel((s) => s.file.priceBaseYear);
  const startYear = useModel((s) => s.file.startYear);
  const { shown, problems, isOutOfDate } = useResults();
  const results = shown?.results ?? null;
  const [sort, setSort] = useState<SortState<CostLineColumn>>(null);
  const [partner, setPartner] = useState('');
  const [valueType, setValueType] = useState<ValueType | ''>('');

  const costs = useMemo(() => (results ? firstYearCosts(results) : null), [results]);
  const rows = useMemo(
    () => costLineRows({ costLines, partners, streams, priceBaseYear }, costs),
    [costLines, partners, streams, priceBaseYear, costs],
  );
  const withProblems = useMemo(() => linesWithProblems(problems), [problems]);
  const shownRows = useMemo(
    () =>
      sortRows(filterCostLineRows(rows, partner, valueType), sort, (row, key) => row.sortBy[key]),
    [rows, partner, valueType, sort],
  );

  // Rows a page at a time beyond a page's worth: a model at the limits draws in well under a second.
  const [pageStart, setPageStart] = useState(0);
  const start = pageStart < shownRows.length ? pageStart : 0;
  const pageRows = shownRows.slice(start, start + ROWS_PER_PAGE);

  const ids = useMemo(() => costLines.map((l) => l.id), [costLines]);
  const openItem = useCallback(
    (item: number) => {
      const id = ids[item];
      if (id !== undefined) onOpen(id);
    },
    [ids, onOpen],
  );
  useFieldLinkOpener('costLines', ids.length, openItem);

  const open = (lineId: string, index: number) => {
    onOpen(lineId);
    focusLater(fieldId(`costLines[${index}].name`));
  };
  const back = (lineId: string) => {
    onOpen(null);
    const button = editButtonId(lineId);
    window.setTimeout(() => {
      (document.getElementById(button) ?? document.getElementById(TABLE_ID))?.focus();
    }, 0);
  };
  const openIndex = openId === null ? -1 : ids.indexOf(openId);
  const openRow = openIndex >= 0 ? rows[openIndex] : undefined;
  const onSort = (key: CostLineColumn) => {
    setSort((s) => nextSort(s, key));
  };
  const header = (key: CostLineColumn, label: string, numeric = false) => (
    <SortHeader columnKey={key} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );

  if (costLines.length === 0) return null;
  const isFiltered = partner !== '' || valueType !== '';
  return (
    <div className="table-view cost-lines-table">
      <div className="inline-form table-view__filters">
        <div className="field">
          <label htmlFor="cost-lines-partner">Borne by</label>
          <select
            id="cost-lines-partner"
            className="input"
            value={partner}
            onChange={(event) => {
              setPartner(event.currentTarget.value);
            }}
          >
            <option value="">Every partner</option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || p.id}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cost-lines-value-type">Value type</label>
          <select
            id="cost-lines-value-type"
            className="input"
            value={valueType}
            onChange={(event) => {
              const v = event.currentTarget.value;
              setValueType(VALUE_TYPES.find((t) => t === v) ?? '');
            }}
          >
            <option value="">Every value type</option>
            {VALUE_TYPES.map((t) => (
              <option key={t} value={t}>
                {VALUE_TYPE_WORDS[t]}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="table-view__count">
          {isFiltered
            ? `Showing ${shownRows.length} of ${rows.length} cost lines.`
            : `${rows.length} cost ${rows.length === 1 ? 'line' : 'lines'}.`}
        </p>
      </div>
      <ScrollRegion>
        <table className="data-table table-view__table" id={TABLE_ID} tabIndex={-1}>
          <caption>
            Cost lines{isFiltered ? ` (${shownRows.length} of ${rows.length} shown)` : ''}. Costs in
            real terms at {formatFinancialYear(priceBaseYear)} prices; the first-year cost is of{' '}
            {formatFinancialYear(startYear)}
            {isOutOfDate && results ? ', from the last valid figures' : ''}.
          </caption>
          <thead>
            <tr>
              {header('name', 'Name')}
              {header('stream', 'Caseload')}
              {header('rate', 'Rate', true)}
              {header('quantity', 'Quantity', true)}
              {header('unitCost', 'Unit cost', true)}
              {header('priceYear', 'Price year')}
              {header('valueType', 'Value type')}
              {header('bearers', 'Bearers')}
              {header('firstYear', 'First-year cost', true)}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => {
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
                      {row.name}
                    </button>
                    {withProblems.has(row.index) && (
                      <span className="table-view__problem"> Has a problem</span>
                    )}
                  </th>
                  <td>{row.stream}</td>
                  <td className="num">{row.rate}</td>
                  <td className="num">{row.quantity}</td>
                  <td className="num">{row.unitCost}</td>
                  <td>{row.priceYear}</td>
                  <td>
                    {VALUE_TYPE_WORDS[row.valueType]}
                    {row.cashable ? ', cashable' : ''}
                  </td>
                  <td>{row.bearers}</td>
                  <td className="num">{row.firstYear}</td>
                  <td>
                    <button
                      type="button"
                      id={editButtonId(row.id)}
                      className="button button--secondary table-view__edit"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? 'cost-line-editor' : undefined}
                      onClick={() => {
                        if (isOpen) back(row.id);
                        else open(row.id, row.index);
                      }}
                    >
                      Edit <span className="visually-hidden">{row.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <TableCsvButton
        title="Cost lines"
        table={() => ({
          header: [
            'Name',
            'Caseload',
            'Rate (events per case per year)',
            'Quantity (units per event)',
            'Unit',
            'Unit cost (£, at its price year)',
            'Price year',
            'Value type',
            'Cashable',
            'Bearers',
            moneyHeader(
              `First-year cost, ${formatFinancialYear(startYear)}`,
              `Real terms, ${formatFinancialYear(priceBaseYear)} prices`,
            ),
            'Source',
          ],
          rows: shownRows.map((row) => {
            const line = costLines[row.index];
            const cost = costs?.get(row.id);
            return [
              row.name,
              row.stream,
              typedNumberCell(line?.rate ?? ''),
              typedNumberCell(line?.quantity ?? COST_LINE_DEFAULTS.quantity),
              line?.unit ?? '',
              typedNumberCell(line?.unitCost ?? ''),
              row.priceYear,
              VALUE_TYPE_WORDS[row.valueType],
              row.cashable ? 'Yes' : 'No',
              row.bearers,
              cost ? moneyCell(cost) : null,
              line?.source ?? '',
            ];
          }),
        })}
      />
      {shownRows.length > ROWS_PER_PAGE && (
        <nav className="inline-form paged-list" aria-label="Pages of cost lines">
          <button
            type="button"
            className="button button--secondary"
            disabled={start === 0}
            onClick={() => {
              setPageStart(Math.max(0, start - ROWS_PER_PAGE));
            }}
          >
            Previous {ROWS_PER_PAGE}
          </button>
          <p role="status">
            Rows {start + 1} to {start + pageRows.length} of {shownRows.length}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={start + ROWS_PER_PAGE >= shownRows.length}
            onClick={() => {
              setPageStart(start + ROWS_PER_PAGE);
            }}
          >
            Next {ROWS_PER_PAGE}
          </button>
        </nav>
      )}
      {shownRows.length === 0 && <p>No cost line matches: choose another partner or value type.</p>}
      {openRow && (
        <TableRowEditor
          id="cost-line-editor"
          onBack={() => {
            back(openRow.id);
          }}
        >
          <CostLineCard lineId={openRow.id} index={openRow.index} onRemove={onRemove} />
        </TableRowEditor>
      )}
    </div>
  );
}

/** The line a field link followed just now points at, when the Costs screen opens because of it. */
export function initiallyOpenLine(lineIds: readonly string[]): string | null {
  const request = requestedItem('costLines');
  return request ? (lineIds[request.item] ?? null) : null;
}
