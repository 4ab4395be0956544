/**
 * A labelled form control with its hint and validation message beside it, wired for screen readers
 * (aria-describedby, aria-invalid). Every input in the app goes through here.
 */
import type { ReactNode } from 'react';
import { fieldId, useFieldProblem } from './use-field-problem';

type FieldProps = {
  label: string;
  /** JSON path in the model file; also where validation messages are looked up. */
  path: string;
  hint?: string;
  /** A message from the field itself (for text that cannot be stored yet); shown before model problems. */
  localError?: string | null;
  className?: string;
  children: (props: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': boolean;
  }) => ReactNode;
};

export function Field({ label, path, hint, localError, className, children }: FieldProps) {
  const problem = useFieldProblem(path);
  const error = localError ?? problem;
  const id = fieldId(path);
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
    </div>
  );
}
