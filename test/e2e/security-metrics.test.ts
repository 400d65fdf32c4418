import { describe, expect, it } from 'vitest';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();

/** A gateway in production mode: client auth required, events in memory (one process). */
const PRODUCTION = { NODE_ENV: 'production', EVENT_LOG: 'memory', ...CLIENT_AUTH_ENV };

describe('/metrics in production', () => {
  it('an anonymous /metrics request in production is refused', async () => {
    const stack = await startGatewayStack(disposers, { env: PRODUCTION });
    const response = await fetch(`${stack.url}/metrics`);
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(body).not.toContain('switchboard_');
  });

  it('a token without the metrics:read scope is forbidden', async () => {
    const stack = await startGatewayStack(disposers, { env: PRODUCTION });
    const token = await clientToken({ scopes: ['rooms:read', 'calls:listen'] });
    const response = await fetch(`${stack.url}/metrics`, { headers: bearer(token) });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('a token with the metrics:read scope reads the metrics', async () => {
    const stack = await startGatewayStack(disposers, { env: PRODUCTION });
    const token = await clientToken({ scopes: ['metrics:read'] });
    const response = await fetch(`${stack.url}/metrics`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(
      /^switchboard_requests_refused_total\{code="UNAUTHENTICATED"\} 0$/m,
    );
  });

  it('refused /metrics requests are counted by code', async () => {
    const stack = await startGatewayStack(disposers, { env: PRODUCTION });
    await fetch(`${stack.url}/metrics`);
    const token = await clientToken({ scopes: ['metrics:read'] });
    const text = await (await fetch(`${stack.url}/metrics`, { headers: bearer(token) })).text();
    expect(text).toMatch(/^switchboard_requests_refused_total\{code="UNAUTHENTICATED"\} 1$/m);
  });

  it('with METRICS_PORT, /metrics is served on its own listener and not on the API port', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { ...PRODUCTION, METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' },
    });
    expect((await fetch(`${stack.url}/metrics`)).status).toBe(404);
    const metricsUrl = stack.gateway.metricsUrl ?? '';
    expect(new URL(metricsUrl).port).not.toBe(new URL(stack.url).port);
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^switchboard_ready 1$/m);
    expect((await fetch(new URL('/graphql', metricsUrl))).status).toBe(404);
  });
});
