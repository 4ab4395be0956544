/**
 * Sorting for the cost lines' and services' tables: a column heading is a button that sorts by it,
 * ascending first and descending on a second press, with `aria-sort` saying which way.
 */
export type SortDirection = 'ascending' | 'descending';
export type SortState<Key extends string> = { key: Key; direction: SortDirection } | null;
/** What a row is sorted by in a column: text, a number, or null (unreadable or none: always last). */
export type SortValue = string | number | null;

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows in the order asked for; ties and the unsorted table keep the model's order. */
export function sortRows<Row, Key extends string>(
  rows: readonly Row[],
  sort: SortState<Key>,
  valueOf: (row: Row, key: Key) => SortValue,
): Row[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, order) => ({ row, order, value: valueOf(row, sort.key) }))
    .sort((x, y) => {
      if (x.value === null || y.value === null) {
        if (x.value === y.value) return x.order - y.order;
        return x.value === null ? 1 : -1;
      }
      return sign * compareValues(x.value, y.value) || x.order - y.order;
    })
    .map((x) => x.row);
}

/** The sort after pressing a column's heading. */
export function nextSort<Key extends string>(sort: SortState<Key>, key: Key): SortState<Key> {
  if (sort?.key === key && sort.direction === 'ascending') return { key, direction: 'descending' };
  return { key, direction: 'ascending' };
}

type HeaderProps<Key extends string> = {
  columnKey: Key;
  label: string;
  sort: SortState<Key>;
  onSort: (key: Key) => void;
  numeric?: boolean;
};

export function SortHeader<Key extends string>({
  columnKey,
  label,
  sort,
  onSort,
  numeric = false,
}: HeaderProps<Key>) {
  const direction = sort?.key === columnKey ? sort.direction : null;
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      {...(direction ? { 'aria-sort': direction } : {})}
    >
      <button
        type="button"
        className="table-view__sort"
        onClick={() => {
          onSort(columnKey);
        }}
      >
        {label}{' '}
        <span aria-hidden="true" className="table-view__arrow">
          {arrow}
        </span>
      </button>
    </th>
  );
}
