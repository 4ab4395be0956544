import { useMemo, useState } from 'react';
import { OFFERED_UNIT_COSTS, type UnitCostEntry } from '../../model/reference/unit-cost-library';
import { useModel } from '../../state/store-context';
import { LibraryEntry } from './library-entry';
import { LibraryMeanings } from './library-meanings';
import { LibraryOverlapWarnings } from './library-overlap-warnings';
import { findLibraryOverlaps } from './library-overlaps';
import { searchLibrary } from './library-search';

type Props = { onAdd: (entry: UnitCostEntry) => void };

/**
 * Search the published unit costs and add one as a new cost line. Entries replaced by a corrected figure
 * are never offered; lines already taken from them still open.
 */
export function LibraryPanel({ onAdd }: Props) {
  const [query, setQuery] = useState('');
  const costLines = useModel((s) => s.file.costLines);
  const overlaps = useMemo(() => findLibraryOverlaps(costLines), [costLines]);
  const results = useMemo(() => searchLibrary(query, OFFERED_UNIT_COSTS), [query]);
  const count = results.length === 1 ? '1 figure' : `${results.length} figures`;
  // The list is drawn again only when the search changes, not on every edit to a cost line.
  const list = useMemo(
    () =>
      results.length > 0 && (
        <ul className="library__results" aria-label="Unit costs in the library">
          {results.map((entry) => (
            <LibraryEntry key={entry.id} entry={entry} onAdd={onAdd} />
          ))}
        </ul>
      ),
    [results, onAdd],
  );
  return (
    <section className="card library" aria-labelledby="library-heading">
      <h3 id="library-heading">Add a line from the library</h3>
      <p>
        Published unit costs with their sources and price years. Search by what the cost is or by
        the agency that bears it. Before you pick, note what the figures mean:
      </p>
      <LibraryMeanings />
      <LibraryOverlapWarnings warnings={overlaps} />
      <div className="field">
        <label htmlFor="library-search">Search the unit-cost library</label>
        <p className="field__hint" id="library-search-hint">
          For example: temporary accommodation, police, NHS, children.
        </p>
        <input
          id="library-search"
          className="input input--long"
          type="search"
          autoComplete="off"
          aria-describedby="library-search-hint"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
          }}
        />
      </div>
      <p role="status" className="library__count">
        {query.trim() === ''
          ? `All ${count} in the library.`
          : results.length === 0
            ? `No figures match “${query.trim()}”.`
            : `${count} match “${query.trim()}”.`}
      </p>
      {list}
    </section>
  );
}
