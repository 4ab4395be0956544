import { memo } from 'react';
import type { StreamFile } from '../../model/model-file';
import { useAppStore, useResults } from '../../state/store-context';
import { TextInput } from '../shared/text-input';
import { HistoryPasteForm } from './history-paste-form';
import { HistoryTable } from './history-table';
import { TrendEditor } from './trend-editor';
import { TrendPreviewPanel } from './trend-preview-panel';

type Props = {
  stream: StreamFile;
  index: number;
  onRemove: (streamId: string) => void;
  /** Why this stream could not be removed, when someone just tried. */
  refusal: string | null;
};

/** One caseload stream: its name, recorded history, trend and a preview of the projection. */
/** Memoised: the Caseload screen redraws on every edit, and only the stream edited has changed. */
export const StreamEditor = memo(function StreamEditor({
  stream,
  index,
  onRemove,
  refusal,
}: Props) {
  const edit = useAppStore().getState().edit;
  const { shown } = useResults();
  const projected =
    shown?.results.doNothing.streams.find((s) => s.streamId === stream.id)?.caseloads ?? null;
  const headingId = `stream-${index}-heading`;
  const name = stream.name || `Stream ${index + 1}`;
  return (
    <section className="card stream-editor" aria-labelledby={headingId}>
      <div className="stream-editor__head">
        <h3 id={headingId}>{name}</h3>
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Remove the stream ${name}`}
          onClick={() => {
            onRemove(stream.id);
          }}
        >
          Remove stream
        </button>
      </div>
      {refusal && (
        <p className="notice" role="alert">
          {refusal}
        </p>
      )}
      <TextInput
        label="Name of the stream"
        path={`streams[${index}].name`}
        width="long"
        value={stream.name}
        onChange={(v) => {
          edit((d) => {
            const s = d.streams[index];
            if (s) s.name = v;
          }, `streams.${stream.id}.name`);
        }}
      />
      <div className="stream-editor__columns">
        <div>
          <h4>Recorded caseload</h4>
          <HistoryTable stream={stream} index={index} />
          <HistoryPasteForm index={index} />
        </div>
        <div>
          <h4>Projection</h4>
          <TrendEditor stream={stream} index={index} projected={projected} />
          <TrendPreviewPanel stream={stream} index={index} />
        </div>
      </div>
    </section>
  );
});
