import { type DocumentNode, type ExecutionResult, type GraphQLFormattedError, print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import {
  CallDocument,
  type CallEventFieldsFragment,
  CallEventsDocument,
  type CallEventType,
  type CallQuery,
} from './gql/graphql.ts';
import { persistedQueryExtensions } from './trusted-documents.ts';

/** One event of a call, with every field the gateway serves (the `CallEventFields` fragment). */
export type CallEventData = CallEventFieldsFragment;

/** Where a bearer token comes from; called before every (re)connection, so it may refresh the token. */
export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface WatchCallOptions {
  /** The gateway's GraphQL endpoint, `http(s)://host/graphql` (graphql-ws uses the same URL as `ws(s)://`). */
  url: string;
  callConnectionId: string;
  /** Start after this cursor (e.g. `call.cursor` of the view the UI rendered); from the log's start when absent. */
  after?: string | null;
  /** Only these event kinds reach `onEvent` (all when absent). The watch still ends on CallDisconnected. */
  types?: readonly CallEventType[] | null;
  /**
   * The access token, sent as `Authorization: Bearer <token>` on HTTP and SSE requests and as
   * `connectionParams.authorization` on graphql-ws. Called again on every reconnection (a token that expired
   * closes the stream; the watch resumes with a fresh one).
   */
  getToken?: TokenSource;
  /**
   * `ws` (graphql-ws), `sse` (GraphQL over SSE, distinct connections mode), or absent: graphql-ws, falling back
   * to SSE when no WebSocket connection could ever be opened (no WebSocket implementation, or a proxy that
   * refuses upgrades).
   */
  transport?: 'ws' | 'sse';
  /** Every event once, in log order. */
  onEvent(event: CallEventData): void;
  /**
   * The watch gave up: a request error that retrying cannot fix (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …), or
   * `maxAttempts` reconnections in a row that delivered nothing.
   */
  onError?(error: WatchCallError): void;
  /** The call ended (CallDisconnected was delivered, or the call was already over): no event will follow. */
  onComplete?(): void;
  /** Told before each reconnection: why the previous connection ended, and how long the watch waits first. */
  onReconnect?(info: ReconnectInfo): void;
  /**
   * Reconnection back-off: after a failure that delivered nothing, the n-th wait is `initialDelayMs · 2^(n-1)`,
   * capped at `maxDelayMs`, jittered (between half and all of it) so clients cut off together do not return
   * together, and never shorter than the gateway's `retryAfterSeconds`. A reconnection that delivers an event
   * resets the count; `maxAttempts` failures in a row end the watch (`onError`).
   * @default { initialDelayMs: 250, maxDelayMs: 5_000, maxAttempts: 10 }
   */
  retry?: { initialDelayMs?: number; maxDelayMs?: number; maxAttempts?: number };
  /** A WebSocket constructor where there is no global one (Node 20: `ws`). */
  webSocketImpl?: unknown;
  /** `fetch` to use (defaults to the global one). */
  fetch?: typeof fetch;
}

/** Why a watch reconnects (`WatchCallOptions.onReconnect`). */
export interface ReconnectInfo {
  /** Reconnections so far, this one included. */
  attempt: number;
  /** Why the previous connection ended, in words (for logs). */
  reason: string;
  /**
   * The gateway's `extensions.code` when it ended the subscription with a request error: `UNAVAILABLE` (a store
   * it depends on is down), `SLOW_SUBSCRIBER`, `UNAUTHENTICATED` (token expired), …; null for a
   * dropped connection.
   */
  code: string | null;
  /** Where the next subscription resumes: after this cursor. */
  after: string | null;
  /** How long the watch waits before reconnecting, in milliseconds (0: at once). */
  delayMs: number;
}

/** A running watch. */
export interface CallWatch {
  /** The cursor of the last event delivered (where a reconnection resumes). */
  readonly cursor: string | null;
  /** Resolves when the watch ends: completed, failed or stopped. */
  readonly done: Promise<void>;
  /** Stops watching (no further callbacks). */
  stop(): void;
  /**
   * Reconnects now, resubscribing after the last cursor with a fresh `getToken()`: e.g. once the app refreshed
   * its token, before the old one expires and the gateway closes the stream.
   */
  reconnect(): void;
}

/** Why a watch gave up. `code` is the GraphQL `extensions.code` when the gateway sent one. */
export class WatchCallError extends Error {
  override readonly name = 'WatchCallError';
  readonly code: string | null;
  constructor(message: string, code: string | null) {
    super(message);
    this.code = code;
  }
}

/** What the watch needs of a graphql-ws or graphql-sse client. */
interface TransportClient {
  subscribe(
    payload: { query: string; variables: Record<string, unknown>; extensions: Record<string, unknown> },
    sink: {
      next(result: { data?: unknown; errors?: readonly unknown[] }): void;
      error(error: unknown): void;
      complete(): void;
    },
  ): () => void;
  dispose(): void;
}

/** graphql-ws close codes after which reconnecting cannot help (bad request, forbidden, …). */
const FATAL_CLOSE_CODES = new Set([4400, 4403, 4406, 4409, 4500]);
/**
 * Request-error codes that are about this connection, not the request: resubscribe at once after the last cursor.
 * (A draining gateway sends no code: it closes graphql-ws with 1001 and ends SSE streams, and both reconnect.)
 */
const RECONNECT_ERROR_CODES = new Set(['SLOW_SUBSCRIBER', 'UNAUTHENTICATED']);
/** Request-error codes of a transient outage (the gateway's store, ACS, a rate limit): resubscribe after a back-off. */
const TRANSIENT_ERROR_CODES = new Set([
  'UNAVAILABLE',
  'UPSTREAM_UNAVAILABLE',
  'RATE_LIMITED',
  'LIMIT_EXCEEDED',
]);

const CALL_EVENTS_QUERY = print(CallEventsDocument);
const CALL_EVENTS_EXTENSIONS = persistedQueryExtensions(CallEventsDocument);

type AttemptEnd =
  | { kind: 'terminal' }
  | { kind: 'completed' }
  | { kind: 'fatal'; error: WatchCallError }
  | {
      kind: 'retry';
      reason: string;
      /** The connection was up: the failure was not the network's (no back-off unless `transient`). */
      connected: boolean;
      code?: string | null;
      /** A transient outage: back off (at least `retryAfterMs`) even though the connection was up. */
      transient?: boolean;
      retryAfterMs?: number;
    };

/**
 * Watches one call's events: replay after `after`, then live, over graphql-ws (or SSE). It keeps the cursor of
 * the last event delivered and, whenever the connection ends early — the gateway draining (close 1001), a
 * restart, a lost network, a slow-subscriber cut-off, an expired token, a transient `UNAVAILABLE` (the gateway's
 * event store is down; retried with a jittered back-off, no sooner than its `retryAfterSeconds`) — resubscribes
 * after that cursor, so `onEvent` sees every event exactly once and in order. It ends with `onComplete` after
 * CallDisconnected.
 *
 * ```ts
 * const watch = watchCall({ url: '/graphql', callConnectionId, after: call.cursor, onEvent: render });
 * // later: watch.stop();
 * ```
 */
export function watchCall(options: WatchCallOptions): CallWatch {
  const { initialDelayMs = 250, maxDelayMs = 5_000, maxAttempts = 10 } = options.retry ?? {};
  const wanted = options.types && options.types.length > 0 ? new Set(options.types) : null;
  // The server is always asked for CallDisconnected too: it is how the watch knows the call ended.
  const serverTypes = wanted ? [...new Set<CallEventType>([...wanted, 'CALL_DISCONNECTED'])] : null;
  let cursor = options.after ?? null;
  let stopped = false;
  /** Ends the current connection attempt with the given outcome (stop, or a reconnection asked for). */
  let endAttempt: ((end: AttemptEnd) => void) | null = null;
  let wsUsable = options.transport !== 'sse';
  /** A WebSocket reached the gateway once (even if it was refused, e.g. 4401): WebSockets are not blocked. */
  let wsEverOpened = false;
  let wakeSleep: (() => void) | null = null;

  const deliver = (event: CallEventData): boolean => {
    cursor = event.cursor;
    if (wanted === null || wanted.has(event.type) || event.type === 'EVENTS_LOST') options.onEvent(event);
    return event.type === 'CALL_DISCONNECTED';
  };

  const variables = () => ({ callConnectionId: options.callConnectionId, after: cursor, types: serverTypes });

  /** Sorts one GraphQL result: an event, or the request error that ends the attempt. */
  const readResult = (result: {
    data?: unknown;
    errors?: readonly GraphQLFormattedError[] | readonly unknown[];
  }): AttemptEnd | { kind: 'event'; terminal: boolean } => {
    const errors = result.errors as readonly GraphQLFormattedError[] | undefined;
    if (errors && errors.length > 0) return requestFailure(errors, true);
    const event = (result.data as { callEvents?: CallEventData } | undefined)?.callEvents;
    if (!event) return { kind: 'event', terminal: false };
    return { kind: 'event', terminal: deliver(event) };
  };

  /** A graphql-ws or graphql-sse client for one connection attempt; `connected` is told when it is up. */
  const openClient = (transport: 'ws' | 'sse', connected: () => void): TransportClient => {
    const bearer = async (): Promise<Record<string, string>> => {
      const token = await options.getToken?.();
      return token ? { authorization: `Bearer ${token}` } : {};
    };
    if (transport === 'ws') {
      const client = createWsClient({
        url: options.url.replace(/^http/, 'ws'),
        lazy: true,
        retryAttempts: 0, // its retry would resubscribe with the original `after`; this watch resumes itself
        ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
        connectionParams: bearer,
        on: {
          connected,
          opened: () => {
            wsEverOpened = true;
          },
        },
      });
      return {
        subscribe: (payload, sink) => client.subscribe(payload, sink),
        dispose: () => void client.dispose(),
      };
    }
    const client = createSseClient({
      url: options.url,
      retryAttempts: 0,
      ...(options.fetch ? { fetchFn: options.fetch } : {}),
      headers: bearer,
      on: { connected },
    });
    return { subscribe: (payload, sink) => client.subscribe(payload, sink), dispose: () => client.dispose() };
  };

  /** One subscription over one connection, until it ends: the terminal event, completion, or a failure. */
  const attempt = (transport: 'ws' | 'sse'): Promise<AttemptEnd> =>
    new Promise((resolve) => {
      let connected = false;
      let settled = false;
      const client = openClient(transport, () => {
        connected = true;
      });
      const settle = (end: AttemptEnd) => {
        if (settled) return;
        settled = true;
        endAttempt = null;
        unsubscribe();
        client.dispose();
        resolve(end);
      };
      endAttempt = settle;
      const unsubscribe = client.subscribe(
        // By text and by id: runs whether the gateway's TRUSTED_DOCUMENTS is off, allow or require.
        { query: CALL_EVENTS_QUERY, variables: variables(), extensions: CALL_EVENTS_EXTENSIONS },
        {
          next: (result) => {
            if (settled) return;
            const read = readResult(result);
            if (read.kind === 'event') {
              if (read.terminal) settle({ kind: 'terminal' });
            } else settle(read);
          },
          error: (error) => settle((transport === 'ws' ? wsFailure : sseFailure)(error, connected)),
          complete: () => settle({ kind: 'completed' }),
        },
      );
    });

  /**
   * Whether a stream the server completed without CallDisconnected means the call is over: it completes at once
   * for a call whose end the client already has, but a draining gateway may end a stream cleanly too.
   */
  const callHasEnded = async (): Promise<boolean> => {
    const token = await options.getToken?.();
    const response = await (options.fetch ?? fetch)(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({
        query: print(CallDocument as DocumentNode),
        variables: { callConnectionId: options.callConnectionId },
        extensions: persistedQueryExtensions(CallDocument as DocumentNode),
      }),
    });
    const body = (await response.json()) as ExecutionResult<CallQuery>;
    if (!body.data) return false;
    return !body.data.call || body.data.call.state === 'DISCONNECTED';
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeSleep = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const run = async (): Promise<void> => {
    let failures = 0;
    for (let reconnection = 1; !stopped; reconnection++) {
      const before = cursor;
      const useWs = wsUsable && hasWebSocket(options.webSocketImpl);
      const end = await attempt(useWs ? 'ws' : 'sse');
      if (stopped) return;
      if (end.kind === 'terminal') return options.onComplete?.();
      if (end.kind === 'fatal') return options.onError?.(end.error);
      let reason: string;
      if (end.kind === 'completed') {
        const ended = await callHasEnded().catch(() => false);
        if (stopped) return;
        if (ended) return options.onComplete?.();
        reason = 'the gateway ended the stream';
      } else {
        reason = end.reason;
        // A WebSocket that never opened, on a watch that never had one, is likely blocked: try SSE. (One the
        // gateway opened and then refused, e.g. 4401 for a missing token, is not: SSE would be refused too.)
        if (useWs && !wsEverOpened && options.transport === undefined) wsUsable = false;
      }
      const retry = end.kind === 'retry' ? end : null;
      // Progress (an event, or a connection that was not ended by an outage) resets the back-off; a run of
      // failures without any gives up.
      const progressed = cursor !== before || (retry?.connected === true && !retry.transient);
      failures = progressed ? 0 : failures + 1;
      if (failures >= maxAttempts) {
        return options.onError?.(
          new WatchCallError(
            `Gave up after ${failures} failed reconnections: ${reason}`,
            retry?.code ?? null,
          ),
        );
      }
      let delayMs = 0;
      if (failures > 0 || retry?.transient) {
        const backoff = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, failures - 1));
        delayMs = Math.max(retry?.retryAfterMs ?? 0, Math.round(backoff * (0.5 + Math.random() / 2)));
      }
      options.onReconnect?.({
        attempt: reconnection,
        reason,
        code: retry?.code ?? null,
        after: cursor,
        delayMs,
      });
      if (delayMs > 0) await sleep(delayMs);
    }
  };

  const done = run().catch((error: unknown) => {
    if (!stopped)
      options.onError?.(new WatchCallError(error instanceof Error ? error.message : String(error), null));
  });

  return {
    get cursor() {
      return cursor;
    },
    done,
    reconnect() {
      endAttempt?.({ kind: 'retry', reason: 'reconnect() was called', connected: true });
    },
    stop() {
      stopped = true;
      wakeSleep?.();
      endAttempt?.({ kind: 'completed' });
    },
  };
}

/**
 * The request errors a subscription ended with: a connection-level code resubscribes at once, a transient one
 * after a back-off (at least its `retryAfterSeconds`), any other ends the watch.
 */
function requestFailure(errors: readonly GraphQLFormattedError[], connected: boolean): AttemptEnd {
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
  const reason = first?.message ?? 'Subscription failed.';
  if (code && RECONNECT_ERROR_CODES.has(code)) return { kind: 'retry', reason, code, connected };
  if (code && TRANSIENT_ERROR_CODES.has(code)) {
    const seconds = first?.extensions?.retryAfterSeconds;
    const retryAfterMs = typeof seconds === 'number' && seconds > 0 ? Math.min(seconds, 300) * 1000 : 0;
    return { kind: 'retry', reason, code, connected, transient: true, retryAfterMs };
  }
  return { kind: 'fatal', error: new WatchCallError(reason, code) };
}

/** A graphql-ws failure: a fatal close code or request errors end the watch; anything else is retried. */
function wsFailure(error: unknown, connected: boolean): AttemptEnd {
  if (Array.isArray(error)) return requestFailure(error as GraphQLFormattedError[], connected);
  if (isCloseEvent(error)) {
    if (FATAL_CLOSE_CODES.has(error.code)) {
      return {
        kind: 'fatal',
        error: new WatchCallError(error.reason || `WebSocket closed with ${error.code}`, `WS_${error.code}`),
      };
    }
    return { kind: 'retry', reason: `WebSocket closed (${error.code} ${error.reason})`.trim(), connected };
  }
  return { kind: 'retry', reason: error instanceof Error ? error.message : 'WebSocket error', connected };
}

/** An SSE failure: a 4xx other than 401/408/429 is fatal (the request itself is wrong); the rest is retried. */
function sseFailure(error: unknown, connected: boolean): AttemptEnd {
  const status = (error as { response?: { status?: unknown } }).response?.status;
  if (typeof status === 'number' && status >= 400 && status < 500 && ![401, 408, 429].includes(status)) {
    return {
      kind: 'fatal',
      error: new WatchCallError(error instanceof Error ? error.message : `HTTP ${status}`, `HTTP_${status}`),
    };
  }
  if (Array.isArray(error)) return wsFailure(error, connected);
  return { kind: 'retry', reason: error instanceof Error ? error.message : 'SSE stream failed', connected };
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

function hasWebSocket(impl: unknown): boolean {
  return impl !== undefined || typeof (globalThis as { WebSocket?: unknown }).WebSocket === 'function';
}
