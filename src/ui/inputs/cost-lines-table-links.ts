/**
 * Links to a field of one item of a table's list (as the error summary gives: `#field-costLines_5b3_5d…`)
 * open that item's editor first, so the field is there to take focus. Used by the cost lines' and the
 * services' tables.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { fieldLinkTarget, itemOfFieldId } from '../shared/field-link-requests';

/** Calls `open(item)` (synchronously, before the link's own handler looks for the field). */
export function useFieldLinkOpener(path: string, count: number, open: (item: number) => void) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const id = fieldLinkTarget(event);
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
