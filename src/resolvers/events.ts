import type { CallEvent, CallEventKind } from '../domain/call-event.ts';
import { InputError } from '../errors.ts';
import { InvalidCursorError } from '../events/log.ts';
import type { GatewayContext } from './context.ts';
import { requireIntInRange, requireNonEmpty } from './validate.ts';

/** Most events `Call.events` returns at once. */
export const MAX_EVENTS_PER_READ = 1_000;

/**
 * Retained events of a call connection: the `last` newest (oldest first), or with `after` the first `last`
 * events after that cursor.
 */
export async function readCallEvents(
  callConnectionId: string,
  args: { after?: string | null; last: number },
  ctx: GatewayContext,
): Promise<CallEvent[]> {
  const last = requireIntInRange(args.last, 1, MAX_EVENTS_PER_READ, 'last');
  try {
    return args.after
      ? await ctx.eventLog.readAfter(callConnectionId, args.after, last)
      : await ctx.eventLog.readLast(callConnectionId, last);
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new InputError('after is not a cursor of this call.', 'after');
    throw error;
  }
}

/**
 * The `callEvents` subscription: the log's replay-then-live stream of one call connection, keeping only the
 * kinds in `types` (all when absent). `EventsLost` is always delivered: a client must learn of a gap whatever
 * it filters on.
 *
 * The returned iterator's `return()` aborts the log subscription at once, even while it waits for the next
 * event (an async generator would only notice at its next `yield`).
 */
export async function subscribeCallEvents(
  args: { callConnectionId: string; after?: string | null; types?: readonly CallEventKind[] | null },
  ctx: GatewayContext,
): Promise<AsyncIterableIterator<CallEvent>> {
  const callConnectionId = requireNonEmpty(args.callConnectionId, 'callConnectionId');
  if (args.after) {
    // Refuse a malformed cursor up front, as a request error, rather than as a failure mid-stream.
    try {
      await ctx.eventLog.readAfter(callConnectionId, args.after, 1);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw new InputError('after is not a cursor of this call.', 'after');
      throw error;
    }
  }
  const types = args.types && args.types.length > 0 ? new Set<CallEventKind>(args.types) : null;
  // An EventSource that reconnects repeats the original `after` but sends where it really is as Last-Event-ID.
  const after = ctx.lastEventId ?? args.after ?? null;
  const controller = new AbortController();
  let source: AsyncIterator<CallEvent> | undefined;
  const sourceIterator = (): AsyncIterator<CallEvent> => {
    source ??= ctx.eventLog
      .subscribe(callConnectionId, { after, signal: controller.signal })
      [Symbol.asyncIterator]();
    return source;
  };
  const done = (): IteratorResult<CallEvent> => ({ done: true, value: undefined });
  const iterator: AsyncIterableIterator<CallEvent> = {
    async next() {
      while (!controller.signal.aborted) {
        let result: IteratorResult<CallEvent>;
        try {
          result = await sourceIterator().next();
        } catch (error) {
          if (error instanceof InvalidCursorError) {
            throw new InputError('after is not a cursor of this call.', 'after');
          }
          throw error;
        }
        if (result.done) return done();
        const event = result.value;
        if (types === null || event.kind === 'EventsLost' || types.has(event.kind))
          return { done: false, value: event };
      }
      return done();
    },
    async return() {
      controller.abort();
      await source?.return?.();
      return done();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  ctx.logger.debug({ callConnectionId, after }, 'callEvents subscribed');
  return iterator;
}
