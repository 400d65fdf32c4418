import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventStreamDocument } from '../gql/graphql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { connectToRoom, createRoomThrough, type EmulatorControl, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { uniqueKeyPrefix } from '../helpers/redis.ts';
import { CLUSTER_SKIP_NOTE, skipUnlessClusterTests, startRedisCluster } from '../helpers/redis-cluster.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';

/**
 * A private redis-server persisting like production Redis (AOF, fsync on every write), so a restart keeps
 * the log. Resolves once it accepts connections.
 */
function startPersistentRedis(port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      [
        ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
        ...['--appendonly', 'yes', '--appendfsync', 'always'],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.once('error', reject);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}:\n${output}`)));
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * A room call that lives until USER leaves it: USER joined in ACS, then the gateway connected; resolves once
 * the connect callbacks (CallConnected, ParticipantsUpdated) are settled.
 */
async function joinedRoomCall(stack: GatewayStack) {
  const { control } = stack.emulator.emulator;
  const post = postTo(stack);
  const roomId = await createRoomThrough(post, {
    participants: [{ communicationUserId: USER, role: 'ATTENDEE' }],
  });
  control.joinRoomCall(roomId, USER);
  const { callConnectionId } = await connectToRoom(post, roomId);
  await waitFor(
    () => control.callbacksSettled(callConnectionId) && control.callbacks({ callConnectionId }).length >= 2,
    { what: 'the connect callbacks to settle' },
  );
  return { roomId, callConnectionId };
}

/** Waits until a callback of the call after its first `delivered` ones was answered 503 (not stored). */
function refusedSince(control: EmulatorControl, callConnectionId: string, delivered: number, what: string) {
  return waitFor(
    () =>
      control
        .callbacks({ callConnectionId })
        .slice(delivered)
        .some((d) => d.attempts.some((a) => a.status === 503)),
    { what },
  );
}

/** Waits until ACS's retries delivered every callback of the call through CallDisconnected; answers them. */
async function retriedThroughDisconnected(
  control: EmulatorControl,
  callConnectionId: string,
  timeoutMs: number,
) {
  await waitFor(
    () =>
      control.callbacksSettled(callConnectionId) &&
      control.callbacks({ callConnectionId, type: 'CallDisconnected' }).length > 0,
    { timeoutMs, what: 'the retried callbacks to settle' },
  );
  const deliveries = control.callbacks({ callConnectionId });
  expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
  return deliveries;
}

describe('the event pipeline across a Redis restart', () => {
  it('answers callbacks 503 while Redis is down, stores the retried ones once it is back, and the subscriber misses nothing', async () => {
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-events-redis-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    let redis = await startPersistentRedis(port, dir);
    disposers.add(() => stopRedis(redis));

    // Retries back off 100, 200, 400, … ms over 12 attempts (minutes in all): they outlast the outage.
    const stack = await startGatewayStack(disposers, {
      redis: { url: `redis://127.0.0.1:${port}` },
      emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
    });
    const { control } = stack.emulator.emulator;
    const { roomId, callConnectionId } = await joinedRoomCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    const beforeOutage = control.callbacks({ callConnectionId }).length;
    await events.waitForResults(beforeOutage);

    await stopRedis(redis);
    // The last user leaves: the call ends, and ACS reports it while the gateway cannot store anything.
    control.leaveRoomCall(roomId, USER);
    await refusedSince(control, callConnectionId, beforeOutage, 'a callback answered 503 during the outage');

    redis = await startPersistentRedis(port, dir);
    const deliveries = await retriedThroughDisconnected(control, callConnectionId, 20_000);
    const retried = deliveries.slice(beforeOutage);
    expect(retried.length).toBeGreaterThan(0);
    for (const delivery of retried) {
      expect(delivery.attempts.at(-1)?.status).toBe(204);
    }

    await events.waitForResults(deliveries.length, 10_000);
    const received = events.results.map((r) => r.data?.callEvents);
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(received.map((e) => e?.id)).toEqual(deliveries.map((d) => d.event.id));
    expect(received.map((e) => e?.cursor)).toEqual(stored.map((e) => e.cursor));
    expect(received.at(-1)?.type).toBe('CALL_DISCONNECTED');
  });

  it('answers callbacks 503 and /readyz 503 within REDIS_COMMAND_TIMEOUT_MS while Redis is frozen, and recovers after SIGCONT', async () => {
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'switchboard-events-frozen-'));
    disposers.add(() => rm(dir, { recursive: true, force: true }));
    const redis = await startRedisServer(port, dir);
    disposers.add(() => stopRedis(redis));
    // Registered after the stop above, so it runs first: a frozen process would ignore SIGTERM.
    disposers.add(() => redis.kill('SIGCONT'));
    const stack = await startGatewayStack(disposers, {
      redis: { url: `redis://127.0.0.1:${port}` },
      env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
      emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
    });
    const { control } = stack.emulator.emulator;
    const readyz = () => within(fetch(`${stack.url}/readyz`), 5_000, '/readyz to answer');
    expect((await readyz()).status).toBe(200);
    const { roomId, callConnectionId } = await joinedRoomCall(stack);
    const beforeFreeze = control.callbacks({ callConnectionId }).length;

    redis.kill('SIGSTOP');
    // Bounded well above the 300 ms timeout: without one, both would hang for as long as Redis is frozen.
    expect((await readyz()).status).toBe(503);
    control.leaveRoomCall(roomId, USER);
    await refusedSince(
      control,
      callConnectionId,
      beforeFreeze,
      'a callback answered 503 while Redis is frozen',
    );

    redis.kill('SIGCONT');
    await waitFor(async () => (await readyz()).status === 200, { what: '/readyz to answer 200 again' });
    const deliveries = await retriedThroughDisconnected(control, callConnectionId, 20_000);
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(stored.map((e) => e.id)).toEqual(deliveries.map((d) => d.event.id));
  });
});

describe(`the event pipeline across a Redis Cluster failover${CLUSTER_SKIP_NOTE}`, () => {
  beforeEach((context) => skipUnlessClusterTests(context));

  it("answers callbacks 503 while the call's master is dead, stores the retried ones once its replica took over, and the subscriber misses nothing", async () => {
    const cluster = await startRedisCluster();
    disposers.add(() => cluster.stop());
    const keyPrefix = uniqueKeyPrefix('failover');
    const stack = await startGatewayStack(disposers, {
      redis: { url: cluster.url, cluster: true, keyPrefix },
      env: { REDIS_COMMAND_TIMEOUT_MS: '1000' },
      emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
    });
    const { control } = stack.emulator.emulator;
    const { roomId, callConnectionId } = await joinedRoomCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    const beforeFailover = control.callbacks({ callConnectionId }).length;
    await events.waitForResults(beforeFailover);

    const master = await cluster.masterOf(`${keyPrefix}call:{${callConnectionId}}:events`);
    const replica = await cluster.replicaOf(master);
    // The replica takes over only when told to (below), so the callbacks meet a shard without a master.
    await cluster.command(replica, ['CONFIG', 'SET', 'cluster-replica-no-failover', 'yes']);
    expect(await cluster.command(master, ['WAIT', '1', '4000'])).toBe(1);
    master.process.kill('SIGKILL');
    control.leaveRoomCall(roomId, USER);
    await refusedSince(
      control,
      callConnectionId,
      beforeFailover,
      'a callback answered 503 while the shard has no master',
    );

    await cluster.command(replica, ['CLUSTER', 'FAILOVER', 'FORCE']);
    await cluster.waitUntilHealthy();
    const deliveries = await retriedThroughDisconnected(control, callConnectionId, 30_000);
    await events.waitForResults(deliveries.length, 10_000);
    const received = events.results.map((r) => r.data?.callEvents);
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(received.map((e) => e?.id)).toEqual(deliveries.map((d) => d.event.id));
    expect(received.map((e) => e?.cursor)).toEqual(stored.map((e) => e.cursor));
    expect(received.at(-1)?.type).toBe('CALL_DISCONNECTED');
  });
});
