import { RecordingDocument, type RecordingFieldsFragment } from '@switchboard/client';
import { useEffect, useState } from 'react';
import { ACTIONS, type RunAction } from './actions.ts';
import { recordingContentUrl, request } from './gateway.ts';

/**
 * The call's recordings: start, pause, resume, stop; then their files (`Recording.files`, listed again each time
 * ACS announces files) to play, download (the gateway's `/api/recordings/content`) or delete (`deleteRecording`).
 */
export function Recordings(props: {
  graphqlUrl: string;
  callConnectionId: string;
  run: RunAction;
  /** Grows with every RecordingFileReady event of the call. */
  filesAnnounced: number;
  /** The call ended: nothing more to record (its files stay listed). */
  ended: boolean;
  onError(message: string): void;
}) {
  const { graphqlUrl, run, onError } = props;
  const [recordings, setRecordings] = useState<RecordingFieldsFragment[]>([]);
  const [stopped, setStopped] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const current = recordings.find((r) => !stopped.has(r.recordingId)) ?? null;

  const upsert = (recording: RecordingFieldsFragment) =>
    setRecordings((previous) => withRecording(previous, recording));

  /** Shows the recording a start/pause/resume/stop answered with; a stopped one cannot be driven any more. */
  const settle = async (
    action: Promise<{ recording: RecordingFieldsFragment } | null>,
    options: { stops?: boolean } = {},
  ) => {
    const payload = await action;
    if (!payload) return;
    upsert(payload.recording);
    if (options.stops) setStopped((previous) => new Set([...previous, payload.recording.recordingId]));
  };

  // Files are announced after a recording stops: list every recording's files again.
  const ids = recordings.map((r) => r.recordingId).join(',');
  useEffect(() => {
    if (props.filesAnnounced === 0 || !ids) return;
    for (const recordingId of ids.split(',')) {
      request(graphqlUrl, RecordingDocument, { recordingId }).then(
        (data) => {
          const { recording } = data;
          if (recording) setRecordings((previous) => withRecording(previous, recording));
        },
        (error: unknown) => onError(`Listing recording files failed: ${String(error)}`),
      );
    }
  }, [props.filesAnnounced, ids, graphqlUrl, onError]);

  const files = recordings.flatMap((r) => r.files.map((file) => ({ recordingId: r.recordingId, ...file })));
  return (
    <section className="panel" aria-label="Recordings">
      <h2>Recordings</h2>
      <div className="row">
        <button
          type="button"
          disabled={current !== null || props.ended}
          onClick={() =>
            settle(
              run(ACTIONS.startRecording, {
                input: { callConnectionId: props.callConnectionId, format: 'WAV' },
              }),
            )
          }
        >
          Start recording
        </button>
        <button
          type="button"
          disabled={!current}
          onClick={() =>
            current && settle(run(ACTIONS.pauseRecording, { input: { recordingId: current.recordingId } }))
          }
        >
          Pause
        </button>
        <button
          type="button"
          disabled={!current}
          onClick={() =>
            current && settle(run(ACTIONS.resumeRecording, { input: { recordingId: current.recordingId } }))
          }
        >
          Resume
        </button>
        <button
          type="button"
          disabled={!current}
          onClick={() =>
            current &&
            settle(run(ACTIONS.stopRecording, { input: { recordingId: current.recordingId } }), {
              stops: true,
            })
          }
        >
          Stop
        </button>
        {current && (
          <span className="muted">
            <code>{current.recordingId.slice(0, 12)}…</code> {current.state}
          </span>
        )}
      </div>
      {files.length === 0 ? (
        <p className="empty">
          {recordings.length === 0 ? 'No recording yet.' : 'Files appear once a recording stops.'}
        </p>
      ) : (
        <ul className="files" data-testid="recording-files">
          {files.map((file) => {
            const gone = file.deleteLocation !== null && deleted.has(file.deleteLocation ?? '');
            const url = file.contentLocation ? recordingContentUrl(graphqlUrl, file.contentLocation) : null;
            return (
              <li key={`${file.recordingId}/${file.index ?? 0}`} data-deleted={gone}>
                <span className="label">
                  File {(file.index ?? 0) + 1} <span className="muted">({file.endReason ?? 'ready'})</span>
                </span>
                {gone ? (
                  <span className="tag">deleted</span>
                ) : (
                  <>
                    {/* biome-ignore lint/a11y/useMediaCaption: a call recording has no captions (the transcript pane has the words). */}
                    {url && <audio controls preload="none" src={url} />}
                    {url && (
                      <a href={url} download={`recording-${file.index ?? 0}.wav`}>
                        Download
                      </a>
                    )}
                    <button
                      type="button"
                      className="danger"
                      disabled={!file.deleteLocation}
                      onClick={async () => {
                        const deleteLocation = file.deleteLocation ?? '';
                        if (await run(ACTIONS.deleteRecording, { input: { deleteLocation } }))
                          setDeleted((previous) => new Set([...previous, deleteLocation]));
                      }}
                    >
                      Delete
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** `recordings` with `recording` in place of the one with its id (appended when new). */
function withRecording(
  recordings: RecordingFieldsFragment[],
  recording: RecordingFieldsFragment,
): RecordingFieldsFragment[] {
  return recordings.some((r) => r.recordingId === recording.recordingId)
    ? recordings.map((r) => (r.recordingId === recording.recordingId ? recording : r))
    : [...recordings, recording];
}
