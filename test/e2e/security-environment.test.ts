import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { spawnProcess } from '../helpers/processes.ts';

const disposers = useDisposers();
const CREATE_ROOM = JSON.stringify({ query: 'mutation { createRoom(input: {}) { __typename } }' });
const FOREIGN = { host: 'rebind.test:4000', origin: 'http://rebind.test:4000' };

/** A request with a Host header of our choosing (fetch cannot set one), as a DNS-rebound page's would look. */
function send(
  stack: GatewayStack,
  {
    method = 'GET',
    path = '/graphql',
    headers = {},
    body,
  }: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${stack.url}${path}`,
      {
        method,
        agent: false,
        headers: { ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function roomCount(stack: GatewayStack): Promise<number> {
  const { body } = await stack.graphqlText('{ rooms { edges { node { id } } } }');
  const rooms = body.data?.rooms as { edges: unknown[] } | undefined;
  if (!rooms) throw new Error(`rooms: ${JSON.stringify(body)}`);
  return rooms.edges.length;
}

describe('a strict environment', () => {
  it.each(['Production', 'prod', 'production '])(
    'exits 1 on NODE_ENV=%j naming the value, without starting the emulator',
    async (value) => {
      const run = spawnProcess(disposers, ['node', '--import', 'tsx', 'src/main.ts'], {
        NODE_ENV: value,
        PORT: '0',
        EMULATOR_PORT: '0',
      });
      // A guard against a hang, not a timing: tsx compiles main.ts's imports first, slow on a busy machine.
      expect(await within(run.exited, 80_000, 'the process to exit')).toBe(1);
      expect(run.output()).toContain(`NODE_ENV: ${JSON.stringify(value)}`);
      expect(run.output()).not.toContain('emulator at');
    },
    90_000,
  );
});

describe('DNS rebinding in development', () => {
  it('refuses a foreign Host with a matching Origin before GraphQL runs: no room is created', async () => {
    const stack = await startGatewayStack(disposers);
    const before = await roomCount(stack);
    const refused = await send(stack, {
      method: 'POST',
      headers: { ...FOREIGN, 'content-type': 'application/json' },
      body: CREATE_ROOM,
    });
    expect(refused.status).toBe(421);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    expect(await roomCount(stack)).toBe(before);
  });

  it('refuses a foreign Host on SSE streams and WebSocket upgrades', async () => {
    const stack = await startGatewayStack(disposers);
    const sse = await send(stack, {
      path: `/graphql?query=${encodeURIComponent('subscription { callEvents(callConnectionId: "x") { cursor } }')}`,
      headers: { ...FOREIGN, accept: 'text/event-stream' },
    });
    expect(sse.status).toBe(421);
    const upgrade = await new Promise<number>((resolve) => {
      const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', {
        headers: FOREIGN,
      });
      disposers.add(() => socket.terminate());
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => {});
    });
    expect(upgrade).toBe(421);
  });

  it('accepts the loopback names and the hosts in ALLOWED_HOSTS', async () => {
    const stack = await startGatewayStack(disposers, { env: { ALLOWED_HOSTS: 'dev.example.test' } });
    const { port } = new URL(stack.url);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'dev.example.test']) {
      const created = await send(stack, {
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
        body: CREATE_ROOM,
      });
      expect(created.status, host).toBe(200);
    }
  });
});

describe('field suggestions', () => {
  it('leaves "Did you mean" out of validation errors when introspection is off', async () => {
    const stack = await startGatewayStack(disposers, { env: { INTROSPECTION: 'false' } });
    const { body } = await stack.graphqlText('{ rom(id: "1") { id } }');
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "rom"/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
    const variables = await stack.graphqlText(
      'mutation($input: CreateRoomInput!) { createRoom(input: $input) { __typename } }',
      { input: { pstnDialOutEnable: true } },
    );
    expect(variables.body.errors?.[0]?.message).toMatch(/pstnDialOutEnable/);
    expect(JSON.stringify(variables.body)).not.toMatch(/Did you mean/);
  });

  it('keeps suggestions when introspection is on (development)', async () => {
    const stack = await startGatewayStack(disposers);
    const { body } = await stack.graphqlText('{ rom(id: "1") { id } }');
    expect(JSON.stringify(body)).toMatch(/Did you mean/);
  });
});
