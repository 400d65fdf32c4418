/** How a subscriber is connected. */
export type Transport = 'graphql-ws' | 'sse';

/**
 * The gateway's operational counters, one set per app (no process-wide registry), served at `GET /metrics`
 * in the Prometheus text format. Counters only go up; gauges follow open connections.
 */
export interface GatewayMetrics {
  /** An HTTP request finished; `route` is a known route or `other`, so labels stay bounded. */
  httpRequest(route: string, status: number): void;
  /** Callback events stored in the log (duplicates left out). */
  callbackEventsStored(count: number): void;
  /** A subscriber's connection (WebSocket or SSE stream) opened (+1) or closed (-1). */
  subscriberConnections(transport: Transport, delta: 1 | -1): void;
  /** A subscriber was cut off for not reading. */
  slowSubscriber(transport: Transport): void;
  /** A live event reached a subscriber `seconds` after it was stored in the log (callback → subscriber). */
  eventDelivered(seconds: number): void;
  /** An ACS request (a port call, retries included) ended with `outcome` after `seconds`. */
  acsRequest(operation: string, outcome: string, seconds: number): void;
  /** An event log operation failed because its store (Redis) could not be reached. */
  eventLogError(): void;
  /** An event was executed for a distinct subscription (once for all its subscribers; see subscription-fanout.ts). */
  subscriptionEventExecuted(): void;
  /** An await of a call action's outcome (`outcome` field) opened (+1) or ended (-1). */
  outcomeAwaits(delta: 1 | -1): void;
  /** The Prometheus text exposition of every metric. */
  render(): string;
}

/** Upper bounds (seconds) of the latency histograms' buckets. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** A Prometheus histogram with one series per label set (labels already rendered, e.g. `op="getRoom"`). */
function createHistogram(name: string, help: string) {
  const series = new Map<string, { counts: number[]; sum: number; count: number }>();
  return {
    observe(labels: string, seconds: number) {
      let entry = series.get(labels);
      if (!entry) {
        entry = { counts: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 };
        series.set(labels, entry);
      }
      LATENCY_BUCKETS.forEach((bound, index) => {
        if (seconds <= bound && entry) entry.counts[index] = (entry.counts[index] ?? 0) + 1;
      });
      entry.sum += seconds;
      entry.count += 1;
    },
    render(): string[] {
      const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
      for (const [labels, entry] of series) {
        const prefix = labels ? `${labels},` : '';
        LATENCY_BUCKETS.forEach((bound, index) => {
          lines.push(`${name}_bucket{${prefix}le="${bound}"} ${entry.counts[index] ?? 0}`);
        });
        lines.push(`${name}_bucket{${prefix}le="+Inf"} ${entry.count}`);
        const braces = labels ? `{${labels}}` : '';
        lines.push(`${name}_sum${braces} ${entry.sum}`, `${name}_count${braces} ${entry.count}`);
      }
      return lines;
    },
  };
}

export function createMetrics(): GatewayMetrics {
  const httpRequests = new Map<string, number>();
  const delivery = createHistogram(
    'switchboard_event_delivery_seconds',
    'From an event stored in the call event log to its delivery to a live subscriber.',
  );
  const acsRequests = createHistogram(
    'switchboard_acs_request_duration_seconds',
    'ACS requests (retries included), by port operation and outcome (ok, error, timeout, cancelled).',
  );
  let eventLogErrors = 0;
  const slowSubscribers: Record<Transport, number> = { 'graphql-ws': 0, sse: 0 };
  const connections: Record<Transport, number> = { 'graphql-ws': 0, sse: 0 };
  let eventsStored = 0;
  let eventExecutions = 0;
  let openOutcomeAwaits = 0;

  return {
    httpRequest(route, status) {
      const key = `route="${route}",status="${status}"`;
      httpRequests.set(key, (httpRequests.get(key) ?? 0) + 1);
    },
    callbackEventsStored(count) {
      eventsStored += count;
    },
    subscriberConnections(transport, delta) {
      connections[transport] += delta;
    },
    slowSubscriber(transport) {
      slowSubscribers[transport] += 1;
    },
    eventDelivered(seconds) {
      delivery.observe('', Math.max(0, seconds));
    },
    acsRequest(operation, outcome, seconds) {
      // Operation names are the ports' method names and outcomes a fixed set: the label set stays bounded.
      acsRequests.observe(`operation="${operation}",outcome="${outcome}"`, seconds);
    },
    eventLogError() {
      eventLogErrors += 1;
    },
    subscriptionEventExecuted() {
      eventExecutions += 1;
    },
    outcomeAwaits(delta) {
      openOutcomeAwaits += delta;
    },
    render() {
      const lines = [
        '# HELP switchboard_http_requests_total HTTP requests served, by route and status.',
        '# TYPE switchboard_http_requests_total counter',
        ...[...httpRequests].map(([labels, value]) => `switchboard_http_requests_total{${labels}} ${value}`),
        '# HELP switchboard_callback_events_stored_total ACS callback events stored in the call event log.',
        '# TYPE switchboard_callback_events_stored_total counter',
        `switchboard_callback_events_stored_total ${eventsStored}`,
        '# HELP switchboard_subscriber_connections Open subscriber connections, by transport.',
        '# TYPE switchboard_subscriber_connections gauge',
        ...byTransport('switchboard_subscriber_connections', connections),
        '# HELP switchboard_slow_subscribers_total Subscribers cut off for not reading, by transport.',
        '# TYPE switchboard_slow_subscribers_total counter',
        ...byTransport('switchboard_slow_subscribers_total', slowSubscribers),
        ...delivery.render(),
        ...acsRequests.render(),
        '# HELP switchboard_event_log_errors_total Event log operations that failed because Redis was unreachable.',
        '# TYPE switchboard_event_log_errors_total counter',
        `switchboard_event_log_errors_total ${eventLogErrors}`,
        '# HELP switchboard_subscription_event_executions_total Events executed for subscribers: once per distinct subscription, shared by its subscribers.',
        '# TYPE switchboard_subscription_event_executions_total counter',
        `switchboard_subscription_event_executions_total ${eventExecutions}`,
        '# HELP switchboard_outcome_awaits Mutations waiting for the event that ends their action (`outcome`).',
        '# TYPE switchboard_outcome_awaits gauge',
        `switchboard_outcome_awaits ${openOutcomeAwaits}`,
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}

function byTransport(name: string, values: Record<Transport, number>): string[] {
  return Object.entries(values).map(([transport, value]) => `${name}{transport="${transport}"} ${value}`);
}
