import { useMemo, useState } from 'react';
import type { ModelFile } from '../../model/model-file';
import { modelFileName, modelFileText } from '../../persistence/model-file-io';
import { encodeModelFragment } from '../../persistence/share-link';
import { ModalDialog } from '../shared/modal-dialog';
import { downloadText } from './download';

/** Lengths beyond which mail and chat tools have been seen to cut links. */
const LINK_LIMITS = [
  { tool: 'Outlook', length: 1024 },
  { tool: 'Teams on Windows', length: 2048 },
] as const;

type Props = { file: ModelFile; isOpen: boolean; onClose: () => void };

function shareUrl(file: ModelFile, location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}${encodeModelFragment(file)}`;
}

export function ShareDialog({ file, isOpen, onClose }: Props) {
  const url = useMemo(() => (isOpen ? shareUrl(file, window.location) : ''), [file, isOpen]);
  const [status, setStatus] = useState('');
  const tooLongFor = LINK_LIMITS.filter((limit) => url.length > limit.length);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. Paste it into an email or message.');
    } catch {
      setStatus('The browser would not copy automatically: select the link above and copy it.');
    }
  };
  return (
    <ModalDialog title="Share this model" isOpen={isOpen} onClose={onClose}>
      <p>
        The link holds the whole model. It is read by the browser that opens it and is never sent to
        a server.
      </p>
      <label htmlFor="share-link">Link</label>
      <textarea
        id="share-link"
        className="input share-link"
        readOnly
        rows={4}
        value={url}
        onFocus={(e) => {
          e.currentTarget.select();
        }}
      />
      <p>
        {url.length.toLocaleString('en-GB')} characters.{' '}
        {LINK_LIMITS.map(
          (limit) =>
            `${limit.tool}: ${url.length <= limit.length ? 'fits' : 'too long'} (${limit.length.toLocaleString('en-GB')})`,
        ).join('; ')}
        .
      </p>
      {tooLongFor.length > 0 && (
        <p className="notice">
          This link is longer than {tooLongFor.map((l) => l.tool).join(' and ')} may carry. Send the
          model file instead.
        </p>
      )}
      <div className="inline-form">
        <button
          type="button"
          className="button"
          onClick={() => {
            void copy();
          }}
        >
          Copy link
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(modelFileName(file), modelFileText(file), 'application/json');
          }}
        >
          Download the model file
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status">{status}</p>
    </ModalDialog>
  );
}
