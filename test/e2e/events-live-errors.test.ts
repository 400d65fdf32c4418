import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CallEventData, type ReconnectInfo, watchCall } from '@switchboard/client';
import { type GraphQLFormattedError, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { followWithStatus } from '../../client/examples/live-status.ts';
import { AddParticipantDocument, EventStreamDocument, HangUpDocument } from '../gql/graphql.ts';
import { createDeferred, waitFor, within } from '../helpers/async.ts';
import { connectRoomCall, dialSendDtmfHangUp, postTo, storedThroughDisconnected } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { freePort, startRedisServer } from '../helpers/redis-global-setup.ts';
import { subscribeOverSse } from '../helpers/sse.ts';
import { startCuttableProxy } from '../helpers/tcp-proxy.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000031';
const PHONE = '+14255550131';
const CALLER_ID = '+18005550100';
const ROOM = {
  pstnDialOutEnabled: true,
  participants: [{ communicationUserId: USER, role: 'PRESENTER' as const }],
};

/** A private redis-server on `port` (a fresh one, or the same port again after a kill), stopped after the test. */
async function startPrivateRedis(port?: number) {
  const chosen = port ?? (await freePort());
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-live-errors-'));
  disposers.add(() => rm(dir, { recursive: true, force: true }));
  const child = await startRedisServer(chosen, dir);
  disposers.add(() => stop(child));
  // Registered after the stop above, so it runs first: a frozen process ignores SIGTERM.
  disposers.add(() => child.kill('SIGCONT'));
  return { port: chosen, url: `redis://127.0.0.1:${chosen}`, child };
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A room call the gateway joined, once its connect callbacks are stored (none is left to land in an outage). */
async function connectSettled(stack: GatewayStack): Promise<string> {
  const { callConnectionId } = await connectRoomCall(postTo(stack), ROOM);
  await waitFor(() => stack.emulator.emulator.control.callbacksSettled(callConnectionId), {
    what: 'the connect callbacks to settle',
  });
  return callConnectionId;
}

/** Dials a phone in, sends it DTMF and hangs up for everyone: a call's whole life after connect. */
function lifeAfterConnect(stack: GatewayStack, callConnectionId: string) {
  const phone = { phone: PHONE, callerId: CALLER_ID };
  return dialSendDtmfHangUp(postTo(stack), stack.emulator.emulator.control, callConnectionId, phone);
}

/** The error a raw graphql-ws subscription ends with (its `error` message payload). */
function wsSubscriptionError(stack: GatewayStack, callConnectionId: string) {
  const ended = createDeferred<readonly GraphQLFormattedError[]>();
  stack.wsClient().subscribe(
    { query: print(EventStreamDocument), variables: { callConnectionId } },
    {
      // Errors at subscribe time come as a `next` with `errors` (then `complete`); later ones as `error`.
      next: (result) => {
        if (result.errors) ended.resolve(result.errors);
      },
      error: (error) => ended.resolve(error as GraphQLFormattedError[]),
      complete: () => ended.reject(new Error('the subscription completed instead of failing')),
    },
  );
  return within(ended.promise, 10_000, 'the graphql-ws subscription to fail');
}

/** The errors of the last `next` of a GraphQL-over-SSE stream that the server ended. */
async function sseSubscriptionErrors(stack: GatewayStack, callConnectionId: string) {
  const sse = subscribeOverSse(stack.graphqlUrl, EventStreamDocument, { callConnectionId });
  disposers.add(() => sse.close());
  const [result] = await sse.waitForResults(1);
  await waitFor(() => sse.endings > 0, { what: `the SSE stream to end (${JSON.stringify(sse.results)})` });
  return result?.errors ?? [];
}

/** What a client may see of an outage: a code to act on, when to retry, and no infrastructure detail. */
function expectUnavailable(errors: readonly GraphQLFormattedError[] | readonly unknown[]) {
  expect(errors).toHaveLength(1);
  const [error] = errors as readonly GraphQLFormattedError[];
  expect(error?.extensions).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: 2 });
  expect(error?.message).toMatch(/^The call event log is unavailable; retry after 2 s/);
  expect(error?.message).not.toMatch(/redis|127\.0\.0\.1|timed out|within/i);
}

/** Starts `watchCall`, recording what it reports; stopped after the test. */
function startWatch(stack: GatewayStack, callConnectionId: string, transport: 'ws' | 'sse') {
  const events: CallEventData[] = [];
  const reconnects: ReconnectInfo[] = [];
  const completed = createDeferred();
  const watch = watchCall({
    url: stack.graphqlUrl,
    callConnectionId,
    transport,
    webSocketImpl: WebSocket,
    retry: { initialDelayMs: 50, maxDelayMs: 500, maxAttempts: 30 },
    onEvent: (event) => events.push(event),
    onComplete: () => completed.resolve(),
    onError: (error) => completed.reject(error),
    onReconnect: (info) => reconnects.push(info),
  });
  disposers.add(() => watch.stop());
  return { events, reconnects, completed: completed.promise };
}

describe('live errors', () => {
  it('a subscription opened while Redis is frozen ends with UNAVAILABLE and retryAfterSeconds on graphql-ws and SSE', async () => {
    const redis = await startPrivateRedis();
    const stack = await startGatewayStack(disposers, {
      redis: { url: redis.url },
      env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
    });
    const callConnectionId = await connectSettled(stack);

    redis.child.kill('SIGSTOP');
    expectUnavailable(await wsSubscriptionError(stack, callConnectionId));
    expectUnavailable(await sseSubscriptionErrors(stack, callConnectionId));
    redis.child.kill('SIGCONT');
  });

  it('a stream that fails after it started (its SUBSCRIBE is never answered) ends with UNAVAILABLE on graphql-ws and SSE, not the raw error', async () => {
    const redis = await startPrivateRedis();
    // The gateway opens its command connection (#0), then its subscriber connection (#1), through this proxy:
    // both logs and the rate-limit store share them.
    const proxy = await startCuttableProxy(redis.port);
    disposers.add(() => proxy.close());
    const stack = await startGatewayStack(disposers, {
      redis: { url: proxy.url.replace(/^http/, 'redis') },
      env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
    });
    expect(proxy.connections()).toBe(2);
    const callConnectionId = await connectSettled(stack);

    // Reads still answer, so the subscription starts; listening for appends does not.
    proxy.freeze(1);
    expectUnavailable(await wsSubscriptionError(stack, callConnectionId));
    expectUnavailable(await sseSubscriptionErrors(stack, callConnectionId));
    proxy.thaw(1);
    const unexpected = stack.logs.filter((line) => line.includes('unexpected error (masked)'));
    expect(unexpected).toEqual([]);
  });

  it('watchCall whose stream fails after it started (its SUBSCRIBE is never answered) sees UNAVAILABLE, then every event exactly once', async () => {
    const redis = await startPrivateRedis();
    const proxy = await startCuttableProxy(redis.port);
    disposers.add(() => proxy.close());
    const stack = await startGatewayStack(disposers, {
      redis: { url: proxy.url.replace(/^http/, 'redis') },
      env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
    });
    const callConnectionId = await connectSettled(stack);

    proxy.freeze(1);
    const consumer = startWatch(stack, callConnectionId, 'ws');
    await waitFor(() => consumer.reconnects.some((r) => r.code === 'UNAVAILABLE'), {
      what: 'watchCall to be told UNAVAILABLE',
      timeoutMs: 10_000,
    });
    proxy.thaw(1);
    await lifeAfterConnect(stack, callConnectionId);
    await within(consumer.completed, 20_000, 'onComplete');
    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
  });

  it('a stream that fails after it started with an unexpected error ends with a masked INTERNAL_SERVER_ERROR on graphql-ws and SSE', async () => {
    const secret = 'connection to 10.1.2.3:6380 reset by peer (internal detail)';
    const stack = await startGatewayStack(disposers, {
      // The real log, except that every subscription fails once it is driven (after the subscription started).
      wrapEventLog: (log) => ({
        ...log,
        subscribe(callConnectionId, options) {
          const subscription = log.subscribe(callConnectionId, options);
          return {
            ...subscription,
            drive(sink) {
              sink.fail(new Error(secret));
              void subscription.end();
            },
            resume: () => subscription.resume(),
            end: () => subscription.end(),
          };
        },
      }),
    });
    const callConnectionId = await connectSettled(stack);

    for (const errors of [
      await wsSubscriptionError(stack, callConnectionId),
      await sseSubscriptionErrors(stack, callConnectionId),
    ]) {
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toBe('Unexpected error.');
      expect(errors[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(errors)).not.toContain('10.1.2.3');
    }
    // The cause is logged for the operator.
    expect(
      stack.logs.some((line) => line.includes('unexpected error (masked)') && line.includes(secret)),
    ).toBe(true);
  });

  it.each(['ws', 'sse'] as const)(
    'watchCall over %s started while Redis is frozen sees UNAVAILABLE, backs off, and then delivers every event exactly once',
    async (transport) => {
      const redis = await startPrivateRedis();
      const stack = await startGatewayStack(disposers, {
        redis: { url: redis.url },
        env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
        // Callbacks refused (503) while Redis is frozen are retried until it is back.
        emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
      });
      const callConnectionId = await connectSettled(stack);

      redis.child.kill('SIGSTOP');
      const consumer = startWatch(stack, callConnectionId, transport);
      await waitFor(() => consumer.reconnects.some((r) => r.code === 'UNAVAILABLE'), {
        what: 'watchCall to be told UNAVAILABLE',
        timeoutMs: 10_000,
      });
      expect(consumer.events).toEqual([]);
      redis.child.kill('SIGCONT');

      await lifeAfterConnect(stack, callConnectionId);
      await within(consumer.completed, 20_000, 'onComplete');
      expect(consumer.events.map((e) => e.cursor)).toEqual(
        await storedThroughDisconnected(stack.eventLog, callConnectionId),
      );
      // The gateway's retryAfterSeconds (2 s) is the least a transient outage waits.
      const unavailable = consumer.reconnects.filter((r) => r.code === 'UNAVAILABLE');
      expect(unavailable.every((r) => r.delayMs >= 2_000)).toBe(true);
    },
  );

  it("the README's status example shows the outage as paused, then every event once, then the call's end", async () => {
    (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
    const redis = await startPrivateRedis();
    const stack = await startGatewayStack(disposers, {
      redis: { url: redis.url },
      env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
      emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
    });
    const callConnectionId = await connectSettled(stack);
    const events: CallEventData[] = [];
    const statuses: string[] = [];

    redis.child.kill('SIGSTOP');
    const watch = followWithStatus(
      stack.graphqlUrl,
      callConnectionId,
      (e) => events.push(e),
      (s) => statuses.push(s),
    );
    disposers.add(() => watch.stop());
    await waitFor(() => statuses.includes('paused (UNAVAILABLE), retrying in 2 s'), {
      what: 'the paused status',
    });
    redis.child.kill('SIGCONT');
    await lifeAfterConnect(stack, callConnectionId);
    await within(watch.done, 20_000, 'the watch to end');

    expect(statuses.at(-1)).toBe('call ended');
    expect(events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
  });

  it('watchCall started while Redis is down (killed) sees UNAVAILABLE, and once Redis is back delivers every event exactly once', async () => {
    const redis = await startPrivateRedis();
    const stack = await startGatewayStack(disposers, {
      redis: { url: redis.url },
      emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
    });
    const callConnectionId = await connectSettled(stack);
    // A non-persistent Redis: the restarted one is empty, so the events come from the retried callbacks.
    await stop(redis.child, 'SIGKILL');

    const consumer = startWatch(stack, callConnectionId, 'ws');
    await waitFor(() => consumer.reconnects.some((r) => r.code === 'UNAVAILABLE'), {
      what: 'watchCall to be told UNAVAILABLE',
      timeoutMs: 10_000,
    });
    await startPrivateRedis(redis.port);
    await lifeAfterConnect(stack, callConnectionId);
    await within(consumer.completed, 20_000, 'onComplete');
    expect(consumer.events.map((e) => e.cursor)).toEqual(
      await storedThroughDisconnected(stack.eventLog, callConnectionId),
    );
  });

  it.each(['frozen', 'killed'] as const)(
    'watchCall across Redis %s mid-stream delivers every event exactly once',
    async (outage) => {
      const redis = await startPrivateRedis();
      const stack = await startGatewayStack(disposers, {
        redis: { url: redis.url },
        env: { REDIS_COMMAND_TIMEOUT_MS: '300' },
        emulator: { callbackRetry: { attempts: 12, baseDelayMs: 100 } },
      });
      const callConnectionId = await connectSettled(stack);
      const consumer = startWatch(stack, callConnectionId, 'ws');
      await waitFor(() => consumer.events.some((e) => e.type === 'PARTICIPANTS_UPDATED'), {
        what: 'the first events',
      });
      const before = consumer.events.map((e) => e.cursor);

      // Mid-stream the gateway keeps the stream open through the outage and reads the log again once Redis
      // answers: appends made meanwhile are not lost, only their notifications.
      const { control } = stack.emulator.emulator;
      if (outage === 'frozen') redis.child.kill('SIGSTOP');
      else await stop(redis.child, 'SIGKILL');
      const added = await stack.graphql(AddParticipantDocument, {
        input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
      });
      expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
      await waitFor(
        () => control.callbacks({ callConnectionId }).some((d) => d.attempts.some((a) => a.status === 503)),
        { what: 'a callback refused during the outage' },
      );
      if (outage === 'frozen') redis.child.kill('SIGCONT');
      // A non-persistent Redis: the restarted one is empty; the events come from the retried callbacks.
      else await startPrivateRedis(redis.port);
      const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
      expectTypename(hungUp.data?.hangUp, 'HangUpPayload');

      await within(consumer.completed, 20_000, 'onComplete');
      const stored = await storedThroughDisconnected(stack.eventLog, callConnectionId);
      const expected = outage === 'frozen' ? stored : [...before, ...stored];
      expect(consumer.events.map((e) => e.cursor)).toEqual(expected);
    },
  );
});
