import { useState } from 'react';
import type { ModelFile } from '../../model/model-file';
import { embedModel, offlineCopyFileName } from '../../persistence/offline-copy';
import { downloadText } from './download';

/**
 * Downloads the app as one HTML file with the current model inside, to open from disk with no network.
 * The file comes from the app's own origin (and the offline cache), so this works offline too.
 */
type Props = {
  isDisabled: boolean;
  /** The model to embed, written when the button is pressed; null while it has problems. */
  getFile: () => ModelFile | null;
};

export function OfflineCopyButton({ isDisabled, getFile }: Props) {
  const [message, setMessage] = useState('');
  const download = async () => {
    const file = getFile();
    if (!file) return;
    try {
      const response = await fetch(`${import.meta.env.BASE_URL}offline.html`);
      const html = await response.text();
      if (!response.ok || !html.includes('<html')) throw new Error('missing');
      downloadText(offlineCopyFileName(file), embedModel(html, file), 'text/html');
      setMessage(
        'Offline copy downloaded: open the file in a browser on any machine, no installation or network needed.',
      );
    } catch {
      setMessage(
        'The offline copy is only available in the built app (npm run build), not the development server.',
      );
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={isDisabled}
        onClick={() => {
          void download();
        }}
      >
        Download offline copy
      </button>
      {message && (
        <span className="visually-hidden" role="status">
          {message}
        </span>
      )}
    </>
  );
}
