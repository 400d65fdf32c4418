import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import type { CallEvent, NewCallEvent } from '../../src/domain/call-event.ts';
import { type CallEventLog, CallEventLogUnavailableError } from '../../src/events/log.ts';
import { connectRedis } from '../../src/events/redis-commands.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { waitFor, within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';

const disposers = useDisposers();
const CALL = 'call-1';

function event(id: string): NewCallEvent {
  return {
    kind: 'PlayStarted',
    id,
    callConnectionId: CALL,
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: '2025-03-05T08:58:25.0780512+00:00',
    resultInformation: null,
  };
}

async function openLog(url: string, keyPrefix: string, commandTimeoutMs?: number): Promise<CallEventLog> {
  const log = await createRedisCallEventLog({
    url,
    cluster: false,
    keyPrefix,
    maxEventsPerCall: 1000,
    ttlSeconds: 3600,
    logger: pino({ level: 'silent' }),
    maxReconnectDelayMs: 100,
    ...(commandTimeoutMs ? { commandTimeoutMs } : {}),
  });
  disposers.add(() => log.close());
  return log;
}

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

function iterate(log: CallEventLog, after: string | null = null): AsyncIterator<CallEvent> {
  const iterator = log.subscribe(CALL, { after })[Symbol.asyncIterator]();
  disposers.add(() => iterator.return?.());
  return iterator;
}

async function nextId(iterator: AsyncIterator<CallEvent>): Promise<string> {
  const result = await within(iterator.next(), 10_000, 'the next event');
  if (result.done) throw new Error('the subscription ended');
  return result.value.id;
}

/** A redis-server of this test alone, which it may stop and restart on the same port. */
async function privateRedis() {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-log-'));
  const port = await freePort();
  let server: ChildProcess = await startRedisServer(port, dir);
  disposers.add(async () => {
    server.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Stops the server after saving its data (the helper starts it without persistence otherwise). */
    async stop() {
      const exited = once(server, 'exit');
      const admin = createClient({ url: `redis://127.0.0.1:${port}` });
      admin.on('error', () => {});
      await admin.connect();
      await admin.sendCommand(['SHUTDOWN', 'SAVE']).catch(() => {});
      admin.destroy();
      await exited;
    },
    /** Starts it again on the same port; it loads the data saved by `stop()`. */
    async start() {
      server = await startRedisServer(port, dir);
    },
    /** Freezes the process (SIGSTOP): connections stay open, the kernel takes the bytes, nothing answers. */
    freeze() {
      server.kill('SIGSTOP');
    },
    /** Lets a frozen server run again (SIGCONT): it answers everything it was sent meanwhile. */
    thaw() {
      server.kill('SIGCONT');
    },
  };
}

describe('Redis call event log', () => {
  it('delivers an event appended on one replica to a subscriber on another exactly once', async () => {
    const prefix = uniqueKeyPrefix('replicas');
    const [a, b] = await Promise.all([openLog(testRedisUrl(), prefix), openLog(testRedisUrl(), prefix)]);
    const iterator = iterate(b);
    const first = nextId(iterator);
    await a.append(CALL, [event('e1')]);
    expect(await first).toBe('e1');
    await a.append(CALL, [event('e1'), event('e2')]);
    expect(await nextId(iterator)).toBe('e2');
  });

  it('two logs on one shared connection keep their keys apart, and closing one leaves the connection to the other', async () => {
    const redis = await connectRedis({
      url: testRedisUrl(),
      cluster: false,
      logger: pino({ level: 'silent' }),
    });
    disposers.add(() => redis.close());
    const prefix = uniqueKeyPrefix('shared');
    const settings = { redis, maxEventsPerCall: 100, ttlSeconds: 60, logger: pino({ level: 'silent' }) };
    const calls = await createRedisCallEventLog({ ...settings, keyPrefix: prefix });
    const incoming = await createRedisCallEventLog({ ...settings, keyPrefix: `${prefix}incoming:` });
    disposers.add(() => calls.close());
    const iterator = incoming.subscribe(CALL, { after: null })[Symbol.asyncIterator]();
    disposers.add(() => iterator.return?.());
    const first = within(iterator.next(), 10_000, 'the incoming log event');
    await calls.append(CALL, [event('call-event')]);
    await incoming.append(CALL, [event('incoming-event')]);
    expect((await first).value?.id).toBe('incoming-event');
    await incoming.close();
    expect(ids(await calls.readAfter(CALL, null, 10))).toEqual(['call-event']);
    await redis.ping();
  });

  it("folds on from the stream what a gateway that keeps no summary appended after the call's summary", async () => {
    const prefix = uniqueKeyPrefix('summary');
    const log = await openLog(testRedisUrl(), prefix);
    const connected = {
      ...event('e0'),
      kind: 'CallConnected',
      serverCallId: 'server-call-1',
    } as NewCallEvent;
    await log.append(CALL, [connected]);
    const admin = createClient({ url: testRedisUrl() });
    await admin.connect();
    disposers.add(() => admin.close());
    // As an older gateway appends: to the stream only.
    const disconnected = { ...event('e1'), kind: 'CallDisconnected', correlationId: 'correlation-1' };
    const cursor = await admin.xAdd(`${prefix}call:{${CALL}}:events`, '*', {
      event: JSON.stringify(disconnected),
    });
    expect((await log.getCallSummary(CALL)).snapshot).toEqual({
      state: 'disconnected',
      cursor,
      serverCallId: 'server-call-1',
      correlationId: 'correlation-1',
    });
  });

  it('subscribes once per call channel and unsubscribes when the last local subscriber leaves', async () => {
    const prefix = uniqueKeyPrefix('numsub');
    const log = await openLog(testRedisUrl(), prefix);
    const admin = createClient({ url: testRedisUrl() });
    admin.on('error', () => {});
    await admin.connect();
    disposers.add(() => admin.close());
    const channel = `${prefix}call:{${CALL}}:appended`;
    const subscribers = async () => {
      const reply = (await admin.sendCommand(['PUBSUB', 'NUMSUB', channel])) as [string, number];
      return reply[1];
    };

    const first = iterate(log);
    const second = iterate(log);
    const pending = [first.next(), second.next()];
    await log.append(CALL, [event('e1')]);
    await Promise.all(pending);
    expect(await subscribers()).toBe(1);
    await first.return?.();
    expect(await subscribers()).toBe(1);
    await second.return?.();
    expect(await subscribers()).toBe(0);
  });

  it('serves caught-up subscribers of a call from the append notification, without reading the stream', async () => {
    const redis = await privateRedis();
    const log = await openLog(redis.url, 'shared:');
    const admin = createClient({ url: redis.url });
    admin.on('error', () => {});
    await admin.connect();
    disposers.add(() => admin.close());
    const iterators = Array.from({ length: 10 }, () => iterate(log));
    /** Appends one event and resolves with what each subscriber received next. */
    const round = async (id: string) => {
      const received = iterators.map((iterator) => nextId(iterator));
      await log.append(CALL, [event(id)]);
      return Promise.all(received);
    };
    // The first round settles the subscribers (their replay read may race e1's append).
    await round('e1');

    await admin.sendCommand(['CONFIG', 'RESETSTAT']);
    expect(await round('e2')).toEqual(Array(10).fill('e2'));
    expect(await round('e3')).toEqual(Array(10).fill('e3'));
    const stats = String(await admin.sendCommand(['INFO', 'commandstats']));
    // One EVALSHA per append; the events reach all ten subscribers in the notification (no read script).
    expect(stats).toMatch(/cmdstat_evalsha:calls=2,/);
  });

  it('rejects createRedisCallEventLog with CallEventLogUnavailableError when Redis is unreachable', async () => {
    const port = await freePort();
    await expect(openLog(`redis://127.0.0.1:${port}`, 'x:')).rejects.toThrow(CallEventLogUnavailableError);
  });

  it('rejects append quickly with CallEventLogUnavailableError while Redis is down', async () => {
    const redis = await privateRedis();
    const log = await openLog(redis.url, 'down:');
    await redis.stop();
    await expect(within(log.append(CALL, [event('e1')]), 1_000, 'append to fail')).rejects.toThrow(
      CallEventLogUnavailableError,
    );
  });

  it('rejects append, reads, subscribe and ping with CallEventLogUnavailableError within the command timeout while Redis is frozen', async () => {
    const redis = await privateRedis();
    disposers.add(() => redis.thaw());
    const log = await openLog(redis.url, 'frozen:', 300);
    await log.append(CALL, [event('e1')]);
    redis.freeze();
    const bound = (operation: Promise<unknown>, what: string) =>
      expect(within(operation, 5_000, what)).rejects.toThrow(CallEventLogUnavailableError);
    await bound(log.append(CALL, [event('e2')]), 'append to fail');
    await bound(log.readAfter(CALL, null, 10), 'readAfter to fail');
    await bound(log.readLast(CALL, 1), 'readLast to fail');
    await bound(log.getCall(CALL), 'getCall to fail');
    await bound(log.recordCall(CALL, { roomId: null }), 'recordCall to fail');
    await bound(
      log.recordRecordingFiles('recording-1', { durationMs: null, chunks: [] }),
      'recordRecordingFiles to fail',
    );
    await bound(log.getRecordingFiles('recording-1'), 'getRecordingFiles to fail');
    await bound(log.ping(), 'ping to fail');
    await bound(iterate(log, null).next(), 'subscribe to fail');
  });

  it("keeps a recording's files only as long as a call's log (the log's TTL)", async () => {
    const keyPrefix = uniqueKeyPrefix('log');
    const log = await openLog(testRedisUrl(), keyPrefix);
    await log.recordRecordingFiles('recording-1', { durationMs: 100, chunks: [] });
    const admin = createClient({ url: testRedisUrl() });
    await admin.connect();
    disposers.add(() => admin.destroy());
    const ttl = await admin.ttl(`${keyPrefix}recording:{recording-1}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('works again once a frozen Redis resumes: the retried append is stored once and reaches the open subscriber', async () => {
    const redis = await privateRedis();
    disposers.add(() => redis.thaw());
    const log = await openLog(redis.url, 'thaw:', 300);
    const iterator = iterate(log);
    const first = nextId(iterator);
    await log.append(CALL, [event('e1')]);
    expect(await first).toBe('e1');
    const pending = nextId(iterator);
    redis.freeze();
    // The append's script may or may not have reached Redis before the freeze; either way it reports failure.
    await expect(log.append(CALL, [event('e2')])).rejects.toThrow(CallEventLogUnavailableError);
    redis.thaw();
    await waitFor(() => log.ping().then(() => true), { what: 'PING to answer after SIGCONT' });
    // Retried as a sender would after a 503: stored once even if the frozen attempt went through.
    await log.append(CALL, [event('e2')]);
    expect(await pending).toBe('e2');
    await log.append(CALL, [event('e3')]);
    expect(await nextId(iterator)).toBe('e3');
  });

  it('re-reads for a subscriber whose read timed out once Redis answers again, with no new append to wake it', async () => {
    const redis = await privateRedis();
    const log = await openLog(redis.url, 'late:', 300);
    await log.append(CALL, [event('e1')]);
    const admin = createClient({ url: redis.url });
    admin.on('error', () => {});
    await admin.connect();
    disposers.add(() => admin.close());
    // Scripts (the subscriber's read included) wait for 2 s, far past the 300 ms timeout; SUBSCRIBE does not.
    await admin.sendCommand(['CLIENT', 'PAUSE', '2000', 'WRITE']);
    expect(await nextId(iterate(log))).toBe('e1');
  });

  it('resumes subscriptions after a Redis restart with no event lost or duplicated', async () => {
    const redis = await privateRedis();
    const log = await openLog(redis.url, 'restart:');
    const iterator = iterate(log);
    const first = nextId(iterator);
    await log.append(CALL, [event('e1')]);
    expect(await first).toBe('e1');
    // Appended but not yet pulled when Redis goes down: the stream must still deliver it afterwards.
    await log.append(CALL, [event('e2')]);
    await redis.stop();
    await redis.start();
    // Retried as a sender would after a 503, until the log has reconnected.
    await waitFor(() => log.append(CALL, [event('e3'), event('e2')]).then(() => true), {
      timeoutMs: 10_000,
      what: 'append after the restart',
    });
    expect([await nextId(iterator), await nextId(iterator)]).toEqual(['e2', 'e3']);
    await log.append(CALL, [event('e4')]);
    expect(await nextId(iterator)).toBe('e4');
  });

  it('catches up from the stream when notifications were lost while its subscriber was disconnected', async () => {
    const redis = await privateRedis();
    const log = await openLog(redis.url, 'kill:');
    const iterator = iterate(log);
    const pending = nextId(iterator);
    const admin = createClient({ url: redis.url });
    admin.on('error', () => {});
    await admin.connect();
    disposers.add(() => admin.close());
    await admin.sendCommand(['CLIENT', 'KILL', 'TYPE', 'pubsub']);
    // Published while nobody listens: only the reconnect catch-up can deliver it.
    await log.append(CALL, [event('e1')]);
    expect(await pending).toBe('e1');
    await log.append(CALL, [event('e2')]);
    expect(await nextId(iterator)).toBe('e2');
  });
});
