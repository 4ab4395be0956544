import type { MethodChange } from '../../persistence/method-change';
import type { ModelFile } from '../../model/model-file';
import type { UnreadableEntry } from '../../persistence/browser-storage';
import { modelFileName, modelFileText, problemCount } from '../../persistence/model-file-io';
import { downloadText } from './download';

export type OfferedWork = {
  key: string;
  savedAt: string;
  file: ModelFile;
  problemCount: number;
  /** Its tab was closed: once opened here, nobody else holds it. */
  isClosed: boolean;
  /** Set when it was typed under an earlier method and reads migrated. */
  methodChange: MethodChange | null;
};

type Props = {
  offered: readonly OfferedWork[];
  unreadable: readonly UnreadableEntry[];
  onOpen: (work: OfferedWork) => void;
  onDiscard: (key: string) => void;
};

/** "10:31" today, "30 Nov 2026, 10:31" on another day. */
export function whenSaved(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'an earlier visit';
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return at.toDateString() === now.toDateString()
    ? time
    : `${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}

/**
 * Work this browser holds beyond what is on screen: another tab's or an earlier visit's unsaved work,
 * offered back to open, download or discard; and anything that could not be read, kept aside to download.
 */
export function UnsavedWorkBanner({ offered, unreadable, onOpen, onDiscard }: Props) {
  if (offered.length === 0 && unreadable.length === 0) return null;
  return (
    <section className="banner" aria-label="Unsaved work kept in this browser">
      <ul className="unsaved-work">
        {offered.map((work) => {
          const when = whenSaved(work.savedAt);
          const problems = work.problemCount > 0 ? `, ${problemCount(work.problemCount)}` : '';
          return (
            <li key={work.key}>
              <p>
                Unsaved work from {when} (“{work.file.title || 'Untitled model'}”{problems}), from
                another tab or an earlier visit.
              </p>
              <span className="inline-form">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onOpen(work);
                  }}
                >
                  Open it
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    downloadText(
                      modelFileName(work.file, work.problemCount > 0),
                      modelFileText(work.file),
                      'application/json',
                    );
                  }}
                >
                  Download it
                </button>
                <button
                  type="button"
                  className="button button--link"
                  aria-label={`Discard the unsaved work from ${when}`}
                  onClick={() => {
                    onDiscard(work.key);
                  }}
                >
                  Discard
                </button>
              </span>
            </li>
          );
        })}
        {unreadable.map((entry) => {
          const when = whenSaved(entry.keptAt);
          return (
            <li key={entry.key}>
              <p role="alert">
                Work kept in this browser could not be read: {entry.message} It has been kept aside,
                unchanged, since {when}, and nothing will overwrite it. Download it to keep it or to
                send it for help.
              </p>
              <span className="inline-form">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    downloadText(
                      `unreadable-work-${entry.keptAt.slice(0, 10)}.txt`,
                      entry.text,
                      'text/plain',
                    );
                  }}
                >
                  Download the unreadable work
                </button>
                <button
                  type="button"
                  className="button button--link"
                  aria-label={`Discard the unreadable work kept since ${when}`}
                  onClick={() => {
                    onDiscard(entry.key);
                  }}
                >
                  Discard
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
