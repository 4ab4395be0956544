import type { Notice } from '../../state/session-slice';

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
      <div>
        <p>{notice.message}</p>
        {notice.details && notice.details.length > 0 && (
          <ul className="banner__details" tabIndex={0} aria-label="Details">
            {notice.details.map((detail, i) => (
              <li key={`${String(i)}:${detail}`}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button button--link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
