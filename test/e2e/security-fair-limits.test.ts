import { request } from 'node:http';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createMemoryRateLimitStore, createRedisRateLimitStore } from '../../src/auth/rate-limit.ts';
import { loadConfig } from '../../src/config.ts';
import type { NewCallEvent } from '../../src/domain/call-event.ts';
import { waitFor } from '../helpers/async.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';

const disposers = useDisposers();
const CALL_EVENTS = 'subscription($id: ID!) { callEvents(callConnectionId: $id) { __typename cursor } }';

const codeOf = (body: unknown) =>
  (body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

function callConnected(callConnectionId: string, id: string): NewCallEvent {
  return {
    kind: 'CallConnected',
    id,
    callConnectionId,
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: new Date().toISOString(),
    resultInformation: { code: 200, subCode: 0, message: '' },
  };
}

/**
 * Opens an SSE subscription with a plain GET (as `EventSource` does) from `localAddress`; resolves with the
 * response status, and its body when it is not a stream. An open stream stays open until the test ends.
 */
function openSseStream(
  stack: GatewayStack,
  callConnectionId: string,
  {
    headers = {},
    localAddress = '127.0.0.1',
  }: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const url = new URL(stack.graphqlUrl);
  url.searchParams.set('query', CALL_EVENTS);
  url.searchParams.set('variables', JSON.stringify({ id: callConnectionId }));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent: false, localAddress, headers: { accept: 'text/event-stream', ...headers } },
      (res) => {
        if ((res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
          disposers.add(() => res.destroy());
          resolve({ status: res.statusCode ?? 0, body: null });
          return;
        }
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('fair limits per client', () => {
  it('refuses an SSE stream past SSE_MAX_STREAMS_PER_SUBJECT with LIMIT_EXCEEDED while another subject still subscribes', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { ...CLIENT_AUTH_ENV, SSE_MAX_STREAMS_PER_SUBJECT: '3' },
    });
    await stack.eventLog.recordCall('call-x', { roomId: null });
    const alice = bearer(await clientToken({ subject: 'alice' }));
    for (let i = 0; i < 3; i++) {
      expect((await openSseStream(stack, 'call-x', { headers: alice })).status).toBe(200);
    }
    const refused = await openSseStream(stack, 'call-x', { headers: alice });
    expect(refused.status).toBe(429);
    expect(codeOf(refused.body)).toBe('LIMIT_EXCEEDED');
    const bob = bearer(await clientToken({ subject: 'bob' }));
    expect((await openSseStream(stack, 'call-x', { headers: bob })).status).toBe(200);
  });

  it('keeps the default SSE streams per subject well under the streams per process', async () => {
    const { limits } = loadConfig({});
    expect(limits.maxSseStreamsPerSubject * 10).toBeLessThanOrEqual(limits.maxSseStreams);
    expect(limits.maxSseStreamsPerAddress).toBeLessThan(limits.maxSseStreams);
  });

  it('refuses an SSE stream past SSE_MAX_STREAMS_PER_ADDRESS while another address still subscribes', async () => {
    const stack = await startGatewayStack(disposers, { env: { SSE_MAX_STREAMS_PER_ADDRESS: '2' } });
    await stack.eventLog.recordCall('call-x', { roomId: null });
    for (let i = 0; i < 2; i++) {
      expect((await openSseStream(stack, 'call-x', { localAddress: '127.0.0.2' })).status).toBe(200);
    }
    const refused = await openSseStream(stack, 'call-x', { localAddress: '127.0.0.2' });
    expect(refused.status).toBe(429);
    expect(codeOf(refused.body)).toBe('LIMIT_EXCEEDED');
    expect((await openSseStream(stack, 'call-x')).status).toBe(200);
  });

  it('answers a read flood past ACS_REQUESTS_PER_SECOND with RATE_LIMITED and retryAfterSeconds, others unaffected', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { ...CLIENT_AUTH_ENV, ACS_REQUESTS_PER_SECOND: '1' },
    });
    const alice = bearer(await clientToken({ subject: 'alice', scopes: ['rooms:read'] }));
    const read = '{ rooms { pageInfo { hasNextPage } } }';
    const refused = await waitFor(
      async () => {
        const { body } = await stack.graphqlText(read, {}, alice);
        return codeOf(body) === 'RATE_LIMITED' ? body : undefined;
      },
      { timeoutMs: 20_000, what: 'a RATE_LIMITED read' },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const bob = bearer(await clientToken({ subject: 'bob', scopes: ['rooms:read'] }));
    expect((await stack.graphqlText(read, {}, bob)).body.errors).toBeUndefined();
  });

  it('counts ACS requests per subject across replicas through Redis', async () => {
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    disposers.add(() => redis.close());
    const prefix = uniqueKeyPrefix('acs-rate');
    const replica = () =>
      startGatewayStack(disposers, {
        env: { ...CLIENT_AUTH_ENV, ACS_REQUESTS_PER_SECOND: '1' },
        rateLimitStore: createRedisRateLimitStore(redis, prefix, {
          commandTimeoutMs: 2_000,
          fallback: createMemoryRateLimitStore(),
        }),
      });
    const [a, b] = [await replica(), await replica()];
    const alice = bearer(await clientToken({ subject: 'alice', scopes: ['rooms:read'] }));
    const read = '{ rooms { pageInfo { hasNextPage } } }';
    // One ACS request per read: ten (the 10-second window's allowance), at once, on replica A…
    const first = await Promise.all(Array.from({ length: 10 }, () => a.graphqlText(read, {}, alice)));
    expect(first.map(({ body }) => codeOf(body))).toEqual(Array(10).fill(undefined));
    // …and the eleventh, on replica B, is over it.
    expect(codeOf((await b.graphqlText(read, {}, alice)).body)).toBe('RATE_LIMITED');
  });

  it('refuses pre-auth sockets past WS_MAX_PENDING_SOCKETS_PER_ADDRESS at the upgrade while a normal client still connects', async () => {
    const stack = await startGatewayStack(disposers, { env: { WS_MAX_PENDING_SOCKETS_PER_ADDRESS: '5' } });
    const wsUrl = stack.graphqlUrl.replace(/^http/, 'ws');
    /** A socket that upgrades and never sends `connection_init`; resolves with how it ended or 'open'. */
    const idle = () =>
      new Promise<'open' | number>((resolve) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { localAddress: '127.0.0.2' });
        disposers.add(() => socket.terminate());
        socket.on('open', () => resolve('open'));
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.on('error', () => {});
      });
    const flood = await Promise.all(Array.from({ length: 8 }, idle));
    expect(flood.filter((outcome) => outcome === 'open')).toHaveLength(5);
    expect(flood.filter((outcome) => outcome === 429)).toHaveLength(3);
    const client = stack.wsClient();
    const result = await new Promise<unknown>((resolve, reject) =>
      client.subscribe({ query: '{ __typename }' }, { next: resolve, error: reject, complete: () => {} }),
    );
    expect(result).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('graphql-ws errors per operation', () => {
  it('answers over-limit and invalid documents on their own operation while another subscription on the socket keeps receiving', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { GRAPHQL_MAX_ALIASES: '2', GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COST: '50' },
    });
    await stack.eventLog.recordCall('call-x', { roomId: null });
    const client = stack.wsClient();
    const received: unknown[] = [];
    const live = new Promise<void>((resolve, reject) =>
      client.subscribe(
        { query: CALL_EVENTS, variables: { id: 'call-x' } },
        { next: (result) => received.push(result), error: reject, complete: resolve },
      ),
    );
    live.catch(() => {});
    await stack.eventLog.append('call-x', [callConnected('call-x', 'first')]);
    await waitFor(() => received.length === 1, { what: 'the first event' });

    const refusal = (query: string) =>
      new Promise<unknown>((resolve) =>
        client.subscribe(
          { query, variables: { id: 'call-x' } },
          { next: () => {}, error: resolve, complete: () => resolve(null) },
        ),
      );
    const over = {
      aliases:
        'subscription($id: ID!) { callEvents(callConnectionId: $id) { a: cursor b: cursor c: cursor } }',
      depth: '{ rooms { edges { node { participants { edges { cursor } } } } } }',
      cost: '{ rooms { edges { node { id createdAt validFrom validUntil pstnDialOutEnabled participants { edges { cursor } } } } } }',
    };
    for (const [limit, query] of Object.entries(over)) {
      const error = await refusal(query);
      expect(Array.isArray(error), `${limit}: ${JSON.stringify(error)}`).toBe(true);
      expect((error as { extensions?: { code?: string } }[])[0]?.extensions?.code, limit).toBe(
        'LIMIT_EXCEEDED',
      );
    }
    const invalid = await refusal('subscription { callEvents(callConnectionId: "call-x") { nope } }');
    expect(Array.isArray(invalid) && (invalid as { message: string }[])[0]?.message).toMatch(/nope/);

    await stack.eventLog.append('call-x', [callConnected('call-x', 'second')]);
    await waitFor(() => received.length === 2, { what: 'the second event on the same socket' });
    const errorLogs = stack.logs.filter((line) => JSON.parse(line).level >= 50);
    expect(errorLogs).toEqual([]);
  });
});
