import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isAsyncIterable } from '../events/stream.ts';

/** Why a subscriber was disconnected for reading too slowly; shown to SSE and WebSocket clients alike. */
export function slowSubscriberMessage(maxBufferedBytes: number): string {
  return `Slow subscriber: more than ${maxBufferedBytes} bytes unread. Resubscribe with after = the last cursor received.`;
}

export interface SseSubscriptionOptions {
  /** Bytes a subscriber may leave unread before its stream is ended. */
  maxBufferedBytes: number;
  /** Interval of the keep-alive comment lines. @default 12_000 ms */
  keepAliveMs?: number;
  /** How long the client may leave `maxBufferedBytes` unread before its stream is ended. @default 2_000 ms */
  stallTimeoutMs?: number;
  /** The JSON of a result; shared results are serialized once (see `SubscriptionFanout`). @default JSON.stringify */
  serialize?(result: ExecutionResult): string;
  /** The resume position of a result, sent as the SSE event `id` (so `Last-Event-ID` works). */
  cursorOf(result: ExecutionResult): string | undefined;
  /** Told when a subscriber is cut off for reading too slowly. */
  onSlowSubscriber?(): void;
  /** Told when a stream opens (+1) or ends (-1), however it ends. */
  onStreamChange?(delta: 1 | -1): void;
  /**
   * When it aborts (the gateway shuts down), every stream ends without a `complete` event, so an
   * `EventSource` reconnects (to another replica) with `Last-Event-ID` and misses nothing.
   */
  shutdown?: AbortSignal;
}

/**
 * Serves subscriptions over Server-Sent Events (GraphQL over SSE, "distinct connections" mode, as
 * yoga does) with two additions:
 * - every `next` event carries `id: <cursor>`, so a reconnecting `EventSource` resumes by itself
 *   through `Last-Event-ID` (read by the context factory);
 * - the stream buffers at most `maxBufferedBytes` that the client has not read: past that it stops
 *   reading the log until the client reads (so a healthy client catching up a large backlog is paced,
 *   not cut off), and when the client reads nothing for `stallTimeoutMs` it ends the stream with a
 *   GraphQL error saying so, instead of growing memory or holding the subscription forever.
 *
 * Yoga's own processor pulls one result per read, which bounds memory but leaves a stalled client
 * connected forever; this one reads ahead into a bounded queue so a stall becomes visible.
 */
export function useSseSubscriptions(options: SseSubscriptionOptions): Plugin {
  const encoder = new TextEncoder();
  const serialize = options.serialize ?? JSON.stringify;
  /** The `next` event bytes of a result, encoded once and enqueued to every stream that yields that result. */
  const frames = new WeakMap<ExecutionResult, Uint8Array>();
  const frameOf = (result: ExecutionResult): Uint8Array => {
    let frame = frames.get(result);
    if (!frame) {
      const cursor = options.cursorOf(result);
      const id = cursor ? `id: ${cursor}\n` : '';
      frame = encoder.encode(`${id}event: next\ndata: ${serialize(result)}\n\n`);
      frames.set(result, frame);
    }
    return frame;
  };
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (isSingleConnectionModeRequest(request)) endResponse(singleConnectionModeRefusal(fetchAPI));
    },
    onResultProcess({ request, result, setResultProcessor }) {
      const accept = request.headers.get('accept') ?? '';
      if (!accept.includes('text/event-stream') || !isAsyncIterable(result)) return;
      setResultProcessor(
        (stream, fetchAPI) =>
          sseResponse(stream as AsyncIterable<ExecutionResult>, fetchAPI, frameOf, options),
        'text/event-stream',
      );
    },
  };
}

/**
 * Why graphql-sse's "single connection mode" (PUT reserves a stream, operations are POSTed with its token) is
 * refused: every guarantee above is per stream (one subscription's cursor as the event id, its own buffer bound
 * and stall cut-off), and a shared stream would mix several subscriptions' cursors under one Last-Event-ID.
 */
export const SINGLE_CONNECTION_MODE_REFUSAL =
  "graphql-sse's single connection mode is not supported: use distinct connections mode " +
  '(createClient({ singleConnection: false }), the default), a plain EventSource, or graphql-ws.';

/** A request of graphql-sse's single connection mode: a reservation (PUT), or anything carrying its token. */
function isSingleConnectionModeRequest(request: Request): boolean {
  if (request.method === 'PUT' || request.method === 'DELETE') return true;
  if (request.headers.has('x-graphql-event-stream-token')) return true;
  return new URL(request.url).searchParams.has('token');
}

function singleConnectionModeRefusal(fetchAPI: { Response: typeof Response }): Response {
  const body = { errors: [{ message: SINGLE_CONNECTION_MODE_REFUSAL, extensions: { code: 'BAD_REQUEST' } }] };
  return new fetchAPI.Response(JSON.stringify(body), {
    status: 405,
    // graphql-sse's client shows only the status line ("Server responded with 405: <statusText>").
    statusText: 'graphql-sse single connection mode is not supported; use distinct connections mode',
    headers: { 'content-type': 'application/json; charset=utf-8', allow: 'GET, POST' },
  });
}

function sseResponse(
  results: AsyncIterable<ExecutionResult>,
  fetchAPI: { Response: typeof Response },
  frameOf: (result: ExecutionResult) => Uint8Array,
  {
    maxBufferedBytes,
    keepAliveMs = 12_000,
    stallTimeoutMs = 2_000,
    onSlowSubscriber,
    onStreamChange,
    shutdown,
  }: SseSubscriptionOptions,
): Response {
  const encoder = new TextEncoder();
  const iterator = results[Symbol.asyncIterator]();
  let keepAlive: NodeJS.Timeout | undefined;
  let finished = false;
  /** Resolves the pump's wait when the client has read enough for the queue to drop below the limit. */
  let pulled: (() => void) | null = null;
  const clientRead = (): Promise<boolean> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        pulled = null;
        resolve(false);
      }, stallTimeoutMs);
      pulled = () => {
        clearTimeout(timer);
        pulled = null;
        resolve(true);
      };
    });

  let onShutdown: (() => void) | undefined;
  /** Marks the stream ended, once; false when it already was. */
  const end = (): boolean => {
    if (finished) return false;
    finished = true;
    clearInterval(keepAlive);
    if (onShutdown) shutdown?.removeEventListener('abort', onShutdown);
    onStreamChange?.(-1);
    return true;
  };

  const finish = async (controller: ReadableStreamDefaultController<Uint8Array>, last: string) => {
    if (!end()) return;
    controller.enqueue(encoder.encode(`${last}event: complete\ndata:\n\n`));
    controller.close();
    await iterator.return?.();
  };

  /** Ends the response as a dropped connection would look: no `complete`, so the client resumes. */
  const goAway = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (!end()) return;
    controller.close();
    void iterator.return?.();
  };

  // The platform's ReadableStream, not `fetchAPI.ReadableStream`: yoga's ponyfill ignores the queuing strategy
  // (its `desiredSize` never drops), so a stalled client would never be noticed and its backlog would grow.
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        onStreamChange?.(1);
        // A first comment flushes the headers; some browsers wait for a byte before firing `open`.
        controller.enqueue(encoder.encode(':\n\n'));
        keepAlive = setInterval(() => controller.enqueue(encoder.encode(':\n\n')), keepAliveMs);
        if (shutdown?.aborted) return goAway(controller);
        onShutdown = () => goAway(controller);
        shutdown?.addEventListener('abort', onShutdown, { once: true });
        void pump(controller);
      },
      pull() {
        pulled?.();
      },
      async cancel() {
        end();
        pulled?.();
        await iterator.return?.();
      },
    },
    // The queue is measured in bytes: `desiredSize` turns negative once the client lags that far.
    { highWaterMark: maxBufferedBytes, size: (chunk) => chunk.byteLength },
  );

  async function pump(controller: ReadableStreamDefaultController<Uint8Array>): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (finished) return;
        if (done) return await finish(controller, '');
        controller.enqueue(frameOf(value));
        // A stream that failed reaches here as one result with only (masked) `errors`: yoga's iterator turns the
        // rejection into it, and would repeat it on every later read. It ends the stream, as graphql-ws' `error`.
        if (value.data === undefined && value.errors) return await finish(controller, '');
        // Over the limit: read no more of the log until the client reads; cut it off if it does not.
        if ((controller.desiredSize ?? 0) <= 0 && !(await clientRead()) && !finished) {
          onSlowSubscriber?.();
          const error = {
            errors: [
              { message: slowSubscriberMessage(maxBufferedBytes), extensions: { code: 'SLOW_SUBSCRIBER' } },
            ],
          };
          return await finish(controller, `event: next\ndata: ${JSON.stringify(error)}\n\n`);
        }
      }
    } catch (error) {
      if (end()) controller.error(error);
    }
  }

  return new fetchAPI.Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'Content-Encoding': 'none',
    },
  });
}
