import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is only built once it is opened: a model with dozens of yearly tables does
 * not pay for formatting tables nobody has asked to see on every keystroke.
 */
export function Disclosure({
  summary,
  children,
  className,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {isOpen && children}
    </details>
  );
}
