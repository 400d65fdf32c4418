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
  /** An event was executed for a distinct subscription (once for all its subscribers; see subscription-fanout.ts). */
  subscriptionEventExecuted(): void;
  /** The Prometheus text exposition of every metric. */
  render(): string;
}

export function createMetrics(): GatewayMetrics {
  const httpRequests = new Map<string, number>();
  const slowSubscribers: Record<Transport, number> = { 'graphql-ws': 0, sse: 0 };
  const connections: Record<Transport, number> = { 'graphql-ws': 0, sse: 0 };
  let eventsStored = 0;
  let eventExecutions = 0;

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
    subscriptionEventExecuted() {
      eventExecutions += 1;
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
        '# HELP switchboard_subscription_event_executions_total Events executed for subscribers: once per distinct subscription, shared by its subscribers.',
        '# TYPE switchboard_subscription_event_executions_total counter',
        `switchboard_subscription_event_executions_total ${eventExecutions}`,
      ];
      return `${lines.join('\n')}\n`;
    },
  };
}

function byTransport(name: string, values: Record<Transport, number>): string[] {
  return Object.entries(values).map(([transport, value]) => `${name}{transport="${transport}"} ${value}`);
}
