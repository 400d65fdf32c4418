import type { CallEventData } from '@switchboard/client';

/** Every event of the call once, in log order, with its cursor and operation context. */
export function Timeline({ events, ended }: { events: CallEventData[]; ended: boolean }) {
  return (
    <section className="panel timeline" aria-label="Timeline">
      <h2>
        Timeline ({events.length} events{ended ? ', call ended' : ''})
      </h2>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>Event</th>
            <th>Cursor</th>
            <th>Operation context</th>
            <th>Time</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody data-testid="timeline">
          {events.map((event, index) => (
            <tr key={event.cursor} data-type={event.type} data-cursor={event.cursor}>
              <td>{index + 1}</td>
              <td>{event.__typename}</td>
              <td>
                <code>{event.cursor}</code>
              </td>
              <td>
                <code>{event.operationContext ?? '—'}</code>
              </td>
              <td>{event.time}</td>
              <td>{details(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function details(event: CallEventData): string {
  switch (event.__typename) {
    case 'ParticipantsUpdated':
      return event.participants
        .map((p) => `${p.identifier.rawId}${p.isMuted ? ' (muted)' : ''}${p.isOnHold ? ' (on hold)' : ''}`)
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
      return `${event.recordingId ?? ''} ${event.state ?? ''}`;
    default:
      return event.resultInformation?.message ?? '';
  }
}
