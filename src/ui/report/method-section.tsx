import type { ReactNode } from 'react';
import { methodSectionTitle, type MethodSectionId } from './methodology-contents';

type Props = { id: MethodSectionId; children: ReactNode; className?: string };

/** One h3 section of the Methodology page; its id is the target of the contents link. */
export function MethodSection({ id, children, className }: Props) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={`method-section${className ? ` ${className}` : ''}`}
    >
      <h3 id={`${id}-heading`}>{methodSectionTitle(id)}</h3>
      {children}
    </section>
  );
}
