import type { MissingItem } from './overview-checklist';
import { ScreenLink } from './screen-link';

type Props = { items: readonly MissingItem[]; onNavigate: (screen: string) => void };

const NAMES_SHOWN = 5;

function namesInWords(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  const more = names.length - NAMES_SHOWN;
  return `: ${shown}${more > 0 ? ` and ${more} more` : ''}`;
}

/** What the model still lacks, each item a link to the screen that fixes it; nothing once complete. */
export function OverviewChecklistView({ items, onNavigate }: Props) {
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="overview-missing-heading"
      className="overview-section overview-missing"
    >
      <h3 id="overview-missing-heading">Still missing from the model</h3>
      <p>Until these are filled in, the figures rest on gaps or on defaults nobody chose.</p>
      <ul className="overview-missing__list">
        {items.map((item) => (
          <li key={item.key}>
            <ScreenLink screen={item.screen} onNavigate={onNavigate}>
              {item.action}
            </ScreenLink>{' '}
            {item.detail}
            {namesInWords(item.names)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
