/**
 * A stream that pushes its items into a sink, synchronously when it can, with the sink deciding when to pause:
 * a live subscriber then costs a function call per event instead of a chain of promises. The same
 * stream can be read as an async iterator (`iterate`) by consumers that pull (SSE, tests).
 */
export interface EventSink<T> {
  /**
   * Takes one item. Returns false to pause: nothing more is pushed until the stream's `resume()` is called.
   * Must not call `resume()` itself (it is called in the middle of a delivery).
   */
  push(item: T): boolean;
  /** The stream ended (ended by its consumer, by its source, or after its last item). Called at most once. */
  end(): void;
  /** The stream failed; nothing follows. */
  fail(error: unknown): void;
}

/** A stream of items that is driven into one sink. */
export interface DrivenStream<T> {
  /** Starts delivering into `sink`. Called at most once per stream. */
  drive(sink: EventSink<T>): void;
  /** Delivery continues after the sink paused. */
  resume(): void;
  /** Ends the stream (idempotent): nothing more is pushed, the sink's `end()` is called, resources are released. */
  end(): Promise<void>;
}

/** Whether `value` is an async iterable (a subscription's stream, as opposed to a single result). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Whether `value` is a `DrivenStream` (e.g. a subscription's source stream). */
export function isDrivenStream(value: unknown): value is DrivenStream<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as DrivenStream<unknown>).drive === 'function' &&
    typeof (value as DrivenStream<unknown>).resume === 'function'
  );
}

/**
 * Reads a driven stream as an async iterator, holding at most one item it was pushed and not yet asked for:
 * the sink pauses the stream whenever nobody is waiting. `return()` ends the stream at once, also while a
 * `next()` waits. The stream starts on the first `next()`.
 */
export function iterate<T>(stream: DrivenStream<T>): AsyncIterableIterator<T> {
  const held: T[] = [];
  const waiting: { resolve(result: IteratorResult<T>): void; reject(error: unknown): void }[] = [];
  let started = false;
  let ended = false;
  let failure: { error: unknown } | null = null;
  const done = (): IteratorResult<T> => ({ done: true, value: undefined });
  const sink: EventSink<T> = {
    push(item) {
      const waiter = waiting.shift();
      if (waiter) {
        waiter.resolve({ done: false, value: item });
        return waiting.length > 0;
      }
      held.push(item);
      return false;
    },
    end() {
      ended = true;
      for (const waiter of waiting.splice(0)) waiter.resolve(done());
    },
    fail(error) {
      failure = { error };
      ended = true;
      for (const waiter of waiting.splice(0)) waiter.reject(error);
    },
  };
  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (held.length > 0) {
        const value = held.shift() as T;
        if (!ended) stream.resume();
        return Promise.resolve({ done: false, value });
      }
      if (failure) return Promise.reject(failure.error);
      if (ended) return Promise.resolve(done());
      const result = new Promise<IteratorResult<T>>((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
      if (started) stream.resume();
      else {
        started = true;
        stream.drive(sink);
      }
      return result;
    },
    async return() {
      held.length = 0;
      await stream.end();
      return done();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
