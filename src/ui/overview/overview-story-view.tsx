import type { StorySentence } from './overview-links';
import { ScreenLink } from './screen-link';

type Props = { sentences: readonly StorySentence[]; onNavigate: (screen: string) => void };

/** The story as one paragraph; each figure links to the screen behind it. */
export function OverviewStoryView({ sentences, onNavigate }: Props) {
  return (
    <p className="overview-story">
      {sentences.map((sentence, i) => (
        <span key={i}>
          {i > 0 && ' '}
          {sentence.map((part, k) =>
            typeof part === 'string' ? (
              part
            ) : (
              <ScreenLink key={k} screen={part.screen} onNavigate={onNavigate}>
                {part.text}
              </ScreenLink>
            ),
          )}
        </span>
      ))}
    </p>
  );
}
