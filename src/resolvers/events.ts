import type { CallEvent, CallEventKind } from '../domain/call-event.ts';
import { AcsError, InputError } from '../errors.ts';
import { InvalidCursorError } from '../events/log.ts';
import { OperationLog } from '../events/operation-log.ts';
import { type DrivenStream, type EventSink, iterate } from '../events/stream.ts';
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
  args: { first: number; after?: string | null },
  ctx: GatewayContext,
): Promise<CallEvent[]> {
  const first = requireIntInRange(args.first, 1, MAX_EVENTS_PER_READ, 'first');
  try {
    return await ctx.eventLog.readAfter(callConnectionId, args.after ?? null, first);
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new InputError('after is not a cursor of this call.', 'after');
    throw error;
  }
}

/** The event that ends a call connection's stream: nothing the subscriber needs comes after it. */
const TERMINAL_EVENT: CallEventKind = 'CallDisconnected';

/**
 * How many of the newest events are searched for the terminal event when a subscriber is already caught up.
 * ACS may send a few events after CallDisconnected (acs.md §5.2), never a long tail.
 */
const TERMINAL_SEARCH_DEPTH = 50;

/**
 * The `callEvents` subscription: the log's replay-then-live stream of one call connection, keeping only the
 * kinds in `types` (all when absent). `EventsLost` is always delivered: a client must learn of a gap whatever
 * it filters on. The stream completes after the call's terminal event (CallDisconnected) once everything
 * before it is delivered, at once when the subscriber already has it; an id neither the log nor ACS knows is
 * a NOT_FOUND request error rather than a stream that never yields.
 *
 * The stream is driven (see `DrivenStream`: a transport that writes to its socket takes pushed events with no
 * promise per event) or iterated (`return()` ends it at once, even while it waits for the next event).
 */
export async function subscribeCallEvents(
  args: { callConnectionId: string; after?: string | null; types?: readonly CallEventKind[] | null },
  ctx: GatewayContext,
): Promise<DrivenStream<CallEvent> & AsyncIterable<CallEvent>> {
  const callConnectionId = requireNonEmpty(args.callConnectionId, 'callConnectionId');
  // An EventSource that reconnects repeats the original `after` but sends where it really is as Last-Event-ID.
  const after = ctx.lastEventId ?? args.after ?? null;
  let caughtUp = false;
  if (after) {
    // Refuse a malformed cursor up front, as a request error, rather than as a failure mid-stream.
    try {
      caughtUp = (await ctx.eventLog.readAfter(callConnectionId, after, 1)).length === 0;
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw new InputError('after is not a cursor of this call.', 'after');
      throw error;
    }
  }
  const newest = await ctx.eventLog.readLast(callConnectionId, TERMINAL_SEARCH_DEPTH);
  if (newest.length === 0) await requireKnownCall(callConnectionId, ctx);
  const endedBefore = caughtUp && newest.some((event) => event.kind === TERMINAL_EVENT);
  const types = args.types && args.types.length > 0 ? new Set<CallEventKind>(args.types) : null;
  ctx.logger.debug({ callConnectionId, after }, 'callEvents subscribed');
  // This operation reads nothing more, but its context lives as long as the subscription: so would the reads kept.
  if (ctx.eventLog instanceof OperationLog) ctx.eventLog.forgetReads();
  return new CallEventStream(ctx.eventLog.subscribe(callConnectionId, { after }), types, endedBefore);
}

/** A call's log subscription, filtered by kind and ended after the terminal event. */
class CallEventStream implements DrivenStream<CallEvent>, AsyncIterable<CallEvent> {
  readonly #source: DrivenStream<CallEvent>;
  readonly #types: ReadonlySet<CallEventKind> | null;
  readonly #endedBefore: boolean;

  constructor(
    source: DrivenStream<CallEvent>,
    types: ReadonlySet<CallEventKind> | null,
    endedBefore: boolean,
  ) {
    this.#source = source;
    this.#types = types;
    this.#endedBefore = endedBefore;
  }

  drive(sink: EventSink<CallEvent>): void {
    const source = this.#source;
    if (this.#endedBefore) {
      sink.end();
      void source.end();
      return;
    }
    source.drive(new FilteringSink(source, this.#types, sink));
  }

  resume(): void {
    this.#source.resume();
  }

  end(): Promise<void> {
    return this.#source.end();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CallEvent> {
    return iterate(this);
  }
}

/**
 * The sink `CallEventStream` drives its log subscription into: keeps the kinds asked for, ends after the terminal
 * event. A class, not closures: every open subscription holds one.
 */
class FilteringSink implements EventSink<CallEvent> {
  readonly #source: DrivenStream<CallEvent>;
  readonly #types: ReadonlySet<CallEventKind> | null;
  readonly #sink: EventSink<CallEvent>;
  #ended = false;

  constructor(
    source: DrivenStream<CallEvent>,
    types: ReadonlySet<CallEventKind> | null,
    sink: EventSink<CallEvent>,
  ) {
    this.#source = source;
    this.#types = types;
    this.#sink = sink;
  }

  push(event: CallEvent): boolean {
    if (this.#ended) return false;
    const types = this.#types;
    const wanted = types === null || event.kind === 'EventsLost' || types.has(event.kind);
    const more = wanted ? this.#sink.push(event) : true;
    if (event.kind !== TERMINAL_EVENT) return more;
    // Everything before the terminal event is delivered: the stream is complete.
    void this.#source.end();
    return false;
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#sink.end();
  }

  fail(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#sink.fail(
      error instanceof InvalidCursorError
        ? new InputError('after is not a cursor of this call.', 'after')
        : error,
    );
  }
}

/**
 * Fails with NOT_FOUND unless the gateway connected the call or ACS knows it. Only asked for a call with no
 * event yet, so a subscription to a known call costs no ACS request.
 */
async function requireKnownCall(callConnectionId: string, ctx: GatewayContext): Promise<void> {
  if ((await ctx.eventLog.getCall(callConnectionId)) !== null) return;
  try {
    await ctx.calls.getCall(callConnectionId);
  } catch (error) {
    if (error instanceof AcsError && error.status === 404) {
      throw new AcsError(
        'No such call connection: neither ACS nor the gateway knows this callConnectionId.',
        {
          code: 'NOT_FOUND',
          status: 404,
          acsCode: error.acsCode,
        },
      );
    }
    throw error;
  }
}
