import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { phoneNumberIdentifier } from '../../src/domain/identifier.ts';
import type { IncomingCall, IncomingCallEvent } from '../../src/domain/incoming-call.ts';
import {
  createIncomingCallLog,
  INCOMING_CALL_LOG_SETTINGS,
  type IncomingCallLog,
} from '../../src/events/incoming-calls.ts';
import { InvalidCursorError } from '../../src/events/log.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';

const disposers = useDisposers();
const SUPPORT_LINE = '+18005550100';
const SALES_LINE = '+18005550200';

/** Two replicas' views of one log: the same store (Redis: the same key prefix), each with its own clock. */
type Replicas = (clock: { now: number }) => Promise<[IncomingCallLog, IncomingCallLog]>;

const implementations: [string, Replicas][] = [
  [
    'memory',
    async (clock) => {
      const store = createMemoryCallEventLog({ ...INCOMING_CALL_LOG_SETTINGS, now: () => clock.now });
      disposers.add(() => store.close());
      const log = createIncomingCallLog(store, () => clock.now);
      return [log, log];
    },
  ],
  [
    'redis',
    async (clock) => {
      const keyPrefix = uniqueKeyPrefix('incoming');
      const open = async () => {
        const store = await createRedisCallEventLog({
          url: testRedisUrl(),
          cluster: false,
          keyPrefix,
          ...INCOMING_CALL_LOG_SETTINGS,
          logger: pino({ level: 'silent' }),
        });
        disposers.add(() => store.close());
        return createIncomingCallLog(store, () => clock.now);
      };
      return [await open(), await open()];
    },
  ],
];

let contexts = 0;
function ringingCall(now: number, to = SUPPORT_LINE): IncomingCall {
  contexts += 1;
  return {
    incomingCallContext: `eyJhbGciOiJub25lIn0.context-${contexts}.`,
    serverCallId: `server-call-${contexts}`,
    correlationId: `correlation-${contexts}`,
    from: phoneNumberIdentifier('+14255550123'),
    to: phoneNumberIdentifier(to),
    callerDisplayName: 'Customer',
    receivedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 30_000).toISOString(),
  };
}

function reader(log: IncomingCallLog, options: { after?: string | null; to?: string | null } = {}) {
  const iterator = log
    .subscribe({ after: options.after ?? null, to: options.to ?? null })
    [Symbol.asyncIterator]();
  disposers.add(() => iterator.return?.());
  return async (): Promise<IncomingCallEvent> => {
    const result = await within(iterator.next(), 5_000, 'the next incoming call event');
    if (result.done) throw new Error('the subscription ended');
    return result.value;
  };
}

describe.each(implementations)('the incoming call log (%s)', (_name, replicas) => {
  it('delivers a ringing call stored on one replica to a subscriber of another', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const next = reader(b);
    const call = ringingCall(clock.now);
    await a.ring('grid-event-1', call);
    expect(await next()).toMatchObject({ kind: 'IncomingCall', call });
  });

  it('stores an Event Grid redelivery of the same event once', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const first = ringingCall(clock.now);
    const second = ringingCall(clock.now);
    await a.ring('grid-event-1', first);
    await b.ring('grid-event-1', first);
    await a.ring('grid-event-2', second);
    const next = reader(a);
    expect((await next()).call.incomingCallContext).toBe(first.incomingCallContext);
    expect((await next()).call.incomingCallContext).toBe(second.incomingCallContext);
  });

  it('grants the claim on a call to the first replica only', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const call = ringingCall(clock.now);
    await a.ring('grid-event-1', call);
    const claims = await Promise.all([a.claim(call), b.claim(call), a.claim(call)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('tells every subscriber the call was answered, after the call itself', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const call = ringingCall(clock.now);
    await a.ring('grid-event-1', call);
    await b.answered(call, 'call-connection-1');
    for (const log of [a, b]) {
      const next = reader(log);
      expect((await next()).kind).toBe('IncomingCall');
      expect(await next()).toMatchObject({
        kind: 'IncomingCallAnswered',
        callConnectionId: 'call-connection-1',
      });
    }
  });

  it('finds a ringing call by its context, and no longer once its ring time is over', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const call = ringingCall(clock.now);
    await a.ring('grid-event-1', call);
    expect(await b.find(call.incomingCallContext)).toEqual(call);
    clock.now += 30_001;
    expect(await b.find(call.incomingCallContext)).toBeNull();
  });

  it('leaves out calls whose ring time is over when replaying', async () => {
    const clock = { now: Date.now() };
    const [a] = await replicas(clock);
    const old = ringingCall(clock.now);
    await a.ring('grid-event-1', old);
    clock.now += 20_000;
    const fresh = ringingCall(clock.now);
    await a.ring('grid-event-2', fresh);
    clock.now += 15_000;
    const next = reader(a);
    expect((await next()).call.incomingCallContext).toBe(fresh.incomingCallContext);
  });

  it('keeps only calls to `to`, and resumes after a cursor', async () => {
    const clock = { now: Date.now() };
    const [a, b] = await replicas(clock);
    const support1 = ringingCall(clock.now);
    const sales = ringingCall(clock.now, SALES_LINE);
    const support2 = ringingCall(clock.now);
    await a.ring('grid-event-1', support1);
    await a.ring('grid-event-2', sales);
    await a.ring('grid-event-3', support2);
    const first = await reader(b, { to: `4:${SUPPORT_LINE}` })();
    expect(first.call.incomingCallContext).toBe(support1.incomingCallContext);
    const resumed = reader(b, { after: first.cursor, to: `4:${SUPPORT_LINE}` });
    expect((await resumed()).call.incomingCallContext).toBe(support2.incomingCallContext);
  });

  it('refuses a cursor it never issued', async () => {
    const [a] = await replicas({ now: Date.now() });
    await expect(a.checkCursor('not-a-cursor')).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
