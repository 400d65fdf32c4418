import { EventSource } from 'eventsource';
import { type DocumentNode, print } from 'graphql';
import { waitFor } from './async.ts';

/** One `next` event of a GraphQL-over-SSE stream, as a browser's `EventSource` sees it. */
export interface SseResult<TData = Record<string, unknown>> {
  /** The SSE event id (the gateway sends the event's cursor). */
  lastEventId: string;
  data?: TData;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface SseSubscription<TData> {
  /** Every `next` result received so far, in order (across automatic reconnects). */
  readonly results: SseResult<TData>[];
  /** How many times the server ended the stream (`complete`) or the connection dropped. */
  readonly endings: number;
  /** Every (re)connection: the origin that served it and the `Last-Event-ID` it sent. */
  readonly requests: { origin: string; lastEventId: string | null }[];
  /** Waits until at least `count` results have arrived, then returns them all. */
  waitForResults(count: number, timeoutMs?: number): Promise<SseResult<TData>[]>;
  close(): void;
}

export interface SseSubscribeOptions {
  /** Sent as `Last-Event-ID` on the first request, as a browser does when it resumes. */
  lastEventId?: string;
  /**
   * Whether the client reconnects (sending `Last-Event-ID`) after the stream ends, as `EventSource`
   * does by default. Off: the client closes on `complete`, as a GraphQL-over-SSE client would.
   */
  reconnect?: boolean;
  /**
   * Origins tried in order for every (re)connection, as a load balancer would: the first that accepts the
   * connection serves it. @default the origin of `url`
   */
  origins?: string[];
  /** Request headers (e.g. `Authorization`), sent on every (re)connection. */
  headers?: Record<string, string>;
}

/**
 * Subscribes with a real `EventSource` (the `eventsource` package, WHATWG-conformant): a GET to
 * `url` with the operation in the query string and `Accept: text/event-stream`.
 */
export function subscribeOverSse<TData = Record<string, unknown>>(
  url: string,
  document: DocumentNode | string,
  variables: Record<string, unknown>,
  { lastEventId, reconnect = false, origins, headers: extraHeaders = {} }: SseSubscribeOptions = {},
): SseSubscription<TData> {
  const target = new URL(url);
  target.searchParams.set('query', typeof document === 'string' ? document : print(document));
  target.searchParams.set('variables', JSON.stringify(variables));

  let firstRequest = true;
  const requests: SseSubscription<TData>['requests'] = [];
  const source = new EventSource(target, {
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
      if (firstRequest && lastEventId) headers.set('Last-Event-ID', lastEventId);
      firstRequest = false;
      let lastError: unknown;
      for (const origin of origins ?? [target.origin]) {
        const routed = new URL(String(input));
        const { host, protocol } = new URL(origin);
        Object.assign(routed, { host, protocol });
        try {
          const response = await fetch(routed, { ...init, headers });
          requests.push({ origin, lastEventId: headers.get('Last-Event-ID') });
          return response;
        } catch (error) {
          lastError = error;
        }
      }
      throw lastError;
    },
  });

  const results: SseResult<TData>[] = [];
  let endings = 0;
  source.addEventListener('next', (event) => {
    results.push({
      lastEventId: event.lastEventId,
      ...(JSON.parse(event.data) as Omit<SseResult<TData>, 'lastEventId'>),
    });
  });
  source.addEventListener('complete', () => {
    endings += 1;
    if (!reconnect) source.close();
  });
  source.addEventListener('error', () => {
    endings += 1;
  });

  return {
    results,
    get endings() {
      return endings;
    },
    requests,
    waitForResults: (count, timeoutMs = 10_000) =>
      waitFor(() => results.length >= count && results, { timeoutMs, what: `${count} SSE results` }),
    close: () => source.close(),
  };
}
