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

/**
 * A page opened from a file (the offline copy) has an address that only works on this computer, so a
 * link made there would reach nobody: the dialog says what to send instead.
 */
function isOpenedFromFile(): boolean {
  return window.location.protocol === 'file:';
}

function DownloadModelButton({ file }: { file: ModelFile }) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => {
        downloadText(modelFileName(file), modelFileText(file), 'application/json');
      }}
    >
      Download the model file
    </button>
  );
}

/** The offline copy's dialog: no link, and what to do instead. */
function NoLinkFromFile({ file, isOpen, onClose }: Props) {
  return (
    <ModalDialog title="Share this model" isOpen={isOpen} onClose={onClose}>
      <p>
        This is an offline copy, opened from a file on this computer, so a link made here would only
        open on this computer.
      </p>
      <p>
        To share the model, download the model file and send it by email or message: the other
        person opens it with Open file in Cost of Inaction, online or in their own offline copy. To
        make a link instead, open Cost of Inaction online, open the model file there and share from
        there.
      </p>
      <div className="inline-form">
        <DownloadModelButton file={file} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

export function ShareDialog(props: Props) {
  return isOpenedFromFile() ? <NoLinkFromFile {...props} /> : <LinkDialog {...props} />;
}

function LinkDialog({ file, isOpen, onClose }: Props) {
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
        <DownloadModelButton file={file} />
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status">{status}</p>
    </ModalDialog>
  );
}
