import type { LibraryOverlap } from './library-overlaps';

type Props = { warnings: readonly LibraryOverlap[] };

/**
 * Library figures in the model that certainly include one another, so a cost is counted twice. The live
 * region is always there, so a screen reader hears a warning when a line added makes one.
 */
export function LibraryOverlapWarnings({ warnings }: Props) {
  return (
    <div className="library-overlaps" aria-live="polite">
      {warnings.length > 0 && (
        <div className="notice">
          <p>
            <strong>
              {warnings.length === 1
                ? 'A cost in this model is counted twice:'
                : `${warnings.length} costs in this model are counted twice:`}
            </strong>
          </p>
          <ul aria-label="Costs counted twice">
            {warnings.map((warning) => (
              <li key={`${warning.container.id} ${warning.inside.id}`}>{warning.message}</li>
            ))}
          </ul>
          <p>
            Remove one line of each pair, or set their rates so that no case is counted in both.
          </p>
        </div>
      )}
    </div>
  );
}
