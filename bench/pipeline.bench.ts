/**
 * End-to-end event pipeline of the real gateway (`createApp`): a signed ACS callback POSTed to `/api/callbacks`
 * → verified, normalized, appended to the call event log → delivered to a live subscriber over graphql-ws or SSE.
 * Memory vs Redis log. Run: `npm run bench` (see README.md). No emulator: no ACS call is made, so the gateway is
 * configured with a dummy ACS connection string and trusts the test JWKS of `startCallbackSender`.
 *
 * Also prints (console.info, once, before the benches) the retained heap per idle graphql-ws subscription.
 */
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { EventSource } from 'eventsource';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { CallEventLog } from '../src/events/log.ts';
import { createMemoryCallEventLog } from '../src/events/memory-log.ts';
import { createRedisCallEventLog } from '../src/events/redis-log.ts';
import { createLogger } from '../src/logger.ts';
import { EventStreamDocument } from '../test/gql/graphql.ts';
import { waitFor } from '../test/helpers/async.ts';
import {
  type CloudEventBody,
  issueCallToken,
  participantsUpdatedEvent,
  startCallbackSender,
} from '../test/helpers/callbacks.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../test/helpers/redis.ts';

type LogKind = 'memory' | 'Redis';
const LOG_KINDS: LogKind[] = ['memory', 'Redis'];
const BATCH = 50;
const IDLE_SUBSCRIPTIONS = 500;
const BENCH_OPTIONS = { time: 2_000, warmupTime: 300 };
const QUERY = print(EventStreamDocument);

const closers: (() => unknown)[] = [];
afterAll(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

const sender = await startCallbackSender({ add: (close) => closers.push(close) });

/** A callback token minted once a minute: RS256 signing is the sender's cost, not the gateway's. */
let token = { value: '', mintedAt: 0 };
async function callbackToken(): Promise<string> {
  if (Date.now() - token.mintedAt > 60_000) token = { value: await sender.jwks.mint(), mintedAt: Date.now() };
  return token.value;
}

/** Each call's callback token, issued once per stack (as `connectRoomCall` does), outside the measured work. */
const callTokens = new Map<string, Promise<string>>();

async function postCallback(stack: Stack, events: CloudEventBody[]): Promise<void> {
  const callConnectionId = String(events[0]?.data.callConnectionId);
  const key = `${stack.url} ${callConnectionId}`;
  let callToken = callTokens.get(key);
  if (!callToken) {
    callToken = issueCallToken(stack.eventLog, callConnectionId);
    callTokens.set(key, callToken);
  }
  const response = await sender.post(stack.url, events, {
    token: await callbackToken(),
    callToken: await callToken,
  });
  if (response.status !== 204) throw new Error(`callback answered ${response.status}: ${response.body}`);
}

interface Stack {
  url: string;
  eventLog: CallEventLog;
  graphqlUrl: string;
  /** How many `callEvents` subscriptions the gateway started (counted from its debug log; `debug` stacks only). */
  subscribed(): number;
}

/** A gateway on port 0 with a memory or Redis log; logs go to a sink that only counts subscriptions. */
async function startStack(kind: LogKind, level: 'info' | 'debug' = 'info'): Promise<Stack> {
  let subscribed = 0;
  const logger = createLogger({
    level,
    destination: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        subscribed += chunk.toString('utf8').split('callEvents subscribed').length - 1;
        callback();
      },
    }),
  });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: 'http://127.0.0.1:0',
    // Never called: the pipeline makes no ACS request.
    ACS_CONNECTION_STRING: 'endpoint=http://127.0.0.1:9/;accesskey=YmVuY2g=',
    ...sender.gatewayEnv,
  });
  const settings = { maxEventsPerCall: 10_000, ttlSeconds: 600 };
  const eventLog =
    kind === 'Redis'
      ? await createRedisCallEventLog({
          url: testRedisUrl(),
          cluster: false,
          keyPrefix: uniqueKeyPrefix('bench-pipeline'),
          logger: logger.child({ component: 'event-log' }),
          ...settings,
        })
      : createMemoryCallEventLog(settings);
  const app: App = createApp(config, { eventLog, logger });
  await app.start();
  closers.push(() => app.stop());
  const url = app.url.replace('localhost', '127.0.0.1');
  return { url, eventLog, graphqlUrl: `${url}/graphql`, subscribed: () => subscribed };
}

/** Resolves waiters by event id as a subscriber receives events. */
function arrivals() {
  const waiting = new Map<string, () => void>();
  return {
    arrived(id: string | undefined) {
      if (id === undefined) return;
      waiting.get(id)?.();
      waiting.delete(id);
    },
    /** Resolves once every one of `ids` has arrived (register before posting). */
    all(ids: string[]): Promise<void> {
      let left = ids.length;
      return new Promise((resolve) => {
        for (const id of ids) {
          waiting.set(id, () => {
            if (--left === 0) resolve();
          });
        }
      });
    },
  };
}

type EventPayload = { data?: { callEvents?: { id?: string } } | null; errors?: readonly unknown[] };

/** A real graphql-ws client subscribed to `call`; returns the arrivals of its events. */
function subscribeWs(stack: Stack, call: string) {
  const events = arrivals();
  const client = createClient({
    url: stack.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  closers.push(() => client.dispose());
  client.subscribe<{ callEvents: { id: string } }>(
    { query: QUERY, variables: { callConnectionId: call } },
    {
      next: (result: EventPayload) => {
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        events.arrived(result.data?.callEvents?.id);
      },
      error: () => {},
      complete: () => {},
    },
  );
  return events;
}

/** A real `EventSource` (the `eventsource` package) on `GET /graphql` with `Accept: text/event-stream`. */
function subscribeSse(stack: Stack, call: string) {
  const events = arrivals();
  const target = new URL(stack.graphqlUrl);
  target.searchParams.set('query', QUERY);
  target.searchParams.set('variables', JSON.stringify({ callConnectionId: call }));
  const source = new EventSource(target);
  closers.push(() => source.close());
  source.addEventListener('next', (event) => {
    const payload = JSON.parse(event.data) as EventPayload;
    if (payload.errors) throw new Error(event.data);
    events.arrived(payload.data?.callEvents?.id);
  });
  return events;
}

let sequence = 0;
const newEvent = (call: string) => participantsUpdatedEvent(call, ++sequence, 2);

/** Posts one event and waits for it: proves the subscription is live before the bench starts. */
async function warmUp(stack: Stack, call: string, events: ReturnType<typeof arrivals>): Promise<void> {
  await waitFor(
    async () => {
      const event = newEvent(call);
      const arrived = events.all([event.id]);
      await postCallback(stack, [event]);
      return Promise.race([arrived.then(() => true), new Promise<false>((r) => setTimeout(r, 200, false))]);
    },
    { timeoutMs: 10_000, what: `a live subscriber of ${call}` },
  );
}

const stacks = new Map<LogKind, Stack>();
for (const kind of LOG_KINDS) stacks.set(kind, await startStack(kind));
const stackOf = (kind: LogKind) => stacks.get(kind) as Stack;

// --- Memory per idle subscription (a measurement, printed once; not a bench) ---------------------------------

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function retained(): { heap: number; buffers: number } {
  gc();
  gc();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The subscribers run in a worker thread (its own V8 isolate, so its own heap): the main thread's heap then
 * holds only the gateway's side of the subscriptions. Real graphql-ws clients over `ws`.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createClient } = require(workerData.graphqlWs);
const WebSocket = require(workerData.ws);
let clients = [];
parentPort.on('message', async ({ cmd, url, query, calls, multiplexed }) => {
  if (cmd === 'open') {
    const client = () => {
      const c = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(c);
      return c;
    };
    const shared = multiplexed ? client() : undefined;
    for (const callConnectionId of calls) {
      (shared ?? client()).subscribe(
        { query, variables: { callConnectionId } },
        { next() {}, error() {}, complete() {} },
      );
    }
  } else if (cmd === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
  }
  parentPort.postMessage(cmd);
});
`;

async function measureIdleSubscriptions(kind: LogKind): Promise<string[]> {
  const stack = await startStack(kind, 'debug');
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { graphqlWs: require.resolve('graphql-ws'), ws: require.resolve('ws') },
  });
  const command = (message: Record<string, unknown>) =>
    new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.postMessage(message);
    });
  const lines: string[] = [];
  try {
    for (const multiplexed of [true, false]) {
      const label = multiplexed
        ? `${IDLE_SUBSCRIPTIONS} subscriptions on 1 connection`
        : `${IDLE_SUBSCRIPTIONS} connections × 1 subscription`;
      const calls = Array.from({ length: IDLE_SUBSCRIPTIONS }, (_, i) => `idle-${multiplexed}-${i}`);
      await settle(200);
      const before = retained();
      const started = stack.subscribed();
      await command({
        cmd: 'open',
        url: stack.graphqlUrl.replace(/^http/, 'ws'),
        query: QUERY,
        calls,
        multiplexed,
      });
      await waitFor(() => stack.subscribed() - started >= IDLE_SUBSCRIPTIONS, {
        timeoutMs: 20_000,
        what: `${IDLE_SUBSCRIPTIONS} subscriptions on the gateway`,
      });
      await settle(500);
      const open = retained();
      await command({ cmd: 'close' });
      await settle(500);
      const closed = retained();
      const perSub = (bytes: number) => `${(bytes / IDLE_SUBSCRIPTIONS / 1024).toFixed(1)} KiB`;
      lines.push(
        `${kind} log, ${label}: retained heap +${perSub(open.heap - before.heap)}/subscription ` +
          `(array buffers +${perSub(open.buffers - before.buffers)}); after closing: ` +
          `${perSub(closed.heap - before.heap)}/subscription left`,
      );
    }
  } finally {
    await worker.terminate();
  }
  return lines;
}

beforeAll(async () => {
  const lines: string[] = [];
  for (const kind of LOG_KINDS) lines.push(...(await measureIdleSubscriptions(kind)));
  console.info(
    `Memory per idle graphql-ws subscription (gateway side, after full GC):\n  ${lines.join('\n  ')}`,
  );
}, 120_000);

// --- Latency of one callback ----------------------------------------------------------------------------------

const TRANSPORTS = [
  ['graphql-ws', subscribeWs],
  ['SSE', subscribeSse],
] as const;
for (const kind of LOG_KINDS) {
  describe(`one callback → received by a subscriber, ${kind} log`, async () => {
    const stack = stackOf(kind);
    for (const [transport, subscribe] of TRANSPORTS) {
      const call = `latency-${transport}-${kind}`;
      const events = subscribe(stack, call);
      await warmUp(stack, call, events);
      bench(
        transport,
        async () => {
          const event = newEvent(call);
          const arrived = events.all([event.id]);
          await postCallback(stack, [event]);
          await arrived;
        },
        BENCH_OPTIONS,
      );
    }
  });
}

// --- Throughput: one callback body of 50 events ----------------------------------------------------------------

describe(`one callback of ${BATCH} events → all received by a graphql-ws subscriber`, async () => {
  for (const kind of LOG_KINDS) {
    const stack = stackOf(kind);
    const call = `batch-${kind}`;
    const events = subscribeWs(stack, call);
    await warmUp(stack, call, events);
    bench(
      `${kind} log`,
      async () => {
        const batch = Array.from({ length: BATCH }, () => newEvent(call));
        const arrived = events.all(batch.map((event) => event.id));
        await postCallback(stack, batch);
        await arrived;
      },
      BENCH_OPTIONS,
    );
  }
});
