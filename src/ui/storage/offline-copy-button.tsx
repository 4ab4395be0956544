import { useState } from 'react';
import type { ModelFile } from '../../model/model-file';
import {
  embedModel,
  offlineCopyFileName,
  withoutEmbeddedModel,
} from '../../persistence/offline-copy';
import { downloadText } from './download';

/**
 * Downloads the app as one HTML file with the current model inside, to open from disk with no network.
 * The online app takes the file from its own origin (and the offline cache), so this works offline too.
 * The offline copy has no origin to fetch from: it saves itself, as it was before the app drew anything,
 * which this module keeps when it first loads (before the page is rendered).
 */
const pageAsOpened: string | null =
  import.meta.env.SINGLE_FILE && typeof document !== 'undefined'
    ? `<!doctype html>\n${withoutEmbeddedModel(document.documentElement.outerHTML)}`
    : null;

type Props = {
  isDisabled: boolean;
  /** The model to embed, written when the button is pressed; null while it has problems. */
  getFile: () => ModelFile | null;
};

async function pristineCopy(): Promise<string> {
  if (pageAsOpened !== null) return pageAsOpened;
  const response = await fetch(`${import.meta.env.BASE_URL}offline.html`);
  const html = await response.text();
  if (!response.ok || !html.includes('<html')) throw new Error('missing');
  return html;
}

export function OfflineCopyButton({ isDisabled, getFile }: Props) {
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const download = async () => {
    const file = getFile();
    if (!file) return;
    try {
      const html = await pristineCopy();
      downloadText(offlineCopyFileName(file), embedModel(html, file), 'text/html');
      setMessage({
        text: 'Offline copy downloaded: open the file in a browser on any machine, no installation or network needed.',
        failed: false,
      });
    } catch {
      setMessage({
        text: 'The offline copy could not be made here. Download the model file instead, or open Cost of Inaction online and download the offline copy there.',
        failed: true,
      });
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
        <span
          className={message.failed ? 'field__error' : 'visually-hidden'}
          role={message.failed ? 'alert' : 'status'}
        >
          {message.text}
        </span>
      )}
    </>
  );
}
