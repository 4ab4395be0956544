import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { fieldLinkTarget, itemOfFieldId, requestedItem } from './field-link-requests';

/**
 * A long list shown a page at a time, so a screen with hundreds of cards opens at once and each keystroke
 * re-renders only what is on the page. Lists no longer than a page show whole, with no controls. Every
 * item stays reachable: the page buttons and the page list work from the keyboard, a newly added item's
 * page opens by itself, and a link to a field of an item on another page (as the error summary gives)
 * opens that page first.
 */
type Props = {
  count: number;
  pageSize: number;
  /** What the items are, in the plural: "cost lines". */
  noun: string;
  /** The items' JSON path, e.g. `costLines` or `services[2].effects`: how links to their fields are told. */
  path: string;
  renderItem: (index: number) => ReactNode;
  /** Where the page controls and the items go (e.g. the items inside a table body); by default one after the other. */
  layout?: (controls: ReactNode, items: ReactNode[]) => ReactNode;
};

function pageStart(index: number, pageSize: number): number {
  return Math.floor(index / pageSize) * pageSize;
}

function initialStart(path: string, pageSize: number): number {
  const requested = requestedItem(path);
  return requested === null ? 0 : pageStart(requested.item, pageSize);
}

export function PagedList({ count, pageSize, noun, path, renderItem, layout }: Props) {
  const [start, setStart] = useState(() => initialStart(path, pageSize));
  const [seenCount, setSeenCount] = useState(count);
  // An item added at the end is shown at once (set during render, so focus can move to it straight away).
  if (count !== seenCount) {
    setSeenCount(count);
    if (count > seenCount) setStart(pageStart(count - 1, pageSize));
  }
  const isPaged = count > pageSize;
  // Fewer items than before (one removed) can leave the page empty: show the last page instead.
  const first = isPaged ? Math.min(start, pageStart(Math.max(0, count - 1), pageSize)) : 0;
  const last = isPaged ? Math.min(count, first + pageSize) : count;

  useEffect(() => {
    if (!isPaged) return;
    const onClick = (event: MouseEvent) => {
      const id = fieldLinkTarget(event);
      const item = id === null ? null : itemOfFieldId(path, id);
      if (item === null || item >= count) return;
      // Before the link's own handler looks for the field.
      flushSync(() => {
        setStart(pageStart(item, pageSize));
      });
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [isPaged, path, count, pageSize]);

  const items: ReactNode[] = [];
  for (let i = first; i < last; i += 1) items.push(renderItem(i));
  const place = layout ?? ((controls: ReactNode, shown: ReactNode[]) => [controls, shown]);
  if (!isPaged) return <>{place(null, items)}</>;

  const pages = Math.ceil(count / pageSize);
  const range = (from: number) => `${from + 1}–${Math.min(count, from + pageSize)}`;
  const controls = (
    <div
      key="pages"
      className="inline-form paged-list"
      role="group"
      aria-label={`Pages of ${noun}`}
    >
      <button
        type="button"
        className="button button--secondary"
        disabled={first === 0}
        onClick={() => {
          setStart(first - pageSize);
        }}
      >
        Previous {pageSize} <span className="visually-hidden">{noun}</span>
      </button>
      <label>
        Showing {noun}{' '}
        <select
          className="input"
          value={first}
          onChange={(event) => {
            setStart(Number(event.currentTarget.value));
          }}
        >
          {Array.from({ length: pages }, (_, p) => (
            <option key={p} value={p * pageSize}>
              {range(p * pageSize)}
            </option>
          ))}
        </select>{' '}
        of {count}
      </label>
      <button
        type="button"
        className="button button--secondary"
        disabled={last >= count}
        onClick={() => {
          setStart(first + pageSize);
        }}
      >
        Next {pageSize} <span className="visually-hidden">{noun}</span>
      </button>
    </div>
  );
  return <>{place(controls, items)}</>;
}
