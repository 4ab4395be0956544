import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Draws its content once it comes near the screen, then keeps it. A chart is the slow part of a card: a
 * screen of many cards opens at once, and charts further down are drawn as they are scrolled to. The box
 * fills its parent, which keeps the chart's size, so nothing moves when the chart appears. Where the
 * browser cannot tell (no IntersectionObserver), the content is drawn at once.
 */
export function WhenVisible({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isNear, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const box = ref.current;
    if (isNear || !box) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [isNear]);
  return (
    <div ref={ref} style={{ width: '100%', height: '100%' }}>
      {isNear && children}
    </div>
  );
}
