import type { ReactNode } from 'react';
import type { OverviewTarget } from './overview-links';

type Props = { screen: OverviewTarget; onNavigate: (screen: string) => void; children: ReactNode };

/** A link to another screen that opens it in place, and still works opened in a new tab. */
export function ScreenLink({ screen, onNavigate, children }: Props) {
  return (
    <a
      href={`?screen=${screen}`}
      onClick={(event) => {
        event.preventDefault();
        onNavigate(screen);
      }}
    >
      {children}
    </a>
  );
}
