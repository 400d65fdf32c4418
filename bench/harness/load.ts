/**
 * The load generator of `npm run bench`: a process of its own, started by `run.ts` once per (round, scenario,
 * system) with an IPC channel. It gets a `LoadJob`, asks the harness for samples of the server process at the
 * edges of the measured window (`{want:"sample"}`), and answers with a `ScenarioResult`.
 *
 * Events carry `operationContext = "<sequence>|<performance.now() when sent>"`, so every delivery tells which
 * event it is (loss and duplicates are counted per subscription) and how long it took (same clock: this process
 * both sends and receives).
 */
import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createClient } from 'redis';
import WebSocket from 'ws';
import { createCallbackCapabilities } from '../../src/events/callback-capability.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { createLogger } from '../../src/logger.ts';
import { type CallbackSigner, mintTokens } from './tokens.ts';

export type SystemName = 'switchboard' | 'yoga' | 'relay';
export type ScenarioName = 'latency' | 'fanout' | 'ingest' | 'memory' | 'saturation';

export interface LoadJob {
  system: SystemName;
  scenario: ScenarioName;
  /** The server's base URL, `http://127.0.0.1:<port>`. */
  url: string;
  /** The server's own Redis. */
  redisUrl: string;
  /** Switchboard's callback tokens for `ingest`, one per callback (ACS sends a fresh token per event). */
  tokens: string[];
  fanout: {
    calls: number;
    subscribersPerCall: number;
    sockets: number;
    eventsPerSecond: number;
    seconds: number;
  };
  /** `warmup` callbacks are sent first, unmeasured: the first thousands still run while V8 compiles the path. */
  ingest: { callbacks: number; senders: number; warmup: number };
  memory: { calls: number; subscribersPerCall: number; sockets: number };
  latency: { warmup: number; samples: number };
  /** (5) Event rates stepped up, each step on fresh calls, until a step is held by neither of two runs (see
   * `saturation`). */
  saturation: {
    calls: number;
    subscribersPerCall: number;
    sockets: number;
    /** Events per second of each step, spread over the calls. */
    rates: number[];
    secondsPerStep: number;
    /** Concurrent callback connections (HTTP keep-alive). */
    senders: number;
    /** How long a step's deliveries may keep arriving after its window (nothing arriving for 2 s ends it too). */
    drainSeconds: number;
  };
  /** What Switchboard's ACS callback tokens are signed with (`saturation` mints them per step). */
  signer: CallbackSigner;
}

/** A reading of a server process, by `probe.mjs`. */
export interface ProbeSample {
  /** User + system CPU time since the process started, in microseconds. */
  cpuMicros: number;
  heapUsed: number;
  rss: number;
  arrayBuffers: number;
  /** Event-loop delay and GC since the last sample that asked for `reset` (absent before the first). */
  loopDelayP50Ms?: number;
  loopDelayP99Ms?: number;
  loopDelayMaxMs?: number;
  gcMs?: number;
  gcCount?: number;
  /** HTTP requests the server finished since the reset, and their time inside the server (start → finish). */
  requests?: number;
  requestP50Ms?: number;
  requestP99Ms?: number;
  requestMaxMs?: number;
}

/** What a sample asks of the server's probe besides reading it. */
export interface SampleRequest {
  /** Two full GCs before reading. */
  gc?: boolean;
  /** Restart the event-loop delay, GC and HTTP request-time counts after reading. */
  reset?: boolean;
  /** A measured window's edge: 'start', or a label naming the window that ends (the harness may profile it). */
  window?: string;
}

/** One rate step of `saturation`. */
export interface SaturationStep {
  eventsPerSecond: number;
  /** Deliveries that arrived within the step's send window, per second of it. */
  deliveriesPerSecond: number;
  /** Of the deliveries due (events scheduled × watchers per call), the share that arrived by 100 ms after the window. */
  dueFraction: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Deliveries still missing when the drain ended. */
  lost: number;
  duplicates: number;
  /** Callbacks (or publishes) not answered 2xx. */
  sendFailures: number;
  /** Server CPU (user + system) over the window, in cores. */
  serverCores: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  gcMs: number;
  gcCount: number;
  /** The load generator's own CPU over the window, in cores: near 1, it (not the server) may be the limit. */
  generatorCores: number;
  /** The whole machine's busy CPU over the window (`/proc/stat`, every process), in cores; NaN off Linux. */
  machineBusyCores: number;
  /** One-minute load average at the window's end. */
  loadAverage: number;
  /** Callback round trip (created → answered, including the wait for one of the `senders` connections). */
  callbackP50Ms: number;
  callbackP99Ms: number;
  /** Of the round trip, the wait for a free connection (the generator's queue, not the server's). */
  connectionWaitP99Ms: number;
  /** The server's own time per HTTP request (callbacks) over the window, by its probe. */
  serverRequestP50Ms: number;
  serverRequestP99Ms: number;
  serverRequestMaxMs: number;
  /** 1 for a step's first run, 2 for its repeat (a step not held is run once more). */
  attempt: number;
  /** The generator's own event-loop delay over the window. */
  generatorLoopDelayP99Ms: number;
  held: boolean;
}

export interface ScenarioResult {
  /** Named numbers (ms, counts, bytes, per-second rates). */
  metrics: Record<string, number>;
  notes: string[];
  /** `saturation` only: every step run (a step not held twice, its repeat included), in order; the last is the
   * knee (not held by either run), unless every step was held. */
  steps?: SaturationStep[];
}

/** Switchboard's subscription document: what a live UI asks for (the cursor to resume, the event fields). */
const SWITCHBOARD_QUERY =
  'subscription Live($callConnectionId: ID!) { callEvents(callConnectionId: $callConnectionId) { __typename id cursor callConnectionId operationContext time } }';
const YOGA_QUERY =
  'subscription Live($callConnectionId: ID!) { callEvents(callConnectionId: $callConnectionId) { __typename id kind callConnectionId operationContext time } }';

// --- the harness link ----------------------------------------------------------------------------------------

const pendingSamples: ((sample: ProbeSample) => void)[] = [];
process.on('message', (message: { job?: LoadJob; sample?: ProbeSample }) => {
  if (message.sample) pendingSamples.shift()?.(message.sample);
  if (message.job) {
    run(message.job).then(
      (result) => process.send?.({ result }, () => process.exit(0)),
      (error: unknown) => {
        process.send?.(
          { error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          () => process.exit(1),
        );
      },
    );
  }
});

/** A reading of the server process (after two full GCs when `gc`). */
function sampleServer(gc: boolean, request: Omit<SampleRequest, 'gc'> = {}): Promise<ProbeSample> {
  return new Promise((resolve) => {
    pendingSamples.push(resolve);
    process.send?.({ want: 'sample', gc, ...request });
  });
}

async function run(job: LoadJob): Promise<ScenarioResult> {
  switch (job.scenario) {
    case 'latency':
      return latency(job);
    case 'fanout':
      return fanout(job);
    case 'ingest':
      return ingest(job);
    case 'memory':
      return memory(job);
    case 'saturation':
      return saturation(job);
  }
}

// --- systems -------------------------------------------------------------------------------------------------

/** A delivered event: which subscription, which event, when it was sent. */
type OnDelivery = (subscription: number, sequence: number, sentAt: number) => void;

interface SubscriberSocket {
  subscribe(subscription: number, callConnectionId: string): void;
  close(): void;
}

/** Opens a subscriber socket in the system's protocol; resolves once it can subscribe. */
function openSocket(
  job: LoadJob,
  onDelivery: OnDelivery,
  onError: (message: string) => void,
): Promise<SubscriberSocket> {
  const base = job.url.replace(/^http/, 'ws');
  const relay = job.system === 'relay';
  const socket = relay
    ? new WebSocket(`${base}/relay`)
    : new WebSocket(`${base}/graphql`, 'graphql-transport-ws');
  const deliver = (
    id: string,
    event: { operationContext?: string | null; data?: { operationContext?: string } },
  ) => {
    const context = event.operationContext ?? event.data?.operationContext ?? '';
    const bar = context.indexOf('|');
    onDelivery(Number(id), Number(context.slice(0, bar)), Number(context.slice(bar + 1)));
  };
  return new Promise((resolve, reject) => {
    const handle: SubscriberSocket = {
      subscribe(subscription, callConnectionId) {
        if (relay) {
          socket.send(
            JSON.stringify({ type: 'subscribe', id: String(subscription), call: callConnectionId }),
          );
          return;
        }
        const query = job.system === 'switchboard' ? SWITCHBOARD_QUERY : YOGA_QUERY;
        socket.send(
          JSON.stringify({
            id: String(subscription),
            type: 'subscribe',
            payload: { query, variables: { callConnectionId } },
          }),
        );
      },
      close: () => socket.close(),
    };
    socket.once('error', reject);
    socket.on('open', () => {
      if (relay) resolve(handle);
      else socket.send('{"type":"connection_init"}');
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type?: string;
        id: string;
        payload: { data?: { callEvents?: { operationContext: string | null } }; errors?: unknown } & {
          operationContext?: string;
          data?: { operationContext?: string };
        };
      };
      if (relay) return deliver(message.id, message.payload);
      switch (message.type) {
        case 'connection_ack':
          return resolve(handle);
        case 'next':
          if (message.payload.errors) return onError(JSON.stringify(message.payload.errors));
          return deliver(message.id, message.payload.data?.callEvents ?? {});
        case 'ping':
          return socket.send('{"type":"pong"}');
        case 'error':
          return onError(JSON.stringify(message.payload));
      }
    });
    socket.on('close', (code, reason) => {
      if (code !== 1000 && code !== 1005) onError(`socket closed ${code} ${String(reason)}`);
    });
  });
}

/** Sends events the way each system receives them from a peer: Switchboard's log append (as another replica that
 * took the callback would), or a plain PUBLISH on the channel the baselines listen to. */
async function openPublisher(
  job: LoadJob,
): Promise<{ publish(call: string, sequence: number): Promise<void>; close(): Promise<void> }> {
  const event = (call: string, sequence: number) => ({
    kind: 'PlayCompleted' as const,
    id: randomUUID(),
    callConnectionId: call,
    serverCallId: null,
    correlationId: null,
    operationContext: `${sequence}|${performance.now()}`,
    time: new Date().toISOString(),
    resultInformation: null,
  });
  if (job.system === 'switchboard') {
    const log = await createRedisCallEventLog({
      url: job.redisUrl,
      cluster: false,
      keyPrefix: 'switchboard:',
      maxEventsPerCall: 10_000,
      ttlSeconds: 3_600,
      logger: createLogger({ level: 'warn' }),
    });
    return {
      publish: async (call, sequence) => {
        await log.append(call, [event(call, sequence)]);
      },
      close: () => log.close(),
    };
  }
  const client = createClient({ url: job.redisUrl });
  await client.connect();
  return {
    publish: async (call, sequence) => {
      await client.publish(`call:${call}`, JSON.stringify(event(call, sequence)));
    },
    close: async () => {
      await client.close();
    },
  };
}

/**
 * Makes the calls known to Switchboard, as `connectRoomCall` does (it records each call it connects): `callEvents`
 * refuses a call connection id that neither ACS nor the log knows. The baselines accept any id.
 */
async function registerCalls(job: LoadJob, calls: readonly string[]): Promise<void> {
  if (job.system !== 'switchboard') return;
  const log = await createRedisCallEventLog({
    url: job.redisUrl,
    cluster: false,
    keyPrefix: 'switchboard:',
    maxEventsPerCall: 10_000,
    ttlSeconds: 3_600,
    logger: createLogger({ level: 'warn' }),
  });
  try {
    for (const call of calls) await log.recordCall(call, { roomId: null });
  } finally {
    await log.close();
  }
}

/** Resolves once the server holds a Redis subscription for each of `calls` (every call is live). A channel is a
 * call's when it is `…:<call>` (the baselines' `call:<call>`) or holds `{<call>}` (Switchboard's hash-tagged
 * `…call:{<call>}:appended`). */
async function channelsSubscribed(job: LoadJob, calls: readonly string[]): Promise<void> {
  const client = createClient({ url: job.redisUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const names = (await client.sendCommand(['PUBSUB', 'CHANNELS'])) as string[];
      const missing = calls.filter(
        (call) => !names.some((name) => name.endsWith(`:${call}`) || name.includes(`{${call}}`)),
      );
      if (missing.length === 0) return;
      if (Date.now() > deadline) throw new Error(`${missing.length} of ${calls.length} calls not subscribed`);
      await sleep(50);
    }
  } finally {
    await client.close();
  }
}

/** Opens `sockets` sockets and `calls × subscribersPerCall` subscriptions; subscription k is on call k mod calls
 * (`<prefix><k mod calls>`), spread so that the subscribers of one call sit on different sockets (as browsers of
 * one room would). `openSeconds`: from the first socket opening until the server has subscribed every call's Redis
 * channel (the calls are registered before: that is the harness's set-up, not the server's work). */
async function subscribeAll(
  job: LoadJob,
  shape: { calls: number; subscribersPerCall: number; sockets: number },
  onDelivery: OnDelivery,
  errors: string[],
  prefix = 'call-',
): Promise<{ callOf: (subscription: number) => number; openSeconds: number; close(): void }> {
  const total = shape.calls * shape.subscribersPerCall;
  const perSocket = Math.ceil(total / shape.sockets);
  const callOf = (subscription: number) => subscription % shape.calls;
  const calls = Array.from({ length: shape.calls }, (_, call) => `${prefix}${call}`);
  await registerCalls(job, calls);
  const start = performance.now();
  const sockets: SubscriberSocket[] = [];
  for (let s = 0; s < shape.sockets; s++) {
    sockets.push(await openSocket(job, onDelivery, (message) => errors.push(message)));
  }
  for (let k = 0; k < total; k++) {
    sockets[Math.floor(k / perSocket)]?.subscribe(k, `${prefix}${callOf(k)}`);
  }
  await channelsSubscribed(job, calls);
  const openSeconds = (performance.now() - start) / 1000;
  await sleep(500);
  return {
    callOf,
    openSeconds,
    close: () => {
      for (const socket of sockets) socket.close();
    },
  };
}

// --- scenarios -----------------------------------------------------------------------------------------------

/** (1) One subscriber; one event at a time; time from send to delivery. */
async function latency(job: LoadJob): Promise<ScenarioResult> {
  const errors: string[] = [];
  // Each sample waits for its own sequence number: a late delivery of an earlier (timed-out) sample is not
  // taken as this one's. The send time comes from the event itself (same process, same clock).
  let awaited = -1;
  let arrived: ((latencyMs: number) => void) | null = null;
  const socket = await openSocket(
    job,
    (_subscription, sequence, sentAt) => {
      if (sequence === awaited) arrived?.(performance.now() - sentAt);
    },
    (message) => errors.push(message),
  );
  await registerCalls(job, ['call-0']);
  socket.subscribe(0, 'call-0');
  await channelsSubscribed(job, ['call-0']);
  const publisher = await openPublisher(job);
  const samples: number[] = [];
  for (let i = 0; i < job.latency.warmup + job.latency.samples; i++) {
    awaited = i;
    const delivered = new Promise<number>((resolve) => {
      arrived = resolve;
    });
    await publisher.publish('call-0', i);
    const latencyMs = await Promise.race([delivered, sleep(5_000).then(() => Number.NaN)]);
    if (i >= job.latency.warmup) samples.push(latencyMs);
  }
  socket.close();
  await publisher.close();
  const lost = samples.filter(Number.isNaN).length;
  const ok = samples.filter((value) => !Number.isNaN(value));
  return {
    metrics: { p50Ms: percentile(ok, 50), p99Ms: percentile(ok, 99), lost },
    notes: errors.slice(0, 3),
  };
}

/** (2) Many subscriptions over few sockets, a steady event rate; delivery rate, latency, loss, CPU. */
async function fanout(job: LoadJob): Promise<ScenarioResult> {
  const shape = job.fanout;
  const totalSubscriptions = shape.calls * shape.subscribersPerCall;
  const totalEvents = shape.eventsPerSecond * shape.seconds;
  const expected = totalEvents * shape.subscribersPerCall;
  const seen = new Uint8Array(totalSubscriptions * totalEvents);
  const latencies = new Float64Array(expected);
  let deliveries = 0;
  let duplicates = 0;
  let lastDeliveryAt = 0;
  const errors: string[] = [];
  const subscribers = await subscribeAll(
    job,
    shape,
    (subscription, sequence, sentAt) => {
      const slot = subscription * totalEvents + sequence;
      if (seen[slot]) {
        duplicates++;
        return;
      }
      seen[slot] = 1;
      lastDeliveryAt = performance.now();
      latencies[deliveries++] = lastDeliveryAt - sentAt;
    },
    errors,
  );
  const publisher = await openPublisher(job);

  const before = await sampleServer(false);
  const start = performance.now();
  let sent = 0;
  let publishFailures = 0;
  while (sent < totalEvents) {
    const due = Math.min(
      totalEvents,
      Math.floor(((performance.now() - start) * shape.eventsPerSecond) / 1000),
    );
    for (; sent < due; sent++) {
      publisher.publish(`call-${sent % shape.calls}`, sent).catch(() => publishFailures++);
    }
    await sleep(5);
  }
  const publishedAt = performance.now();
  // Drain: until everything arrived, or nothing arrived for 5 s.
  let lastCount = -1;
  let quietSince = performance.now();
  while (deliveries < expected) {
    if (deliveries !== lastCount) {
      lastCount = deliveries;
      quietSince = performance.now();
    } else if (performance.now() - quietSince > 5_000) break;
    await sleep(20);
  }
  const after = await sampleServer(false);
  subscribers.close();
  await publisher.close();
  const delivered = latencies.subarray(0, deliveries);
  const sorted = Float64Array.from(delivered).sort();
  return {
    metrics: {
      deliveriesPerSecond: deliveries / ((lastDeliveryAt - start) / 1000),
      p50Ms: percentileSorted(sorted, 50),
      p99Ms: percentileSorted(sorted, 99),
      maxMs: sorted.at(-1) ?? Number.NaN,
      cpuMsPer1000Deliveries: ((after.cpuMicros - before.cpuMicros) / 1000 / deliveries) * 1000,
      lost: expected - deliveries,
      duplicates,
      publishFailures,
      publishSeconds: (publishedAt - start) / 1000,
    },
    notes: errors.slice(0, 3),
  };
}

/** Callback tokens of `calls`, issued and bound in the server's Redis (the token at index i is `calls[i]`'s). */
async function issueCallTokens(job: LoadJob, calls: readonly string[]): Promise<string[]> {
  const log = await createRedisCallEventLog({
    url: job.redisUrl,
    cluster: false,
    keyPrefix: 'switchboard:',
    maxEventsPerCall: 10_000,
    ttlSeconds: 3_600,
    logger: createLogger({ level: 'warn' }),
  });
  const capabilities = createCallbackCapabilities({
    log,
    graceSeconds: 120,
    callbackUrl: () => new URL('/api/callbacks', job.url).toString(),
    transcriptionTransportUrl: () => new URL('/api/media/transcription', job.url).toString(),
  });
  try {
    return await Promise.all(
      calls.map(async (callConnectionId) => {
        const { token } = await capabilities.issue();
        await capabilities.bind(token, { callConnectionId, serverCallId: null });
        return token;
      }),
    );
  } finally {
    await log.close();
  }
}

/** Sends events to a system over HTTP, the way each takes a callback. */
interface CallbackSender {
  /** POSTs one single-event callback for `call` with this `operationContext`; resolves to the HTTP status (0: no
   * answer) and when the request got a connection (`performance.now()`). Switchboard's needs `bearer`, a fresh ACS
   * token. */
  send(
    call: string,
    operationContext: string,
    bearer?: string,
  ): Promise<{ status: number; connectedAt: number }>;
  close(): void;
}

/**
 * Callbacks as ACS sends them: Switchboard gets a signed `POST /api/callbacks?token=<the call's capability>` (issued
 * and bound in its Redis here, as `connectRoomCall` does, before any measured window) with the ACS bearer token;
 * the baselines get the same CloudEvents body on `POST /publish`. Keep-alive connections, at most `senders`.
 */
async function openCallbackSender(
  job: LoadJob,
  calls: readonly string[],
  senders: number,
): Promise<CallbackSender> {
  const agent = new Agent({ keepAlive: true, maxSockets: senders });
  const switchboard = job.system === 'switchboard';
  const target = new URL(switchboard ? '/api/callbacks' : '/publish', job.url);
  const callTokens = switchboard ? await issueCallTokens(job, calls) : [];
  const urls = new Map(
    calls.map((call, index) => [call, switchboard ? new URL(`?token=${callTokens[index]}`, target) : target]),
  );
  return {
    send: (call, operationContext, bearer) =>
      new Promise<{ status: number; connectedAt: number }>((resolve) => {
        const source = `calling/callConnections/${call}`;
        const body = JSON.stringify([
          {
            id: randomUUID(),
            source,
            type: 'Microsoft.Communication.PlayCompleted',
            data: {
              callConnectionId: call,
              serverCallId: 'aHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20vY29udi90ZXN0',
              correlationId: '28bd7596-8e52-4795-8356-1377cfb3a07e',
              operationContext,
              resultInformation: { code: 200, subCode: 0, message: 'Action completed successfully.' },
              version: '2024-09-15',
              publicEventType: 'Microsoft.Communication.PlayCompleted',
            },
            time: new Date().toISOString(),
            specversion: '1.0',
            datacontenttype: 'application/json',
            subject: source,
          },
        ]);
        const headers: Record<string, string | number> = {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        };
        if (switchboard) headers.authorization = `Bearer ${bearer}`;
        let connectedAt = Number.NaN;
        const req = request(urls.get(call) ?? target, { method: 'POST', agent, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connectedAt }));
        });
        req.once('socket', () => {
          connectedAt = performance.now();
        });
        req.on('error', () => resolve({ status: 0, connectedAt }));
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** (3) As many single-event callbacks as `senders` concurrent senders get accepted. */
async function ingest(job: LoadJob): Promise<ScenarioResult> {
  const { callbacks, senders, warmup } = job.ingest;
  const calls = Array.from({ length: 100 }, (_, index) => `call-${index}`);
  const sender = await openCallbackSender(job, calls, senders);
  const statuses = new Map<number, number>();
  const post = async (index: number) => {
    const { status } = await sender.send(calls[index % 100] as string, `${index}|0`, job.tokens[index]);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };
  // Warm up the connections, the server's key cache and its compiled code, outside the measured window: its
  // tokens follow the measured ones.
  let next = callbacks;
  const sendAll = (end: number) =>
    Promise.all(
      Array.from({ length: senders }, async () => {
        while (next < end) await post(next++);
      }),
    );
  await sendAll(callbacks + warmup);
  statuses.clear();
  next = 0;
  const before = await sampleServer(false);
  const start = performance.now();
  await sendAll(callbacks);
  const seconds = (performance.now() - start) / 1000;
  const after = await sampleServer(false);
  sender.close();
  const accepted = (statuses.get(204) ?? 0) + (statuses.get(200) ?? 0);
  return {
    metrics: {
      callbacksPerSecond: accepted / seconds,
      cpuMicrosPerCallback: (after.cpuMicros - before.cpuMicros) / accepted,
      rejected: callbacks - accepted,
    },
    notes: [...statuses]
      .filter(([status]) => status !== 204)
      .map(([status, count]) => `${count} × HTTP ${status}`),
  };
}

/** (4) Idle subscriptions: retained heap and RSS per subscription, idle heap and RSS, time to open them. */
async function memory(job: LoadJob): Promise<ScenarioResult> {
  const shape = job.memory;
  const total = shape.calls * shape.subscribersPerCall;
  const empty = await sampleServer(true);
  const errors: string[] = [];
  const subscribers = await subscribeAll(job, shape, () => {}, errors);
  await sleep(500);
  await sampleServer(true);
  const idle = await sampleServer(true);
  subscribers.close();
  const mib = 1024 * 1024;
  return {
    metrics: {
      heapKiBPerSubscription: (idle.heapUsed - empty.heapUsed) / total / 1024,
      rssKiBPerSubscription: (idle.rss - empty.rss) / total / 1024,
      openSeconds: subscribers.openSeconds,
      idleHeapMiB: idle.heapUsed / mib,
      idleRssMiB: idle.rss / mib,
      emptyHeapMiB: empty.heapUsed / mib,
      emptyRssMiB: empty.rss / mib,
    },
    notes: errors.slice(0, 3),
  };
}

/**
 * (5) Saturation: many watchers per call, the event rate stepped up until a step is not held. Every step runs on
 * fresh calls and fresh sockets (closed at its end), so a step starts clean of the previous one's backlog. Events
 * enter as callbacks (`openCallbackSender`, as in `ingest`), each stamped with its send time, so latency is
 * callback → delivery. A step is held when its p99 is under 100 ms, nothing is lost, every callback was accepted
 * and ≥ 95 % of the due deliveries arrived by 100 ms after the window; a step not held is run once more, and the
 * scenario ends at the first step held by neither run (its knee). The server's event-loop delay, GC and HTTP
 * request times are reset at each window's start and read at its end.
 */
async function saturation(job: LoadJob): Promise<ScenarioResult> {
  const shape = job.saturation;
  const totalSubscriptions = shape.calls * shape.subscribersPerCall;
  const notes: string[] = [];
  const steps: SaturationStep[] = [];
  const signingKey = createPrivateKey(job.signer.privateKeyPem);
  // The generator's own loop delay: when it is late, send times and delivery times are late with it.
  const generatorLoop = monitorEventLoopDelay({ resolution: 10 });
  generatorLoop.enable();
  // A step not held is run once more (fresh calls again) before it counts as the knee: on a shared machine one
  // window can fail on another process's burst, and a single slow callback is 100 late deliveries.
  const schedule = shape.rates.flatMap((eventsPerSecond) =>
    [1, 2].map((attempt) => ({ eventsPerSecond, attempt })),
  );
  for (const [index, { eventsPerSecond, attempt }] of schedule.entries()) {
    if (attempt === 2 && steps.at(-1)?.held) continue;
    const totalEvents = Math.round(eventsPerSecond * shape.secondsPerStep);
    const expected = totalEvents * shape.subscribersPerCall;
    const prefix = `s${index}-call-`;
    const calls = Array.from({ length: shape.calls }, (_, call) => `${prefix}${call}`);
    // Minted before the window (signing is ACS's cost, not the server's): one per event, plus the warm-up's.
    const bearers =
      job.system === 'switchboard' ? mintTokens(totalEvents + shape.calls * 20, job.signer, signingKey) : [];
    let nextBearer = 0;
    const sender = await openCallbackSender(job, calls, shape.senders);
    const send = (call: string, operationContext: string) =>
      sender.send(call, operationContext, bearers[nextBearer++]);

    const seen = new Uint8Array(totalSubscriptions * totalEvents);
    const ready = new Uint8Array(totalSubscriptions);
    let readyCount = 0;
    const latencies = new Float64Array(expected);
    let deliveries = 0;
    let duplicates = 0;
    let windowStart = Number.POSITIVE_INFINITY;
    let windowEnd = Number.POSITIVE_INFINITY;
    let inWindow = 0;
    let inTime = 0;
    const dueBy = () => windowEnd + 100;
    const errors: string[] = [];
    const subscribers = await subscribeAll(
      job,
      shape,
      (subscription, sequence, sentAt) => {
        if (sequence < 0) {
          // A warm-up event: this subscription is live.
          if (!ready[subscription]) {
            ready[subscription] = 1;
            readyCount++;
          }
          return;
        }
        const slot = subscription * totalEvents + sequence;
        if (seen[slot]) {
          duplicates++;
          return;
        }
        seen[slot] = 1;
        const now = performance.now();
        if (now <= windowEnd && now >= windowStart) inWindow++;
        if (now <= dueBy()) inTime++;
        latencies[deliveries++] = now - sentAt;
      },
      errors,
      prefix,
    );
    // Live means delivered to: a warm-up event per call, again for calls some of whose watchers have not had one.
    const warmupDeadline = performance.now() + 15_000;
    while (readyCount < totalSubscriptions && performance.now() < warmupDeadline) {
      const waiting = calls.filter((_, call) => {
        for (let k = call; k < totalSubscriptions; k += shape.calls) if (!ready[k]) return true;
        return false;
      });
      await Promise.all(waiting.map((call) => send(call, `-1|${performance.now()}`)));
      const settle = performance.now() + 300;
      while (readyCount < totalSubscriptions && performance.now() < settle) await sleep(10);
    }
    if (readyCount < totalSubscriptions) {
      notes.push(
        `${eventsPerSecond}/s: ${totalSubscriptions - readyCount} subscriptions never got a warm-up event`,
      );
    }

    const machineBefore = machineCpu();
    const generatorBefore = process.cpuUsage();
    generatorLoop.reset();
    const before = await sampleServer(false, { reset: true, window: 'start' });
    const start = performance.now();
    windowStart = start;
    let sent = 0;
    let sendFailures = 0;
    const sends: Promise<void>[] = [];
    const roundTrips = new Float64Array(totalEvents);
    const connectionWaits = new Float64Array(totalEvents);
    while (sent < totalEvents) {
      const due = Math.min(totalEvents, Math.floor(((performance.now() - start) * eventsPerSecond) / 1000));
      for (; sent < due; sent++) {
        const sequence = sent;
        const sentAt = performance.now();
        sends.push(
          send(calls[sequence % shape.calls] as string, `${sequence}|${sentAt}`).then(
            ({ status, connectedAt }) => {
              roundTrips[sequence] = performance.now() - sentAt;
              connectionWaits[sequence] = connectedAt - sentAt;
              if (status < 200 || status > 299) sendFailures++;
            },
          ),
        );
      }
      await sleep(2);
    }
    windowEnd = performance.now();
    const after = await sampleServer(false, { window: `${eventsPerSecond}-${attempt}` });
    const generatorCpu = process.cpuUsage(generatorBefore);
    const generatorLoopP99Ms = Math.max(0, generatorLoop.percentile(99) / 1e6 - 10);
    const machineAfter = machineCpu();
    const windowMs = performance.now() - start;
    while (performance.now() < dueBy()) await sleep(10);
    // Drain: until everything arrived, nothing arrived for 2 s, or the drain's time is up.
    const drainEnd = performance.now() + shape.drainSeconds * 1000;
    let lastCount = -1;
    let quietSince = performance.now();
    while (deliveries < expected && performance.now() < drainEnd) {
      if (deliveries !== lastCount) {
        lastCount = deliveries;
        quietSince = performance.now();
      } else if (performance.now() - quietSince > 2_000) break;
      await sleep(20);
    }
    if (deliveries < expected && performance.now() >= drainEnd && deliveries !== lastCount) {
      notes.push(`${eventsPerSecond}/s: still delivering when the ${shape.drainSeconds} s drain ended`);
    }
    await Promise.all(sends);
    subscribers.close();
    sender.close();
    const sorted = Float64Array.from(latencies.subarray(0, deliveries)).sort();
    const sortedRoundTrips = roundTrips.sort();
    const step: SaturationStep = {
      eventsPerSecond,
      deliveriesPerSecond: inWindow / ((windowEnd - start) / 1000),
      dueFraction: inTime / expected,
      p50Ms: percentileSorted(sorted, 50),
      p99Ms: percentileSorted(sorted, 99),
      maxMs: sorted.at(-1) ?? Number.NaN,
      lost: expected - deliveries,
      duplicates,
      sendFailures,
      serverCores: (after.cpuMicros - before.cpuMicros) / 1000 / windowMs,
      loopDelayP99Ms: after.loopDelayP99Ms ?? Number.NaN,
      loopDelayMaxMs: after.loopDelayMaxMs ?? Number.NaN,
      gcMs: after.gcMs ?? Number.NaN,
      gcCount: after.gcCount ?? Number.NaN,
      generatorCores: (generatorCpu.user + generatorCpu.system) / 1000 / windowMs,
      machineBusyCores: (machineAfter.busyMs - machineBefore.busyMs) / windowMs,
      loadAverage: loadavg()[0] ?? Number.NaN,
      callbackP50Ms: percentileSorted(sortedRoundTrips, 50),
      callbackP99Ms: percentileSorted(sortedRoundTrips, 99),
      connectionWaitP99Ms: percentileSorted(connectionWaits.sort(), 99),
      serverRequestP50Ms: after.requestP50Ms ?? Number.NaN,
      serverRequestP99Ms: after.requestP99Ms ?? Number.NaN,
      serverRequestMaxMs: after.requestMaxMs ?? Number.NaN,
      attempt,
      generatorLoopDelayP99Ms: generatorLoopP99Ms,
      held: false,
    };
    step.held = step.p99Ms < 100 && step.lost === 0 && step.sendFailures === 0 && step.dueFraction >= 0.95;
    steps.push(step);
    notes.push(...errors.slice(0, 2).map((error) => `${eventsPerSecond}/s: ${error}`));
    if (!step.held && attempt === 2) break;
    // Let the server let go of the closed sockets' subscriptions before the next step.
    await sleep(500);
  }
  const held = steps.filter((step) => step.held).at(-1);
  const knee = steps.find((step) => !step.held && step.attempt === 2);
  generatorLoop.disable();
  return {
    metrics: {
      heldEventsPerSecond: held?.eventsPerSecond ?? 0,
      heldDeliveriesPerSecond: held?.deliveriesPerSecond ?? 0,
      heldServerCores: held?.serverCores ?? Number.NaN,
      heldLoopDelayP99Ms: held?.loopDelayP99Ms ?? Number.NaN,
      kneeEventsPerSecond: knee?.eventsPerSecond ?? Number.NaN,
      kneeP99Ms: knee?.p99Ms ?? Number.NaN,
      kneeServerCores: knee?.serverCores ?? Number.NaN,
      kneeLoopDelayP99Ms: knee?.loopDelayP99Ms ?? Number.NaN,
    },
    notes,
    steps,
  };
}

// --- helpers -------------------------------------------------------------------------------------------------

/** The machine's busy CPU time so far (all CPUs, every process: user + nice + system + irq + softirq + steal). */
function machineCpu(): { busyMs: number } {
  try {
    const fields =
      readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    // USER_HZ is 100 on Linux.
    return { busyMs: (user + nice + system + irq + softirq + steal) * 10 };
  } catch {
    return { busyMs: Number.NaN };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function percentile(values: number[], p: number): number {
  return percentileSorted(Float64Array.from(values).sort(), p);
}

function percentileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
