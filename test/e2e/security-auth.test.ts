import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Scope } from '../../src/auth/principal.ts';
import { waitFor } from '../helpers/async.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken, unsignedToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { acsTripwire } from '../helpers/emulator.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { startJwksServer } from '../helpers/jwt.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';
const ALL: Scope[] = [
  'rooms:read',
  'rooms:write',
  'calls:listen',
  'calls:control',
  'calls:dial-out',
  'calls:record',
];

const CREATE_ROOM = `mutation { createRoom(input: { pstnDialOutEnabled: true, participants: [{ communicationUserId: "${USER}", role: PRESENTER }] }) {
  __typename ... on CreateRoomPayload { room { id } } } }`;
const CONNECT = `mutation($roomId: ID!) { connectRoomCall(input: { roomId: $roomId }) {
  __typename ... on ConnectRoomCallPayload { call { callConnectionId } } } }`;
const CALL_EVENTS = 'subscription($id: ID!) { callEvents(callConnectionId: $id) { __typename cursor } }';

async function authStack(env: Record<string, string> = CLIENT_AUTH_ENV) {
  return startGatewayStack(disposers, { env });
}

/** Runs an operation with a token; returns the HTTP status, the data and the first error code. */
async function run(
  stack: GatewayStack,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
) {
  const { status, body } = await stack.graphqlText(query, variables, token ? bearer(token) : {});
  return {
    status,
    data: body.data,
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
  };
}

/** `data[name]`, failing the test with the whole result when it is missing. */
function fieldOf<T>(data: Record<string, unknown> | null | undefined, name: string): T {
  const value = data?.[name];
  if (value === undefined || value === null) throw new Error(`no ${name} in ${JSON.stringify(data)}`);
  return value as T;
}

async function newRoom(stack: GatewayStack): Promise<string> {
  const { data } = await run(stack, await clientToken(), CREATE_ROOM);
  return fieldOf<{ room: { id: string } }>(data, 'createRoom').room.id;
}

async function connectedCall(stack: GatewayStack, roomId: string): Promise<string> {
  const { data } = await run(stack, await clientToken(), CONNECT, { roomId });
  return fieldOf<{ call: { callConnectionId: string } }>(data, 'connectRoomCall').call.callConnectionId;
}

/** Opens a graphql-ws socket with `connectionParams` and resolves with how the server closed it (or 'open'). */
function wsHandshake(
  stack: GatewayStack,
  connectionParams: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return new Promise<{ code: number; reason: string } | 'acked'>((resolve) => {
    const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', {
      headers,
    });
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })),
    );
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        resolve('acked');
        socket.close();
      }
    });
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
  });
}

describe('client identity', () => {
  const badTokens: [string, () => Promise<string> | string][] = [
    ['an expired token', () => clientToken({ ttlSeconds: -60 })],
    ['a token from another issuer', () => clientToken({ issuer: 'https://evil.example' })],
    ['a token for another audience', () => clientToken({ audience: 'someone-else' })],
    ['an unsigned (alg: none) token', () => unsignedToken()],
    [
      'a token signed with another secret',
      () => clientToken({ secret: 'not-the-secret-0123456789abcdef01234' }),
    ],
  ];

  it('refuses an HTTP request without a token with 401 UNAUTHENTICATED', async () => {
    const stack = await authStack();
    const result = await run(stack, null, '{ __typename }');
    expect(result).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it.each(badTokens)('refuses %s on HTTP with 401 UNAUTHENTICATED', async (_name, mint) => {
    const stack = await authStack();
    const result = await run(stack, await mint(), '{ __typename }');
    expect(result).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it.each(badTokens)('closes a graphql-ws connection with 4401 for %s', async (_name, mint) => {
    const stack = await authStack();
    const closed = await wsHandshake(stack, { authorization: `Bearer ${await mint()}` });
    expect(closed).toMatchObject({ code: 4401 });
  });

  it.each(badTokens)('answers an SSE subscription with %s with 401', async (_name, mint) => {
    const stack = await authStack();
    const url = new URL(stack.graphqlUrl);
    url.searchParams.set('query', CALL_EVENTS);
    url.searchParams.set('variables', JSON.stringify({ id: 'x' }));
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...bearer(await mint()) } });
    expect(response.status).toBe(401);
    await response.body?.cancel();
  });

  it('accepts a graphql-ws token from connectionParams or from the upgrade request header', async () => {
    const stack = await authStack();
    const token = await clientToken();
    expect(await wsHandshake(stack, { authorization: `Bearer ${token}` })).toBe('acked');
    expect(await wsHandshake(stack, {}, bearer(token))).toBe('acked');
    expect(await wsHandshake(stack, {})).toMatchObject({ code: 4401 });
  });

  it('accepts RS256 tokens from a JWKS URL, with issuer and audience checked', async () => {
    const jwks = await startJwksServer({
      issuer: 'https://login.example.test',
      audience: 'api://switchboard',
    });
    disposers.add(() => jwks.close());
    const stack = await authStack({
      AUTH_JWKS_URL: jwks.jwksUrl,
      AUTH_ISSUER: jwks.issuer,
      AUTH_AUDIENCE: jwks.audience,
    });
    const claims = { sub: 'svc', scp: ['rooms:read'] };
    expect(await run(stack, await jwks.mint({ claims }), '{ rooms { edges { cursor } } }')).toMatchObject({
      status: 200,
    });
    expect(await run(stack, await jwks.mint({ claims, forged: true }), '{ __typename }')).toMatchObject({
      status: 401,
    });
    expect(await run(stack, await jwks.mint({ claims, audience: 'other' }), '{ __typename }')).toMatchObject({
      status: 401,
    });
  });

  it('lets a browser EventSource authenticate with the access_token query parameter, which is never logged', async () => {
    const stack = await authStack();
    const roomId = await newRoom(stack);
    const callConnectionId = await connectedCall(stack, roomId);
    const token = await clientToken({ scopes: ['calls:listen'] });
    const url = new URL(stack.graphqlUrl);
    url.searchParams.set('access_token', token);
    const sse = subscribeOverSse(url.toString(), CALL_EVENTS, { id: callConnectionId });
    disposers.add(() => sse.close());
    await sse.waitForResults(1);
    expect(sse.results[0]?.errors).toBeUndefined();
    expect(stack.logs.join('\n')).not.toContain(token);
    expect(stack.logs.join('\n')).not.toContain('access_token');
  });
});

describe('a subscription whose token expires', () => {
  it('is closed over graphql-ws with 4401 and a reason saying how to resume', async () => {
    const stack = await authStack();
    const roomId = await newRoom(stack);
    const callConnectionId = await connectedCall(stack, roomId);
    const token = await clientToken({ scopes: ['calls:listen'], ttlSeconds: 2 });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => {
      const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
        ),
      );
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') {
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: CALL_EVENTS, variables: { id: callConnectionId } },
            }),
          );
        }
      });
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
    expect(await closed).toEqual({
      code: 4401,
      reason: 'token expired: reconnect with a fresh token and resume after your last cursor',
    });
  });

  it('ends over SSE with an UNAUTHENTICATED error, then completes', async () => {
    const stack = await authStack();
    const roomId = await newRoom(stack);
    const callConnectionId = await connectedCall(stack, roomId);
    const token = await clientToken({ scopes: ['calls:listen'], ttlSeconds: 2 });
    const sse = subscribeOverSse(
      stack.graphqlUrl,
      CALL_EVENTS,
      { id: callConnectionId },
      { headers: bearer(token) },
    );
    disposers.add(() => sse.close());
    await waitFor(() => sse.endings > 0, { timeoutMs: 10_000, what: 'the stream to end' });
    expect(sse.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('scopes', () => {
  const cases: {
    scope: Scope;
    allowed: (s: GatewayStack) => Promise<[string, Record<string, unknown>?]>;
    refused: (s: GatewayStack) => Promise<[string, Record<string, unknown>?]>;
  }[] = [
    {
      scope: 'rooms:read',
      allowed: async () => ['{ rooms { edges { node { id } } } }'],
      refused: async (s) => ['query($id: ID!) { room(id: $id) { id } }', { id: await newRoom(s) }],
    },
    {
      scope: 'rooms:write',
      allowed: async () => [CREATE_ROOM],
      refused: async () => [CREATE_ROOM],
    },
    {
      scope: 'calls:control',
      allowed: async (s) => [CONNECT, { roomId: await newRoom(s) }],
      refused: async (s) => [
        'mutation($id: ID!) { hangUp(input: { callConnectionId: $id, forEveryone: true }) { __typename } }',
        { id: await connectedCall(s, await newRoom(s)) },
      ],
    },
    {
      scope: 'calls:listen',
      allowed: async (s) => [
        'query($id: ID!) { call(callConnectionId: $id) { state } }',
        { id: await connectedCall(s, await newRoom(s)) },
      ],
      refused: async (s) => [
        'query($id: ID!) { call(callConnectionId: $id) { state } }',
        { id: await connectedCall(s, await newRoom(s)) },
      ],
    },
    {
      scope: 'calls:dial-out',
      allowed: async (s) => [DIAL, { id: await connectedCall(s, await newRoom(s)) }],
      refused: async (s) => [DIAL, { id: await connectedCall(s, await newRoom(s)) }],
    },
    {
      scope: 'calls:record',
      allowed: async (s) => [RECORD, { id: await connectedCall(s, await newRoom(s)) }],
      refused: async (s) => [RECORD, { id: await connectedCall(s, await newRoom(s)) }],
    },
  ];

  it.each(cases)('$scope allows its operations', async ({ scope, allowed }) => {
    const stack = await authStack();
    const [query, variables] = await allowed(stack);
    const scopes: Scope[] = scope === 'calls:dial-out' ? ['calls:control', 'calls:dial-out'] : [scope];
    const result = await run(stack, await clientToken({ scopes }), query, variables);
    expect(result.code).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/"__typename":"(InputError|AcsError)"/);
  });

  it.each(cases)(
    'an operation needing $scope is refused without it, before ACS is called',
    async ({ scope, refused }) => {
      const stack = await authStack();
      const [query, variables] = await refused(stack);
      const others = ALL.filter((s) => s !== scope);
      const tripwire = await acsTripwire(stack.emulator);
      const result = await run(stack, await clientToken({ scopes: others }), query, variables);
      expect(result).toMatchObject({ code: 'FORBIDDEN', data: undefined });
      expect(result.message).toContain(scope);
      expect(await tripwire.untouched()).toBe(true);
    },
  );
});

const DIAL = `mutation($id: ID!) { addParticipant(input: { callConnectionId: $id, participant: { phoneNumber: "+14255550123" }, sourceCallerIdNumber: "+18005550100" }) { __typename } }`;
const RECORD = 'mutation($id: ID!) { startRecording(input: { callConnectionId: $id }) { __typename } }';

describe('room scoping (the rooms claim)', () => {
  async function twoRooms() {
    const stack = await authStack();
    const roomA = await newRoom(stack);
    const roomB = await newRoom(stack);
    const callB = await connectedCall(stack, roomB);
    const tokenA = await clientToken({ rooms: [roomA] });
    return { stack, roomA, roomB, callB, tokenA };
  }

  it('lists only the granted rooms', async () => {
    const { stack, roomA, tokenA } = await twoRooms();
    const { data } = await run(stack, tokenA, '{ rooms(first: 100) { edges { node { id } } } }');
    const ids = fieldOf<{ edges: { node: { id: string } }[] }>(data, 'rooms').edges.map(
      (edge) => edge.node.id,
    );
    expect(ids).toEqual([roomA]);
  });

  it('cannot read, change or connect to another room', async () => {
    const { stack, roomA, roomB, tokenA } = await twoRooms();
    expect(
      (await run(stack, tokenA, 'query($id: ID!) { room(id: $id) { id } }', { id: roomA })).data,
    ).toEqual({ room: { id: roomA } });
    for (const [query, variables] of [
      ['query($id: ID!) { room(id: $id) { id } }', { id: roomB }],
      ['mutation($id: ID!) { deleteRoom(input: { id: $id }) { __typename } }', { id: roomB }],
      [CONNECT, { roomId: roomB }],
    ] as const) {
      expect(await run(stack, tokenA, query, variables)).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('cannot read or act on a call connected in another room, nor create rooms', async () => {
    const { stack, callB, tokenA } = await twoRooms();
    const tripwire = await acsTripwire(stack.emulator);
    for (const [query, variables] of [
      ['query($id: ID!) { call(callConnectionId: $id) { state } }', { id: callB }],
      [
        'mutation($id: ID!) { hangUp(input: { callConnectionId: $id, forEveryone: true }) { __typename } }',
        { id: callB },
      ],
      [CREATE_ROOM, {}],
    ] as const) {
      expect(await run(stack, tokenA, query, variables)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await tripwire.untouched()).toBe(true);
  });

  it('refuses a call whose room the gateway does not know', async () => {
    const { stack, tokenA } = await twoRooms();
    const result = await run(
      stack,
      tokenA,
      'query { call(callConnectionId: "00000000-0000-4000-8000-00000000dead") { state } }',
    );
    expect(result).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('cannot subscribe to the events of a call in another room, over graphql-ws or SSE', async () => {
    const { stack, callB, tokenA } = await twoRooms();
    const client = stack.wsClient({ connectionParams: { authorization: `Bearer ${tokenA}` } });
    const wsResult = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: CALL_EVENTS, variables: { id: callB } },
        { next: resolve, error: resolve, complete: () => resolve('completed without a result') },
      );
    });
    expect(wsResult).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const sse = subscribeOverSse(stack.graphqlUrl, CALL_EVENTS, { id: callB }, { headers: bearer(tokenA) });
    disposers.add(() => sse.close());
    const [result] = await sse.waitForResults(1);
    expect(result?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('can subscribe to the events of a call in its room', async () => {
    const stack = await authStack();
    const roomA = await newRoom(stack);
    const callA = await connectedCall(stack, roomA);
    const client = stack.wsClient({
      connectionParams: {
        authorization: `Bearer ${await clientToken({ rooms: [roomA], scopes: ['calls:listen'] })}`,
      },
    });
    const first = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: CALL_EVENTS, variables: { id: callA } },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    expect(first).toMatchObject({ data: { callEvents: { __typename: expect.any(String) } } });
  });
});

describe('the audit log', () => {
  const auditLines = (stack: GatewayStack) =>
    stack.logs
      .map((line) => JSON.parse(line) as { audit?: Record<string, unknown> })
      .flatMap((line) => (line.audit ? [line.audit] : []));

  it('writes one line per mutation with subject, operation, ids and outcome, never the token', async () => {
    const stack = await authStack();
    const roomId = await newRoom(stack);
    const token = await clientToken({ subject: 'alice', scopes: ['rooms:write'] });
    await run(stack, token, 'mutation($id: ID!) { deleteRoom(input: { id: $id }) { __typename } }', {
      id: roomId,
    });
    await run(stack, token, CONNECT, { roomId });
    expect(auditLines(stack).slice(-2)).toEqual([
      { subject: 'alice', operation: 'deleteRoom', id: roomId, outcome: 'ok' },
      { subject: 'alice', operation: 'connectRoomCall', roomId, outcome: 'FORBIDDEN' },
    ]);
    expect(stack.logs.join('\n')).not.toContain(token);
  });
});
