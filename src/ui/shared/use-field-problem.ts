import { useProblemAt } from '../../state/store-context';
import { domIdPart } from './dom-id';

/** The message for one field, by the JSON path the validator reports it at; null when the field is fine. */
export function useFieldProblem(path: string): string | null {
  return useProblemAt(path);
}

/**
 * A DOM id for a field from its JSON path, so the error summary can link to it. Paths can hold ids from a
 * file or a link, so the encoding keeps distinct paths distinct.
 */
export function fieldId(path: string): string {
  return `field-${domIdPart(path)}`;
}
