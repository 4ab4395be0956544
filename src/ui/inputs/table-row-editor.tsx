import type { ReactNode } from 'react';

type Props = { id: string; onBack: () => void; children: ReactNode };

/** A table row's editor in place of the table, with a way back above and below it (long cards scroll). */
export function TableRowEditor({ id, onBack, children }: Props) {
  const backButton = (
    <button type="button" className="button button--secondary" onClick={onBack}>
      Back to the table
    </button>
  );
  return (
    <div id={id} className="table-view__editor">
      {backButton}
      {children}
      {backButton}
    </div>
  );
}
