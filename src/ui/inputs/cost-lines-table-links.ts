/**
 * Links to a field of one item of a table's list (as the error summary gives: `#field-costLines_5b3_5d…`)
 * open that item's editor first, so the field is there to take focus. Used by the cost lines' and the
 * services' tables.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { fieldId } from '../shared/use-field-problem';

/** The item a link to a field of the list at `path` points at, from the link's target id. */
export function itemOfFieldId(path: string, id: string): number | null {
  const prefix = `${fieldId(path)}_5b`;
  if (!id.startsWith(prefix)) return null;
  const match = /^(\d+)_5d/.exec(id.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

function targetOf(event: MouseEvent): string | null {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#field-"]') : null;
  return link?.getAttribute('href')?.slice(1) ?? null;
}

// The last field link followed, for a table not on screen yet when the link is clicked (its screen
// opens as a result).
let lastRequest: { id: string; at: number } | null = null;
if (typeof document !== 'undefined')
  document.addEventListener(
    'click',
    (event) => {
      const id = targetOf(event);
      if (id) lastRequest = { id, at: performance.now() };
    },
    { capture: true },
  );

/** The item a field link followed just now points at, for a table opening because of it; else null. */
export function requestedItem(path: string): { item: number; fieldId: string } | null {
  if (!lastRequest || performance.now() - lastRequest.at > 1000) return null;
  const item = itemOfFieldId(path, lastRequest.id);
  return item === null ? null : { item, fieldId: lastRequest.id };
}

/** Calls `open(item)` (synchronously, before the link's own handler looks for the field). */
export function useFieldLinkOpener(path: string, count: number, open: (item: number) => void) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const id = targetOf(event);
      const item = id === null ? null : itemOfFieldId(path, id);
      if (item === null || item >= count) return;
      flushSync(() => {
        open(item);
      });
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [path, count, open]);
}
