import { SCREENS, type ScreenId } from './screens';

type Props = { current: ScreenId; onChange: (screen: ScreenId) => void };

export function Navigation({ current, onChange }: Props) {
  const groups = [...new Set(SCREENS.map((s) => s.group))];
  return (
    <nav className="side-nav" aria-label="Screens">
      {groups.map((group) => (
        <div key={group} className="side-nav__group">
          <h2 className="side-nav__heading">{group}</h2>
          <ul>
            {SCREENS.filter((s) => s.group === group).map((s) => (
              <li key={s.id}>
                <a
                  href={`?screen=${s.id}`}
                  aria-current={s.id === current ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onChange(s.id);
                    window.history.replaceState(null, '', `?screen=${s.id}${window.location.hash}`);
                    document.getElementById('main')?.focus();
                  }}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
