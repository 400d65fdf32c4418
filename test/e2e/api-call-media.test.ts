import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  CallMediaEventsDocument,
  ConnectRoomCallWithMediaDocument,
  type ConnectRoomCallWithMediaMutationVariables,
  CreateRoomDocument,
  PlayMediaDocument,
  RecognizeChoiceDocument,
  RecognizeSpeechDocument,
  StartMediaStreamingDocument,
  StartTranscriptionDocument,
  StopMediaStreamingDocument,
  StopTranscriptionDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { createRoomThrough, postTo, waitForGatewayLeg } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const ALICE = '8:acs:00000000-0000-4000-8000-000000000001_00000011-0000-0000-0000-000000000011';
const BOB = '8:acs:00000000-0000-4000-8000-000000000001_00000012-0000-0000-0000-000000000012';
const COGNITIVE = {
  ACS_COGNITIVE_SERVICES_ENDPOINT: 'https://switchboard-test.cognitiveservices.azure.com/',
};

type ConnectInput = Omit<ConnectRoomCallWithMediaMutationVariables['input'], 'roomId'>;

/** A room with ALICE and BOB on its roster whose call the gateway joined with `options`; connected. */
async function connectedCall(stack: GatewayStack, options: ConnectInput = {}) {
  const roomId = await createRoomThrough(postTo(stack), {
    participants: [
      { communicationUserId: ALICE, role: 'PRESENTER' },
      { communicationUserId: BOB, role: 'ATTENDEE' },
    ],
  });
  const connected = await stack.graphql(ConnectRoomCallWithMediaDocument, { input: { roomId, ...options } });
  const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
  const { control } = stack.emulator.emulator;
  await waitForGatewayLeg(control, call.callConnectionId);
  return { callConnectionId: call.callConnectionId, call, control };
}

function eventsOf(
  stack: GatewayStack,
  callConnectionId: string,
  extra: { after?: string; types?: string[] } = {},
) {
  return stack.subscribe(CallMediaEventsDocument, {
    callConnectionId,
    ...(extra.after ? { after: extra.after } : {}),
    ...(extra.types ? { types: extra.types as never } : {}),
  });
}

/** The n-th event (1-based) a subscription received, once it arrived. */
async function nth(subscription: ReturnType<typeof eventsOf>, n: number) {
  const results = await subscription.waitForResults(n);
  const event = results[n - 1]?.data?.callEvents;
  if (!event) throw new Error(`no event ${n}: ${JSON.stringify(results[n - 1])}`);
  return event;
}

/** Waits for the first event of `typename` a subscription receives. */
async function eventNamed(subscription: ReturnType<typeof eventsOf>, typename: string) {
  return waitFor(
    () => subscription.results.map((r) => r.data?.callEvents).find((e) => e?.__typename === typename),
    { what: typename },
  );
}

describe('live transcripts through callEvents', () => {
  it('delivers the lines two participants say, in order with text and speaker, and again to a resumed subscriber', async () => {
    const stack = await startGatewayStack(disposers, { env: COGNITIVE });
    const { callConnectionId, call, control } = await connectedCall(stack, {
      transcription: { locale: 'en-US', startTranscription: true },
    });
    expect(call.transcriptionSubscription?.state).toBe('INACTIVE');
    const all = eventsOf(stack, callConnectionId);
    await eventNamed(all, 'TranscriptionStarted');
    const transcripts = eventsOf(stack, callConnectionId, { types: ['TRANSCRIPTION_DATA'] });

    control.say(callConnectionId, ALICE, 'Good morning everyone');
    control.say(callConnectionId, BOB, 'Morning Alice');

    const first = await nth(transcripts, 1);
    const second = await nth(transcripts, 2);
    expect(
      [first, second].map((e) => e.__typename === 'TranscriptionData' && [e.text, e.participant?.rawId]),
    ).toEqual([
      ['Good morning everyone', ALICE],
      ['Morning Alice', BOB],
    ]);
    expect(first).toMatchObject({ resultStatus: 'FINAL', locale: 'en-US', type: 'TRANSCRIPTION_DATA' });
    expect(first.__typename === 'TranscriptionData' && first.words.map((w) => w.text)).toEqual([
      'Good',
      'morning',
      'everyone',
    ]);

    const resumed = eventsOf(stack, callConnectionId, { after: first.cursor, types: ['TRANSCRIPTION_DATA'] });
    expect(await nth(resumed, 1)).toMatchObject({
      id: second.id,
      cursor: second.cursor,
      text: 'Morning Alice',
    });
    const replayed = eventsOf(stack, callConnectionId, { types: ['TRANSCRIPTION_DATA'] });
    await replayed.waitForResults(2);
    expect(replayed.results.map((r) => r.data?.callEvents?.id)).toEqual([first.id, second.id]);
  });

  it('starts and stops a transcription set up on connect, with its events', async () => {
    const stack = await startGatewayStack(disposers, { env: COGNITIVE });
    const { callConnectionId } = await connectedCall(stack, { transcription: { locale: 'fr-FR' } });
    const events = eventsOf(stack, callConnectionId, {
      types: ['TRANSCRIPTION_STARTED', 'TRANSCRIPTION_STOPPED', 'TRANSCRIPTION_DATA'],
    });
    const started = await stack.graphql(StartTranscriptionDocument, {
      input: { callConnectionId, operationContext: 'captions-on' },
    });
    expect(
      expectTypename(started.data?.startTranscription, 'StartTranscriptionPayload').operationContext,
    ).toBe('captions-on');
    expect(await nth(events, 1)).toMatchObject({
      __typename: 'TranscriptionStarted',
      operationContext: 'captions-on',
      transcriptionUpdate: { transcriptionStatus: 'transcriptionStarted' },
    });
    const { control } = stack.emulator.emulator;
    control.say(callConnectionId, ALICE, 'Bonjour');
    expect(await nth(events, 2)).toMatchObject({ text: 'Bonjour', locale: 'fr-FR' });
    const stopped = await stack.graphql(StopTranscriptionDocument, { input: { callConnectionId } });
    expectTypename(stopped.data?.stopTranscription, 'StopTranscriptionPayload');
    expect(await nth(events, 3)).toMatchObject({ __typename: 'TranscriptionStopped' });
  });

  it('refuses a transport URL that is not wss:// with an InputError before calling ACS', async () => {
    const stack = await startGatewayStack(disposers);
    const created = await stack.graphql(CreateRoomDocument, { input: {} });
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
    const result = await stack.graphql(ConnectRoomCallWithMediaDocument, {
      input: { roomId, mediaStreaming: { transportUrl: 'http://audio.example.com/stream' } },
    });
    expect(expectTypename(result.data?.connectRoomCall, 'InputError')).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.mediaStreaming.transportUrl',
    });
    expect(stack.emulator.emulator.control.calls()).toEqual([]);
  });
});

describe('the transcription transport (/api/media/transcription)', () => {
  /** Opens a WebSocket to the transport; resolves with the HTTP status of a refused upgrade, or 101. */
  function upgradeStatus(stack: GatewayStack, headers: Record<string, string>, query = ''): Promise<number> {
    const url = `${stack.url.replace(/^http/, 'ws')}/api/media/transcription${query}`;
    const socket = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        socket.close();
        resolve(101);
      });
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('error', reject);
    });
  }

  it('refuses an upgrade without a token with 401', async () => {
    const stack = await startGatewayStack(disposers);
    expect(await upgradeStatus(stack, {})).toBe(401);
  });

  it('refuses an upgrade whose token is not signed by ACS with 401', async () => {
    const stack = await startGatewayStack(disposers);
    const [header = '', payload = ''] = stack.emulator.emulator.control.mintCallbackToken().split('.');
    expect(await upgradeStatus(stack, { authorization: `Bearer ${header}.${payload}.forged` })).toBe(401);
  });

  it('accepts an upgrade carrying an ACS-signed token and the callback token of a connected call', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId, control } = await connectedCall(stack);
    const connection = control
      .call(callConnectionId)
      .connections.find((c) => c.callConnectionId === callConnectionId);
    const query = new URL(connection?.callbackUri ?? 'http://none/').search;
    const token = control.mintCallbackToken();
    expect(await upgradeStatus(stack, { authorization: `Bearer ${token}` }, query)).toBe(101);
  });

  it('refuses an upgrade whose callback token the gateway never issued with 403', async () => {
    const stack = await startGatewayStack(disposers);
    const token = stack.emulator.emulator.control.mintCallbackToken();
    const query = `?token=${'A'.repeat(43)}`;
    expect(await upgradeStatus(stack, { authorization: `Bearer ${token}` }, query)).toBe(403);
  });

  it('answers 404 to an upgrade on a path that is not a WebSocket endpoint', async () => {
    const stack = await startGatewayStack(disposers);
    const socket = new WebSocket(`${stack.url.replace(/^http/, 'ws')}/api/media/elsewhere`);
    const status = await new Promise<number>((resolve, reject) => {
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('open', () => reject(new Error('upgraded')));
    });
    expect(status).toBe(404);
  });
});

describe('media streaming', () => {
  it('reports MediaStreamingStarted and MediaStreamingStopped for start and stop', async () => {
    const transportErrors: unknown[] = [];
    // The emulator cannot reach this consumer (no TLS endpoint in tests); the events do not depend on it.
    const stack = await startGatewayStack(disposers, {
      emulator: { onError: (error) => transportErrors.push(error) },
      env: { TRANSPORT_URL_ALLOWED_HOSTS: 'audio-consumer.invalid' },
    });
    const { callConnectionId, call } = await connectedCall(stack, {
      mediaStreaming: { transportUrl: 'wss://audio-consumer.invalid/stream', audioChannelType: 'UNMIXED' },
    });
    expect(call.mediaStreamingSubscription?.state).toBe('INACTIVE');
    const events = eventsOf(stack, callConnectionId, {
      types: ['MEDIA_STREAMING_STARTED', 'MEDIA_STREAMING_STOPPED', 'MEDIA_STREAMING_FAILED'],
    });
    const started = await stack.graphql(StartMediaStreamingDocument, {
      input: { callConnectionId, operationContext: 'audio' },
    });
    expectTypename(started.data?.startMediaStreaming, 'StartMediaStreamingPayload');
    expect(await nth(events, 1)).toMatchObject({
      __typename: 'MediaStreamingStarted',
      operationContext: 'audio',
      mediaStreamingUpdate: { mediaStreamingStatus: 'mediaStreamingStarted' },
    });
    const stopped = await stack.graphql(StopMediaStreamingDocument, { input: { callConnectionId } });
    expectTypename(stopped.data?.stopMediaStreaming, 'StopMediaStreamingPayload');
    expect(await nth(events, 2)).toMatchObject({
      __typename: 'MediaStreamingStopped',
      mediaStreamingUpdate: { mediaStreamingStatus: 'mediaStreamingStopped' },
    });
  });
});

describe('speech and choice recognition', () => {
  it('completes a speech recognition with the recognized text', async () => {
    const stack = await startGatewayStack(disposers, { env: COGNITIVE });
    const { callConnectionId, control } = await connectedCall(stack);
    const events = eventsOf(stack, callConnectionId, { types: ['RECOGNIZE_COMPLETED', 'RECOGNIZE_FAILED'] });
    const result = await stack.graphql(RecognizeSpeechDocument, {
      input: {
        callConnectionId,
        target: { rawId: ALICE },
        prompt: { text: { text: 'How can I help?' } },
        operationContext: 'ask',
      },
    });
    expect(expectTypename(result.data?.recognizeSpeech, 'RecognizeSpeechPayload').operationContext).toBe(
      'ask',
    );
    await waitFor(() => control.call(callConnectionId).connections[0]?.mediaOperations.length === 1, {
      what: 'the recognition to run',
    });
    control.say(callConnectionId, ALICE, 'I need a nurse');
    expect(await nth(events, 1)).toMatchObject({
      __typename: 'RecognizeCompleted',
      operationContext: 'ask',
      recognitionType: 'speech',
      speechResult: { speech: 'I need a nurse' },
    });
  });

  it('completes a choice recognition with the label of the phrase said', async () => {
    const stack = await startGatewayStack(disposers, { env: COGNITIVE });
    const { callConnectionId, control } = await connectedCall(stack);
    const events = eventsOf(stack, callConnectionId, { types: ['RECOGNIZE_COMPLETED', 'RECOGNIZE_FAILED'] });
    const result = await stack.graphql(RecognizeChoiceDocument, {
      input: {
        callConnectionId,
        target: { rawId: BOB },
        choices: [
          { label: 'Confirm', phrases: ['yes', 'confirm'], tone: 'ONE' },
          { label: 'Cancel', phrases: ['no', 'cancel'], tone: 'TWO' },
        ],
      },
    });
    expectTypename(result.data?.recognizeChoice, 'RecognizeChoicePayload');
    await waitFor(() => control.call(callConnectionId).connections[0]?.mediaOperations.length === 1, {
      what: 'the recognition to run',
    });
    control.say(callConnectionId, BOB, 'Cancel');
    expect(await nth(events, 1)).toMatchObject({
      __typename: 'RecognizeCompleted',
      recognitionType: 'choices',
      choiceResult: { label: 'Cancel', recognizedPhrase: 'Cancel' },
    });
  });

  it('answers duplicate choice labels with an InputError', async () => {
    const stack = await startGatewayStack(disposers);
    const result = await stack.graphql(RecognizeChoiceDocument, {
      input: {
        callConnectionId: 'any',
        target: { rawId: BOB },
        choices: [
          { label: 'Yes', phrases: ['yes'] },
          { label: 'Yes', phrases: ['sure'] },
        ],
      },
    });
    expect(expectTypename(result.data?.recognizeChoice, 'InputError')).toMatchObject({
      field: 'input.choices',
    });
  });
});

describe('text-to-speech needs ACS_COGNITIVE_SERVICES_ENDPOINT', () => {
  it('plays text when the gateway sends cognitiveServicesEndpoint on connect', async () => {
    const stack = await startGatewayStack(disposers, { env: COGNITIVE });
    const { callConnectionId } = await connectedCall(stack);
    const events = eventsOf(stack, callConnectionId, { types: ['PLAY_COMPLETED', 'PLAY_FAILED'] });
    await stack.graphql(PlayMediaDocument, {
      input: { callConnectionId, sources: [{ text: { text: 'Welcome' } }] },
    });
    expect(await nth(events, 1)).toMatchObject({ __typename: 'PlayCompleted' });
  });

  it('gets PlayFailed for text, as from ACS, when no endpoint is configured', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const events = eventsOf(stack, callConnectionId, { types: ['PLAY_COMPLETED', 'PLAY_FAILED'] });
    await stack.graphql(PlayMediaDocument, {
      input: { callConnectionId, sources: [{ text: { text: 'Welcome' } }] },
    });
    expect(await nth(events, 1)).toMatchObject({
      __typename: 'PlayFailed',
      failedPlaySourceIndex: 0,
      resultInformation: { code: 400, subCode: 8565 },
    });
  });
});
