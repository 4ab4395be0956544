import type { ReactNode } from 'react';

type Props = { children: ReactNode };

/** The closing line of a section: which guidance its choices follow, so an auditor can check them. */
export function SourceNote({ children }: Props) {
  return (
    <p>
      <strong>Sources: </strong>
      {children}
    </p>
  );
}
