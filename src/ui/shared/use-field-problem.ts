import { useProblemAt } from '../../state/store-context';

/** The message for one field, by the JSON path the validator reports it at; null when the field is fine. */
export function useFieldProblem(path: string): string | null {
  return useProblemAt(path);
}

/** A DOM id for a field from its JSON path, so the error summary can link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
