import type { CallEventData } from '@switchboard/client';
import { eventTone } from './event-kinds.ts';
import { displayName } from './participants.tsx';

/** Every event of the call once, in log order; a click shows the whole event in the inspector. */
export function Timeline(props: {
  events: CallEventData[];
  ended: boolean;
  selected: string | null;
  onSelect(cursor: string): void;
}) {
  return (
    <section className="panel timeline" aria-label="Timeline">
      <h2>
        Timeline ({props.events.length} events{props.ended ? ', call ended' : ''})
      </h2>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>Event</th>
              <th>Time</th>
              <th>Operation context</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody data-testid="timeline">
            {props.events.map((event, index) => (
              <tr
                key={event.cursor}
                data-type={event.type}
                data-cursor={event.cursor}
                className={props.selected === event.cursor ? 'selected' : undefined}
              >
                <td>{index + 1}</td>
                <td>
                  <button
                    type="button"
                    className={`event-name ${eventTone(event.__typename)}`}
                    onClick={() => props.onSelect(event.cursor)}
                  >
                    {event.__typename}
                  </button>
                </td>
                <td className="time">{new Date(event.time).toLocaleTimeString([], { hour12: false })}</td>
                <td>
                  <code>{event.operationContext ? event.operationContext.slice(0, 8) : '—'}</code>
                </td>
                <td className="details">{details(event)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The whole event as the gateway delivered it. */
export function EventInspector({ event }: { event: CallEventData | null }) {
  return (
    <section className="panel inspector" aria-label="Event inspector">
      <h2>
        Event{' '}
        {event ? (
          <span className={`event-name ${eventTone(event.__typename)}`}>{event.__typename}</span>
        ) : null}
      </h2>
      {event ? (
        <pre data-testid="event-json">{JSON.stringify(event, null, 2)}</pre>
      ) : (
        <p className="empty">Click an event in the timeline to see all of it.</p>
      )}
    </section>
  );
}

function details(event: CallEventData): string {
  switch (event.__typename) {
    case 'ParticipantsUpdated':
      return event.participants
        .map(
          (p) =>
            `${displayName(p.identifier)}${p.isMuted ? ' (muted)' : ''}${p.isOnHold ? ' (on hold)' : ''}`,
        )
        .join(', ');
    case 'AddParticipantSucceeded':
    case 'AddParticipantFailed':
    case 'RemoveParticipantSucceeded':
      return event.participant?.rawId ?? '';
    case 'RecognizeCompleted':
      return (event.tones ?? []).join(' ');
    case 'ContinuousDtmfRecognitionToneReceived':
      return event.tone ?? '';
    case 'RecordingStateChanged':
      return `${event.state ?? ''} ${event.recordingId ? `${event.recordingId.slice(0, 12)}…` : ''}`;
    case 'RecordingFileReady':
      return `${event.chunks.length} file(s), ${event.recordingDurationMs ?? '?'} ms`;
    case 'TranscriptionData':
      return `${event.resultStatus ?? ''} ${event.participant ? displayName(event.participant) : ''}: ${event.text}`;
    default:
      return event.resultInformation?.message ?? '';
  }
}
