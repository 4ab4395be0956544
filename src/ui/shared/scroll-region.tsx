import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A box that scrolls a wide or long table. When (and only when) its content overflows, it becomes a
 * keyboard-focusable region named by the table's caption, so keyboard users can scroll it too
 * (WCAG 2.1.1) without an extra tab stop for tables that fit.
 */
export function ScrollRegion({
  className = '',
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const fallbackId = useId();
  const [isScrollable, setScrollable] = useState(false);
  const [labelId, setLabelId] = useState<string | null>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const caption = box.querySelector('caption');
    if (caption) {
      caption.id ||= `${fallbackId}-caption`;
      setLabelId(caption.id);
    }
    const measure = () => {
      setScrollable(
        box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1,
      );
    };
    // The observer reports the first size once layout has happened anyway; measuring here instead would
    // force a layout for every table on a screen, one after another (seconds on a screen of hundreds).
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [fallbackId]);
  const regionProps = isScrollable
    ? {
        tabIndex: 0,
        role: 'region',
        ...(labelId ? { 'aria-labelledby': labelId } : { 'aria-label': 'Table' }),
      }
    : {};
  return (
    <div ref={ref} className={`table-scroll ${className}`.trim()} {...regionProps}>
      {children}
    </div>
  );
}
