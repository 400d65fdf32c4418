import { createServer, type Server } from 'node:http';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type RefusalCode, RequestRefusedError } from '../auth/errors.ts';
import { type Authenticator, bearerToken } from '../auth/verify.ts';
import type { CallbackRefusal } from '../events/callbacks.ts';
import type { OutcomeAwaitFailure } from '../events/outcome.ts';
import type { RedisCommandFamily } from '../events/redis-log.ts';

/** How a subscriber is connected. */
export type Transport = 'graphql-ws' | 'sse';

/** What became of the events of an accepted ACS callback. */
export type CallbackEventOutcome = 'stored' | 'duplicate';

/** A whole request refused before it ran (`extensions.code`, or the graphql-ws close reason). */
export type RequestRefusal = RefusalCode;

/**
 * The gateway's metrics, one prom-client `Registry` per app (no process-wide default registry: several apps run
 * in one process in tests), served at `GET /metrics` in the Prometheus text format. Every label takes values
 * from a fixed set, so no client input can grow the number of series.
 *
 * A feature that needs a metric adds one method here and one prom-client metric in `createMetrics`: the names,
 * help texts and label sets of every metric stay in this file (the README's "Operations" section lists them,
 * and `ops/` queries them).
 */
export interface GatewayMetrics {
  /** An HTTP request finished; `route` is a known route or `other`, so labels stay bounded. */
  httpRequest(route: string, status: number): void;
  /** Events of an accepted callback: stored in the log, or dropped as duplicates (by CloudEvent id). */
  callbackEvents(outcome: CallbackEventOutcome, count: number): void;
  /** A callback was refused (nothing stored). */
  callbackRefused(reason: CallbackRefusal): void;
  /** A request (HTTP) or connection/operation (graphql-ws) was refused with `code`. */
  requestRefused(code: RequestRefusal): void;
  /** A subscriber's connection (WebSocket or SSE stream) opened (+1) or closed (-1). */
  subscriberConnections(transport: Transport, delta: 1 | -1): void;
  /** A `callEvents` subscription started (+1) or ended (-1). */
  subscriptions(transport: Transport, delta: 1 | -1): void;
  /** A subscriber was cut off for not reading. */
  slowSubscriber(transport: Transport): void;
  /** A subscriber was told `EventsLost`: events it asked for were trimmed or expired from the log. */
  eventsLost(transport: Transport): void;
  /** A live event reached a subscriber `seconds` after it was stored in the log (callback → subscriber). */
  eventDelivered(transport: Transport, seconds: number): void;
  /**
   * An ACS request (a port call, retries included) ended with `outcome` after `seconds`; `errorCode` is the
   * gateway's error code when the outcome is `error` or `timeout`.
   */
  acsRequest(operation: string, outcome: string, seconds: number, errorCode?: string): void;
  /** A Redis command of the event log was answered (or failed, `failed`) after `seconds`. */
  redisCommand(family: RedisCommandFamily, seconds: number, failed: boolean): void;
  /** An event log operation failed because its store (Redis) could not be reached. */
  eventLogError(): void;
  /** An event was executed for a distinct subscription (once for all its subscribers; see subscription-fanout.ts). */
  subscriptionEventExecuted(): void;
  /**
   * Whether this replica can serve, asked at each scrape (`switchboard_ready`): resolves when ready, rejects
   * otherwise (the same check as `/readyz`).
   */
  readinessProbe(probe: () => Promise<void>): void;
  /** An await of a call action's outcome (`outcome` field) opened (+1) or ended (-1). */
  outcomeAwaits(delta: 1 | -1): void;
  /** An await of an outcome ended: with the event, or why not (`OUTCOME_TIMEOUT`, …). */
  outcomeAwaitEnded(ending: OutcomeAwaitEnding): void;
  /** An incoming call offered (Event Grid stored it), or settled by this replica: answered, rejected, redirected. */
  incomingCall(outcome: IncomingCallOutcome): void;
  /** The Prometheus text exposition of every metric. */
  render(): Promise<string>;
  /** The `Content-Type` of `render()`'s text. */
  readonly contentType: string;
}

/** Every metric's name starts with this, the runtime metrics' included (`switchboard_process_cpu_seconds_total`). */
export const METRIC_PREFIX = 'switchboard_';

const TRANSPORTS: readonly Transport[] = ['graphql-ws', 'sse'];
/** Every `RequestRefusal` (the type checks that none is missing). */
const REFUSAL_CODES = Object.keys({
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  RATE_LIMITED: true,
  LIMIT_EXCEEDED: true,
} satisfies Record<RequestRefusal, true>) as RequestRefusal[];
/** Every `CallbackRefusal` (the type checks that none is missing). */
const CALLBACK_REFUSALS = Object.keys({
  method: true,
  secret: true,
  token: true,
  capability: true,
  body_too_large: true,
  bad_body: true,
  unavailable: true,
} satisfies Record<CallbackRefusal, true>) as CallbackRefusal[];
/** How an await of an action's outcome ends (a metrics label). */
export type OutcomeAwaitEnding = 'event' | OutcomeAwaitFailure;
const OUTCOME_AWAIT_ENDINGS = Object.keys({
  event: true,
  OUTCOME_TIMEOUT: true,
  OUTCOME_LIMIT_EXCEEDED: true,
  OUTCOME_UNAVAILABLE: true,
} satisfies Record<OutcomeAwaitEnding, true>) as OutcomeAwaitEnding[];
/** What became of an incoming call, as far as one replica saw it (a metrics label). */
export type IncomingCallOutcome = 'offered' | 'answered' | 'rejected' | 'redirected';
const INCOMING_CALL_OUTCOMES: readonly IncomingCallOutcome[] = [
  'offered',
  'answered',
  'rejected',
  'redirected',
];
/** Every `RedisCommandFamily` (the type checks that none is missing). */
const REDIS_FAMILIES = Object.keys({
  append: true,
  read: true,
  subscribe: true,
  unsubscribe: true,
  call_info: true,
  recording_files: true,
  ping: true,
} satisfies Record<RedisCommandFamily, true>) as RedisCommandFamily[];

/** Upper bounds (seconds) of the latency histograms' buckets (ACS requests, deliveries). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Redis commands answer in well under a millisecond when healthy, and time out at `REDIS_COMMAND_TIMEOUT_MS`. */
const REDIS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];
  // CPU, memory, heap spaces, GC, event-loop lag percentiles, handles, file descriptors: started at the first
  // scrape, as their event-loop monitor and GC observer live as long as the process (prom-client cannot stop
  // them), and an app that is never scraped (most in tests) need not start them. (prom-client counts
  // `process_cpu_seconds_total` from then: a counter, read with rate().)
  let runtimeMetrics = false;
  const render = () => {
    if (!runtimeMetrics) {
      runtimeMetrics = true;
      collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
    }
    return registry.metrics();
  };
  const name = (suffix: string) => `${METRIC_PREFIX}${suffix}`;

  const httpRequests = new Counter({
    name: name('http_requests_total'),
    help: 'HTTP requests served, by route and status.',
    labelNames: ['route', 'status'] as const,
    registers,
  });
  const callbackEvents = new Counter({
    name: name('callback_events_total'),
    help: 'Events of accepted ACS callbacks, by outcome: stored in the call event log, or dropped as a duplicate.',
    labelNames: ['outcome'] as const,
    registers,
  });
  const callbacksRefused = new Counter({
    name: name('callbacks_refused_total'),
    help: 'ACS callbacks refused (nothing stored), by reason: method, secret, token (the ACS JWT), capability (the call callback token), body_too_large, bad_body, unavailable.',
    labelNames: ['reason'] as const,
    registers,
  });
  const requestsRefused = new Counter({
    name: name('requests_refused_total'),
    help: 'Requests, graphql-ws connections and operations refused before they ran, by code.',
    labelNames: ['code'] as const,
    registers,
  });
  const connections = new Gauge({
    name: name('subscriber_connections'),
    help: 'Open subscriber connections (WebSockets, SSE streams), by transport.',
    labelNames: ['transport'] as const,
    registers,
  });
  const subscriptions = new Gauge({
    name: name('subscriptions'),
    help: 'Open callEvents subscriptions, by transport.',
    labelNames: ['transport'] as const,
    registers,
  });
  const slowSubscribers = new Counter({
    name: name('slow_subscribers_total'),
    help: 'Subscribers cut off for not reading, by transport.',
    labelNames: ['transport'] as const,
    registers,
  });
  const eventsLost = new Counter({
    name: name('events_lost_total'),
    help: 'EventsLost items handed to subscribers (events they asked for were trimmed or expired), by transport.',
    labelNames: ['transport'] as const,
    registers,
  });
  const deliveries = new Histogram({
    name: name('event_delivery_seconds'),
    help: 'From an event stored in the call event log to its delivery to a live subscriber, by transport.',
    labelNames: ['transport'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const acsRequests = new Histogram({
    name: name('acs_request_duration_seconds'),
    help: 'ACS requests (retries included), by port operation and outcome (ok, error, timeout, cancelled).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const acsErrors = new Counter({
    name: name('acs_request_errors_total'),
    help: 'ACS requests that failed, by port operation and error code (RATE_LIMITED: throttled; UPSTREAM_UNAVAILABLE: 5xx, unreachable or timed out).',
    labelNames: ['operation', 'code'] as const,
    registers,
  });
  const redisCommands = new Histogram({
    name: name('redis_command_duration_seconds'),
    help: 'Redis commands of the event log, from sent to answered (or failed), by command family.',
    labelNames: ['family'] as const,
    buckets: REDIS_BUCKETS,
    registers,
  });
  const redisErrors = new Counter({
    name: name('redis_command_errors_total'),
    help: 'Redis commands of the event log that failed (unreachable, timed out, refused), by command family.',
    labelNames: ['family'] as const,
    registers,
  });
  const eventLogErrors = new Counter({
    name: name('event_log_errors_total'),
    help: 'Event log operations that failed because Redis was unreachable.',
    registers,
  });
  const eventExecutions = new Counter({
    name: name('subscription_event_executions_total'),
    help: 'Events executed for subscribers: once per distinct subscription, shared by its subscribers.',
    registers,
  });
  const outcomeAwaits = new Gauge({
    name: name('outcome_awaits'),
    help: 'Mutations waiting for the event that ends their action (`outcome` fields).',
    registers,
  });
  const outcomeAwaitsEnded = new Counter({
    name: name('outcome_awaits_ended_total'),
    help: 'Awaits of action outcomes that ended, by ending: event, OUTCOME_TIMEOUT, OUTCOME_LIMIT_EXCEEDED, OUTCOME_UNAVAILABLE.',
    labelNames: ['ending'] as const,
    registers,
  });
  const incomingCalls = new Counter({
    name: name('incoming_calls_total'),
    help: 'Incoming calls offered (Event Grid IncomingCall stored) and settled (answered, rejected, redirected); offered minus settled rang out (expired).',
    labelNames: ['outcome'] as const,
    registers,
  });
  let probe: (() => Promise<void>) | null = null;
  new Gauge({
    name: name('ready'),
    help: '1 when this replica can serve (its event log answers and it is not shutting down), else 0; as /readyz.',
    registers,
    async collect() {
      let ready = probe !== null;
      if (probe) await probe().catch(() => (ready = false));
      this.set(ready ? 1 : 0);
    },
  });

  // Every bounded label value is exported from the start (at 0), so a rate or an alert has a series to read
  // before the first occurrence.
  for (const transport of TRANSPORTS) {
    connections.set({ transport }, 0);
    subscriptions.set({ transport }, 0);
    slowSubscribers.inc({ transport }, 0);
    eventsLost.inc({ transport }, 0);
    deliveries.zero({ transport });
  }
  for (const outcome of ['stored', 'duplicate'] as const) callbackEvents.inc({ outcome }, 0);
  for (const reason of CALLBACK_REFUSALS) callbacksRefused.inc({ reason }, 0);
  for (const code of REFUSAL_CODES) requestsRefused.inc({ code }, 0);
  for (const family of REDIS_FAMILIES) redisErrors.inc({ family }, 0);
  for (const ending of OUTCOME_AWAIT_ENDINGS) outcomeAwaitsEnded.inc({ ending }, 0);
  for (const outcome of INCOMING_CALL_OUTCOMES) incomingCalls.inc({ outcome }, 0);

  return {
    httpRequest: (route, status) => httpRequests.inc({ route, status }),
    callbackEvents: (outcome, count) => {
      if (count > 0) callbackEvents.inc({ outcome }, count);
    },
    callbackRefused: (reason) => callbacksRefused.inc({ reason }),
    requestRefused: (code) => requestsRefused.inc({ code }),
    subscriberConnections: (transport, delta) => connections.inc({ transport }, delta),
    subscriptions: (transport, delta) => subscriptions.inc({ transport }, delta),
    slowSubscriber: (transport) => slowSubscribers.inc({ transport }),
    eventsLost: (transport) => eventsLost.inc({ transport }),
    eventDelivered: (transport, seconds) => deliveries.observe({ transport }, Math.max(0, seconds)),
    acsRequest(operation, outcome, seconds, errorCode) {
      // Operation names are the ports' method names, outcomes and codes fixed sets: the label sets stay bounded.
      acsRequests.observe({ operation, outcome }, seconds);
      if (outcome === 'error' || outcome === 'timeout')
        acsErrors.inc({ operation, code: errorCode ?? 'UNEXPECTED' });
    },
    redisCommand(family, seconds, failed) {
      redisCommands.observe({ family }, seconds);
      if (failed) redisErrors.inc({ family });
    },
    eventLogError: () => eventLogErrors.inc(),
    subscriptionEventExecuted: () => eventExecutions.inc(),
    outcomeAwaits: (delta) => outcomeAwaits.inc(delta),
    outcomeAwaitEnded: (ending) => outcomeAwaitsEnded.inc({ ending }),
    incomingCall: (outcome) => incomingCalls.inc({ outcome }),
    readinessProbe(readiness) {
      probe = readiness;
    },
    render,
    contentType: registry.contentType,
  };
}

/** The scope a token needs to read `/metrics` (when client authentication is on). */
export const METRICS_SCOPE = 'metrics:read';

/**
 * Who may read `/metrics`: a bearer token with the `metrics:read` scope, checked by the gateway's authenticator
 * (with `AUTH_MODE=none` every client holds every scope). Metrics name operations, rates and error codes: in
 * production they are not for anonymous clients.
 * @throws RequestRefusedError `UNAUTHENTICATED` without a valid token, `FORBIDDEN` without the scope.
 */
export function createMetricsAccess(
  authenticator: Authenticator,
): (authorization: string | undefined) => Promise<void> {
  return async (authorization) => {
    const principal = await authenticator.authenticate(bearerToken(authorization));
    if (!principal.scopes.has(METRICS_SCOPE)) {
      throw new RequestRefusedError('FORBIDDEN', `Forbidden: /metrics needs the ${METRICS_SCOPE} scope.`);
    }
  };
}

/**
 * The listener of `METRICS_PORT`: `GET /metrics` without a token (whoever can reach this port may read the
 * metrics: bind it where only Prometheus can), 404 for anything else.
 */
export function createMetricsServer(metrics: GatewayMetrics): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: GET /metrics.\n');
      return;
    }
    metrics.render().then(
      (text) => {
        res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      () => res.writeHead(500).end(),
    );
  });
}
