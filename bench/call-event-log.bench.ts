/**
 * Call event log throughput and fan-out latency, memory vs Redis. Run: `npm run bench` (see README.md).
 * vitest prints, per group, how many times faster the fastest implementation is.
 */
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, bench, describe } from 'vitest';
import type { NewCallEvent } from '../src/domain/call-event.ts';
import type { CallEventLog } from '../src/events/log.ts';
import { createMemoryCallEventLog } from '../src/events/memory-log.ts';
import { createRedisCallEventLog } from '../src/events/redis-log.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../test/helpers/redis.ts';

const SUBSCRIBERS = 10;
const settings = { maxEventsPerCall: 10_000, ttlSeconds: 600 };

function event(callConnectionId: string): NewCallEvent {
  return {
    kind: 'ParticipantsUpdated',
    id: randomUUID(),
    callConnectionId,
    serverCallId: 'aHR0cHM6Ly9hcGkuZmxpZ2h0cHJveHkuc2t5cGUuY29tL2FwaS92Mi9jcC9jb252LXVzd2UtMDM',
    correlationId: randomUUID(),
    operationContext: null,
    time: new Date().toISOString(),
    resultInformation: { code: 200, subCode: 0, message: '' },
    sequenceNumber: 1,
    participants: [
      {
        identifier: {
          kind: 'phoneNumber',
          rawId: '4:+14255550123',
          phoneNumber: '+14255550123',
          isAnonymous: null,
        },
        isMuted: false,
        isOnHold: false,
      },
    ],
  };
}

const logs: [string, CallEventLog][] = [
  ['memory', createMemoryCallEventLog(settings)],
  [
    'Redis',
    await createRedisCallEventLog({
      url: testRedisUrl(),
      cluster: false,
      keyPrefix: uniqueKeyPrefix('bench'),
      logger: pino({ level: 'silent' }),
      ...settings,
    }),
  ],
];
afterAll(async () => {
  await Promise.all(logs.map(([, log]) => log.close()));
});

describe('append one event', () => {
  for (const [name, log] of logs) {
    const call = `append-${name}`;
    bench(name, async () => {
      await log.append(call, [event(call)]);
    });
  }
});

describe('append a batch of 10 events', () => {
  for (const [name, log] of logs) {
    const call = `batch-${name}`;
    bench(name, async () => {
      await log.append(
        call,
        Array.from({ length: 10 }, () => event(call)),
      );
    });
  }
});

describe(`append → ${SUBSCRIBERS} live subscribers of the call received it`, () => {
  for (const [name, log] of logs) {
    const call = `fanout-${name}`;
    let expected = '';
    let received = 0;
    let done: () => void = () => {};
    for (let i = 0; i < SUBSCRIBERS; i++) {
      void (async () => {
        for await (const item of log.subscribe(call, { after: null })) {
          if (item.id === expected && ++received === SUBSCRIBERS) done();
        }
      })();
    }
    bench(name, async () => {
      const next = event(call);
      const all = new Promise<void>((resolve) => {
        done = resolve;
      });
      expected = next.id;
      received = 0;
      await log.append(call, [next]);
      await all;
    });
  }
});
