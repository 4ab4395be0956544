import type { Notice } from '../../state/session-store';

/** A message after opening or saving something; errors are announced at once. */
export function NoticeBanner({
  notice,
  onDismiss,
}: {
  notice: Notice | null;
  onDismiss: () => void;
}) {
  if (!notice) return null;
  return (
    <div
      className={notice.kind === 'error' ? 'banner banner--error' : 'banner'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <p>{notice.message}</p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
