import { describe, expect, it } from 'vitest';
import type { CallParticipant } from '../../src/domain/call.ts';
import type { CallEvent } from '../../src/domain/call-event.ts';
import { EMPTY_CALL_SNAPSHOT, foldCallEvents } from '../../src/domain/call-snapshot.ts';
import { communicationUserIdentifier } from '../../src/domain/identifier.ts';

let sequence = 0;
function event(kind: CallEvent['kind'], extra: Record<string, unknown> = {}): CallEvent {
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
    ...extra,
  } as CallEvent;
}

function participant(id: string): CallParticipant {
  return { identifier: communicationUserIdentifier(`8:acs:${id}`), isMuted: false, isOnHold: false };
}

const participantsUpdated = (sequenceNumber: number | null, ...ids: string[]) =>
  event('ParticipantsUpdated', { sequenceNumber, participants: ids.map(participant) });

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

  it('keeps a disconnected call disconnected when a late CallConnected arrives', () => {
    const snapshot = foldCallEvents(EMPTY_CALL_SNAPSHOT, [event('CallDisconnected'), event('CallConnected')]);
    expect(snapshot.state).toBe('disconnected');
  });

  it('treats ConnectFailed as the end of the call', () => {
    expect(foldCallEvents(EMPTY_CALL_SNAPSHOT, [event('ConnectFailed')]).state).toBe('disconnected');
  });

  it('takes participants from the ParticipantsUpdated with the highest sequence number', () => {
    const snapshot = foldCallEvents(EMPTY_CALL_SNAPSHOT, [
      participantsUpdated(3, 'a', 'b'),
      participantsUpdated(1, 'a'),
      participantsUpdated(3, 'c'),
    ]);
    expect(snapshot.participants?.map((p) => p.identifier.rawId)).toEqual(['8:acs:a', '8:acs:b']);
    expect(snapshot.sequenceNumber).toBe(3);
  });

  it('takes an unnumbered ParticipantsUpdated only while no numbered one was seen', () => {
    const first = foldCallEvents(EMPTY_CALL_SNAPSHOT, [participantsUpdated(null, 'a')]);
    expect(first.participants?.map((p) => p.identifier.rawId)).toEqual(['8:acs:a']);
    const later = foldCallEvents(first, [participantsUpdated(2, 'b'), participantsUpdated(null, 'c')]);
    expect(later.participants?.map((p) => p.identifier.rawId)).toEqual(['8:acs:b']);
  });

  it('continues from an earlier snapshot as if all events were folded at once', () => {
    const events = [event('CallConnected'), participantsUpdated(1, 'a'), participantsUpdated(2, 'a', 'b')];
    const stepwise = foldCallEvents(foldCallEvents(EMPTY_CALL_SNAPSHOT, events.slice(0, 2)), events.slice(2));
    expect(stepwise).toEqual(foldCallEvents(EMPTY_CALL_SNAPSHOT, events));
  });
});
