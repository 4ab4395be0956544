/** Cross-reference checks shared by records: run once every list has been read. */
import { sum, ONE, type Dec } from '../decimal';
import { joinPath, type FieldReader } from '../field-reader';

/** The ids each kind of record can be referred to by. */
export type KnownIds = {
  partners: ReadonlySet<string>;
  streams: ReadonlySet<string>;
  costLines: ReadonlySet<string>;
  /** The stream each cost line follows. */
  lineStreams: ReadonlyMap<string, string>;
  /** Partners of kind society: they bear costs and never pay. */
  society: ReadonlySet<string>;
};

export function checkPartnerReference(
  r: FieldReader,
  known: KnownIds,
  id: string,
  at: string,
): void {
  if (id !== '' && !known.partners.has(id))
    r.report(at, `There is no partner with the id "${id}".`);
}

/** Reports the second and later mentions of an id in one list (`key` names the id's field, if any). */
export function checkDistinct(
  r: FieldReader,
  ids: readonly string[],
  path: string,
  key: string | null,
  what: string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const at = key ? joinPath(joinPath(path, i), key) : joinPath(path, i);
    if (id !== '' && seen.has(id)) r.report(at, `${what} "${id}" is listed twice.`);
    seen.add(id);
  });
}

/** A number for each distinct value met, so a list of values can be named by a short key. */
const valueNumbers = new WeakMap<Dec, number>();
let nextValueNumber = 0;
/** Totals of lists of shares already added up, by the list's key; emptied when it grows large. */
const totals = new Map<string, Dec>();
const TOTALS_LIMIT = 20_000;

/**
 * The sum of `shares`, remembered by the very values listed: parsed values are shared between readings
 * (see `parseDecimal`), so reading a model again does not add up the same 50 bearer shares of 500 lines.
 */
function totalOf(shares: readonly Dec[]): Dec {
  let key = '';
  for (const share of shares) {
    let n = valueNumbers.get(share);
    if (n === undefined) {
      n = nextValueNumber += 1;
      valueNumbers.set(share, n);
    }
    key += `${n},`;
  }
  const known = totals.get(key);
  if (known) return known;
  const total = sum(shares);
  if (totals.size >= TOTALS_LIMIT) totals.clear();
  totals.set(key, total);
  return total;
}

export function checkSumsToOne(
  r: FieldReader,
  shares: readonly Dec[],
  at: string,
  what: string,
): void {
  const total = totalOf(shares);
  if (shares.length > 0 && !total.eq(ONE))
    r.report(
      at,
      `${what} add up to ${total.times(100).toString()}%; they must add up to exactly 100%.`,
    );
}

/** Reports ids that are empty or repeated within one list. */
export function checkUniqueIds(
  r: FieldReader,
  items: readonly ({ id: string } | null)[],
  path: string,
  what: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!item || item.id === '') return;
    if (seen.has(item.id))
      r.report(
        joinPath(joinPath(path, i), 'id'),
        `The ${what} id "${item.id}" is used twice; ids must be unique.`,
      );
    seen.add(item.id);
  });
}
