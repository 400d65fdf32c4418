import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});
afterAll(() => browser?.close());

/** An empty page on its own origin (`http://127.0.0.1:<port>`), standing in for a web app. */
async function startPage(): Promise<string> {
  const server: Server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  disposers.add(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Runs, in a page on `origin`, a mutation and a WebSocket handshake against the gateway. */
async function tryFrom(origin: string, stack: GatewayStack) {
  const page = await browser.newPage();
  disposers.add(() => page.close());
  await page.goto(origin);
  return page.evaluate(async (graphqlUrl) => {
    const mutation = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createRoom(input: {}) { __typename } }' }),
    })
      .then((response) => response.json())
      .catch((error: Error) => `failed: ${error.name}`);
    const socket = await new Promise<string>((resolve) => {
      const ws = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
      ws.onopen = () => {
        ws.close();
        resolve('open');
      };
      ws.onerror = () => resolve('refused');
    });
    return { mutation, socket };
  }, stack.graphqlUrl);
}

describe('a real browser (headless Chromium)', () => {
  it('on a foreign origin can neither run a mutation nor open a subscription socket; on a listed origin it can', async () => {
    const listed = await startPage();
    const foreign = await startPage();
    const stack = await startGatewayStack(disposers, { env: { CORS_ORIGINS: listed } });
    expect(await tryFrom(foreign, stack)).toEqual({ mutation: 'failed: TypeError', socket: 'refused' });
    expect(await tryFrom(listed, stack)).toEqual({
      mutation: { data: { createRoom: { __typename: 'CreateRoomPayload' } } },
      socket: 'open',
    });
  });

  it('runs GraphiQL under its Content-Security-Policy', async () => {
    const stack = await startGatewayStack(disposers);
    const page = await browser.newPage();
    disposers.add(() => page.close());
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(stack.graphqlUrl);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(violations).toEqual([]);
  });
});
