import { describe, expect, it } from 'vitest';
import { parseTranscriptionMessage, transcriptionEvent } from '../../src/events/transcription.ts';

const metadata = {
  kind: 'TranscriptionMetadata',
  transcriptionMetadata: {
    subscriptionId: 'sub-1',
    locale: 'en-US',
    callConnectionId: 'cc-1',
    correlationId: 'corr-1',
  },
};
const data = (text: string, resultStatus: string) => ({
  kind: 'TranscriptionData',
  transcriptionData: {
    text,
    format: 'display',
    confidence: 0.9,
    offset: 100,
    duration: 200,
    words: [{ text: 'hello', offset: 100, duration: 200 }, { bogus: true }],
    participantRawID: '8:acs:r_u1',
    resultStatus,
  },
});

describe('parseTranscriptionMessage', () => {
  it('reads TranscriptionMetadata as the SDK streaming parser does', () => {
    expect(parseTranscriptionMessage(JSON.stringify(metadata))).toEqual({
      kind: 'TranscriptionMetadata',
      metadata: {
        subscriptionId: 'sub-1',
        callConnectionId: 'cc-1',
        correlationId: 'corr-1',
        locale: 'en-US',
      },
    });
  });

  it('reads TranscriptionData with its words, speaker and lower-cased result status', () => {
    const message = parseTranscriptionMessage(JSON.stringify(data('hello', 'Final')));
    expect(message).toMatchObject({
      kind: 'TranscriptionData',
      data: {
        text: 'hello',
        confidence: 0.9,
        offsetInTicks: 100,
        durationInTicks: 200,
        words: [{ text: 'hello', offsetInTicks: 100, durationInTicks: 200 }],
        participant: { kind: 'communicationUser', rawId: '8:acs:r_u1' },
        resultStatus: 'final',
      },
    });
  });

  it('ignores malformed JSON, audio messages and metadata without a call connection', () => {
    expect(parseTranscriptionMessage('{').kind).toBe('ignored');
    expect(parseTranscriptionMessage(JSON.stringify({ kind: 'AudioData', audioData: {} })).kind).toBe(
      'ignored',
    );
    expect(
      parseTranscriptionMessage(JSON.stringify({ kind: 'TranscriptionMetadata', transcriptionMetadata: {} }))
        .kind,
    ).toBe('ignored');
  });
});

describe('transcriptionEvent', () => {
  const meta = { subscriptionId: 'sub-1', callConnectionId: 'cc-1', correlationId: null, locale: 'en-US' };
  const line = (text: string, status: string) => {
    const parsed = parseTranscriptionMessage(JSON.stringify(data(text, status)));
    if (parsed.kind !== 'TranscriptionData') throw new Error('not data');
    return transcriptionEvent(meta, parsed.data, '2026-01-01T00:00:00Z');
  };

  it('gives a line resent by ACS the same id, so the log stores it once', () => {
    expect(line('hello', 'Final').id).toBe(line('hello', 'Final').id);
  });

  it('gives the final result of a line another id than its intermediate results', () => {
    expect(line('hel', 'Intermediate').id).not.toBe(line('hello', 'Final').id);
    expect(line('hel', 'Intermediate').id).not.toBe(line('hell', 'Intermediate').id);
  });
});
