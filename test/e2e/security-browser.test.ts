import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLIENT_AUTH_ENV } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const LISTED = 'https://app.example.test';
const FOREIGN = 'https://evil.example.test';
const MUTATION = JSON.stringify({ query: 'mutation { createRoom(input: {}) { __typename } }' });

function browserStack() {
  return startGatewayStack(disposers, { env: { CORS_ORIGINS: LISTED } });
}

function upgradeStatus(stack: GatewayStack, origin: string): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', { origin });
    disposers.add(() => socket.terminate());
    socket.on('open', () => resolve('open'));
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => {});
  });
}

describe('browsers on other origins', () => {
  it('gets CORS headers for a listed origin on a real preflight, none for a foreign one', async () => {
    const stack = await browserStack();
    const preflight = (origin: string) =>
      fetch(stack.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const listed = await preflight(LISTED);
    expect(listed.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(listed.headers.get('access-control-allow-headers')).toContain('authorization');
    const foreign = await preflight(FOREIGN);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('cannot run a mutation from a foreign origin, even as a form post', async () => {
    const stack = await browserStack();
    const roomCount = async () =>
      ((await stack.emulator.controlFetch('GET', '/emulator/rooms')).body as { value: unknown[] }).value
        .length;
    const before = await roomCount();
    for (const contentType of ['application/json', 'text/plain']) {
      const response = await fetch(stack.graphqlUrl, {
        method: 'POST',
        headers: { origin: FOREIGN, 'content-type': contentType },
        body: MUTATION,
      });
      expect(response.status).toBe(403);
    }
    expect(await roomCount()).toBe(before);
  });

  it('needs a JSON body for a POST from anywhere (a form cannot send one without a preflight)', async () => {
    const stack = await browserStack();
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { createRoom(input: {}) { __typename } }')}`,
    });
    expect(response.status).toBe(415);
  });

  it('runs a mutation from a listed origin', async () => {
    const stack = await browserStack();
    const response = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { origin: LISTED, 'content-type': 'application/json' },
      body: MUTATION,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(await response.json()).toEqual({ data: { createRoom: { __typename: 'CreateRoomPayload' } } });
  });

  it('refuses a WebSocket upgrade from a foreign origin and accepts a listed one', async () => {
    const stack = await browserStack();
    expect(await upgradeStatus(stack, FOREIGN)).toBe(403);
    expect(await upgradeStatus(stack, LISTED)).toBe('open');
  });

  it('refuses an SSE subscription from a foreign origin', async () => {
    const stack = await browserStack();
    const url = new URL(stack.graphqlUrl);
    url.searchParams.set('query', 'subscription { callEvents(callConnectionId: "x") { cursor } }');
    const response = await fetch(url, { headers: { origin: FOREIGN, accept: 'text/event-stream' } });
    expect(response.status).toBe(403);
  });
});

describe('security headers and GraphiQL', () => {
  it('sends nosniff, no-framing and no-referrer headers on API responses', async () => {
    const stack = await browserStack();
    const response = await fetch(`${stack.url}/healthz`);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
  });

  it('serves GraphiQL as a cached asset: compressed, with an ETag, 304 when unchanged, and its own CSP', async () => {
    const stack = await browserStack();
    const first = await fetch(stack.graphqlUrl, {
      headers: { accept: 'text/html', 'accept-encoding': 'br' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    await first.arrayBuffer();
    const again = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves neither GraphiQL nor introspection in production by default', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { NODE_ENV: 'production', EVENT_LOG: 'memory', ...CLIENT_AUTH_ENV },
    });
    const page = await fetch(stack.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
  });
});
