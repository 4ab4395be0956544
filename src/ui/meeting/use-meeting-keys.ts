/**
 * The meeting's keys, wherever focus is in the page: ← and → step through the scenarios (except in a box
 * being typed in, where they move the caret), Escape leaves. A browser that is full screen takes Escape
 * for itself and leaves full screen, so leaving full screen leaves meeting mode too.
 */
import { useEffect, useRef } from 'react';

type Actions = { onPrevious: () => void; onNext: () => void; onExit: () => void };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function useMeetingKeys(actions: Actions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        latest.current.onExit();
        return;
      }
      if (isTyping(event.target)) return;
      if (event.key === 'ArrowRight') {
        event.preventDefault();
        latest.current.onNext();
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        latest.current.onPrevious();
      }
    };
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) latest.current.onExit();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      // Full screen is left by whoever asked for it (the app, on leaving): leaving it here would end a
      // meeting that React merely re-mounts (StrictMode does so in development).
    };
  }, []);
}
