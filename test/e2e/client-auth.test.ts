import { ServerError } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  type CallEventData,
  type CallWatch,
  CreateRoomDocument,
  type WatchCallOptions,
  watchCall,
} from '@switchboard/client';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApolloClient } from '../../client/examples/apollo.ts';
import type { Scope } from '../../src/auth/principal.ts';
import {
  AddParticipantDocument,
  ConnectRoomCallDocument,
  HangUpDocument,
  SendDtmfTonesDocument,
} from '../gql/graphql.ts';
import { createDeferred, waitFor, within } from '../helpers/async.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import {
  expectTypename,
  type GatewayStack,
  type GraphQLResult,
  startGatewayStack,
} from '../helpers/gateway.ts';

// The Apollo example is browser code: give this Node process (one per test file) the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000040';
const PHONE = '+14255550177';
const CALLER_ID = '+18005550100';
/** What a backend would grant the operator of a call: everything but recording. */
const OPERATOR: Scope[] = ['rooms:read', 'rooms:write', 'calls:listen', 'calls:control', 'calls:dial-out'];

/** POSTs a typed operation to a gateway with auth on, as an operator holding a fresh token. */
async function post<TData, TVariables>(
  stack: GatewayStack,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<GraphQLResult<TData>> {
  const response = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...bearer(await clientToken({ scopes: OPERATOR })),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as never;
}

async function connectRoomCall(stack: GatewayStack): Promise<string> {
  const created = await post(stack, CreateRoomDocument, {
    input: { pstnDialOutEnabled: true, participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
  });
  const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
  const connected = await post(stack, ConnectRoomCallDocument, { input: { roomId } });
  return expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload').call.callConnectionId;
}

/** Dials a phone in, sends it DTMF and hangs up for everyone. */
async function dialSendDtmfHangUp(stack: GatewayStack, callConnectionId: string) {
  const added = await post(stack, AddParticipantDocument, {
    input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
  });
  expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
  await waitFor(
    () =>
      stack.emulator.emulator.control
        .call(callConnectionId)
        .participants.some((p) => p.identifier.rawId === `4:${PHONE}`),
    { what: 'the phone to join' },
  );
  const sent = await post(stack, SendDtmfTonesDocument, {
    input: { callConnectionId, tones: ['ONE', 'POUND'], target: { phoneNumber: PHONE } },
  });
  expectTypename(sent.data?.sendDtmfTones, 'SendDtmfTonesPayload');
  const hungUp = await post(stack, HangUpDocument, { input: { callConnectionId, forEveryone: true } });
  expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
}

/** Starts `watchCall`, recording what it reports; stopped after the test. */
function startWatch(options: Omit<WatchCallOptions, 'onEvent'>) {
  const events: CallEventData[] = [];
  const reconnects: string[] = [];
  const completed = createDeferred();
  const failed = createDeferred<Error>();
  const watch: CallWatch = watchCall({
    webSocketImpl: WebSocket,
    retry: { initialDelayMs: 50, maxDelayMs: 500, maxAttempts: 20 },
    ...options,
    onEvent: (event) => events.push(event),
    onComplete: () => completed.resolve(),
    onError: (error) => failed.resolve(error),
    onReconnect: ({ reason }) => reconnects.push(reason),
  });
  disposers.add(() => watch.stop());
  return { watch, events, reconnects, completed: completed.promise, failed: failed.promise };
}

/** The cursors of the log's events up to and including CallDisconnected: exactly what a consumer must see. */
async function storedThroughDisconnected(stack: GatewayStack, callConnectionId: string): Promise<string[]> {
  const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
  const end = stored.findIndex((e) => e.kind === 'CallDisconnected');
  return stored.slice(0, end + 1).map((e) => e.cursor);
}

describe.each(['ws', 'sse'] as const)('watchCall over %s against a gateway with auth on', (transport) => {
  it('delivers a call once, in order, and completes after CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCall(stack);
    const consumer = startWatch({
      url: stack.graphqlUrl,
      transport,
      callConnectionId,
      getToken: () => clientToken({ scopes: ['calls:listen'] }),
    });
    await waitFor(() => consumer.events.length > 0, { what: 'the first event', timeoutMs: 10_000 });

    await dialSendDtmfHangUp(stack, callConnectionId);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack, callConnectionId),
    );
    expect(consumer.events.at(-1)?.type).toBe('CALL_DISCONNECTED');
    expect(consumer.reconnects).toEqual([]);
  });

  it('when its token expires mid-call, gets a fresh one and resumes after its last cursor: nothing missed or repeated', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCall(stack);
    let tokensIssued = 0;
    const consumer = startWatch({
      url: stack.graphqlUrl,
      transport,
      callConnectionId,
      // The first token lives 2 s, so the gateway ends the stream mid-call; the refreshed ones outlive the test.
      getToken: () => clientToken({ scopes: ['calls:listen'], ttlSeconds: tokensIssued++ === 0 ? 2 : 300 }),
    });
    await waitFor(() => consumer.events.length > 0, { what: 'the first event', timeoutMs: 10_000 });
    await waitFor(() => consumer.reconnects.length > 0, { what: 'the token to expire', timeoutMs: 10_000 });

    await dialSendDtmfHangUp(stack, callConnectionId);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack, callConnectionId),
    );
    expect(consumer.reconnects[0]).toContain('token expired');
    expect(tokensIssued).toBeGreaterThanOrEqual(2);
  });

  it('ends with a FORBIDDEN error, without reconnecting, when its token lacks calls:listen', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCall(stack);
    const consumer = startWatch({
      url: stack.graphqlUrl,
      transport,
      callConnectionId,
      getToken: () => clientToken({ scopes: ['rooms:read'] }),
    });

    const error = await within(consumer.failed, 10_000, 'onError');

    expect(error).toMatchObject({ name: 'WatchCallError', code: 'FORBIDDEN' });
    expect(consumer.reconnects).toEqual([]);
  });
});

describe('watchCall without a token against a gateway with auth on', () => {
  it('retries graphql-ws (the gateway answered 4401: WebSockets work) and gives up after maxAttempts', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCall(stack);
    let asked = 0;
    const consumer = startWatch({
      url: stack.graphqlUrl,
      callConnectionId,
      getToken: () => {
        asked++;
        return null;
      },
      retry: { initialDelayMs: 10, maxDelayMs: 20, maxAttempts: 3 },
    });

    const error = await within(consumer.failed, 10_000, 'onError');

    expect(error.message).toMatch(/^Gave up after 3 failed reconnections: WebSocket closed \(4401 /);
    expect(consumer.events).toEqual([]);
    expect(asked).toBe(3);
  });
});

describe('the Apollo Client example against a gateway with auth on', () => {
  const input = { participants: [{ communicationUserId: USER, role: 'ATTENDEE' as const }] };

  it('runs a mutation with a rooms:write token sent as its Authorization header', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const token = await clientToken({ scopes: ['rooms:write'] });
    const apollo = createApolloClient(stack.graphqlUrl, () => token);
    disposers.add(() => apollo.stop());

    const { data } = await apollo.mutate({ mutation: CreateRoomDocument, variables: { input } });

    expect(expectTypename(data?.createRoom, 'CreateRoomPayload').room.id).toMatch(/\S/);
  });

  it('gets an UNAUTHENTICATED request error without a token', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());

    const failure = await apollo.mutate({ mutation: CreateRoomDocument, variables: { input } }).then(
      () => null,
      (error: unknown) => error,
    );

    // Apollo Client 4 reports a non-2xx response as a ServerError carrying the gateway's GraphQL body.
    expect(failure).toBeInstanceOf(ServerError);
    const { statusCode, bodyText } = failure as ServerError;
    expect(statusCode).toBe(401);
    expect(JSON.parse(bodyText).errors[0]).toMatchObject({
      message: expect.stringContaining('bearer token is required'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
