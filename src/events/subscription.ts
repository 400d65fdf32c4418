import type { CallEvent } from '../domain/call-event.ts';
import { compareCursors, eventsLostEvent } from './cursor.ts';
import { CallEventLogUnavailableError } from './log.ts';
import { type DrivenStream, type EventSink, iterate } from './stream.ts';

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

/** Told of appends to a call (a `LogSubscription` is one). */
export interface AppendListener {
  /** What was appended when the log knows it; null when it does not (e.g. on a reconnect). */
  notify(appended: Appended | null): void;
}

/**
 * What a log gives its `LogSubscription`s: pages to read after a cursor, and a push of "something was appended".
 * One object per log, shared by all its subscriptions (an idle subscription holds no closure of its own).
 */
export interface LogSource {
  /** Reads at most `limit` events of the call after `after` (from the start when null). */
  readPage(callConnectionId: string, after: string | null, limit: number): Promise<LogPage>;
  /**
   * Starts telling `listener` of appends to the call; resolves once listening (so a replay that starts afterwards
   * cannot miss an append).
   */
  listen(callConnectionId: string, listener: AppendListener): Promise<void>;
  /** Stops telling `listener` (once `listen` resolved). */
  unlisten(callConnectionId: string, listener: AppendListener): Promise<void>;
  /** Told once when a subscription has ended. */
  ended(subscription: LogSubscription): void;
  /** Events read per page: the most a subscription ever holds in memory. */
  pageSize: number;
  now: () => number;
}

/**
 * A subscription to one call's log: replay after a cursor, then live. It is a `DrivenStream`: events are pushed
 * into the consumer's sink, and the common case — a caught-up subscriber and a notification that carries the
 * appended events — is a synchronous push from the notification, with no log read and no promise per event.
 * It is also an async iterable (`iterate`), for consumers that pull.
 *
 * A notification that cannot be taken as it is (the subscription is behind, reading, paused with events in
 * hand, or the notification carries nothing) only marks the subscription "behind"; the events are then read
 * from the log, a page at a time, whenever the sink wants more. So a slow consumer (a sink that pauses) costs at
 * most one page of memory, never a growing queue, and a notification lost during a Redis outage costs nothing as
 * long as `notify()` is called on reconnect. Events are pushed strictly after the last cursor pushed, so replay
 * and live never overlap or leave a gap.
 */
export class LogSubscription implements DrivenStream<CallEvent>, AsyncIterable<CallEvent>, AppendListener {
  readonly #source: LogSource;
  readonly #callConnectionId: string;
  /** Position of the last event read from the log (not necessarily pushed yet). */
  #readPosition: string | null;
  /** Events read and not yet pushed: at most one page. */
  #buffer: CallEvent[] = [];
  #behind = true;
  /** A page read is in flight: a notification must not add events it may also return. */
  #reading = false;
  /**
   * What notifications said while a read was in flight: nothing (undefined), something unknown (null), or the
   * newest cursor they announced. After the read, the subscription is behind only if that is past what it read.
   */
  #heardWhileReading: string | null | undefined = undefined;
  #sink: EventSink<CallEvent> | null = null;
  /** The sink asked for a pause; `resume()` lifts it. */
  #paused = false;
  /** The asynchronous part (start listening, read pages) is running; it delivers what it finds. */
  #pumping = false;
  /** Events are being pushed right now (a sink may end the stream in the middle). */
  #delivering = false;
  #ended = false;
  /** `listen` resolved and `unlisten` is not called yet. */
  #listening = false;
  #started = false;
  #signal: AbortSignal | undefined;
  /** Ends the stream when `signal` aborts; made only when there is a signal. */
  #abort: (() => void) | null = null;
  #cleanup: Promise<void> | null = null;

  constructor(
    source: LogSource,
    callConnectionId: string,
    options: { after: string | null; signal?: AbortSignal | undefined },
  ) {
    this.#source = source;
    this.#callConnectionId = callConnectionId;
    this.#readPosition = options.after;
    const signal = options.signal;
    if (!signal) return;
    this.#signal = signal;
    if (signal.aborted) this.#ended = true;
    this.#abort = () => void this.end();
    signal.addEventListener('abort', this.#abort);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CallEvent> {
    return iterate(this);
  }

  drive(sink: EventSink<CallEvent>): void {
    if (this.#sink) throw new Error('LogSubscription.drive: already driven');
    this.#sink = sink;
    if (this.#ended) {
      sink.end();
      return;
    }
    void this.#pump();
  }

  resume(): void {
    if (!this.#paused || this.#ended) return;
    this.#paused = false;
    if (this.#pumping) return;
    if (this.#behind) void this.#pump();
    else this.#deliver();
  }

  /**
   * Called on appends (with what was appended, when known) and on reconnects (null): pushes the appended events
   * when caught up, else marks the subscription behind and reads the log when the sink wants more.
   */
  notify(appended: Appended | null = null): void {
    if (this.#ended) return;
    const newest = appended?.events.at(-1)?.cursor ?? null;
    if (this.#reading) {
      // Later notifications announce later cursors; an unknown one (null) forces a read either way.
      if (this.#heardWhileReading !== null) this.#heardWhileReading = newest;
      return;
    }
    if (
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
    if (this.#pumping || this.#paused || !this.#sink) return;
    if (this.#behind) void this.#pump();
    else this.#deliver();
  }

  /** Ends the subscription: nothing more is pushed, the sink is told, listening stops. Idempotent. */
  end(): Promise<void> {
    if (!this.#ended) {
      this.#ended = true;
      this.#sink?.end();
    }
    this.#cleanup ??= this.#release();
    return this.#cleanup;
  }

  #fail(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#sink?.fail(error);
    this.#cleanup ??= this.#release();
  }

  async #release(): Promise<void> {
    if (this.#abort) this.#signal?.removeEventListener('abort', this.#abort);
    this.#buffer = [];
    this.#source.ended(this);
    if (!this.#listening) return;
    this.#listening = false;
    await this.#source.unlisten(this.#callConnectionId, this);
  }

  /** Pushes buffered events until the sink pauses. Returns false when it paused (or the stream ended). */
  #deliver(): boolean {
    const sink = this.#sink;
    if (!sink || this.#delivering) return !this.#paused && !this.#ended;
    this.#delivering = true;
    try {
      while (!this.#paused && !this.#ended) {
        const event = this.#buffer.shift();
        if (!event) break;
        if (!sink.push(event)) this.#paused = true;
      }
    } finally {
      this.#delivering = false;
    }
    return !this.#paused && !this.#ended;
  }

  /** Starts listening (once), then delivers and reads pages until caught up or paused. */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      if (!this.#started) {
        this.#started = true;
        // Listen before the first read, so an append between the two cannot be missed.
        await this.#source.listen(this.#callConnectionId, this);
        if (this.#ended) {
          // Ended while `listen` was in flight: its release did not know to stop listening.
          await this.#source.unlisten(this.#callConnectionId, this);
          return;
        }
        this.#listening = true;
      }
      while (this.#deliver() && this.#behind) {
        this.#behind = false;
        await this.#fill();
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#pumping = false;
    }
  }

  async #fill(): Promise<void> {
    const after = this.#readPosition;
    let page: LogPage;
    this.#reading = true;
    try {
      page = await this.#source.readPage(this.#callConnectionId, after, this.#source.pageSize);
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
          callConnectionId: this.#callConnectionId,
          requestedAfter: after,
          lostThrough: page.lostThrough,
          oldestRetainedCursor: page.oldestRetained,
          now: this.#source.now(),
        }),
      );
      this.#readPosition = page.lostThrough;
    }
    for (const event of page.events) this.#buffer.push(event);
    const last = page.events.at(-1);
    if (last) this.#readPosition = last.cursor;
    // A full page means there may be more: read again once it is delivered. So does an append announced during
    // the read that the page did not reach.
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
