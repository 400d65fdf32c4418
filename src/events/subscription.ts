import type { CallEvent } from '../domain/call-event.ts';
import { compareCursors, eventsLostEvent } from './cursor.ts';
import { CallEventLogUnavailableError } from './log.ts';

/** One page of a call's log, read after a cursor. */
export interface LogPage {
  /** Retained events after the requested cursor, oldest first. */
  events: CallEvent[];
  /**
   * The newest cursor that was trimmed or expired away *after* the requested cursor, or null when nothing
   * after it was lost. Only meaningful when the requested cursor is not null.
   */
  lostThrough: string | null;
  /** The oldest cursor still held, or null when nothing is held. */
  oldestRetained: string | null;
}

/**
 * What an append notification may carry: the stored events themselves, and the cursor that preceded them in the
 * log (null when the log held nothing). A subscription positioned exactly at `previous` is caught up, so it takes
 * `events` as they are and skips reading the log; any other subscription reads the log.
 * Shared by every local subscriber of the call: never mutated.
 */
export interface Appended {
  previous: string | null;
  events: readonly CallEvent[];
}

/** What a log gives a `PullSubscription`. */
export interface PullSource {
  callConnectionId: string;
  /** Reads at most `limit` events after `after` (from the start when null). */
  readPage(after: string | null, limit: number): Promise<LogPage>;
  /**
   * Starts listening for "something was appended" notifications (with what was appended when the log knows it,
   * null when it does not, e.g. on a reconnect); resolves once listening (so a replay that starts afterwards
   * cannot miss an append). Returns the function that stops listening.
   */
  listen(notify: (appended: Appended | null) => void): Promise<() => Promise<void>>;
  /** Events read per page: the most a subscription ever holds in memory. */
  pageSize: number;
  now: () => number;
}

/**
 * A pull-based subscription to one call's log: replay after a cursor, then live.
 *
 * A notification that carries the appended events hands them to a subscription that is caught up (positioned
 * right before them, not reading, room in its page): the common case of a live subscriber costs no log read.
 * Any other notification only marks the subscription "behind"; the events are then read from the log, a page
 * at a time, when the consumer pulls. So a slow consumer costs at most one page of memory, never a growing
 * queue, and a notification lost during a Redis outage costs nothing as long as `notify()` is called on reconnect.
 * Events are yielded strictly after the last cursor yielded, so replay and live never overlap or leave a gap.
 *
 * Written by hand rather than as an async generator because `return()` must end a consumer's pending
 * `next()` at once, even while it waits for the next append (a generator would only see it at its next
 * `yield`, keeping the subscription open until the call's next event).
 */
export class PullSubscription implements AsyncIterableIterator<CallEvent> {
  #source: PullSource;
  /** Position of the last event read from the log (not necessarily yielded yet). */
  #readPosition: string | null;
  #buffer: CallEvent[] = [];
  #behind = true;
  /** A page read is in flight: a notification must not add events it may also return. */
  #reading = false;
  /**
   * What notifications said while a read was in flight: nothing (undefined), something unknown (null), or the
   * newest cursor they announced. After the read, the subscription is behind only if that is past what it read.
   */
  #heardWhileReading: string | null | undefined = undefined;
  #ended = false;
  #stopListening: (() => Promise<void>) | null = null;
  #started: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  /** `next()` calls not settled yet. */
  #pending = 0;
  #signal: AbortSignal | undefined;
  #onEnd: () => void;
  #cleanup: Promise<void> | null = null;

  constructor(
    source: PullSource,
    options: { after: string | null; signal?: AbortSignal; onEnd: () => void },
  ) {
    this.#source = source;
    this.#readPosition = options.after;
    this.#signal = options.signal;
    this.#onEnd = options.onEnd;
    if (this.#signal?.aborted) this.#ended = true;
    this.#signal?.addEventListener('abort', this.#abort);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /**
   * Called on appends (with what was appended, when known) and on reconnects (null): takes the appended events
   * when caught up, else marks the subscription behind; wakes a waiting `next()`.
   */
  notify(appended: Appended | null = null): void {
    const newest = appended?.events.at(-1)?.cursor ?? null;
    if (this.#reading) {
      // Later notifications announce later cursors; an unknown one (null) forces a read either way.
      if (this.#heardWhileReading !== null) this.#heardWhileReading = newest;
    } else if (
      appended &&
      newest !== null &&
      !this.#behind &&
      this.#readPosition === appended.previous &&
      this.#buffer.length + appended.events.length <= this.#source.pageSize
    ) {
      for (const event of appended.events) this.#buffer.push(event);
      this.#readPosition = newest;
    } else if (newest === null || newest !== this.#readPosition) {
      // (A notification of events this subscription already read — its read raced the append — changes nothing.)
      this.#behind = true;
    }
    this.#wakeUp();
  }

  next(): Promise<IteratorResult<CallEvent>> {
    // The live path: nothing pending and an event at hand (taken from a notification or a page).
    if (this.#pending === 0 && !this.#ended) {
      const event = this.#buffer.shift();
      if (event) return Promise.resolve({ done: false, value: event });
    }
    // Serialized: a second next() waits for the first, so events keep their order.
    this.#pending++;
    const result = this.#queue.then(() => this.#step());
    const settled = () => {
      this.#pending--;
    };
    this.#queue = result.then(settled, settled);
    return result;
  }

  async return(): Promise<IteratorResult<CallEvent>> {
    await this.end();
    return { done: true, value: undefined };
  }

  /** Ends the subscription: pending and later `next()` calls resolve `done`; stops listening. Idempotent. */
  end(): Promise<void> {
    this.#ended = true;
    this.#wakeUp();
    this.#cleanup ??= this.#release();
    return this.#cleanup;
  }

  #abort = (): void => {
    void this.end();
  };

  async #release(): Promise<void> {
    this.#signal?.removeEventListener('abort', this.#abort);
    this.#buffer = [];
    this.#onEnd();
    try {
      await this.#started;
    } catch {
      // It never started listening: nothing to undo.
    }
    const stop = this.#stopListening;
    this.#stopListening = null;
    await stop?.();
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async #step(): Promise<IteratorResult<CallEvent>> {
    if (this.#ended) return { done: true, value: undefined };
    if (!this.#started) {
      this.#started = this.#source
        .listen((appended) => this.notify(appended))
        .then((stop) => {
          this.#stopListening = stop;
        });
      try {
        await this.#started;
      } catch (error) {
        void this.end();
        throw error;
      }
      if (this.#ended) {
        await this.end();
        return { done: true, value: undefined };
      }
    }
    for (;;) {
      if (this.#ended) return { done: true, value: undefined };
      const next = this.#buffer.shift();
      if (next) return { done: false, value: next };
      if (this.#behind) {
        this.#behind = false;
        await this.#fill();
        continue;
      }
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  async #fill(): Promise<void> {
    const after = this.#readPosition;
    let page: LogPage;
    this.#reading = true;
    try {
      page = await this.#source.readPage(after, this.#source.pageSize);
    } catch (error) {
      // The store is down: wait for the next notify() (appends resume, or the log reports a reconnect).
      if (this.#heardWhileReading !== undefined) this.#behind = true;
      this.#heardWhileReading = undefined;
      if (error instanceof CallEventLogUnavailableError) return;
      throw error;
    } finally {
      this.#reading = false;
    }
    const heard = this.#heardWhileReading;
    this.#heardWhileReading = undefined;
    if (this.#ended) return;
    if (after !== null && page.lostThrough !== null) {
      this.#buffer.push(
        eventsLostEvent({
          callConnectionId: this.#source.callConnectionId,
          requestedAfter: after,
          lostThrough: page.lostThrough,
          oldestRetainedCursor: page.oldestRetained,
          now: this.#source.now(),
        }),
      );
      this.#readPosition = page.lostThrough;
    }
    this.#buffer.push(...page.events);
    const last = page.events.at(-1);
    if (last) this.#readPosition = last.cursor;
    // A full page means there may be more: read again on the next pull. So does an append announced during the
    // read that the page did not reach.
    if (page.events.length >= this.#source.pageSize) this.#behind = true;
    const position = this.#readPosition;
    if (
      heard === null ||
      (heard !== undefined && (position === null || compareCursors(heard, position) > 0))
    ) {
      this.#behind = true;
    }
  }
}
