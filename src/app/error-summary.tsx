import { useProblems } from '../state/store-context';
import { fieldId } from '../ui/shared/use-field-problem';
import { SCREENS, type ScreenId } from './screens';

/** Which screen holds the field at a JSON path. */
function screenForPath(path: string): ScreenId {
  const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  const map: Record<string, ScreenId> = {
    partners: 'partners',
    streams: 'caseload',
    costLines: 'costs',
    services: 'services',
    scenarios: 'scenarios',
  };
  return map[head] ?? 'setup';
}

/** Lists every problem in the model, each a link to its field (on whichever screen it is). */
export function ErrorSummary({ onNavigate }: { onNavigate: (screen: ScreenId) => void }) {
  const problems = useProblems();
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {problems.length === 1 ? 'There is a problem' : `There are ${problems.length} problems`}:
        the results show the last valid figures
      </h2>
      <ul>
        {problems.slice(0, 20).map((problem) => {
          const screen = screenForPath(problem.path);
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
