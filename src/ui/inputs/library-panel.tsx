import { useState } from 'react';
import { UNIT_COST_LIBRARY, type UnitCostEntry } from '../../model/reference/unit-cost-library';
import { LibraryEntry } from './library-entry';
import { searchLibrary } from './library-search';

type Props = { onAdd: (entry: UnitCostEntry) => void };

/** Search the published unit costs and add one as a new cost line. */
export function LibraryPanel({ onAdd }: Props) {
  const [query, setQuery] = useState('');
  const results = searchLibrary(query, UNIT_COST_LIBRARY);
  const count = results.length === 1 ? '1 figure' : `${results.length} figures`;
  return (
    <section className="card library" aria-labelledby="library-heading">
      <h3 id="library-heading">Add a line from the library</h3>
      <p>
        Published unit costs with their sources and price years. Search by what the cost is or by
        the agency that bears it.
      </p>
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
      {results.length > 0 && (
        <ul className="library__results" aria-label="Unit costs in the library">
          {results.map((entry) => (
            <LibraryEntry key={entry.id} entry={entry} onAdd={onAdd} />
          ))}
        </ul>
      )}
    </section>
  );
}
