import { useState } from 'react';

/** Longer lists wait for the person to reach the select. */
const SHOWN_AT_ONCE = 20;

/**
 * Whether a select shows its whole list of options yet. The browser measures every option's text to
 * size a select, so a screen of selects with hundreds of options each takes seconds to draw; a long list
 * is therefore drawn only once the select is focused or pressed (before its list opens or a key moves
 * through it), and until then the select holds just its current option. Short lists show whole.
 */
export function useDeferredOptions(count: number) {
  const [isReached, setReached] = useState(false);
  const reach = () => {
    if (!isReached) setReached(true);
  };
  return {
    showAll: isReached || count <= SHOWN_AT_ONCE,
    handlers: { onFocus: reach, onPointerDown: reach, onMouseDown: reach },
  };
}
