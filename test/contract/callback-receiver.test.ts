import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createCallbackTokenVerifier } from '../../src/events/callback-auth.ts';
import { createCallbackCapabilities } from '../../src/events/callback-capability.ts';
import { createCallbackReceiver } from '../../src/events/callbacks.ts';
import type { CallEventLog } from '../../src/events/log.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';
import { normalizeCallbackBody } from '../../src/events/normalize.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type JwksServer, startJwksServer } from '../helpers/jwt.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();

const CALL = '05002680-88bf-468d-b04a-618130f95025';

function cloudEvent(id: string, type = 'CallConnected', callConnectionId = CALL) {
  return {
    id,
    source: `calling/callConnections/${callConnectionId}`,
    type: `Microsoft.Communication.${type}`,
    data: { callConnectionId, resultInformation: { code: 200, subCode: 0, message: '' } },
    time: '2025-03-05T08:58:25.0780512+00:00',
    specversion: '1.0',
    datacontenttype: 'application/json',
    subject: `calling/callConnections/${callConnectionId}`,
  };
}

interface Stack {
  url: string;
  jwks: JwksServer;
  log: CallEventLog;
  logLines: string[];
  /** The callback token the gateway issued for `call` (bound to it), as ACS gets it in the callback URI. */
  callTokenOf(call: string): Promise<string>;
  /**
   * POSTs with a fresh ACS JWT (`token` to replace it) and the callback token of the body's first call
   * (`callToken` to replace it, null for none) added to `query`.
   */
  post(
    body: unknown,
    options?: { token?: string | null; query?: string; raw?: string; callToken?: string | null },
  ): Promise<Response>;
}

async function startStack(
  options: { secret?: string | null; maxBodyBytes?: number; log?: CallEventLog } = {},
): Promise<Stack> {
  const jwks = await startJwksServer();
  disposers.add(() => jwks.close());
  const log = options.log ?? createMemoryCallEventLog({ maxEventsPerCall: 10_000, ttlSeconds: 3600 });
  disposers.add(() => log.close());
  const logLines: string[] = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  const capabilities = createCallbackCapabilities({
    log,
    graceSeconds: 60,
    callbackUrl: () => 'http://gateway.test/api/callbacks',
    transcriptionTransportUrl: () => 'ws://gateway.test/api/media/transcription',
  });
  const callTokens = new Map<string, Promise<string>>();
  const callTokenOf = (call: string) => {
    let token = callTokens.get(call);
    if (!token) {
      token = capabilities.issue().then(async (issued) => {
        await capabilities.bind(issued.token, { callConnectionId: call, serverCallId: null });
        return issued.token;
      });
      callTokens.set(call, token);
    }
    return token;
  };
  // Issued up front, so a test that takes the store down still holds a token.
  await callTokenOf(CALL);
  const handler = createCallbackReceiver({
    log,
    capabilities,
    verifier: createCallbackTokenVerifier({
      issuer: jwks.issuer,
      jwksUrl: jwks.jwksUrl,
      audience: jwks.audience,
      jwksCooldownMs: 0,
    }),
    secret: options.secret ?? null,
    maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
    logger,
  });
  const server = createServer((req, res) => void handler(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  disposers.add(
    () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/callbacks`;
  return {
    url,
    jwks,
    log,
    logLines,
    callTokenOf,
    async post(body, { token, query = '', raw, callToken } = {}) {
      const bearer = token === undefined ? await jwks.mint() : token;
      const params = new URLSearchParams(query.replace(/^\?/, ''));
      const call = callToken === undefined ? firstCallOf(body) : null;
      const capability = call === null ? callToken : await callTokenOf(call);
      if (capability) params.set('token', capability);
      const search = params.size > 0 ? `?${params}` : '';
      return fetch(`${url}${search}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
        },
        body: raw ?? JSON.stringify(body),
      });
    },
  };
}

/** The call connection of a body's first event (CALL when there is none). */
function firstCallOf(body: unknown): string {
  const first: unknown = Array.isArray(body) ? body[0] : undefined;
  const data = (first as { data?: { callConnectionId?: unknown } } | undefined)?.data;
  return typeof data?.callConnectionId === 'string' && data.callConnectionId !== ''
    ? data.callConnectionId
    : CALL;
}

const storedIds = async (log: CallEventLog, call = CALL) =>
  (await log.readAfter(call, null, 10_000)).map((event) => event.id);

describe('callback receiver', () => {
  it('answers 204 to a valid callback and stores its event', async () => {
    const stack = await startStack();
    const response = await stack.post([cloudEvent('e1')]);
    expect(response.status).toBe(204);
    expect(await stack.log.readAfter(CALL, null, 10)).toMatchObject([
      { id: 'e1', kind: 'CallConnected', callConnectionId: CALL },
    ]);
  });

  it('accepts every recorded ACS callback body and stores it normalized', async () => {
    const stack = await startStack();
    const dir = resolve(
      import.meta.dirname,
      '../../../shared/fixtures/acs-recordings/call-automation/events',
    );
    const bodies = readdirSync(dir)
      .filter((name) => /\.(json|txt)$/.test(name))
      .flatMap((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        const documents: unknown[] = file.endsWith('.json')
          ? JSON.parse(text)
          : text
              .split('\n')
              .filter((line) => line.trim())
              .map((line) => JSON.parse(line));
        return documents.filter(Array.isArray);
      });
    // Sanitized recordings reuse the id "sanitized", so only the first event per (call, id) is stored.
    const expected = new Map<string, Map<string, unknown>>();
    for (const body of bodies) {
      const response = await stack.post(body);
      expect(response.status).toBe(204);
      for (const event of normalizeCallbackBody(body).events) {
        const call = expected.get(event.callConnectionId) ?? new Map<string, unknown>();
        expected.set(event.callConnectionId, call);
        if (!call.has(event.id)) call.set(event.id, event);
      }
    }
    expect(expected.size).toBeGreaterThan(10);
    for (const [call, events] of expected) {
      const stored = await stack.log.readAfter(call, null, 10_000);
      expect(stored.map(({ cursor: _cursor, ...event }) => event)).toEqual([...events.values()]);
    }
  });

  it.each([
    ['a missing token', async () => null],
    ['a malformed token', async () => 'not-a-jwt'],
    ['a forged token', (jwks: JwksServer) => jwks.mint({ forged: true })],
    ['an expired token', (jwks: JwksServer) => jwks.mint({ expiresInSeconds: -120 })],
    ['a token for another audience', (jwks: JwksServer) => jwks.mint({ audience: 'another-resource' })],
    ['a token from another issuer', (jwks: JwksServer) => jwks.mint({ issuer: 'https://evil.example' })],
  ])('answers 401 to %s and stores nothing', async (_what, token) => {
    const stack = await startStack();
    const response = await stack.post([cloudEvent('e1')], { token: await token(stack.jwks) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
    });
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it.each([
    ['a missing secret', ''],
    ['a wrong secret', '?secret=wrong'],
    ['a secret of another length', '?secret=s3cret-but-longer'],
  ])('answers 401 to %s when a secret is configured', async (_what, query) => {
    const stack = await startStack({ secret: 's3cret' });
    expect((await stack.post([cloudEvent('e1')], { query })).status).toBe(401);
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it('accepts the configured secret', async () => {
    const stack = await startStack({ secret: 's3cret' });
    expect((await stack.post([cloudEvent('e1')], { query: '?secret=s3cret' })).status).toBe(204);
  });

  it.each([
    ['malformed JSON', '[{"id":'],
    ['a JSON object instead of an array', JSON.stringify(cloudEvent('e1'))],
    ['an empty array', '[]'],
    ['an array with an invalid element after a valid one', JSON.stringify([cloudEvent('e1'), { id: 'e2' }])],
  ])('answers 400 to %s and stores nothing', async (_what, raw) => {
    const stack = await startStack();
    const response = await stack.post(undefined, { raw });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it('answers 413 to a body larger than the limit', async () => {
    const stack = await startStack({ maxBodyBytes: 1024 });
    const big = [{ ...cloudEvent('e1'), padding: 'x'.repeat(2048) }];
    expect((await stack.post(big)).status).toBe(413);
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it('answers 413 to a chunked body once it passes the limit, without reading the rest', async () => {
    const stack = await startStack({ maxBodyBytes: 1024 });
    const token = await stack.jwks.mint();
    const callToken = await stack.callTokenOf(CALL);
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        `${stack.url}?token=${callToken}`,
        { method: 'POST', headers: { authorization: `Bearer ${token}` } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.write(`[${JSON.stringify(cloudEvent('e1'))},"${'x'.repeat(4096)}`);
      // The request is never finished: the answer must come from the size limit alone.
    });
    expect(status).toBe(413);
  });

  it('answers 405 to a GET', async () => {
    const stack = await startStack();
    const response = await fetch(stack.url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 503 with Retry-After when the event log is unavailable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-receiver-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    const redis = await startRedisServer(port, dir);
    disposers.add(() => redis.kill('SIGKILL'));
    const log = await createRedisCallEventLog({
      url: `redis://127.0.0.1:${port}`,
      cluster: false,
      keyPrefix: 'receiver:',
      maxEventsPerCall: 100,
      ttlSeconds: 60,
      logger: pino({ level: 'silent' }),
    });
    const stack = await startStack({ log });
    redis.kill('SIGTERM');
    await once(redis, 'exit');
    const response = await stack.post([cloudEvent('e1')]);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(text).not.toMatch(/redis:\/\/|ECONNREFUSED|at /);
  });

  it('fetches the key set again for an unknown kid and accepts the token', async () => {
    const stack = await startStack();
    expect((await stack.post([cloudEvent('e1')])).status).toBe(204);
    await stack.jwks.rotate();
    expect((await stack.post([cloudEvent('e2')])).status).toBe(204);
    expect(stack.jwks.fetches()).toBe(2);
    expect(await storedIds(stack.log)).toEqual(['e1', 'e2']);
  });

  it('stores a redelivered callback once', async () => {
    const stack = await startStack();
    expect((await stack.post([cloudEvent('e1')])).status).toBe(204);
    expect((await stack.post([cloudEvent('e1')])).status).toBe(204);
    expect(await storedIds(stack.log)).toEqual(['e1']);
  });

  it('stores every element of a multi-element body in order', async () => {
    const stack = await startStack();
    const body = [
      cloudEvent('a', 'ParticipantsUpdated'),
      cloudEvent('c', 'PlayStarted'),
      cloudEvent('d', 'TeamsComplianceRecordingStateChanged'),
    ];
    expect((await stack.post(body)).status).toBe(204);
    expect(await storedIds(stack.log)).toEqual(['a', 'c', 'd']);
    expect((await stack.log.readLast(CALL, 1))[0]).toMatchObject({ kind: 'Unknown' });
  });

  it('answers 401 to a callback without a callback token and stores nothing', async () => {
    const stack = await startStack();
    const response = await stack.post([cloudEvent('e1')], { callToken: null });
    expect(response.status).toBe(401);
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it.each([
    ['a callback token the gateway never issued', 'A'.repeat(43)],
    ['a malformed callback token', 'not-a-token'],
  ])('answers 403 to %s and stores nothing', async (_what, callToken) => {
    const stack = await startStack();
    const response = await stack.post([cloudEvent('e1')], { callToken });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await storedIds(stack.log)).toEqual([]);
  });

  it('answers 403 to a body with events of another call than its token’s and stores none of them', async () => {
    const stack = await startStack();
    const other = '411f0b00-other';
    await stack.callTokenOf(other);
    const body = [cloudEvent('a', 'ParticipantsUpdated'), cloudEvent('b', 'CallConnected', other)];
    expect((await stack.post(body)).status).toBe(403);
    expect(await storedIds(stack.log)).toEqual([]);
    expect(await storedIds(stack.log, other)).toEqual([]);
  });

  it('logs the call connection and event ids but never the token or the secret', async () => {
    const stack = await startStack({ secret: 's3cret-value' });
    const token = await stack.jwks.mint();
    await stack.post([cloudEvent('e1')], { token, query: '?secret=s3cret-value' });
    await stack.post([cloudEvent('e2')], {
      token: await stack.jwks.mint({ forged: true }),
      query: '?secret=s3cret-value',
    });
    await stack.post([cloudEvent('e3')], { token, query: '?secret=nope' });
    const logged = stack.logLines.join('');
    expect(logged).not.toContain(await stack.callTokenOf(CALL));
    expect(logged).toContain(CALL);
    expect(logged).toContain('e1');
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(token.split('.')[2]);
    expect(logged).not.toContain('s3cret-value');
    expect(logged).not.toContain('nope');
  });
});
