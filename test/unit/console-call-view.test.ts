import type { CallEventData } from '@switchboard/client';
import { describe, expect, it } from 'vitest';
import { EMPTY_CALL_VIEW, foldCallEvent } from '../../console/src/call-view.ts';
import { eventTone } from '../../console/src/event-kinds.ts';

const PHONE = {
  __typename: 'PhoneNumberIdentifier',
  rawId: '4:+14255550123',
  phoneNumber: '+14255550123',
} as const;

function line(cursor: string, text: string, resultStatus: 'INTERMEDIATE' | 'FINAL', offsetInTicks: number) {
  return {
    __typename: 'TranscriptionData',
    id: `t-${cursor}`,
    cursor,
    type: 'TRANSCRIPTION_DATA',
    callConnectionId: 'call-1',
    time: '2026-12-07T10:00:00.000Z',
    participant: PHONE,
    text,
    resultStatus,
    offsetInTicks,
  } satisfies CallEventData;
}

describe('the console call view', () => {
  it('replaces an intermediate transcript line by the final one with the same speaker and offset', () => {
    const view = [
      line('1-0', 'I would like', 'INTERMEDIATE', 0),
      line('2-0', 'Hello', 'FINAL', 50),
      line('3-0', 'I would like to check my order', 'FINAL', 0),
    ].reduce(foldCallEvent, EMPTY_CALL_VIEW);

    expect(view.transcript.map((l) => [l.text, l.final])).toEqual([
      ['I would like to check my order', true],
      ['Hello', true],
    ]);
    expect(view.events).toHaveLength(3);
  });

  it('colours event types by the outcome their name reports', () => {
    expect(eventTone('AddParticipantSucceeded')).toBe('success');
    expect(eventTone('PlayCompleted')).toBe('success');
    expect(eventTone('CallConnected')).toBe('success');
    expect(eventTone('RecognizeFailed')).toBe('failure');
    expect(eventTone('EventsLost')).toBe('failure');
    expect(eventTone('ParticipantsUpdated')).toBe('neutral');
    expect(eventTone('PlayCanceled')).toBe('neutral');
  });
});
