import { type CallEventData, type CallWatch, type WatchCallOptions, watchCall } from '@switchboard/client';
import WebSocket from 'ws';
import { createDeferred, waitFor } from './async.ts';

/**
 * Starts `watchCall` (graphql-ws over `ws` unless `options` say otherwise), recording what it reports: its
 * events, the reasons it reconnected, when it completed or failed. Stopped after the test.
 */
export function startWatch(
  disposers: { add(dispose: () => unknown): void },
  options: Omit<WatchCallOptions, 'onEvent'>,
) {
  const events: CallEventData[] = [];
  const reconnects: string[] = [];
  const completed = createDeferred();
  const failed = createDeferred<Error>();
  const watch: CallWatch = watchCall({
    webSocketImpl: WebSocket,
    retry: { initialDelayMs: 50, maxDelayMs: 500, maxAttempts: 60 },
    ...options,
    onEvent: (event) => events.push(event),
    onComplete: () => completed.resolve(),
    onError: (error) => failed.resolve(error),
    onReconnect: ({ reason }) => reconnects.push(reason),
  });
  disposers.add(() => watch.stop());
  const sawType = (type: string) =>
    waitFor(() => events.some((e) => e.type === type), { what: `${type} from watchCall`, timeoutMs: 10_000 });
  return { watch, events, reconnects, completed: completed.promise, failed: failed.promise, sawType };
}
