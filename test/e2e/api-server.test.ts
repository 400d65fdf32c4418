import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CallsPort } from '../../src/acs/ports.ts';
import { createLogger } from '../../src/logger.ts';
import { CallDocument, CreateRoomDocument, HangUpDocument } from '../gql/graphql.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();
const LEAKY_SECRET = 'accesskey=c2VjcmV0LWtleS1uZXZlci10by1iZS1zaG93bg==';

/** Call ports whose every method fails like a buggy SDK call that echoes a connection string. */
const brokenCalls = new Proxy({} as CallsPort, {
  get: () => async () => {
    throw new Error(`connect failed for endpoint=https://x.communication.azure.com/;${LEAKY_SECRET}`);
  },
});

describe('the HTTP server', () => {
  it('serves GraphiQL at GET /graphql with the core flow as its default query', async () => {
    const stack = await startGatewayStack(disposers);
    const response = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const operation of [
      'CreateRoom',
      'ConnectRoomCall',
      'DialPhone',
      'SendDtmf',
      'RemovePhone',
      'HangUp',
    ]) {
      expect(html).toContain(operation);
    }
  });

  it('answers /healthz and /readyz with 200 when the event log answers', async () => {
    const stack = await startGatewayStack(disposers);
    const [health, ready] = await Promise.all([fetch(`${stack.url}/healthz`), fetch(`${stack.url}/readyz`)]);
    expect([health.status, ready.status]).toEqual([200, 200]);
  });

  it('answers /readyz with 503 when the event log cannot be reached', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-readyz-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    const redis = await startRedisServer(port, dir);
    disposers.add(() => redis.kill('SIGKILL'));
    const stack = await startGatewayStack(disposers, { redis: { url: `redis://127.0.0.1:${port}` } });
    redis.kill('SIGTERM');
    await once(redis, 'exit');
    const [health, ready] = await Promise.all([fetch(`${stack.url}/healthz`), fetch(`${stack.url}/readyz`)]);
    expect([health.status, ready.status]).toEqual([200, 503]);
  });

  it('echoes the x-request-id and puts it on the log lines of that request', async () => {
    const stack = await startGatewayStack(disposers);
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-abc-123' },
      body: JSON.stringify({ query: 'mutation { createRoom(input: {}) { __typename } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-abc-123');
    const lines = stack.logs.map((line) => JSON.parse(line) as { requestId?: string; msg: string });
    expect(lines.filter((l) => l.requestId === 'req-abc-123').map((l) => l.msg)).toEqual(
      expect.arrayContaining(['room created', 'http request']),
    );
  });

  it('masks an unexpected error ("Unexpected error.") and logs its cause without the secret it carried', async () => {
    const stack = await startGatewayStack(disposers, { acs: { calls: brokenCalls } });
    const result = await stack.graphql(HangUpDocument, { input: { callConnectionId: 'abc' } });
    expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(result)).not.toContain('accesskey');
    const logged = stack.logs.filter((line) => line.includes('unexpected error (masked)'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('connect failed');
    expect(logged[0]).not.toContain('c2VjcmV0');
  });

  it('never logs the ACS access key or the callback secret', async () => {
    const stack = await startGatewayStack(disposers, { env: { CALLBACK_SECRET: 'top-secret-value' } });
    const created = await stack.graphql(CreateRoomDocument, { input: {} });
    expect(created.errors).toBeUndefined();
    await stack.graphql(CallDocument, { callConnectionId: 'nope' });
    const accessKey = /accesskey=(.+)$/i.exec(stack.emulator.emulator.connectionString)?.[1] ?? '';
    const all = stack.logs.join('\n');
    expect(all).not.toContain(accessKey);
    expect(all).not.toContain('top-secret-value');
  });

  it('rejects a malformed operation as a request error with a 4xx status', async () => {
    const stack = await startGatewayStack(disposers);
    const { status, body } = await stack.graphqlText(
      'mutation { createRoom(input: { nope: 1 }) { __typename } }',
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/nope/);
  });
});

describe('graphql-ws on /graphql', () => {
  it('runs queries over the WebSocket with the same schema and context', async () => {
    const stack = await startGatewayStack(disposers);
    const client = stack.wsClient();
    const result = await new Promise<unknown>((resolve, reject) => {
      let value: unknown;
      client.subscribe(
        { query: 'query { rooms(first: 1) { pageInfo { hasNextPage } } }' },
        { next: (r) => (value = r), error: reject, complete: () => resolve(value) },
      );
    });
    expect(result).toEqual({ data: { rooms: { pageInfo: { hasNextPage: false } } } });
  });
});

describe('logger', () => {
  it('redacts authorization headers and connection strings given as fields', () => {
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(chunk: Buffer, _e, cb) {
          lines.push(chunk.toString());
          cb();
        },
      }),
    });
    logger.info(
      { headers: { authorization: 'Bearer abc.def' }, connectionString: 'endpoint=x;accesskey=y' },
      'x',
    );
    expect(lines.join('')).not.toMatch(/abc\.def|accesskey=y/);
  });
});
