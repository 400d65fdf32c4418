import { CallEventsDocument as ClientCallEventsDocument } from '@switchboard/client';
import { print } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { pipe, subscribe } from 'wonka';
import WebSocket from 'ws';
import { createApolloClient } from '../../client/examples/apollo.ts';
import { createUrqlClient } from '../../client/examples/urql.ts';
import { CallEventsDocument, HangUpDocument, PlayMediaDocument } from '../gql/graphql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { metric } from '../helpers/metrics.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

/*
 * The graphql-transport-ws protocol as the gateway serves it
 * (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md): driven by raw `ws` sockets where a
 * well-behaved client cannot misbehave, and by the real graphql-ws, Apollo and urql clients otherwise.
 */

// The client examples are browser code: give this Node process the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000071';
const CALL_EVENTS = print(CallEventsDocument);
const PLAY_TYPES = ['PLAY_STARTED', 'PLAY_COMPLETED'];
/** Resolves once the gateway counts `count` open graphql-ws subscriptions. */
const subscriptionsOpen = (stack: GatewayStack, count: number) =>
  waitFor(async () => (await metric(stack, 'switchboard_subscriptions{transport="graphql-ws"}')) === count, {
    what: `${count} open graphql-ws subscriptions`,
  });

async function connectedCall(stack: GatewayStack): Promise<string> {
  return (
    await connectRoomCall(postTo(stack), { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] })
  ).callConnectionId;
}

/** Plays a file on the call: PlayStarted, then PlayCompleted, tagged with `operationContext`. */
async function play(stack: GatewayStack, callConnectionId: string, operationContext: string) {
  const played = await stack.graphql(PlayMediaDocument, {
    input: { callConnectionId, sources: [{ file: { url: 'https://example.com/a.wav' } }], operationContext },
  });
  expectTypename(played.data?.playMedia, 'PlayMediaPayload');
}

interface Received {
  type: string;
  id?: string;
  payload?: unknown;
}

/** A raw socket on the gateway's `/graphql`, recording every message and how it closed. */
async function rawSocket(stack: GatewayStack, protocol: string | null = GRAPHQL_TRANSPORT_WS_PROTOCOL) {
  const url = stack.graphqlUrl.replace(/^http/, 'ws');
  // Without a subprotocol: one offering only others is dropped by `ws` itself (the server picks none).
  const socket = protocol === null ? new WebSocket(url) : new WebSocket(url, protocol);
  disposers.add(() => socket.terminate());
  const messages: Received[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Received));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message: unknown) =>
    socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  const received = (predicate: (message: Received) => boolean, what: string) =>
    waitFor(() => messages.find(predicate), { what, timeoutMs: 10_000 });
  return {
    socket,
    messages,
    send,
    received,
    closedWithin: (ms = 10_000) => within(closed, ms, 'the socket to close'),
    /** Sends `connection_init` and waits for its `connection_ack`. */
    async acknowledged() {
      send({ type: 'connection_init', payload: {} });
      await received((m) => m.type === 'connection_ack', 'connection_ack');
    },
    subscribe(id: string, variables: Record<string, unknown>, query = CALL_EVENTS) {
      send({ id, type: 'subscribe', payload: { query, variables } });
    },
    /** The `operationContext`s of the play events delivered to operation `id`. */
    playsOf(id: string) {
      return messages
        .filter((m) => m.id === id && m.type === 'next')
        .map((m) => (m.payload as { data: { callEvents: { type: string; operationContext: string } } }).data)
        .map(({ callEvents }) => `${callEvents.type}:${callEvents.operationContext}`);
    },
  };
}

describe('the graphql-transport-ws handshake', () => {
  it('closes a socket that sends no connection_init within 3 s with 4408', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    const opened = Date.now();
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.ConnectionInitialisationTimeout,
      reason: 'Connection initialisation timeout',
    });
    expect(Date.now() - opened).toBeGreaterThanOrEqual(2_900);
  });

  it('acknowledges connection_init, and closes a second one with 4429', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.send({ type: 'connection_init' });
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.TooManyInitialisationRequests,
      reason: 'Too many initialisation requests',
    });
  });

  it('closes a socket that subscribes before its connection is acknowledged with 4401', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    raw.subscribe('1', { callConnectionId: 'any' });
    expect(await raw.closedWithin()).toEqual({ code: CloseCode.Unauthorized, reason: 'Unauthorized' });
  });

  it('answers ping with pong carrying the same payload, and takes a pong without answering', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.send({ type: 'pong', payload: { unsolicited: true } });
    raw.send({ type: 'ping', payload: { n: 1 } });
    raw.send({ type: 'ping' });
    await waitFor(() => raw.messages.filter((m) => m.type === 'pong').length === 2, { what: 'two pongs' });
    expect(raw.messages).toEqual([
      { type: 'connection_ack' },
      { type: 'pong', payload: { n: 1 } },
      { type: 'pong' },
    ]);
  });

  it('closes a socket that sends a message that is not JSON with 4400 and a reason', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    raw.send('{"type":');
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.BadRequest,
      reason: 'Invalid message received: not JSON',
    });
  });

  it('closes a socket that subscribes without a query string with 4400 and a reason', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.send({ id: '1', type: 'subscribe', payload: { variables: {} } });
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.BadRequest,
      reason: 'Invalid message received: "subscribe" payload.query is not a string',
    });
  });

  it('closes a socket that offers no graphql-transport-ws subprotocol with 4406', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack, null);
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.SubprotocolNotAcceptable,
      reason: 'Subprotocol not acceptable',
    });
  });
});

describe('graphql-transport-ws operations', () => {
  it('closes a socket that reuses the id of a running operation with 4409', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('same', { callConnectionId, types: PLAY_TYPES });
    await subscriptionsOpen(stack, 1);
    raw.subscribe('same', { callConnectionId, types: PLAY_TYPES });
    expect(await raw.closedWithin()).toEqual({
      code: CloseCode.SubscriberAlreadyExists,
      reason: 'Subscriber for same already exists',
    });
  });

  it('answers a query with one next and a complete', async () => {
    const stack = await startGatewayStack(disposers);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('q', {}, '{ __typename }');
    await raw.received((m) => m.id === 'q' && m.type === 'complete', 'complete of the query');
    expect(raw.messages.filter((m) => m.id === 'q')).toEqual([
      { id: 'q', type: 'next', payload: { data: { __typename: 'Query' } } },
      { id: 'q', type: 'complete' },
    ]);
  });

  it('stops delivering to an operation its client completed, and frees its subscription', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('a', { callConnectionId, types: PLAY_TYPES });
    raw.subscribe('b', { callConnectionId, types: PLAY_TYPES });
    await subscriptionsOpen(stack, 2);
    await play(stack, callConnectionId, 'first');
    await waitFor(() => raw.playsOf('a').length === 2 && raw.playsOf('b').length === 2, {
      what: 'first play',
    });

    raw.send({ id: 'a', type: 'complete' });
    await subscriptionsOpen(stack, 1);
    await play(stack, callConnectionId, 'second');
    await waitFor(() => raw.playsOf('b').length === 4, { what: 'the second play on the other operation' });

    expect(raw.playsOf('a')).toEqual(['PLAY_STARTED:first', 'PLAY_COMPLETED:first']);
    // A client that completed an operation gets no complete for it.
    expect(raw.messages.filter((m) => m.id === 'a' && m.type === 'complete')).toEqual([]);
  });

  it('completes a subscription whose stream ends (the call disconnected)', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('s', { callConnectionId });
    await raw.received((m) => m.id === 's' && m.type === 'next', 'a first event');
    const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    expectTypename(hungUp.data?.hangUp, 'HangUpPayload');

    await raw.received((m) => m.id === 's' && m.type === 'complete', 'the server to complete');
    const ofOperation = raw.messages.filter((m) => m.id === 's');
    const last = ofOperation.at(-2)?.payload as { data: { callEvents: { type: string } } };
    expect(last.data.callEvents.type).toBe('CALL_DISCONNECTED');
    await subscriptionsOpen(stack, 0);
  });

  it('answers an invalid document with an error for that operation only, while the socket and its other operations go on', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('live', { callConnectionId, types: PLAY_TYPES });
    await subscriptionsOpen(stack, 1);
    raw.subscribe('invalid', {}, 'subscription { noSuchField }');
    raw.subscribe('unparsable', {}, 'subscription {');
    await raw.received((m) => m.id === 'unparsable' && m.type === 'error', 'the syntax error');
    await play(stack, callConnectionId, 'after-errors');
    await waitFor(() => raw.playsOf('live').length === 2, { what: 'the play on the live operation' });

    const errorsOf = (id: string) =>
      raw.messages.find((m) => m.id === id && m.type === 'error')?.payload as {
        message: string;
        extensions?: { code?: string };
      }[];
    expect(errorsOf('invalid').map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(errorsOf('unparsable').map((error) => error.message)).toEqual([
      'Syntax Error: Expected Name, found <EOF>.',
    ]);
    expect(raw.socket.readyState).toBe(WebSocket.OPEN);
    // A client's bad document is no server error: nothing logged with a stack.
    expect(stack.logs.filter((line) => line.includes('"stack"'))).toEqual([]);
  });
});

describe('results pushed past yoga', () => {
  // graphql-ws subscriptions' results are pushed to the socket, past the per-result hooks of yoga's and envelop's
  // plugins (`onSubscribeResult` → `onNext`), which SSE results go through: should a plugin (or a new version of
  // one) start changing results there, the two transports would differ, and this fails.
  it('delivers a live event over graphql-ws with the payload SSE gets through every plugin', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const variables = { callConnectionId, types: PLAY_TYPES };
    const raw = await rawSocket(stack);
    await raw.acknowledged();
    raw.subscribe('ws', variables);
    const sse = subscribeOverSse(stack.graphqlUrl, CallEventsDocument, variables);
    disposers.add(() => sse.close());
    await waitFor(async () => (await metric(stack, 'switchboard_subscriptions{transport="sse"}')) === 1, {
      what: 'the SSE subscription to open',
    });
    await subscriptionsOpen(stack, 1);

    await play(stack, callConnectionId, 'both');
    const overSse = (await sse.waitForResults(2)).map(({ lastEventId: _, ...result }) => result);
    await waitFor(() => raw.playsOf('ws').length === 2, { what: 'the play over graphql-ws' });
    expect(raw.messages.filter((m) => m.id === 'ws').map((m) => m.payload)).toEqual(overSse);
  });
});

describe('GraphQL clients over graphql-transport-ws', () => {
  it("Apollo Client's GraphQLWsLink receives a live call event", async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());
    const contexts: (string | null | undefined)[] = [];
    const subscription = apollo
      .subscribe({
        query: ClientCallEventsDocument,
        variables: { callConnectionId, types: ['PLAY_STARTED'] },
        // Only the delivery is under test: no cache writes (and their warnings about the other event types).
        fetchPolicy: 'no-cache',
      })
      .subscribe({ next: ({ data }) => contexts.push(data?.callEvents.operationContext) });
    disposers.add(() => subscription.unsubscribe());
    await subscriptionsOpen(stack, 1);

    await play(stack, callConnectionId, 'apollo');
    await waitFor(() => contexts.includes('apollo'), { what: 'PlayStarted over Apollo' });
  });

  it("urql's subscriptionExchange receives a live call event", async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const urql = createUrqlClient(stack.graphqlUrl);
    const contexts: (string | null | undefined)[] = [];
    const { unsubscribe } = pipe(
      urql.subscription(ClientCallEventsDocument, { callConnectionId, types: ['PLAY_STARTED'] }),
      subscribe((result) => {
        if (result.data) contexts.push(result.data.callEvents.operationContext);
      }),
    );
    disposers.add(unsubscribe);
    await subscriptionsOpen(stack, 1);

    await play(stack, callConnectionId, 'urql');
    await waitFor(() => contexts.includes('urql'), { what: 'PlayStarted over urql' });
  });
});
