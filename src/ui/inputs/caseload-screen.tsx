import { useCallback, useState } from 'react';
import { createStream } from '../../model/records/stream';
import { useModel, useAppStore } from '../../state/store-context';
import { newId } from '../shared/new-id';
import { PagedList } from '../shared/paged-list';
import { fieldId } from '../shared/use-field-problem';
import { clearHistoryDrafts } from './history-drafts';
import { StreamEditor } from './stream-editor';

type Refusal = { streamId: string; message: string };

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Each stream has a table of its history and a chart of its projection. */
const STREAMS_PER_PAGE = 5;

/**
 * Caseload streams. A stream that cost lines or service effects still follow is not removed: the
 * message names them, so nothing is left pointing at a stream that is gone.
 */
export function CaseloadScreen() {
  const store = useAppStore();
  const file = useModel((s) => s.file);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');

  const addStream = () => {
    const index = file.streams.length;
    const id = newId(
      'stream',
      file.streams.map((s) => s.id),
      'New caseload',
    );
    store.getState().edit((d) => {
      d.streams.push(createStream(id, 'New caseload'));
    });
    setRefusal(null);
    setStatus('Added a stream at the end of the page.');
    window.setTimeout(() => document.getElementById(fieldId(`streams[${index}].name`))?.focus(), 0);
  };

  // Stable, reading the model when called, so stream editors that did not change skip redrawing.
  const removeStream = useCallback(
    (streamId: string) => {
      const { file } = store.getState();
      const stream = file.streams.find((s) => s.id === streamId);
      if (!stream) return;
      const name = stream.name || stream.id;
      const lines = file.costLines.filter((l) => l.stream === streamId).map((l) => l.name || l.id);
      const services = file.services
        .filter((s) => s.effects.some((e) => 'stream' in e && e.stream === streamId))
        .map((s) => s.name || s.id);
      if (lines.length > 0 || services.length > 0) {
        const users = [
          ...(lines.length > 0
            ? [`the cost ${lines.length === 1 ? 'line' : 'lines'} ${listOf(lines)}`]
            : []),
          ...(services.length > 0
            ? [
                `the effects of ${services.length === 1 ? 'the service' : 'the services'} ${listOf(services)}`,
              ]
            : []),
        ];
        setRefusal({
          streamId,
          message: `${name} cannot be removed while ${listOf(users)} follow it. Move them to another stream, or remove them, first.`,
        });
        return;
      }
      clearHistoryDrafts(store, null);
      store.getState().edit((d) => {
        d.streams = d.streams.filter((s) => s.id !== streamId);
        // A service that only reaches the stream (no effect names it) simply stops reaching it.
        for (const service of d.services)
          if (service.reach) service.reach = service.reach.filter((r) => r.stream !== streamId);
      });
      setRefusal(null);
      setStatus(`Removed ${name}. Undo brings it back.`);
    },
    [store],
  );

  return (
    <section aria-labelledby="caseload-heading" className="screen">
      <h2 id="caseload-heading">Caseload</h2>
      <p className="lead">
        How many cases each year drive the costs of doing nothing. Record the past years, then
        choose how the caseload is projected over the {file.horizonYears} years of the model.
      </p>
      {file.streams.length === 0 && <p className="notice">There are no caseload streams yet.</p>}
      <PagedList
        count={file.streams.length}
        pageSize={STREAMS_PER_PAGE}
        noun="caseload streams"
        path="streams"
        renderItem={(index) => {
          const stream = file.streams[index];
          if (!stream) return null;
          return (
            <StreamEditor
              key={stream.id || index}
              stream={stream}
              index={index}
              onRemove={removeStream}
              refusal={refusal?.streamId === stream.id ? refusal.message : null}
            />
          );
        }}
      />
      <p role="status">{status}</p>
      <button type="button" className="button" onClick={addStream}>
        Add a caseload stream
      </button>
    </section>
  );
}
