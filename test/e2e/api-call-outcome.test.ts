import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createAcsPorts } from '../../src/acs/clients.ts';
import type { CallsPort } from '../../src/acs/ports.ts';
import type { CallEventLog } from '../../src/events/log.ts';
import {
  AddParticipantAndWaitDocument,
  ConnectRoomCallAndWaitDocument,
  ConnectRoomCallDocument,
  type ConnectRoomCallMutation,
  CreateRoomDocument,
  type CreateRoomMutation,
  PlayMediaAndWaitDocument,
  PlayMediaDocument,
  RecognizeDtmfAndWaitDocument,
  StartRecordingAndWaitDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectedRoomCall } from '../helpers/calls.ts';
import { CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startEmulator } from '../helpers/emulator.ts';
import {
  expectTypename,
  type GatewayStack,
  type GraphQLResult,
  startGatewayStack,
} from '../helpers/gateway.ts';
import { uniqueKeyPrefix } from '../helpers/redis.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000041';
/** Emulator test numbers: the last four digits pick how the phone reacts (emulator/README.md). */
const PHONE_THAT_ANSWERS = '+14255550123';
const PHONE_THAT_IS_BUSY = '+14255550486';
const CALLER_ID = '+18005550100';
const HELLO = [{ file: { url: 'https://example.com/audio/hello.wav' } }];

/** A room (USER on its roster, PSTN dial-out on) whose call the gateway joined; connected. */
function connectedCall(stack: GatewayStack) {
  return connectedRoomCall(stack, {
    pstnDialOutEnabled: true,
    participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
  });
}

function mediaOperationsOf(stack: GatewayStack, callConnectionId: string) {
  return (
    stack.emulator.emulator.control
      .call(callConnectionId)
      .connections.find((c) => c.callConnectionId === callConnectionId)?.mediaOperations ?? []
  );
}

/** The gateway's gauge of open outcome awaits (`GET /metrics`). */
async function openAwaits(stack: GatewayStack): Promise<number> {
  const text = await (await fetch(`${stack.url}/metrics`)).text();
  return Number(/^switchboard_outcome_awaits (\d+)$/m.exec(text)?.[1]);
}

/** Whether the log holds an event of `kind` carrying `operationContext`. */
async function logHolds(log: CallEventLog, callConnectionId: string, kind: string, operationContext: string) {
  const events = await log.readAfter(callConnectionId, null, 1000);
  return events.some((e) => e.kind === kind && e.operationContext === operationContext);
}

/** A recognizeDtmf that waits for tones nobody presses: its outcome only comes once a test presses them. */
const pendingRecognize = (callConnectionId: string, operationContext: string) => ({
  input: {
    callConnectionId,
    target: { communicationUserId: USER },
    maxTonesToCollect: 1,
    initialSilenceTimeoutSeconds: 300,
    operationContext,
  },
  timeoutSeconds: 120,
});

describe('outcome: a call action answers with the event that ended it', () => {
  it('addParticipant to a phone that answers answers with AddParticipantSucceeded in the same response', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(AddParticipantAndWaitDocument, {
      input: {
        callConnectionId,
        participant: { phoneNumber: PHONE_THAT_ANSWERS },
        sourceCallerIdNumber: CALLER_ID,
      },
    });
    const payload = expectTypename(result.data?.addParticipant, 'AddParticipantPayload');
    expect(payload.outcome).toMatchObject({
      __typename: 'AddParticipantSucceeded',
      operationContext: payload.operationContext,
    });
    expect(payload.outcomeError).toBeNull();
  });

  it('addParticipant to a busy number answers with AddParticipantFailed (486)', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(AddParticipantAndWaitDocument, {
      input: {
        callConnectionId,
        participant: { phoneNumber: PHONE_THAT_IS_BUSY },
        sourceCallerIdNumber: CALLER_ID,
        operationContext: 'dial-busy',
      },
    });
    const payload = expectTypename(result.data?.addParticipant, 'AddParticipantPayload');
    expect(payload.outcome).toMatchObject({
      __typename: 'AddParticipantFailed',
      operationContext: 'dial-busy',
      resultInformation: { code: 486 },
    });
  });

  it('playMedia answers with PlayCompleted', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(PlayMediaAndWaitDocument, {
      input: { callConnectionId, sources: HELLO, operationContext: 'greeting' },
    });
    expect(expectTypename(result.data?.playMedia, 'PlayMediaPayload').outcome).toMatchObject({
      __typename: 'PlayCompleted',
      operationContext: 'greeting',
    });
  });

  it('counts each ended await by how it ended in switchboard_outcome_awaits_ended_total', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    await stack.graphql(PlayMediaAndWaitDocument, { input: { callConnectionId, sources: HELLO } });
    const text = await (await fetch(`${stack.url}/metrics`)).text();
    expect(text).toMatch(/^switchboard_outcome_awaits_ended_total\{ending="event"\} 1$/m);
    expect(text).toMatch(/^switchboard_outcome_awaits_ended_total\{ending="OUTCOME_TIMEOUT"\} 0$/m);
  });

  it('a reused operationContext waits for the event of this run, not of an earlier one', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const input = { callConnectionId, sources: HELLO, operationContext: 'again' };
    const first = await stack.graphql(PlayMediaAndWaitDocument, { input });
    const second = await stack.graphql(PlayMediaAndWaitDocument, { input });
    const firstCursor = expectTypename(first.data?.playMedia, 'PlayMediaPayload').outcome?.cursor;
    const secondCursor = expectTypename(second.data?.playMedia, 'PlayMediaPayload').outcome?.cursor;
    expect(firstCursor).toBeDefined();
    expect(secondCursor).toBeDefined();
    expect(secondCursor).not.toBe(firstCursor);
  });

  it('connectRoomCall answers with CallConnected', async () => {
    const stack = await startGatewayStack(disposers);
    const created = await stack.graphql(CreateRoomDocument, {
      input: { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
    });
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
    const result = await stack.graphql(ConnectRoomCallAndWaitDocument, { input: { roomId } });
    const payload = expectTypename(result.data?.connectRoomCall, 'ConnectRoomCallPayload');
    expect(payload.outcome).toMatchObject({
      __typename: 'CallConnected',
      operationContext: payload.operationContext,
    });
  });

  it('startRecording answers with the RecordingStateChanged of its recording', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(StartRecordingAndWaitDocument, { input: { callConnectionId } });
    const payload = expectTypename(result.data?.startRecording, 'StartRecordingPayload');
    expect(payload.outcome).toMatchObject({
      __typename: 'RecordingStateChanged',
      recordingId: payload.recording.recordingId,
    });
  });

  it('an outcome that does not come in time is null with OUTCOME_TIMEOUT, and the action was still done', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(RecognizeDtmfAndWaitDocument, {
      ...pendingRecognize(callConnectionId, 'pin'),
      timeoutSeconds: 1,
    });
    const payload = expectTypename(result.data?.recognizeDtmf, 'RecognizeDtmfPayload');
    expect(payload.outcome).toBeNull();
    expect(payload.outcomeError).toMatchObject({ code: 'OUTCOME_TIMEOUT', timeoutSeconds: 1 });
    expect(result.errors).toBeUndefined();
    expect(mediaOperationsOf(stack, callConnectionId)).toContainEqual(
      expect.objectContaining({ kind: 'recognize', operationContext: 'pin', running: true }),
    );
  });

  it('timeoutSeconds outside 1 to 120 is an InputError and the action is not done', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    for (const timeoutSeconds of [0, 121]) {
      const result = await stack.graphql(PlayMediaAndWaitDocument, {
        input: { callConnectionId, sources: HELLO, loop: true, operationContext: 'never' },
        timeoutSeconds,
      });
      expect(expectTypename(result.data?.playMedia, 'InputError')).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'outcome.timeoutSeconds',
      });
    }
    expect(mediaOperationsOf(stack, callConnectionId)).toEqual([]);
  });

  it('finds the outcome when its callback was stored before ACS answered the mutation', async () => {
    const emulator = await startEmulator(disposers);
    let log: CallEventLog | undefined;
    const { calls } = createAcsPorts(
      { kind: 'connectionString', connectionString: emulator.emulator.connectionString },
      { maxRetries: 0 },
    );
    // The real SDK call, answered to the gateway only once PlayCompleted is in the log.
    const callbackFirst: CallsPort = Object.assign(Object.create(calls) as CallsPort, {
      async play(callConnectionId: string, request: Parameters<CallsPort['play']>[1]) {
        await calls.play(callConnectionId, request);
        await waitFor(
          async () =>
            log !== undefined &&
            (await logHolds(log, callConnectionId, 'PlayCompleted', request.operationContext ?? '')),
          { what: 'PlayCompleted to be stored before ACS answers' },
        );
      },
    });
    const stack = await startGatewayStack(disposers, {
      restartOf: { emulator, port: 0 },
      acs: { calls: callbackFirst },
      wrapEventLog: (eventLog) => {
        log = eventLog;
        return eventLog;
      },
    });
    const { callConnectionId } = await connectedCall(stack);
    const result = await stack.graphql(PlayMediaAndWaitDocument, {
      input: { callConnectionId, sources: HELLO, operationContext: 'early' },
    });
    expect(expectTypename(result.data?.playMedia, 'PlayMediaPayload').outcome).toMatchObject({
      __typename: 'PlayCompleted',
      operationContext: 'early',
    });
  });

  it('two replicas sharing Redis: the replica that acted answers with the event the other replica received', async () => {
    const emulator = await startEmulator(disposers);
    const keyPrefix = uniqueKeyPrefix('outcome-replicas');
    const receiver = await startGatewayStack(disposers, {
      restartOf: { emulator, port: 0 },
      redis: { keyPrefix },
    });
    // The acting replica tells ACS to call back the other one.
    const actor = await startGatewayStack(disposers, {
      restartOf: { emulator, port: 0 },
      redis: { keyPrefix },
      env: { PUBLIC_BASE_URL: receiver.url },
    });
    expect(actor.gateway.callbackUrl).toBe(`${receiver.url}/api/callbacks`);
    const { callConnectionId } = await connectedCall(actor);
    const result = await actor.graphql(AddParticipantAndWaitDocument, {
      input: {
        callConnectionId,
        participant: { phoneNumber: PHONE_THAT_ANSWERS },
        sourceCallerIdNumber: CALLER_ID,
        operationContext: 'dial-across',
      },
    });
    expect(expectTypename(result.data?.addParticipant, 'AddParticipantPayload').outcome).toMatchObject({
      __typename: 'AddParticipantSucceeded',
      operationContext: 'dial-across',
    });
    const delivered = emulator.emulator.control.callbacks({
      callConnectionId,
      type: 'AddParticipantSucceeded',
    });
    expect(delivered.length).toBeGreaterThan(0);
  });

  it('a document that does not select outcome opens no log subscription', async () => {
    let subscriptions = 0;
    const stack = await startGatewayStack(disposers, {
      wrapEventLog: (log) =>
        Object.assign(Object.create(log) as CallEventLog, {
          subscribe(...args: Parameters<CallEventLog['subscribe']>) {
            subscriptions += 1;
            return log.subscribe(...args);
          },
        }),
    });
    const { callConnectionId } = await connectedCall(stack);
    const played = await stack.graphql(PlayMediaDocument, {
      input: { callConnectionId, sources: HELLO, operationContext: 'plain' },
    });
    expectTypename(played.data?.playMedia, 'PlayMediaPayload');
    await waitFor(() => logHolds(stack.eventLog, callConnectionId, 'PlayCompleted', 'plain'), {
      what: 'the play to complete',
    });
    expect(subscriptions).toBe(0);

    await stack.graphql(PlayMediaAndWaitDocument, {
      input: { callConnectionId, sources: HELLO, operationContext: 'awaited' },
    });
    expect(subscriptions).toBe(1);
  });

  it('refuses an await past the per-subject cap with OUTCOME_LIMIT_EXCEEDED, and still does the action', async () => {
    const stack = await startGatewayStack(disposers, { env: { OUTCOME_AWAITS_PER_SUBJECT: '1' } });
    const { callConnectionId } = await connectedCall(stack);
    const pending = stack.graphql(RecognizeDtmfAndWaitDocument, pendingRecognize(callConnectionId, 'pin'));
    await waitFor(async () => (await openAwaits(stack)) === 1, { what: 'the first await to open' });

    const refused = await stack.graphql(AddParticipantAndWaitDocument, {
      input: {
        callConnectionId,
        participant: { phoneNumber: PHONE_THAT_ANSWERS },
        sourceCallerIdNumber: CALLER_ID,
        operationContext: 'over-cap',
      },
    });
    const payload = expectTypename(refused.data?.addParticipant, 'AddParticipantPayload');
    expect(payload.outcome).toBeNull();
    expect(payload.outcomeError).toMatchObject({ code: 'OUTCOME_LIMIT_EXCEEDED' });
    await waitFor(() => logHolds(stack.eventLog, callConnectionId, 'AddParticipantSucceeded', 'over-cap'), {
      what: 'the invitation whose await was refused to be answered all the same',
    });

    stack.emulator.emulator.control.pressDtmf(callConnectionId, USER, ['five']);
    const first = await pending;
    expect(expectTypename(first.data?.recognizeDtmf, 'RecognizeDtmfPayload').outcome).toMatchObject({
      __typename: 'RecognizeCompleted',
      tones: ['FIVE'],
    });
  });

  it('a client that aborts its request releases its await', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const abort = new AbortController();
    const request = fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(RecognizeDtmfAndWaitDocument),
        variables: pendingRecognize(callConnectionId, 'left'),
      }),
      signal: abort.signal,
    });
    request.catch(() => {});
    await waitFor(async () => (await openAwaits(stack)) === 1, { what: 'the await to open' });
    abort.abort();
    await waitFor(async () => (await openAwaits(stack)) === 0, { what: 'the await to be released' });
  });

  it('a graphql-ws client that disconnects releases its await', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const client = stack.wsClient();
    client.subscribe(
      {
        query: print(RecognizeDtmfAndWaitDocument),
        variables: pendingRecognize(callConnectionId, 'ws-left'),
      },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    await waitFor(async () => (await openAwaits(stack)) === 1, { what: 'the await to open' });
    await client.dispose();
    await waitFor(async () => (await openAwaits(stack)) === 0, { what: 'the await to be released' });
  });

  it('app.stop() ends open awaits: the response comes with OUTCOME_UNAVAILABLE', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const pending = stack.graphql(
      RecognizeDtmfAndWaitDocument,
      pendingRecognize(callConnectionId, 'drained'),
    );
    await waitFor(async () => (await openAwaits(stack)) === 1, { what: 'the await to open' });
    const stopped = stack.gateway.stop();
    const result = await pending;
    await stopped;
    const payload = expectTypename(result.data?.recognizeDtmf, 'RecognizeDtmfPayload');
    expect(payload.outcome).toBeNull();
    expect(payload.outcomeError).toMatchObject({ code: 'OUTCOME_UNAVAILABLE' });
  });

  it('selecting outcome needs calls:listen as well: without it the operation is refused before the action', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const admin = { authorization: `Bearer ${await clientToken()}` };
    const created = (await stack.graphqlText(print(CreateRoomDocument), { input: {} }, admin))
      .body as GraphQLResult<CreateRoomMutation>;
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
    const connected = (await stack.graphqlText(print(ConnectRoomCallDocument), { input: { roomId } }, admin))
      .body as GraphQLResult<ConnectRoomCallMutation>;
    const { callConnectionId } = expectTypename(
      connected.data?.connectRoomCall,
      'ConnectRoomCallPayload',
    ).call;
    const controlOnly = { authorization: `Bearer ${await clientToken({ scopes: ['calls:control'] })}` };
    const input = { callConnectionId, sources: HELLO, operationContext: 'unheard' };

    const refused = await stack.graphqlText(print(PlayMediaAndWaitDocument), { input }, controlOnly);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.message).toContain('calls:listen');
    expect(mediaOperationsOf(stack, callConnectionId)).toEqual([]);

    const played = await stack.graphqlText(print(PlayMediaDocument), { input }, controlOnly);
    expect(played.body.data?.playMedia).toMatchObject({ __typename: 'PlayMediaPayload' });
  });
});
