import { connect } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const CALL_EVENTS = 'subscription($id: ID!) { callEvents(callConnectionId: $id) { __typename cursor } }';

const codeOf = (body: unknown) =>
  (body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

/** Arms a one-shot 500 fault in the emulator; `untouched()` is true while the gateway has sent ACS nothing. */
async function acsTripwire(stack: GatewayStack) {
  await stack.emulator.controlFetch('POST', '/emulator/faults/requests', { status: 500, count: 1 });
  return async () =>
    ((await stack.emulator.controlFetch('GET', '/emulator/faults')).body as { requests: unknown[] }).requests
      .length > 0;
}

function openSocket(stack: GatewayStack, headers: Record<string, string> = {}) {
  const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
  disposers.add(() => socket.terminate());
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const refused = new Promise<number>((resolve) =>
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
  );
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  const acked = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      messages.push(message);
      if (message.type === 'connection_ack') resolve();
    }),
  );
  socket.on('error', () => {});
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
  return { socket, closed, refused, acked, messages };
}

describe('operation limits', () => {
  it('refuses 1,000 aliases with LIMIT_EXCEEDED before ACS is called, while /healthz keeps answering', async () => {
    const stack = await startGatewayStack(disposers);
    const untouched = await acsTripwire(stack);
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: rooms { pageInfo { hasNextPage } }`).join(' ')} }`;
    const [result, health] = await Promise.all([
      stack.graphqlText(query),
      fetch(`${stack.url}/healthz`).then((response) => response.status),
    ]);
    expect(codeOf(result.body)).toBe('LIMIT_EXCEEDED');
    expect(health).toBe(200);
    expect(await untouched()).toBe(true);
  });

  it('refuses a 5 MB body with 413 without reading it, while /healthz keeps answering', async () => {
    const stack = await startGatewayStack(disposers);
    const body = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    const [response, health] = await Promise.all([
      fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      fetch(`${stack.url}/healthz`).then((r) => r.status),
    ]);
    expect(response.status).toBe(413);
    expect(codeOf(await response.json())).toBe('LIMIT_EXCEEDED');
    expect(health).toBe(200);
  });

  it.each([
    [
      'depth',
      { GRAPHQL_MAX_DEPTH: '3' },
      '{ rooms { edges { node { participants { edges { cursor } } } } } }',
    ],
    ['tokens', { GRAPHQL_MAX_TOKENS: '20' }, `{ ${'__typename '.repeat(30)} }`],
    [
      'directives',
      { GRAPHQL_MAX_DIRECTIVES: '2' },
      '{ __typename @skip(if: false) @skip(if: false) @skip(if: false) }',
    ],
    [
      'cost',
      { GRAPHQL_MAX_COST: '10' },
      '{ rooms { edges { node { id createdAt validFrom validUntil pstnDialOutEnabled } } } }',
    ],
  ])('refuses an operation over the %s limit with LIMIT_EXCEEDED', async (_name, env, query) => {
    const stack = await startGatewayStack(disposers, { env });
    const { body } = await stack.graphqlText(query);
    expect(codeOf(body)).toBe('LIMIT_EXCEEDED');
  });

  it('stops an operation at MAX_ACS_CALLS_PER_OPERATION ACS requests', async () => {
    const stack = await startGatewayStack(disposers, { env: { MAX_ACS_CALLS_PER_OPERATION: '2' } });
    const { body } = await stack.graphqlText(
      '{ a: room(id: "1") { id } b: room(id: "2") { id } c: room(id: "3") { id } }',
    );
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['LIMIT_EXCEEDED']);
  });

  it('lets GraphiQL introspect the schema with the default limits', async () => {
    const stack = await startGatewayStack(disposers);
    const { body } = await stack.graphqlText(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
  });

  it('refuses introspection when INTROSPECTION=false', async () => {
    const stack = await startGatewayStack(disposers, { env: { INTROSPECTION: 'false' } });
    const { body } = await stack.graphqlText('{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});

describe('connection limits', () => {
  it('closes a graphql-ws socket that sends a message over WS_MAX_MESSAGE_BYTES with 1009', async () => {
    const stack = await startGatewayStack(disposers, { env: { WS_MAX_MESSAGE_BYTES: '1024' } });
    const { socket, acked, closed } = openSocket(stack);
    await acked;
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `{ __typename }`, pad: 'x'.repeat(2048) },
      }),
    );
    expect((await closed).code).toBe(1009);
  });

  it('refuses a subscription over WS_MAX_SUBSCRIPTIONS_PER_CONNECTION with LIMIT_EXCEEDED', async () => {
    const stack = await startGatewayStack(disposers, { env: { WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '1' } });
    await stack.eventLog.recordCall('call-x', { roomId: null });
    const { socket, acked, messages } = openSocket(stack);
    await acked;
    for (const id of ['1', '2']) {
      socket.send(
        JSON.stringify({
          id,
          type: 'subscribe',
          payload: { query: CALL_EVENTS, variables: { id: 'call-x' } },
        }),
      );
    }
    const error = await waitFor(() => messages.find((m) => m.type === 'error' && m.id === '2'), {
      what: 'an error for 2',
    });
    expect(JSON.stringify(error.payload)).toContain('LIMIT_EXCEEDED');
  });

  it('closes a client connection over WS_MAX_CONNECTIONS_PER_CLIENT with 1013', async () => {
    const stack = await startGatewayStack(disposers, { env: { WS_MAX_CONNECTIONS_PER_CLIENT: '1' } });
    await openSocket(stack).acked;
    expect((await openSocket(stack).closed).code).toBe(1013);
  });

  it('answers a new SSE stream over SSE_MAX_STREAMS with 503 LIMIT_EXCEEDED', async () => {
    const stack = await startGatewayStack(disposers, { env: { SSE_MAX_STREAMS: '1' } });
    for (const id of ['call-x', 'call-y']) await stack.eventLog.recordCall(id, { roomId: null });
    const first = subscribeOverSse(stack.graphqlUrl, CALL_EVENTS, { id: 'call-x' });
    disposers.add(() => first.close());
    const url = new URL(stack.graphqlUrl);
    url.searchParams.set('query', CALL_EVENTS);
    url.searchParams.set('variables', JSON.stringify({ id: 'call-y' }));
    const second = await waitFor(
      async () => {
        const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
        if (response.status === 503) return response;
        await response.body?.cancel();
        return undefined;
      },
      { what: 'a 503 while the first stream is open' },
    );
    expect(codeOf(await second.json())).toBe('LIMIT_EXCEEDED');
  });

  it('drops a client that does not finish its headers within HTTP_HEADERS_TIMEOUT_MS', async () => {
    const stack = await startGatewayStack(disposers, { env: { HTTP_HEADERS_TIMEOUT_MS: '300' } });
    const { port } = new URL(stack.url);
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'),
      );
      let received = '';
      socket.on('data', (chunk) => {
        received += String(chunk);
      });
      socket.on('close', () => resolve(received));
      disposers.add(() => socket.destroy());
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('input strings', () => {
  it('answers an id with a lone UTF-16 surrogate with BAD_USER_INPUT naming it, not a 500', async () => {
    const stack = await startGatewayStack(disposers);
    const { status, body } = await stack.graphqlText(
      'mutation($id: ID!) { hangUp(input: { callConnectionId: $id }) { __typename } }',
      { id: 'call-\ud800' },
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.callConnectionId',
    });
  });

  it('refuses an id longer than MAX_ID_LENGTH before ACS is called', async () => {
    const stack = await startGatewayStack(disposers, { env: { MAX_ID_LENGTH: '16' } });
    const untouched = await acsTripwire(stack);
    const { body } = await stack.graphqlText('query($id: ID!) { room(id: $id) { id } }', {
      id: '9'.repeat(17),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await untouched()).toBe(true);
  });
});
