import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/domain/call-event.ts';
import { EMPTY_CALL_SNAPSHOT, foldCallEvents, laterCallState } from '../../src/domain/call-snapshot.ts';

let sequence = 0;
function event(kind: CallEvent['kind']): CallEvent {
  sequence += 1;
  return {
    kind,
    id: `event-${sequence}`,
    cursor: `1700000000000-${sequence}`,
    callConnectionId: 'call-1',
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: '2026-11-24T00:00:00.000Z',
    resultInformation: null,
  } as CallEvent;
}

describe('foldCallEvents', () => {
  it('knows nothing before the first event', () => {
    expect(foldCallEvents(EMPTY_CALL_SNAPSHOT, [])).toEqual(EMPTY_CALL_SNAPSHOT);
  });

  it('marks the call connected on CallConnected and remembers the last cursor', () => {
    const connected = event('CallConnected');
    const played = event('PlayCompleted');
    expect(foldCallEvents(EMPTY_CALL_SNAPSHOT, [connected, played])).toMatchObject({
      state: 'connected',
      cursor: played.cursor,
    });
  });

  it('keeps the newest serverCallId and correlationId the events carried', () => {
    const connected = { ...event('CallConnected'), serverCallId: 'server-1', correlationId: 'correlation-1' };
    const later = { ...event('PlayCompleted'), correlationId: 'correlation-2' };
    expect(foldCallEvents(EMPTY_CALL_SNAPSHOT, [connected, later, event('PlayStarted')])).toMatchObject({
      serverCallId: 'server-1',
      correlationId: 'correlation-2',
    });
  });

  it('keeps a disconnected call disconnected when a late CallConnected arrives', () => {
    const snapshot = foldCallEvents(EMPTY_CALL_SNAPSHOT, [event('CallDisconnected'), event('CallConnected')]);
    expect(snapshot.state).toBe('disconnected');
  });

  it('treats ConnectFailed as the end of the call', () => {
    expect(foldCallEvents(EMPTY_CALL_SNAPSHOT, [event('ConnectFailed')]).state).toBe('disconnected');
  });

  it('continues from an earlier snapshot as if all events were folded at once', () => {
    const events = [event('CallConnected'), event('ParticipantsUpdated'), event('CallDisconnected')];
    const stepwise = foldCallEvents(foldCallEvents(EMPTY_CALL_SNAPSHOT, events.slice(0, 2)), events.slice(2));
    expect(stepwise).toEqual(foldCallEvents(EMPTY_CALL_SNAPSHOT, events));
  });
});

describe('laterCallState', () => {
  it('keeps what ACS says while the events say nothing', () => {
    expect(laterCallState('connecting', null)).toBe('connecting');
  });

  it('prefers a disconnect the events already reported over what ACS still says', () => {
    expect(laterCallState('connected', 'disconnected')).toBe('disconnected');
  });

  it('does not move a connected call back to an earlier state', () => {
    expect(laterCallState('connected', 'connected')).toBe('connected');
    expect(laterCallState('disconnecting', 'connected')).toBe('disconnecting');
  });
});
