import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewCallEvent } from '../../src/domain/call-event.ts';
import { CallbackBodyError, normalizeCallbackBody } from '../../src/events/normalize.ts';

const EVENTS_DIR = resolve(
  import.meta.dirname,
  '../../../shared/fixtures/acs-recordings/call-automation/events',
);

/** Every callback body (a JSON array) of every recorded stream; IncomingCall payloads (objects) are skipped. */
function recordedCallbacks(): { file: string; body: Record<string, unknown>[] }[] {
  const files = readdirSync(EVENTS_DIR).filter((name) => /\.(json|txt)$/.test(name));
  return files.flatMap((file) => {
    const text = readFileSync(join(EVENTS_DIR, file), 'utf8');
    const documents: unknown[] = file.endsWith('.json')
      ? JSON.parse(text)
      : text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line));
    return documents.filter(Array.isArray).map((body) => ({ file, body: body as Record<string, unknown>[] }));
  });
}

const callbacks = recordedCallbacks();
const all = callbacks.flatMap(({ file, body }) =>
  normalizeCallbackBody(body).events.map((event, i) => ({ file, event, raw: body[i] ?? {} })),
);

function find(kind: NewCallEvent['kind'], file?: string) {
  const found = all.find((entry) => entry.event.kind === kind && (!file || entry.file.includes(file)));
  if (!found) throw new Error(`no ${kind} in the recordings${file ? ` of ${file}` : ''}`);
  return found;
}

describe('normalizeCallbackBody on the recorded ACS callbacks', () => {
  it('finds recorded callbacks in both the .json and the .txt streams', () => {
    expect(callbacks.some(({ file }) => file.endsWith('.json'))).toBe(true);
    expect(callbacks.some(({ file }) => file.endsWith('.txt'))).toBe(true);
    expect(all.length).toBeGreaterThan(150);
  });

  it('normalizes each recorded CloudEvent to exactly one event, in order', () => {
    for (const { body } of callbacks) {
      const { events } = normalizeCallbackBody(body);
      expect(events).toHaveLength(body.length);
      expect(events.map((event) => event.id)).toEqual(body.map((element) => element.id));
    }
  });

  it('maps each recorded type to its kind, and unknown types to Unknown with the ACS type', () => {
    const unknownTypes = new Set(['Microsoft.Communication.SendDtmfCompleted']);
    for (const { event, raw } of all) {
      const type = String(raw.type);
      if (unknownTypes.has(type)) {
        expect(event).toMatchObject({ kind: 'Unknown', acsType: type, data: raw.data });
      } else {
        expect(`Microsoft.Communication.${event.kind}`).toBe(type);
      }
    }
  });

  it('takes the common fields from the envelope and data of every recorded event', () => {
    for (const { event, raw } of all) {
      const data = raw.data as Record<string, unknown>;
      expect(event.callConnectionId).toBe(data.callConnectionId);
      expect(event.time).toBe(raw.time);
      expect(event.serverCallId).toBe(data.serverCallId ?? null);
      expect(event.correlationId).toBe(data.correlationId ?? null);
      expect(event.operationContext).toBe(data.operationContext ?? null);
    }
  });

  it('maps ParticipantsUpdated participants with their identifiers and the sequenceNumber', () => {
    const { event, raw } = find('ParticipantsUpdated', 'Add_a_participant_and_get_call_properties.txt');
    const data = raw.data as { participants: { identifier: { rawId: string } }[]; sequenceNumber: number };
    expect(event).toMatchObject({ sequenceNumber: data.sequenceNumber });
    if (event.kind !== 'ParticipantsUpdated') throw new Error('unreachable');
    expect(event.participants.map((p) => p.identifier.rawId)).toEqual(
      data.participants.map((p) => p.identifier.rawId),
    );
    expect(event.participants[0]).toMatchObject({
      isMuted: expect.any(Boolean),
      isOnHold: expect.any(Boolean),
    });
    expect(event.participants.every((p) => p.identifier.kind !== 'unknown')).toBe(true);
  });

  it('maps a ParticipantsUpdated without participants (a recording quirk) to an empty list', () => {
    const empty = all.filter(
      ({ event, raw }) =>
        event.kind === 'ParticipantsUpdated' && !('participants' in (raw.data as Record<string, unknown>)),
    );
    expect(empty.length).toBeGreaterThan(0);
    for (const { event } of empty) expect(event).toMatchObject({ participants: [] });
  });

  it('maps the AddParticipantSucceeded participant, keeping sanitized ids as strings', () => {
    expect(find('AddParticipantSucceeded', '.txt').event).toMatchObject({
      participant: {
        kind: 'communicationUser',
        rawId: '8:acs:1bdaa2b9-9507-4542-bb64-a7b22c00a8d4_00000021-361c-34e5-bdd0-44482200253b',
        communicationUserId:
          '8:acs:1bdaa2b9-9507-4542-bb64-a7b22c00a8d4_00000021-361c-34e5-bdd0-44482200253b',
      },
      invitationId: null,
      operationContext: 'addParticipants',
    });
    expect(find('AddParticipantSucceeded', '.json').event).toMatchObject({
      participant: { kind: 'communicationUser', rawId: 'sanitized', communicationUserId: 'sanitized' },
    });
  });

  it('maps RecordingStateChanged, taking the call connection from data despite a recordings source', () => {
    const { event, raw } = find('RecordingStateChanged', '.txt');
    expect(String(raw.source)).toMatch(/^calling\/recordings\//);
    expect(event).toMatchObject({
      callConnectionId: '08002180-266d-4f62-965e-22d1c86c7f13',
      recordingId: expect.stringMatching(/^eyJ/),
      state: 'active',
      startDateTime: '2024-07-09T06:44:43.3517543+00:00',
    });
    const inactive = all.find(
      ({ event }) => event.kind === 'RecordingStateChanged' && event.state === 'inactive',
    );
    expect(inactive?.event).toMatchObject({ startDateTime: '0001-01-01T00:00:00+00:00' });
  });

  it('maps the 2023 ContinuousDtmfRecognitionToneReceived with its nested toneInfo', () => {
    expect(find('ContinuousDtmfRecognitionToneReceived').event).toMatchObject({
      tone: 'pound',
      sequenceId: 1,
    });
  });

  it('maps PlayFailed with its failedPlaySourceIndex', () => {
    expect(find('PlayFailed').event).toMatchObject({
      failedPlaySourceIndex: 0,
      resultInformation: { code: 400, subCode: 8535, message: 'Action failed, file format is invalid.' },
    });
  });

  it('maps CancelAddParticipantSucceeded with its invitationId', () => {
    expect(find('CancelAddParticipantSucceeded', '.txt').event).toMatchObject({
      invitationId: '76ce7fa2-67ed-474b-8842-80b80e732176',
    });
    expect(find('CancelAddParticipantSucceeded', '.json').event).toMatchObject({
      invitationId: '3521d4ba-294b-45e6-95a4-3fd06c24fb9b',
      resultInformation: { code: 200, subCode: 5300 },
    });
  });
});

describe('normalizeCallbackBody on synthetic callbacks', () => {
  const callConnectionId = '411f0b00-1234';
  const cloudEvent = (type: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: 'event-1',
    source: `calling/callConnections/${callConnectionId}`,
    type: `Microsoft.Communication.${type}`,
    data: { callConnectionId, ...data },
    time: '2025-03-05T08:58:25.0780512+00:00',
    specversion: '1.0',
    ...extra,
  });
  const one = (element: unknown) => normalizeCallbackBody([element]).events[0];

  it('maps RecognizeCompleted DTMF tones and drops tones it does not know', () => {
    const event = one(
      cloudEvent('RecognizeCompleted', {
        recognitionType: 'dtmf',
        dtmfResult: { tones: ['one', 'Two', 'bogus', 7, 'pound'] },
      }),
    );
    expect(event).toMatchObject({
      kind: 'RecognizeCompleted',
      recognitionType: 'dtmf',
      tones: ['one', 'two', 'pound'],
    });
  });

  it('maps a RecognizeCompleted without dtmfResult to null tones', () => {
    const event = one(
      cloudEvent('RecognizeCompleted', { recognitionType: 'speech', speechResult: { speech: 'hi' } }),
    );
    expect(event).toMatchObject({ recognitionType: 'speech', tones: null });
  });

  it('maps the speech result of a speech RecognizeCompleted', () => {
    const event = one(
      cloudEvent('RecognizeCompleted', {
        recognitionType: 'speech',
        speechResult: { speech: 'I need help', confidence: 0.9 },
      }),
    );
    expect(event).toMatchObject({
      recognitionType: 'speech',
      speechResult: { speech: 'I need help', confidence: 0.9 },
      choiceResult: null,
    });
  });

  it('maps the choice result of a choices RecognizeCompleted', () => {
    const event = one(
      cloudEvent('RecognizeCompleted', {
        recognitionType: 'choices',
        choiceResult: { label: 'Confirm', recognizedPhrase: 'yes' },
      }),
    );
    expect(event).toMatchObject({
      choiceResult: { label: 'Confirm', recognizedPhrase: 'yes', confidence: null },
      speechResult: null,
    });
  });

  it('maps the transcriptionUpdate of TranscriptionFailed', () => {
    const transcriptionUpdate = {
      transcriptionStatus: 'transcriptionFailed',
      transcriptionStatusDetails: 'speechServicesConnectionError',
    };
    expect(one(cloudEvent('TranscriptionFailed', { transcriptionUpdate }))).toMatchObject({
      kind: 'TranscriptionFailed',
      transcriptionUpdate,
    });
  });

  it('maps the mediaStreamingUpdate of MediaStreamingStarted', () => {
    const mediaStreamingUpdate = {
      contentType: 'Audio',
      mediaStreamingStatus: 'mediaStreamingStarted',
      mediaStreamingStatusDetails: 'subscriptionStarted',
    };
    expect(one(cloudEvent('MediaStreamingStarted', { mediaStreamingUpdate }))).toMatchObject({
      kind: 'MediaStreamingStarted',
      mediaStreamingUpdate,
    });
  });

  it('maps the sipDetails and q850Details of resultInformation', () => {
    const resultInformation = {
      code: 486,
      subCode: 560486,
      message: 'busy',
      sipDetails: { code: 486, message: 'Busy Here' },
      q850Details: { code: 17, message: 'User busy' },
    };
    expect(one(cloudEvent('AddParticipantFailed', { resultInformation }))).toMatchObject({
      resultInformation,
    });
  });

  it('maps MoveParticipantSucceeded with its participant and fromCall', () => {
    const participant = {
      rawId: '8:acs:r_u1',
      kind: 'communicationUser',
      communicationUser: { id: '8:acs:r_u1' },
    };
    expect(one(cloudEvent('MoveParticipantSucceeded', { participant, fromCall: 'cc-0' }))).toMatchObject({
      kind: 'MoveParticipantSucceeded',
      participant: { rawId: '8:acs:r_u1' },
      fromCall: 'cc-0',
    });
  });

  it('maps the recordingKind of RecordingStateChanged', () => {
    expect(
      one(
        cloudEvent('RecordingStateChanged', { state: 'active', recordingKind: 'azureCommunicationServices' }),
      ),
    ).toMatchObject({ recordingKind: 'azureCommunicationServices' });
  });

  it('keeps a ToneReceived with an unknown tone, with a null tone', () => {
    expect(
      one(cloudEvent('ContinuousDtmfRecognitionToneReceived', { tone: 'x', sequenceId: 3 })),
    ).toMatchObject({
      kind: 'ContinuousDtmfRecognitionToneReceived',
      tone: null,
      sequenceId: 3,
    });
  });

  it('maps a wire phone number identifier', () => {
    const participant = {
      rawId: '4:+14255550123',
      kind: 'phoneNumber',
      phoneNumber: { value: '+14255550123' },
    };
    expect(one(cloudEvent('AddParticipantFailed', { participant, invitationId: 'inv-1' }))).toMatchObject({
      participant: {
        kind: 'phoneNumber',
        rawId: '4:+14255550123',
        phoneNumber: '+14255550123',
        isAnonymous: null,
      },
      invitationId: 'inv-1',
    });
  });

  it('sets missing optional fields to null', () => {
    expect(one(cloudEvent('PlayFailed', {}))).toEqual({
      kind: 'PlayFailed',
      id: 'event-1',
      callConnectionId,
      serverCallId: null,
      correlationId: null,
      operationContext: null,
      time: '2025-03-05T08:58:25.0780512+00:00',
      resultInformation: null,
      failedPlaySourceIndex: null,
    });
  });

  it('takes the call connection id from subject or source when data lacks it', () => {
    const element = { ...cloudEvent('CallConnected', {}), data: {}, subject: undefined };
    expect(one(element)).toMatchObject({ kind: 'CallConnected', callConnectionId });
  });

  it('passes an unknown type on as Unknown with its raw data', () => {
    const data = { callConnectionId, fromCall: 'cc-other' };
    expect(one(cloudEvent('TeamsComplianceRecordingStateChanged', data))).toMatchObject({
      kind: 'Unknown',
      acsType: 'Microsoft.Communication.TeamsComplianceRecordingStateChanged',
      data,
    });
  });

  it('never lets a sender claim the gateway-only kinds EventsLost or Unknown', () => {
    expect(one(cloudEvent('EventsLost', {}))).toMatchObject({ kind: 'Unknown' });
    expect(one(cloudEvent('Unknown', {}))).toMatchObject({
      kind: 'Unknown',
      acsType: 'Microsoft.Communication.Unknown',
    });
  });

  it('normalizes every element of a multi-element body, in order', () => {
    const body = [
      { ...cloudEvent('PlayStarted', {}), id: 'a' },
      { ...cloudEvent('PlayCompleted', {}), id: 'b' },
    ];
    expect(normalizeCallbackBody(body).events.map((event) => [event.id, event.kind])).toEqual([
      ['a', 'PlayStarted'],
      ['b', 'PlayCompleted'],
    ]);
  });

  it.each([
    ['an object (an IncomingCall payload)', { to: {}, from: {}, serverCallId: 'x' }],
    ['a string', '[]'],
    ['null', null],
    ['an empty array', []],
    ['an array with a non-object', [42]],
    ['an element without id', [{ ...cloudEvent('CallConnected', {}), id: undefined }]],
    ['an element with an empty type', [{ ...cloudEvent('CallConnected', {}), type: '' }]],
    ['an element without time', [{ ...cloudEvent('CallConnected', {}), time: undefined }]],
    ['an element whose data is not an object', [{ ...cloudEvent('CallConnected', {}), data: 'x' }]],
    [
      'an element without any call connection id',
      [{ ...cloudEvent('CallConnected', {}), data: {}, source: 'elsewhere', subject: undefined }],
    ],
    ['a valid element followed by an invalid one', [cloudEvent('CallConnected', {}), { id: 'x' }]],
  ])('rejects %s with CallbackBodyError', (_what, body) => {
    expect(() => normalizeCallbackBody(body)).toThrow(CallbackBodyError);
  });

  it('names the index of the invalid element', () => {
    try {
      normalizeCallbackBody([cloudEvent('CallConnected', {}), { id: 'x' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CallbackBodyError);
      expect((error as CallbackBodyError).index).toBe(1);
    }
  });
});
