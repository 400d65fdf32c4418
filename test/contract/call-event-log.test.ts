import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CallEvent, NewCallEvent } from '../../src/domain/call-event.ts';
import { type CallEventLog, InvalidCursorError } from '../../src/events/log.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { waitFor, within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { CLUSTER_SKIP_NOTE, skipUnlessClusterTests, useRedisCluster } from '../helpers/redis-cluster.ts';

const disposers = useDisposers();

interface LogSettings {
  maxEventsPerCall: number;
}

const cluster = useRedisCluster();

const implementations: [string, (settings: LogSettings) => Promise<CallEventLog>][] = [
  [
    'memory',
    async ({ maxEventsPerCall }) => createMemoryCallEventLog({ maxEventsPerCall, ttlSeconds: 3600 }),
  ],
  [
    'Redis',
    ({ maxEventsPerCall }) =>
      createRedisCallEventLog({
        url: testRedisUrl(),
        cluster: false,
        keyPrefix: uniqueKeyPrefix('log'),
        maxEventsPerCall,
        ttlSeconds: 3600,
        logger: pino({ level: 'silent' }),
      }),
  ],
  [
    `Redis Cluster${CLUSTER_SKIP_NOTE}`,
    async ({ maxEventsPerCall }) =>
      createRedisCallEventLog({
        url: (await cluster()).url,
        cluster: true,
        keyPrefix: uniqueKeyPrefix('log'),
        maxEventsPerCall,
        ttlSeconds: 3600,
        logger: pino({ level: 'silent' }),
      }),
  ],
];

const CALL = 'call-1';

function event(id: string, callConnectionId = CALL): NewCallEvent {
  return {
    kind: 'CallConnected',
    id,
    callConnectionId,
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: '2025-03-05T08:58:25.0780512+00:00',
    resultInformation: { code: 200, subCode: 0, message: '' },
  };
}

const events = (count: number, from = 0) => Array.from({ length: count }, (_, i) => event(`e${from + i}`));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

/** Pulls `count` items, failing instead of hanging when they do not come. */
async function take(iterator: AsyncIterator<CallEvent>, count: number): Promise<CallEvent[]> {
  const taken: CallEvent[] = [];
  while (taken.length < count) {
    const result = await within(iterator.next(), 5_000, `item ${taken.length + 1} of ${count}`);
    if (result.done) throw new Error(`the subscription ended after ${taken.length} items`);
    taken.push(result.value);
  }
  return taken;
}

/** Pulls until an item with id `lastId` arrives. */
async function takeUntil(iterator: AsyncIterator<CallEvent>, lastId: string): Promise<CallEvent[]> {
  const taken: CallEvent[] = [];
  for (;;) {
    const [item] = await take(iterator, 1);
    if (!item) throw new Error('unreachable');
    taken.push(item);
    if (item.id === lastId) return taken;
  }
}

describe.each(implementations)('CallEventLog contract (%s)', (name, create) => {
  if (name.startsWith('Redis Cluster')) beforeEach((context) => skipUnlessClusterTests(context));

  async function open(settings: Partial<LogSettings> = {}): Promise<CallEventLog> {
    const log = await create({ maxEventsPerCall: 1000, ...settings });
    disposers.add(() => log.close());
    return log;
  }

  function iterate(log: CallEventLog, after: string | null, signal?: AbortSignal): AsyncIterator<CallEvent> {
    const iterator = log.subscribe(CALL, { after, signal })[Symbol.asyncIterator]();
    disposers.add(() => iterator.return?.());
    return iterator;
  }

  it('answers ping while its store is reachable', async () => {
    const log = await open();
    await expect(log.ping()).resolves.toBeUndefined();
  });

  it('assigns strictly increasing cursors of the form <ms>-<seq> in append order', async () => {
    const log = await open();
    const stored = [...(await log.append(CALL, events(3))), ...(await log.append(CALL, events(3, 3)))];
    expect(ids(stored)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    for (const item of stored) expect(item.cursor).toMatch(/^\d+-\d+$/);
    const parts = stored.map((item) => item.cursor.split('-').map(BigInt) as [bigint, bigint]);
    for (let i = 1; i < parts.length; i++) {
      const [previous, current] = [parts[i - 1], parts[i]] as [[bigint, bigint], [bigint, bigint]];
      expect(current[0] > previous[0] || (current[0] === previous[0] && current[1] > previous[1])).toBe(true);
    }
  });

  it('stores a CloudEvent id repeated within one batch once', async () => {
    const log = await open();
    const stored = await log.append(CALL, [event('a'), event('b'), event('a')]);
    expect(ids(stored)).toEqual(['a', 'b']);
    expect(ids(await log.readAfter(CALL, null, 10))).toEqual(['a', 'b']);
  });

  it('stores a CloudEvent id repeated in a later batch once', async () => {
    const log = await open();
    await log.append(CALL, [event('a')]);
    expect(await log.append(CALL, [event('a'), event('b')])).toHaveLength(1);
    expect(ids(await log.readAfter(CALL, null, 10))).toEqual(['a', 'b']);
  });

  it('keeps calls apart: the same CloudEvent id in another call is stored', async () => {
    const log = await open();
    await log.append(CALL, [event('a')]);
    expect(await log.append('call-2', [event('a', 'call-2')])).toHaveLength(1);
    expect(ids(await log.readAfter('call-2', null, 10))).toEqual(['a']);
  });

  it('returns the newest events oldest first from readLast', async () => {
    const log = await open();
    await log.append(CALL, events(5));
    expect(ids(await log.readLast(CALL, 2))).toEqual(['e3', 'e4']);
    expect(await log.readLast('no-such-call', 2)).toEqual([]);
  });

  it('returns at most limit events strictly after the cursor from readAfter', async () => {
    const log = await open();
    const stored = await log.append(CALL, events(5));
    const after = await log.readAfter(CALL, stored[1]?.cursor ?? null, 2);
    expect(ids(after)).toEqual(['e2', 'e3']);
    expect(after.map((item) => item.cursor)).toEqual([stored[2]?.cursor, stored[3]?.cursor]);
  });

  it('returns events as appended, cursor aside', async () => {
    const log = await open();
    const [stored] = await log.append(CALL, [event('a')]);
    const [read] = await log.readAfter(CALL, null, 1);
    expect(read).toEqual(stored);
    expect(read).toEqual({ ...event('a'), cursor: stored?.cursor });
  });

  it('replays every event from the start when after is null, then yields live events', async () => {
    const log = await open();
    await log.append(CALL, events(3));
    const iterator = iterate(log, null);
    expect(ids(await take(iterator, 3))).toEqual(['e0', 'e1', 'e2']);
    await log.append(CALL, events(2, 3));
    expect(ids(await take(iterator, 2))).toEqual(['e3', 'e4']);
  });

  it('replays after a cursor then goes live with no gap or duplicate while appends race the subscription', async () => {
    const log = await open();
    const appended: CallEvent[] = [];
    const writer = (async () => {
      for (let i = 0; i < 60; i++) appended.push(...(await log.append(CALL, [event(`e${i}`)])));
    })();
    const after = await waitFor(() => appended[2]?.cursor, { what: 'three appends' });
    const iterator = iterate(log, after);
    const received = await takeUntil(iterator, 'e59');
    await writer;
    expect(ids(received)).toEqual(Array.from({ length: 57 }, (_, i) => `e${i + 3}`));
    expect(received).toEqual(appended.slice(3));
  });

  it('gives two subscribers of one call the same sequence', async () => {
    const log = await open();
    await log.append(CALL, events(2));
    const first = iterate(log, null);
    const second = iterate(log, null);
    await take(first, 1);
    await log.append(CALL, events(3, 2));
    const [a, b] = await Promise.all([take(first, 4), take(second, 5)]);
    expect(ids(a)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(ids(b)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
  });

  it('yields only later events for a well-formed cursor beyond every stored one', async () => {
    const log = await open();
    await log.append(CALL, events(2));
    const iterator = iterate(log, '99999999999999-0');
    const pending = iterator.next();
    await log.append(CALL, [event('late')]);
    // The appended cursor is "now", which is before the future cursor: nothing is yielded for it.
    await iterator.return?.();
    expect((await pending).done).toBe(true);
    expect(await log.readAfter(CALL, '99999999999999-0', 10)).toEqual([]);
  });

  it('yields EventsLost first when resuming from a cursor older than the trimmed log', async () => {
    const log = await open({ maxEventsPerCall: 10 });
    // 250 events: enough for Redis's approximate trimming (whole stream nodes of 100 entries) to act.
    const stored = await log.append(CALL, events(250));
    const oldest = (await log.readAfter(CALL, null, 1))[0];
    expect(oldest?.id).not.toBe('e0');

    const iterator = iterate(log, stored[0]?.cursor ?? null);
    const [lost] = await take(iterator, 1);
    expect(lost).toMatchObject({
      kind: 'EventsLost',
      callConnectionId: CALL,
      requestedAfter: stored[0]?.cursor,
      oldestRetainedCursor: oldest?.cursor,
    });
    const retained = await takeUntil(iterator, 'e249');
    const firstRetained = stored.findIndex((item) => item.id === oldest?.id);
    expect(ids(retained)).toEqual(ids(stored.slice(firstRetained)));
    // The EventsLost cursor is the newest lost one: resuming after it loses nothing more.
    expect(lost?.cursor).toBe(stored[firstRetained - 1]?.cursor);
  });

  it('yields no EventsLost when resuming from a cursor still in the trimmed log', async () => {
    const log = await open({ maxEventsPerCall: 10 });
    const stored = await log.append(CALL, events(250));
    const iterator = iterate(log, stored[247]?.cursor ?? null);
    expect(ids(await take(iterator, 2))).toEqual(['e248', 'e249']);
  });

  it('rejects a malformed cursor with InvalidCursorError', async () => {
    const log = await open();
    for (const cursor of ['', 'abc', '12', '1-2-3', '-1-0', '1-x', '1 -2', '99999999999999999999-0']) {
      expect(() => log.subscribe(CALL, { after: cursor }), cursor).toThrow(InvalidCursorError);
      await expect(log.readAfter(CALL, cursor, 1), cursor).rejects.toThrow(InvalidCursorError);
    }
  });

  it('returns what recordCall stored from getCall, and null for an unknown call', async () => {
    const log = await open();
    await log.recordCall(CALL, { roomId: 'room-1' });
    expect(await log.getCall(CALL)).toEqual({ roomId: 'room-1' });
    await log.recordCall('call-2', { roomId: null });
    expect(await log.getCall('call-2')).toEqual({ roomId: null });
    expect(await log.getCall('no-such-call')).toBeNull();
  });

  it('returns from getCallSummary what recordCall stored with the state, newest cursor and ACS ids the appended events say', async () => {
    const log = await open();
    await log.recordCall(CALL, { roomId: 'room-1' });
    const connected = { ...event('e0'), serverCallId: 'server-call-1', correlationId: 'correlation-1' };
    const stored = await log.append(CALL, [
      connected,
      { ...event('e1'), kind: 'PlayStarted' } as NewCallEvent,
    ]);
    expect(await log.getCallSummary(CALL)).toEqual({
      info: { roomId: 'room-1' },
      snapshot: {
        state: 'connected',
        cursor: stored[1]?.cursor,
        serverCallId: 'server-call-1',
        correlationId: 'correlation-1',
      },
    });
  });

  it('returns no info and an empty snapshot from getCallSummary for a call it never heard of', async () => {
    const log = await open();
    expect(await log.getCallSummary('no-such-call')).toEqual({
      info: null,
      snapshot: { state: null, cursor: null, serverCallId: null, correlationId: null },
    });
  });

  it('a CallConnected after CallDisconnected does not revive the summary', async () => {
    const log = await open();
    await log.append(CALL, [event('e0'), { ...event('e1'), kind: 'CallDisconnected' } as NewCallEvent]);
    const [late] = await log.append(CALL, [event('e2')]);
    const { snapshot } = await log.getCallSummary(CALL);
    expect(snapshot.state).toBe('disconnected');
    expect(snapshot.cursor).toBe(late?.cursor);
  });

  it('keeps in the summary what events trimmed away said', async () => {
    const log = await open({ maxEventsPerCall: 10 });
    await log.append(CALL, [event('connected')]);
    const later = events(30, 1).map((e) => ({ ...e, kind: 'PlayStarted' }) as NewCallEvent);
    const stored = await log.append(CALL, later);
    expect(ids(await log.readAfter(CALL, null, 100))).not.toContain('connected');
    expect((await log.getCallSummary(CALL)).snapshot).toMatchObject({
      state: 'connected',
      cursor: stored.at(-1)?.cursor,
    });
  });

  it('leaves the summary as it was when every appended event is a duplicate', async () => {
    const log = await open();
    await log.append(CALL, [event('e0')]);
    const before = await log.getCallSummary(CALL);
    await log.append(CALL, [{ ...event('e0'), kind: 'CallDisconnected' } as NewCallEvent]);
    expect(await log.getCallSummary(CALL)).toEqual(before);
  });

  it('finds the call connection linked to a server call, and null for an unknown server call', async () => {
    const log = await open();
    await log.recordCall(CALL, { roomId: null });
    await log.linkServerCall('server-call-1', CALL);
    expect(await log.callOfServerCall('server-call-1')).toBe(CALL);
    expect(await log.callOfServerCall('no-such-server-call')).toBeNull();
  });

  it('returns the files recordRecordingFiles stored (the latest announcement), and null for an unannounced recording', async () => {
    const log = await open();
    const chunk = {
      documentId: 'doc-1',
      index: 0,
      endReason: 'SessionEnded',
      contentLocation: 'https://storage.asm.skype.com/v1/objects/doc-1/content/audio',
      metadataLocation: 'https://storage.asm.skype.com/v1/objects/doc-1/content/acsmetadata',
      deleteLocation: 'https://storage.asm.skype.com/v1/objects/doc-1',
    };
    await log.recordRecordingFiles('recording-1', { durationMs: 6620, chunks: [chunk] });
    expect(await log.getRecordingFiles('recording-1')).toEqual({ durationMs: 6620, chunks: [chunk] });
    const second = { ...chunk, documentId: 'doc-2', index: 1 };
    await log.recordRecordingFiles('recording-1', { durationMs: null, chunks: [chunk, second] });
    expect(await log.getRecordingFiles('recording-1')).toEqual({ durationMs: null, chunks: [chunk, second] });
    expect(await log.getRecordingFiles('no-such-recording')).toBeNull();
  });

  it('pushes into a driven sink in order and never while the sink is paused, going on after resume()', async () => {
    const log = await open();
    await log.append(CALL, events(3));
    const subscription = log.subscribe(CALL, { after: null });
    disposers.add(() => subscription.end());
    const received: string[] = [];
    let paused = false;
    let pushedWhilePaused = 0;
    subscription.drive({
      push(item) {
        if (paused) pushedWhilePaused++;
        received.push(item.id);
        paused = true; // One event at a time: replayed and live ones alike.
        return false;
      },
      end() {},
      fail(error) {
        throw error;
      },
    });
    const resume = () => {
      paused = false;
      subscription.resume();
    };
    await waitFor(() => received.length === 1, { what: 'the first replayed event' });
    await log.append(CALL, events(2, 3));
    for (let count = 2; count <= 5; count++) {
      resume();
      await waitFor(() => received.length === count, { what: `event ${count}` });
    }
    expect(received).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(pushedWhilePaused).toBe(0);
  });

  it('ends open subscriptions, even a waiting one, on close', async () => {
    const log = await open();
    const iterator = iterate(log, null);
    const pending = iterator.next();
    await log.close();
    expect(await within(pending, 5_000, 'the subscription to end')).toEqual({ done: true, value: undefined });
  });

  it('ends one subscription on return() while another of the same call goes on', async () => {
    const log = await open();
    const ended = iterate(log, null);
    const kept = iterate(log, null);
    const pending = ended.next();
    await ended.return?.();
    expect(await within(pending, 5_000, 'the subscription to end')).toEqual({ done: true, value: undefined });
    await log.append(CALL, [event('a')]);
    expect(ids(await take(kept, 1))).toEqual(['a']);
    expect((await ended.next()).done).toBe(true);
  });

  it('ends a subscription when its signal aborts', async () => {
    const log = await open();
    const controller = new AbortController();
    const iterator = iterate(log, null, controller.signal);
    await log.append(CALL, [event('a')]);
    expect(ids(await take(iterator, 1))).toEqual(['a']);
    const pending = iterator.next();
    controller.abort();
    expect(await within(pending, 5_000, 'the subscription to end')).toEqual({ done: true, value: undefined });
  });
});

describe('memory call event log', () => {
  it("forgets a recording's files once the log's TTL is up", async () => {
    let time = Date.parse('2026-01-01T00:00:00Z');
    const log = createMemoryCallEventLog({ maxEventsPerCall: 10, ttlSeconds: 60, now: () => time });
    disposers.add(() => log.close());
    await log.recordRecordingFiles('recording-1', { durationMs: 100, chunks: [] });
    time += 59_000;
    expect(await log.getRecordingFiles('recording-1')).toEqual({ durationMs: 100, chunks: [] });
    time += 1_000;
    expect(await log.getRecordingFiles('recording-1')).toBeNull();
  });
});
