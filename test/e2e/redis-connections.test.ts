import { describe, expect, it } from 'vitest';
import { within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { gatewayClient } from '../helpers/gateway.ts';
import { startGatewayProcess } from '../helpers/processes.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { startCuttableProxy } from '../helpers/tcp-proxy.ts';

const disposers = useDisposers();

describe('Redis connections of a gateway (src/main.ts)', () => {
  it('opens one command and one subscriber connection for both logs and the rate limits, and closes them on SIGTERM', async () => {
    // Every connection the gateway opens to Redis goes through this proxy, which counts them.
    const proxy = await startCuttableProxy(new URL(testRedisUrl()).port);
    disposers.add(() => proxy.close());
    const run = await startGatewayProcess(disposers, ['node', '--import', 'tsx', 'src/main.ts'], {
      PORT: '0',
      EMULATOR_PORT: '0',
      LOG_LEVEL: 'info',
      REDIS_URL: proxy.url.replace(/^http/, 'redis'),
      REDIS_KEY_PREFIX: uniqueKeyPrefix('connections'),
    });
    const gateway = gatewayClient(disposers, run.url);
    // A mutation (its rate is counted in Redis) and a read of the call event log.
    const created = await gateway.graphqlText('mutation { createRoom(input: {}) { __typename } }');
    expect(created.body).toEqual({ data: { createRoom: { __typename: 'CreateRoomPayload' } } });
    const read = await gateway.graphqlText('query { call(callConnectionId: "nobody") { state } }');
    expect(read.body).toEqual({ data: { call: null } });

    expect(proxy.connections()).toBe(2);
    run.child.kill('SIGTERM');
    expect(await within(run.exited, 10_000, 'the process to exit')).toBe(0);
    // A gateway process starts through tsx: up to startGatewayProcess' own 60 s guard on a busy machine.
  }, 90_000);
});
