import { ServerError } from '@apollo/client';
import { CreateRoomDocument } from '@switchboard/client';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApolloClient } from '../../client/examples/apollo.ts';
import type { Scope } from '../../src/auth/principal.ts';
import { waitFor, within } from '../helpers/async.ts';
import { connectRoomCall, dialSendDtmfHangUp, poster, storedThroughDisconnected } from '../helpers/calls.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { startWatch } from '../helpers/watch.ts';

// The Apollo example is browser code: give this Node process (one per test file) the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000040';
const PHONE = '+14255550177';
const CALLER_ID = '+18005550100';
/** What a backend would grant the operator of a call: everything but recording. */
const OPERATOR: Scope[] = ['rooms:read', 'rooms:write', 'calls:listen', 'calls:control', 'calls:dial-out'];
const ROOM = {
  pstnDialOutEnabled: true,
  participants: [{ communicationUserId: USER, role: 'PRESENTER' as const }],
};

/** POSTs to a gateway with auth on as an operator holding a fresh token. */
const operatorOf = (stack: GatewayStack) =>
  poster(
    () => stack.graphqlUrl,
    async () => bearer(await clientToken({ scopes: OPERATOR })),
  );

/** A room call joined by the operator (its leg not awaited: watchCall starts from the first event). */
async function connectRoomCallAsOperator(stack: GatewayStack): Promise<string> {
  return (await connectRoomCall(operatorOf(stack), ROOM)).callConnectionId;
}

/** Dials a phone in, sends it DTMF and hangs up for everyone, as the operator. */
function lifeAfterConnect(stack: GatewayStack, callConnectionId: string) {
  const phone = { phone: PHONE, callerId: CALLER_ID };
  return dialSendDtmfHangUp(operatorOf(stack), stack.emulator.emulator.control, callConnectionId, phone);
}

describe.each(['ws', 'sse'] as const)('watchCall over %s against a gateway with auth on', (transport) => {
  it('delivers a call once, in order, and completes after CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCallAsOperator(stack);
    const consumer = startWatch(disposers, {
      url: stack.graphqlUrl,
      transport,
      callConnectionId,
      getToken: () => clientToken({ scopes: ['calls:listen'] }),
    });
    await waitFor(() => consumer.events.length > 0, { what: 'the first event', timeoutMs: 10_000 });

    await lifeAfterConnect(stack, callConnectionId);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.events.at(-1)?.type).toBe('CALL_DISCONNECTED');
    expect(consumer.reconnects).toEqual([]);
  });

  it('when its token expires mid-call, gets a fresh one and resumes after its last cursor: nothing missed or repeated', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCallAsOperator(stack);
    let tokensIssued = 0;
    const consumer = startWatch(disposers, {
      url: stack.graphqlUrl,
      transport,
      callConnectionId,
      // The first token lives 2 s, so the gateway ends the stream mid-call; the refreshed ones outlive the test.
      getToken: () => clientToken({ scopes: ['calls:listen'], ttlSeconds: tokensIssued++ === 0 ? 2 : 300 }),
    });
    await waitFor(() => consumer.events.length > 0, { what: 'the first event', timeoutMs: 10_000 });
    await waitFor(() => consumer.reconnects.length > 0, { what: 'the token to expire', timeoutMs: 10_000 });

    await lifeAfterConnect(stack, callConnectionId);
    await within(consumer.completed, 10_000, 'onComplete');

    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
    expect(consumer.reconnects[0]).toContain('token expired');
    expect(tokensIssued).toBeGreaterThanOrEqual(2);
  });

  it('ends with a FORBIDDEN error, without reconnecting, when its token lacks calls:listen', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    const callConnectionId = await connectRoomCallAsOperator(stack);
    const consumer = startWatch(disposers, {
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
    const callConnectionId = await connectRoomCallAsOperator(stack);
    let asked = 0;
    const consumer = startWatch(disposers, {
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
