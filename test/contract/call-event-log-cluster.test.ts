import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallEvent, NewCallEvent } from '../../src/domain/call-event.ts';
import { type CallEventLog, CallEventLogUnavailableError } from '../../src/events/log.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { waitFor, within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { uniqueKeyPrefix } from '../helpers/redis.ts';
import {
  CLUSTER_SKIP_NOTE,
  type ClusterNode,
  type RedisCluster,
  skipUnlessClusterTests,
  startRedisCluster,
  useRedisCluster,
} from '../helpers/redis-cluster.ts';
import { freePort } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();
const sharedCluster = useRedisCluster();

function event(id: string, callConnectionId: string): NewCallEvent {
  return {
    kind: 'PlayStarted',
    id,
    callConnectionId,
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: '2025-03-05T08:58:25.0780512+00:00',
    resultInformation: null,
  };
}

async function openLog(cluster: RedisCluster, keyPrefix: string): Promise<CallEventLog> {
  const log = await createRedisCallEventLog({
    url: cluster.url,
    cluster: true,
    keyPrefix,
    maxEventsPerCall: 1000,
    ttlSeconds: 3600,
    logger: pino({ level: 'silent' }),
    maxReconnectDelayMs: 200,
    commandTimeoutMs: 1_000,
  });
  disposers.add(() => log.close());
  return log;
}

function iterate(log: CallEventLog, callConnectionId: string): AsyncIterator<CallEvent> {
  const iterator = log.subscribe(callConnectionId, { after: null })[Symbol.asyncIterator]();
  disposers.add(() => iterator.return?.());
  return iterator;
}

/** Pulls events until `count` arrived, failing instead of hanging when they do not come. */
async function take(
  iterator: AsyncIterator<CallEvent>,
  count: number,
  timeoutMs = 10_000,
): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const result = await within(iterator.next(), timeoutMs, `event ${ids.length + 1} of ${count}`);
    if (result.done) throw new Error(`the subscription ended after ${ids.length} events`);
    ids.push(result.value.id);
  }
  return ids;
}

/** Call connection ids whose keys (hash tag `{id}`) live on `count` different masters. */
async function callsOnDifferentMasters(cluster: RedisCluster, keyPrefix: string, count: number) {
  const calls = new Map<number, { callConnectionId: string; master: ClusterNode }>();
  for (let i = 0; calls.size < count; i++) {
    const callConnectionId = `call-${i}`;
    const master = await cluster.masterOf(`${keyPrefix}call:{${callConnectionId}}:events`);
    if (!calls.has(master.port)) calls.set(master.port, { callConnectionId, master });
  }
  return [...calls.values()];
}

/** Appends like ACS delivers a callback: retried (as after a 503) until the log stores it. */
function appendRetried(log: CallEventLog, callConnectionId: string, id: string, failures: { count: number }) {
  return waitFor(
    () =>
      log.append(callConnectionId, [event(id, callConnectionId)]).then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof CallEventLogUnavailableError)) throw error;
          failures.count++;
          return false;
        },
      ),
    { timeoutMs: 30_000, intervalMs: 50, what: `${id} to be stored` },
  );
}

describe(`Redis call event log on a Redis Cluster${CLUSTER_SKIP_NOTE}`, () => {
  beforeEach((context) => skipUnlessClusterTests(context));

  it('delivers the events of calls on three different masters to their subscribers on another replica', async () => {
    const cluster = await sharedCluster();
    const keyPrefix = uniqueKeyPrefix('shards');
    const calls = await callsOnDifferentMasters(cluster, keyPrefix, 3);
    const [replicaA, replicaB] = await Promise.all([
      openLog(cluster, keyPrefix),
      openLog(cluster, keyPrefix),
    ]);
    const received = calls.map(({ callConnectionId }) => take(iterate(replicaB, callConnectionId), 3));
    for (const round of [1, 2, 3]) {
      for (const { callConnectionId } of calls) {
        await replicaA.append(callConnectionId, [event(`${callConnectionId}-e${round}`, callConnectionId)]);
      }
    }
    expect(await Promise.all(received)).toEqual(
      calls.map(({ callConnectionId }) => [1, 2, 3].map((round) => `${callConnectionId}-e${round}`)),
    );
  });

  it('keeps the events of a call in one hash slot, so its append script runs on one node', async () => {
    const cluster = await sharedCluster();
    const keyPrefix = uniqueKeyPrefix('slot');
    const slots = await Promise.all(
      ['events', 'seen', 'info', 'trimmed', 'appended'].map((suffix) =>
        cluster.slotOf(`${keyPrefix}call:{call-1}:${suffix}`),
      ),
    );
    expect(new Set(slots).size).toBe(1);
    const log = await openLog(cluster, keyPrefix);
    await log.recordCall('call-1', { roomId: 'room-1' });
    const stored = await log.append('call-1', [
      event('a', 'call-1'),
      event('b', 'call-1'),
      event('a', 'call-1'),
    ]);
    expect(stored.map((e) => e.id)).toEqual(['a', 'b']);
    expect(await log.getCall('call-1')).toEqual({ roomId: 'room-1' });
  });

  it('rejects createRedisCallEventLog with CallEventLogUnavailableError when no seed node is reachable', async () => {
    const [a, b] = [await freePort(), await freePort()];
    const opening = createRedisCallEventLog({
      url: `redis://127.0.0.1:${a},redis://127.0.0.1:${b}`,
      cluster: true,
      keyPrefix: 'unreachable:',
      maxEventsPerCall: 10,
      ttlSeconds: 60,
      logger: pino({ level: 'silent' }),
    });
    await expect(within(opening, 10_000, 'the connection to fail')).rejects.toThrow(
      CallEventLogUnavailableError,
    );
  });

  it('answers ping only when every master answers', async () => {
    const cluster = await startRedisCluster();
    disposers.add(() => cluster.stop());
    const log = await openLog(cluster, uniqueKeyPrefix('ping'));
    await log.ping();
    const [master] = await callsOnDifferentMasters(cluster, 'ping:', 1);
    master?.master.process.kill('SIGSTOP');
    disposers.add(() => master?.master.process.kill('SIGCONT'));
    await expect(within(log.ping(), 10_000, 'ping to fail')).rejects.toThrow(CallEventLogUnavailableError);
  });

  it('keeps delivering through a master failover: appends fail while the shard has no master, are retried, and the subscriber gets every event once, in order', async () => {
    const cluster = await startRedisCluster();
    disposers.add(() => cluster.stop());
    const keyPrefix = uniqueKeyPrefix('failover');
    const [call, other] = await callsOnDifferentMasters(cluster, keyPrefix, 2);
    if (!call || !other) throw new Error('unreachable');
    const { callConnectionId, master } = call;
    const replica = await cluster.replicaOf(master);
    // The replica takes over only when told to (below), so the outage spans the appends made during it.
    await cluster.command(replica, ['CONFIG', 'SET', 'cluster-replica-no-failover', 'yes']);
    const [replicaA, replicaB] = await Promise.all([
      openLog(cluster, keyPrefix),
      openLog(cluster, keyPrefix),
    ]);
    const subscriber = iterate(replicaB, callConnectionId);
    const bystander = iterate(replicaB, other.callConnectionId);

    const failures = { count: 0 };
    for (const id of ['e1', 'e2', 'e3']) await appendRetried(replicaA, callConnectionId, id, failures);
    expect(await take(subscriber, 3)).toEqual(['e1', 'e2', 'e3']);
    // Written to the replica before the master dies: nothing acknowledged is lost in the failover.
    expect(await cluster.command(master, ['WAIT', '1', '4000'])).toBe(1);

    master.process.kill('SIGKILL');
    await expect(replicaA.append(callConnectionId, [event('e4', callConnectionId)])).rejects.toThrow(
      CallEventLogUnavailableError,
    );
    // Calls on the other masters are not affected.
    await replicaA.append(other.callConnectionId, [event('x1', other.callConnectionId)]);
    expect(await take(bystander, 1)).toEqual(['x1']);

    // Delivered one after another, like ACS's callbacks of one call, each retried until it is stored.
    const retried = (async () => {
      for (const id of ['e4', 'e5', 'e6']) await appendRetried(replicaA, callConnectionId, id, failures);
    })();
    await cluster.command(replica, ['CLUSTER', 'FAILOVER', 'FORCE']);
    await cluster.waitUntilHealthy();
    await retried;

    expect(failures.count).toBeGreaterThan(0);
    expect(await take(subscriber, 3, 20_000)).toEqual(['e4', 'e5', 'e6']);
    expect((await replicaB.readAfter(callConnectionId, null, 100)).map((e) => e.id)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
    ]);
  });
});
