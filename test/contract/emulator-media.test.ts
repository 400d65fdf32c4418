import type { FileSource, SsmlSource, TextSource } from '@azure/communication-call-automation';
import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../emulator/src/index.ts';
import type { CallbackSink } from '../helpers/callback-sink.ts';
import { useDisposers } from '../helpers/disposers.ts';
import {
  type ConnectedRoomCall,
  connectToNewRoom,
  type StartedEmulator,
  startEmulatorWithSink,
} from '../helpers/emulator.ts';

const disposers = useDisposers();
const ALICE = '8:acs:media-test_alice';
const BOB = '8:acs:media-test_bob';
const alice = { communicationUserId: ALICE };

const text: TextSource = { kind: 'textSource', text: 'Welcome to the room.', voiceName: 'en-US-JennyNeural' };
const file: FileSource = { kind: 'fileSource', url: 'https://example.com/audio/welcome.wav' };
const ssml: SsmlSource = { kind: 'ssmlSource', ssmlText: '<speak>Hello</speak>' };
const unplayable: FileSource = { kind: 'fileSource', url: 'https://example.com/audio/welcome.txt' };

type Setup = StartedEmulator &
  ConnectedRoomCall & {
    sink: CallbackSink;
    media: ReturnType<ConnectedRoomCall['callConnection']['getCallMedia']>;
  };

async function inRoomCall(options: EmulatorOptions = {}): Promise<Setup> {
  const { sink, ...started } = await startEmulatorWithSink(disposers, options);
  const call = await connectToNewRoom(started, sink.callbackUri, {
    participants: [ALICE, BOB],
    cognitiveServicesEndpoint: 'https://media-test.cognitiveservices.azure.com/',
  });
  await sink.waitForEvent('ParticipantsUpdated');
  return { ...started, ...call, sink, media: call.callConnection.getCallMedia() };
}

/** Event names after the connect (CallConnected, ParticipantsUpdated) once every callback has settled. */
async function settledNames(setup: Setup): Promise<string[]> {
  await setup.sink.waitForEvents(() => setup.emulator.control.callbacksSettled(), 'callbacks to settle');
  return setup.sink.events.slice(2).map((e) => e.name);
}

describe('play', () => {
  it.each([
    ['text', text],
    ['file', file],
    ['ssml', ssml],
  ])(
    'plays a %s source to all: PlayStarted then PlayCompleted with the operationContext',
    async (_kind, source) => {
      const setup = await inRoomCall();
      await setup.media.playToAll([source], { operationContext: 'welcome' });
      const completed = await setup.sink.waitForEvent('PlayCompleted');
      expect(completed.data).toMatchObject({
        operationContext: 'welcome',
        resultInformation: { code: 200, subCode: 0 },
      });
      expect(await settledNames(setup)).toEqual(['PlayStarted', 'PlayCompleted']);
    },
  );

  it('plays to some participants (identifiers sent without kind)', async () => {
    const setup = await inRoomCall();
    await setup.media.play([text, file], [alice], { operationContext: 'to-alice' });
    await setup.sink.waitForEvent('PlayCompleted');
    expect(await settledNames(setup)).toEqual(['PlayStarted', 'PlayCompleted']);
  });

  it('fails an unplayable file with PlayFailed 400/8535 naming failedPlaySourceIndex, without PlayStarted', async () => {
    const setup = await inRoomCall();
    await setup.media.play([text, unplayable], [alice], { operationContext: 'bad' });
    const failed = await setup.sink.waitForEvent('PlayFailed');
    expect(failed.data).toMatchObject({
      operationContext: 'bad',
      failedPlaySourceIndex: 1,
      resultInformation: { code: 400, subCode: 8535 },
    });
    expect(await settledNames(setup)).toEqual(['PlayFailed']);
  });

  it('queues a second play until the first completes', async () => {
    const setup = await inRoomCall();
    await setup.media.playToAll([text], { operationContext: 'first' });
    await setup.media.playToAll([text], { operationContext: 'second' });
    expect(setup.emulator.control.call(setup.callConnectionId).connections[0]?.mediaOperations).toEqual([
      { kind: 'play', operationContext: 'first', running: true },
      { kind: 'play', operationContext: 'second', running: false },
    ]);
    await setup.sink.waitForCount(2, (e) => e.name === 'PlayCompleted');
    const order = setup.sink.events.slice(2).map((e) => `${e.name}:${e.data.operationContext}`);
    expect(order).toEqual([
      'PlayStarted:first',
      'PlayCompleted:first',
      'PlayStarted:second',
      'PlayCompleted:second',
    ]);
  });

  it('lets interruptCallMediaOperation preempt the running play (PlayCanceled 400/8508)', async () => {
    const setup = await inRoomCall();
    await setup.media.playToAll([text], { operationContext: 'long', loop: true });
    await setup.sink.waitForEvent('PlayStarted');
    await setup.media.playToAll([text], { operationContext: 'urgent', interruptCallMediaOperation: true });
    await setup.sink.waitForEvent('PlayCompleted');
    const order = setup.sink.events.slice(2).map((e) => `${e.name}:${e.data.operationContext}`);
    expect(order).toEqual([
      'PlayStarted:long',
      'PlayCanceled:long',
      'PlayStarted:urgent',
      'PlayCompleted:urgent',
    ]);
    expect(setup.sink.events.find((e) => e.name === 'PlayCanceled')?.data.resultInformation).toMatchObject({
      code: 400,
      subCode: 8508,
    });
  });
});

describe('recognize DTMF', () => {
  const recognizeOptions = (extra: Record<string, unknown> = {}) => ({
    kind: 'callMediaRecognizeDtmfOptions' as const,
    operationContext: 'pin',
    initialSilenceTimeoutInSeconds: 1,
    interToneTimeoutInSeconds: 1,
    ...extra,
  });

  it('completes with 200/8514 and the pressed tones when the stop tone is pressed', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(
      alice,
      recognizeOptions({ maxTonesToCollect: 6, stopDtmfTones: ['pound'] }),
    );
    await setup.sink.waitForEvents(
      () => setup.emulator.control.call(setup.callConnectionId).connections[0]?.mediaOperations.length === 1,
    );
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['one', 'two', 'pound']);
    const completed = await setup.sink.waitForEvent('RecognizeCompleted');
    expect(completed.data).toMatchObject({
      operationContext: 'pin',
      recognitionType: 'dtmf',
      dtmfResult: { tones: ['one', 'two', 'pound'] },
      resultInformation: { code: 200, subCode: 8514 },
    });
  });

  it('completes with 200/8531 when maxTonesToCollect tones were pressed', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(alice, recognizeOptions({ maxTonesToCollect: 3 }));
    setup.emulator.control.pressDtmf(setup.serverCallId, ALICE, ['four', 'five', 'six', 'seven']);
    const completed = await setup.sink.waitForEvent('RecognizeCompleted');
    expect(completed.data).toMatchObject({
      dtmfResult: { tones: ['four', 'five', 'six'] },
      resultInformation: { subCode: 8531 },
    });
  });

  it('ignores tones pressed by someone else', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(alice, recognizeOptions({ maxTonesToCollect: 1 }));
    setup.emulator.control.pressDtmf(setup.callConnectionId, BOB, ['nine']);
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['one']);
    const completed = await setup.sink.waitForEvent('RecognizeCompleted');
    expect(completed.data.dtmfResult).toEqual({ tones: ['one'] });
  });

  it('fails with 400/8510 when nothing is pressed within initialSilenceTimeoutInSeconds', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(alice, recognizeOptions({ maxTonesToCollect: 4 }));
    const failed = await setup.sink.waitForEvent('RecognizeFailed');
    expect(failed.data).toMatchObject({
      operationContext: 'pin',
      resultInformation: { code: 400, subCode: 8510 },
    });
  });

  it('fails with 400/8532 when the next tone does not come within interToneTimeoutInSeconds', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(alice, recognizeOptions({ maxTonesToCollect: 4 }));
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['one']);
    const failed = await setup.sink.waitForEvent('RecognizeFailed');
    expect(failed.data.resultInformation).toMatchObject({ code: 400, subCode: 8532 });
  });

  it('plays the prompt before collecting tones, and a tone can interrupt it', async () => {
    const setup = await inRoomCall();
    await setup.media.startRecognizing(
      alice,
      recognizeOptions({ maxTonesToCollect: 1, playPrompt: text, interruptPrompt: true }),
    );
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['five']);
    const completed = await setup.sink.waitForEvent('RecognizeCompleted');
    expect(completed.data.dtmfResult).toEqual({ tones: ['five'] });
  });
});

describe('DTMF', () => {
  it('sends continuous DTMF: one ToneReceived per pressed tone with increasing sequenceId, then Stopped', async () => {
    const setup = await inRoomCall();
    await setup.media.startContinuousDtmfRecognition(alice, { operationContext: 'keys' });
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['one', 'asterisk']);
    const received = await setup.sink.waitForCount(
      2,
      (e) => e.name === 'ContinuousDtmfRecognitionToneReceived',
    );
    expect(received.map((e) => [e.data.tone, e.data.sequenceId])).toEqual([
      ['one', 1],
      ['asterisk', 2],
    ]);
    await setup.media.stopContinuousDtmfRecognition(alice, { operationContext: 'keys-off' });
    const stopped = await setup.sink.waitForEvent('ContinuousDtmfRecognitionStopped');
    expect(stopped.data.operationContext).toBe('keys-off');
    setup.emulator.control.pressDtmf(setup.callConnectionId, ALICE, ['two']);
    expect(await settledNames(setup)).toEqual([
      'ContinuousDtmfRecognitionToneReceived',
      'ContinuousDtmfRecognitionToneReceived',
      'ContinuousDtmfRecognitionStopped',
    ]);
  });

  it('sends DTMF tones: 202 with operationContext, then SendDtmfTonesCompleted', async () => {
    const setup = await inRoomCall();
    const result = await setup.media.sendDtmfTones(['one', 'pound'], alice, { operationContext: 'send' });
    expect(result.operationContext).toBe('send');
    const completed = await setup.sink.waitForEvent('SendDtmfTonesCompleted');
    expect(completed.data).toMatchObject({
      operationContext: 'send',
      resultInformation: { code: 200, subCode: 0 },
    });
  });
});

describe('cancelAllMediaOperations', () => {
  it('cancels the running play and the queued recognize: PlayCanceled and RecognizeCanceled 400/8508', async () => {
    const setup = await inRoomCall();
    await setup.media.playToAll([text], { operationContext: 'looping', loop: true });
    await setup.media.startRecognizing(alice, {
      kind: 'callMediaRecognizeDtmfOptions',
      operationContext: 'queued',
    });
    await setup.sink.waitForEvent('PlayStarted');
    await setup.media.cancelAllOperations();
    await setup.sink.waitForEvent('RecognizeCanceled');
    const canceled = setup.sink.events.slice(2).map((e) => `${e.name}:${e.data.operationContext}`);
    expect(canceled).toEqual(['PlayStarted:looping', 'PlayCanceled:looping', 'RecognizeCanceled:queued']);
    expect(setup.sink.events.at(-1)?.data.resultInformation).toMatchObject({ code: 400, subCode: 8508 });
  });
});

describe('hold', () => {
  it('holds and unholds: ParticipantsUpdated with isOnHold true, then false', async () => {
    const setup = await inRoomCall();
    await setup.media.hold(alice);
    expect((await setup.callConnection.getParticipant(alice)).isOnHold).toBe(true);
    await setup.sink.waitForEvent('ParticipantsUpdated', (e) => e.data.sequenceNumber === 2);
    await setup.media.unhold(alice);
    const update = await setup.sink.waitForEvent('ParticipantsUpdated', (e) => e.data.sequenceNumber === 3);
    const entry = (update.data.participants as { identifier: { rawId: string }; isOnHold: boolean }[]).find(
      (p) => p.identifier.rawId === ALICE,
    );
    expect(entry?.isOnHold).toBe(false);
  });

  it('answers 200 to a hold with an unplayable music file, then sends HoldFailed 400/8535', async () => {
    const setup = await inRoomCall();
    await setup.media.hold(alice, { playSource: unplayable, operationContext: 'music' });
    const failed = await setup.sink.waitForEvent('HoldFailed');
    expect(failed.data).toMatchObject({
      operationContext: 'music',
      resultInformation: { code: 400, subCode: 8535 },
    });
  });
});

describe('recording', () => {
  it('starts (200 inactive), turns active by RecordingStateChanged, pauses, resumes and stops (404 afterwards)', async () => {
    const setup = await inRoomCall();
    const recording = setup.calls.getCallRecording();
    const started = await recording.start({
      callLocator: { kind: 'roomCallLocator', id: setup.roomId },
      recordingStateCallbackEndpointUrl: `${setup.sink.url}/recording`,
    });
    expect(started.recordingState).toBe('inactive');
    const active = await setup.sink.waitForEvent('RecordingStateChanged', (e) => e.data.state === 'active');
    expect(active.path).toBe('/recording');
    expect(active.source).toBe(
      `calling/recordings/${setup.serverCallId}/${started.recordingId}/RecordingStateChanged`,
    );
    expect(active.data).toMatchObject({
      recordingId: started.recordingId,
      recordingKind: 'azureCommunicationServices',
    });
    expect((await recording.getState(started.recordingId)).recordingState).toBe('active');
    await recording.pause(started.recordingId);
    await setup.sink.waitForCount(
      2,
      (e) => e.name === 'RecordingStateChanged' && e.data.state === 'inactive',
    );
    await recording.resume(started.recordingId);
    await setup.sink.waitForCount(2, (e) => e.name === 'RecordingStateChanged' && e.data.state === 'active');
    await recording.stop(started.recordingId);
    await expect(recording.getState(started.recordingId)).rejects.toMatchObject({ statusCode: 404 });
    const states = setup.sink.events
      .filter((e) => e.name === 'RecordingStateChanged')
      .map((e) => e.data.state);
    await setup.sink.waitForCount(5, (e) => e.name === 'RecordingStateChanged');
    expect([...states, 'inactive'].slice(0, 5)).toEqual([
      'inactive',
      'active',
      'inactive',
      'active',
      'inactive',
    ]);
  });
});

describe('transcription and media streaming', () => {
  it('sends TranscriptionStarted, TranscriptionUpdated and TranscriptionStopped', async () => {
    const setup = await inRoomCall();
    await setup.media.startTranscription({ locale: 'en-US', operationContext: 'tx' });
    await setup.sink.waitForEvent('TranscriptionStarted');
    await setup.media.updateTranscription('fr-FR');
    await setup.sink.waitForEvent('TranscriptionUpdated');
    await setup.media.stopTranscription();
    const stopped = await setup.sink.waitForEvent('TranscriptionStopped');
    expect(stopped.data.transcriptionUpdate).toMatchObject({ transcriptionStatus: 'transcriptionStopped' });
  });

  it('sends MediaStreamingStarted and MediaStreamingStopped', async () => {
    const setup = await inRoomCall();
    await setup.media.startMediaStreaming({ operationContext: 'ms' });
    const started = await setup.sink.waitForEvent('MediaStreamingStarted');
    expect(started.data).toMatchObject({
      operationContext: 'ms',
      mediaStreamingUpdate: { mediaStreamingStatus: 'mediaStreamingStarted' },
    });
    await setup.media.stopMediaStreaming();
    await setup.sink.waitForEvent('MediaStreamingStopped');
  });
});
