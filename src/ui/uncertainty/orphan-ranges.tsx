import { useAppStore, useModel, useProblems } from '../../state/store-context';
import { clearRange } from '../../state/uncertainty-edits';
import { fieldId } from '../shared/use-field-problem';

/**
 * Ranges saved for figures the model no longer has (a cost line removed, say): each stops the figures
 * until it is removed, and no editor shows it any more, so they are listed here with a way out.
 */
export function OrphanRanges() {
  const store = useAppStore();
  const problems = useProblems();
  const ranges = useModel((s) => s.file.uncertainty?.ranges ?? []);
  const orphans = ranges.flatMap((range, i) => {
    const path = `uncertainty.ranges[${i}].input`;
    const problem = problems.find((p) => p.path === path);
    return problem ? [{ key: range.input, path, message: problem.message }] : [];
  });
  if (orphans.length === 0) return null;
  return (
    <section aria-labelledby="orphan-ranges-heading" className="card">
      <h3 id="orphan-ranges-heading">Ranges for figures no longer in the model</h3>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.key}>
            <p className="field__error">{orphan.message}</p>
            <button
              type="button"
              id={fieldId(orphan.path)}
              className="button button--secondary"
              onClick={() => {
                store.getState().edit(clearRange(orphan.key));
              }}
            >
              Remove this range <span className="visually-hidden">({orphan.key})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
