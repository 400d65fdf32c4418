/**
 * The load generator of `npm run bench`: a process of its own, started by `run.ts` once per (round, scenario,
 * system) with an IPC channel. It gets a `LoadJob`, asks the harness for samples of the server process at the
 * edges of the measured window (`{want:"sample"}`), and answers with a `ScenarioResult`.
 *
 * Events carry `operationContext = "<sequence>|<performance.now() when sent>"`, so every delivery tells which
 * event it is (loss and duplicates are counted per subscription) and how long it took (same clock: this process
 * both sends and receives).
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createClient } from 'redis';
import WebSocket from 'ws';
import { createCallbackCapabilities } from '../../src/events/callback-capability.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { createLogger } from '../../src/logger.ts';

export type SystemName = 'switchboard' | 'yoga' | 'relay';
export type ScenarioName = 'latency' | 'fanout' | 'ingest' | 'memory';

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
  ingest: { callbacks: number; senders: number };
  memory: { calls: number; subscribersPerCall: number; sockets: number };
  latency: { warmup: number; samples: number };
}

/** A reading of a server process, by `probe.mjs`. */
export interface ProbeSample {
  /** User + system CPU time since the process started, in microseconds. */
  cpuMicros: number;
  heapUsed: number;
  rss: number;
  arrayBuffers: number;
}

export interface ScenarioResult {
  /** Named numbers (ms, counts, bytes, per-second rates). */
  metrics: Record<string, number>;
  notes: string[];
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
function sampleServer(gc: boolean): Promise<ProbeSample> {
  return new Promise((resolve) => {
    pendingSamples.push(resolve);
    process.send?.({ want: 'sample', gc });
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

/** Resolves once the server holds `channels` Redis subscriptions (every subscription is live). */
async function channelsSubscribed(job: LoadJob, channels: number): Promise<void> {
  const client = createClient({ url: job.redisUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const reply = (await client.sendCommand(['PUBSUB', 'NUMPAT'])) as number;
      const names = (await client.sendCommand(['PUBSUB', 'CHANNELS'])) as string[];
      if (names.length + reply >= channels) return;
      if (Date.now() > deadline) throw new Error(`only ${names.length} of ${channels} channels subscribed`);
      await sleep(50);
    }
  } finally {
    await client.close();
  }
}

/** Opens `sockets` sockets and `calls × subscribersPerCall` subscriptions; subscription k is on call k mod calls,
 * spread so that the subscribers of one call sit on different sockets (as browsers of one room would). */
async function subscribeAll(
  job: LoadJob,
  shape: { calls: number; subscribersPerCall: number; sockets: number },
  onDelivery: OnDelivery,
  errors: string[],
): Promise<{ callOf: (subscription: number) => number; close(): void }> {
  const total = shape.calls * shape.subscribersPerCall;
  const perSocket = Math.ceil(total / shape.sockets);
  const sockets: SubscriberSocket[] = [];
  for (let s = 0; s < shape.sockets; s++) {
    sockets.push(await openSocket(job, onDelivery, (message) => errors.push(message)));
  }
  const callOf = (subscription: number) => subscription % shape.calls;
  await registerCalls(
    job,
    Array.from({ length: shape.calls }, (_, call) => `call-${call}`),
  );
  for (let k = 0; k < total; k++) {
    sockets[Math.floor(k / perSocket)]?.subscribe(k, `call-${callOf(k)}`);
  }
  await channelsSubscribed(job, shape.calls);
  await sleep(500);
  return {
    callOf,
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
  await channelsSubscribed(job, 1);
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

/** Callback tokens of `call-0` … `call-<count - 1>`, issued and bound in the server's Redis. */
async function issueCallTokens(job: LoadJob, count: number): Promise<string[]> {
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
      Array.from({ length: count }, async (_, index) => {
        const { token } = await capabilities.issue();
        await capabilities.bind(token, { callConnectionId: `call-${index}`, serverCallId: null });
        return token;
      }),
    );
  } finally {
    await log.close();
  }
}

/** (3) As many single-event callbacks as `senders` concurrent senders get accepted. */
async function ingest(job: LoadJob): Promise<ScenarioResult> {
  const { callbacks, senders } = job.ingest;
  const agent = new Agent({ keepAlive: true, maxSockets: senders });
  const switchboard = job.system === 'switchboard';
  const target = new URL(switchboard ? '/api/callbacks' : '/publish', job.url);
  // Switchboard admits a call's callbacks only with the token it issued for that call: issued and bound in
  // its Redis here, as `connectRoomCall` does, outside the measured window.
  const callTokens = switchboard ? await issueCallTokens(job, 100) : [];
  const statuses = new Map<number, number>();
  const post = (index: number) =>
    new Promise<void>((resolve) => {
      const call = `call-${index % 100}`;
      const url = switchboard ? new URL(`?token=${callTokens[index % 100]}`, target) : target;
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
            operationContext: `${index}|0`,
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
      if (switchboard) headers.authorization = `Bearer ${job.tokens[index]}`;
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', () => {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        resolve();
      });
      req.end(body);
    });
  // Warm up the connections (and the server's key cache), outside the measured window.
  for (let i = 0; i < senders; i++) await post(callbacks + i);
  statuses.clear();
  let next = 0;
  const before = await sampleServer(false);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: senders }, async () => {
      while (next < callbacks) await post(next++);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const after = await sampleServer(false);
  agent.destroy();
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

/** (4) Idle subscriptions: retained heap per subscription, idle heap and RSS. */
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
      idleHeapMiB: idle.heapUsed / mib,
      idleRssMiB: idle.rss / mib,
      emptyHeapMiB: empty.heapUsed / mib,
      emptyRssMiB: empty.rss / mib,
    },
    notes: errors.slice(0, 3),
  };
}

// --- helpers -------------------------------------------------------------------------------------------------

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
