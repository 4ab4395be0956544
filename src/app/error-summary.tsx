import type { ModelFile } from '../model/model-file';
import { useModel, useProblems } from '../state/store-context';
import { fieldId } from '../ui/shared/use-field-problem';
import { SCREENS, type ScreenId } from './screens';

/** Which screen holds the field at a JSON path. */
function screenForPath(path: string, file: ModelFile): ScreenId {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const map: Record<string, ScreenId> = {
    partners: 'partners',
    streams: 'caseload',
    costLines: 'costs',
    services: 'services',
    scenarios: 'scenarios',
  };
  return head === 'uncertainty' ? screenForRange(path, file) : (map[head] ?? 'setup');
}

/**
 * A range's low and high are typed beside its figure, so they are on that figure's screen; a range for
 * a figure no longer in the model, the seed and the draws are on How sure.
 */
function screenForRange(path: string, file: ModelFile): ScreenId {
  const match = /^uncertainty\.ranges\[(\d+)\]\.(low|high)$/.exec(path);
  const input = match ? file.uncertainty?.ranges?.[Number(match[1])]?.input : undefined;
  const owner: Record<string, ScreenId> = {
    costLine: 'costs',
    stream: 'caseload',
    effect: 'services',
    reach: 'services',
    service: 'services',
    scenario: 'scenarios',
  };
  return owner[input?.split(':')[0] ?? ''] ?? 'uncertainty';
}

/** Lists every problem in the model, each a link to its field (on whichever screen it is). */
export function ErrorSummary({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const problems = useProblems();
  const file = useModel((s) => s.file);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {problems.length === 1 ? 'There is a problem' : `There are ${problems.length} problems`}:
        the results show the last valid figures
      </h2>
      <ul>
        {problems.slice(0, 20).map((problem) => {
          const screen = screenForPath(problem.path, file);
          const label = SCREENS.find((s) => s.id === screen)?.label ?? '';
          return (
            <li key={`${problem.path}:${problem.message}`}>
              <a
                href={`#${fieldId(problem.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(screen);
                  window.setTimeout(
                    () => document.getElementById(fieldId(problem.path))?.focus(),
                    0,
                  );
                }}
              >
                {label}: {problem.message}
              </a>
            </li>
          );
        })}
      </ul>
      {problems.length > 20 && <p>and {problems.length - 20} more.</p>}
    </div>
  );
}
