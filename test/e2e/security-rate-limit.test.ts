import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, createRedisRateLimitStore } from '../../src/auth/rate-limit.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();
const CREATE_ROOM = 'mutation { createRoom(input: {}) { __typename } }';

describe('the mutation rate limit', () => {
  it('answers a subject past MUTATIONS_PER_MINUTE with 429 RATE_LIMITED and retryAfterSeconds, others unaffected', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { ...CLIENT_AUTH_ENV, MUTATIONS_PER_MINUTE: '2' },
    });
    const alice = bearer(await clientToken({ subject: 'alice' }));
    for (let i = 0; i < 2; i++) expect((await stack.graphqlText(CREATE_ROOM, {}, alice)).status).toBe(200);
    const refused = await stack.graphqlText(CREATE_ROOM, {}, alice);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    const bob = await stack.graphqlText(CREATE_ROOM, {}, bearer(await clientToken({ subject: 'bob' })));
    expect(bob.status).toBe(200);
  });

  it('is shared by replicas through Redis', async () => {
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    disposers.add(() => redis.close());
    const prefix = uniqueKeyPrefix('ratelimit');
    const options = { commandTimeoutMs: 2_000, fallback: createMemoryRateLimitStore() };
    const replicaA = createRedisRateLimitStore(redis, prefix, options);
    const replicaB = createRedisRateLimitStore(redis, prefix, options);
    await replicaA.hit('mutations:alice', 60);
    const second = await replicaB.hit('mutations:alice', 60);
    expect(second.count).toBe(2);
    expect(second.resetInSeconds).toBeGreaterThan(0);
  });

  it('counts in this process when Redis does not answer within the command timeout, instead of hanging', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-ratelimit-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    const port = await freePort();
    const server = await startRedisServer(port, dir);
    disposers.add(() => server.kill('SIGKILL'));
    const redis = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    redis.on('error', () => {});
    await redis.connect();
    disposers.add(() => redis.destroy());
    const store = createRedisRateLimitStore(redis, uniqueKeyPrefix('frozen'), {
      commandTimeoutMs: 200,
      fallback: createMemoryRateLimitStore(),
    });
    server.kill('SIGSTOP');
    disposers.add(() => server.kill('SIGCONT'));
    expect(await store.hit('mutations:alice', 60)).toMatchObject({ count: 1 });
    expect(await store.hit('mutations:alice', 60)).toMatchObject({ count: 2 });
  });
});
