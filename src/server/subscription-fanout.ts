import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type GraphQLError,
  getOperationAST,
  Kind,
  print,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import {
  type DrivenStream,
  type EventSink,
  isAsyncIterable,
  isDrivenStream,
  iterate,
} from '../events/stream.ts';

/**
 * Multiplexed subscription execution (architecture.md §8): every subscriber of a call reads the same log, so an
 * event is executed once per DISTINCT subscription — same document, operation and variables, except the cursor
 * `after` (which only decides where a subscriber's stream starts) — and the result object, and its JSON, are
 * shared by all of that subscription's subscribers on both transports.
 *
 * Sharing relies on two facts: subscribers of one call that are woken by the same append get the same event
 * object from the log (see `Appended`), and the fields under a subscription root resolve from the event alone
 * (authorization is checked once, when subscribing), so one subscriber's execution is every other's.
 */
export interface SubscriptionFanout {
  /**
   * The yoga plugin that executes each event once per distinct subscription. Must be the last plugin given to
   * yoga: for a pushed subscription it sets the result, so no later plugin's `onSubscribe` runs.
   */
  plugin: Plugin;
  /** The JSON of an execution result, computed once per result object (results are never mutated). */
  serialize(result: ExecutionResult): string;
  /** Events whose shared executions are held right now (none once the turn that executed them is over). */
  readonly eventsHeld: number;
  /**
   * The log position (`cursor`) of the event a result was executed for, whatever the document selected or
   * aliased: what SSE sends as the event `id`, so `Last-Event-ID` resumes. Undefined for any other result.
   */
  cursorOf(result: ExecutionResult): string | undefined;
}

export interface SubscriptionFanoutOptions {
  /** Told each time an event is executed for a distinct subscription (not per subscriber), e.g. for metrics. */
  onEventExecuted?(): void;
  /**
   * Told of every result handed to a subscriber (once per subscriber), with when its subscription began, how
   * its results travel (pushed to a graphql-ws socket, or pulled by an SSE stream) and the source event it was
   * executed from, e.g. to observe delivery latency.
   */
  onDelivered?(
    result: ExecutionResult,
    subscribedAt: number,
    transport: 'graphql-ws' | 'sse',
    event: unknown,
  ): void;
  /** Told when a subscription's stream of results starts (+1) and ends (-1), e.g. to count open subscriptions. */
  onSubscriptionChange?(transport: 'graphql-ws' | 'sse', delta: 1 | -1): void;
  /**
   * Turns an error of an event's execution into the one subscribers may see (the gateway's `maskError`). Applied
   * once per shared execution: pushed results never pass through yoga's masking plugin.
   */
  maskError?(error: GraphQLError): GraphQLError;
}

/**
 * Where a transport that writes straight to its socket (graphql-ws) takes a subscription's results: set as
 * `pushTarget` in the operation's context. The transport drives the results itself, so they are pushed as events
 * are appended, with no promise per event and per subscriber.
 */
export interface PushTarget {
  /**
   * Takes the subscription's results, before the subscription hands back its iterable. The transport drives them
   * (`drive`, pausing and `resume`ing them with its socket's buffer) and ends them (`end`) when its client completes
   * the operation or leaves. The iterable handed back (through yoga's plugins, whose per-result hooks pushed results
   * skip) yields nothing: its `return()` ends the same stream.
   */
  attach(results: DrivenStream<ExecutionResult>): void;
}

type Execution = ExecutionResult | Promise<ExecutionResult>;

export function createSubscriptionFanout(options: SubscriptionFanoutOptions = {}): SubscriptionFanout {
  /**
   * Per event object: its execution per distinct-subscription key, kept until the end of the event loop turn
   * that made it. That turn is when every caught-up subscriber gets a live event (pushed synchronously from the
   * notification) and when subscribers that read the same page get it; a subscriber that reads the event later
   * executes it again. Without the sweep, the memory log (which keeps its event objects for the log's TTL) would
   * keep every result and its JSON as long.
   */
  const executions = new Map<object, Map<string, Execution>>();
  let sweepScheduled = false;
  const forgetExecutions = () => {
    executions.clear();
    sweepScheduled = false;
  };
  const serialized = new WeakMap<ExecutionResult, string>();
  /** Per result: the cursor of the event it was executed for. */
  const cursors = new WeakMap<ExecutionResult, string>();
  const printed = new WeakMap<DocumentNode, string>();
  /** Per document and operation: the variables that only feed a root field's `after` argument. */
  const cursorVariables = new WeakMap<DocumentNode, Map<string, Set<string>>>();
  const { onDelivered, onSubscriptionChange, maskError } = options;

  function distinctKey(args: ExecutionArgs): string {
    let text = printed.get(args.document);
    if (text === undefined) {
      text = print(args.document);
      printed.set(args.document, text);
    }
    const operationName = args.operationName ?? '';
    let byOperation = cursorVariables.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      cursorVariables.set(args.document, byOperation);
    }
    let skipped = byOperation.get(operationName);
    if (!skipped) {
      skipped = cursorOnlyVariables(args.document, args.operationName);
      byOperation.set(operationName, skipped);
    }
    const variables = Object.entries(args.variableValues ?? {})
      .filter(([name]) => !skipped.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `${operationName}\n${JSON.stringify(variables)}\n${text}`;
  }

  function executeShared(args: ExecutionArgs, key: string, event: unknown): Execution {
    if (typeof event !== 'object' || event === null) return executeEvent(args, event);
    let byKey = executions.get(event);
    if (!byKey) {
      byKey = new Map();
      executions.set(event, byKey);
      if (!sweepScheduled) {
        sweepScheduled = true;
        setImmediate(forgetExecutions);
      }
    }
    let execution = byKey.get(key);
    if (!execution) {
      execution = executeEvent(args, event);
      byKey.set(key, execution);
    }
    return execution;
  }

  function executeEvent(args: ExecutionArgs, event: unknown): Execution {
    options.onEventExecuted?.();
    // As graphql-js maps a source stream: the event is the root value of the operation.
    const execution = execute({ ...args, rootValue: event });
    const cursor = (event as { cursor?: unknown } | null)?.cursor;
    const finish = (result: ExecutionResult): ExecutionResult => {
      const final = masked(result);
      if (typeof cursor === 'string') cursors.set(final, cursor);
      return final;
    };
    return execution instanceof Promise ? execution.then(finish) : finish(execution);
  }

  function masked(result: ExecutionResult): ExecutionResult {
    if (!result.errors || !maskError) return result;
    return { ...result, errors: result.errors.map(maskError) };
  }

  async function subscribe(args: ExecutionArgs) {
    const target = pushTargetOf(args);
    const source = await createSourceEventStream(args);
    // A pushed subscription skips yoga's masking plugin (see the plugin below): its request errors are masked here.
    if (!isAsyncIterable(source)) return target ? masked(source) : source;
    const key = distinctKey(args);
    if (!isDrivenStream(source)) return mapIterator(source, (event) => executeShared(args, key, event));
    const transport = target ? 'graphql-ws' : 'sse';
    onSubscriptionChange?.(transport, 1);
    const results = new ExecutedStream(source, shared, args, holdKey(key), transport);
    if (!target) return iterate(results);
    target.attach(results);
    return new AttachedResults(results);
  }

  /**
   * The distinct-subscription keys of the open streams: one string per key (the document's text and variables),
   * however many subscribers share it, instead of one per subscriber for as long as it stays open.
   */
  const heldKeys = new Map<string, { key: string; holders: number }>();
  const holdKey = (key: string): string => {
    let held = heldKeys.get(key);
    if (!held) {
      // A flat copy: the key was built by concatenation, a tree of strings.
      held = { key: JSON.parse(JSON.stringify(key)) as string, holders: 0 };
      heldKeys.set(held.key, held);
    }
    held.holders += 1;
    return held.key;
  };

  /** What every subscription's `ExecutedStream` shares (one object: no closure per subscription). */
  const shared: ExecutionShared = {
    executeShared,
    onDelivered,
    closed(transport, key) {
      const held = heldKeys.get(key);
      if (held && --held.holders === 0) heldKeys.delete(key);
      onSubscriptionChange?.(transport, -1);
    },
  };

  return {
    plugin: {
      onSubscribe({ args, setSubscribeFn, setResultAndStopExecution }) {
        // A pushed (graphql-ws) subscription's results never pass through the iterator the transport is handed, so
        // the plugins after this one (yoga's error masking: a result mapper and an error wrapper around that
        // iterator, a dozen closures and promises held per idle subscription) would only add weight: its result
        // is set here instead, after every earlier plugin's `onSubscribe` (authentication, authorization, limits)
        // has run. Results are masked by `executeEvent`, request errors by `subscribe`, and a failing stream by
        // the WebSocket server (its `maskError` hook). SSE pulls its results through yoga's plugins as before.
        if (pushTargetOf(args)) setResultAndStopExecution(subscribe(args) as never);
        else setSubscribeFn(subscribe);
      },
    },
    get eventsHeld() {
      return executions.size;
    },
    cursorOf: (result) => cursors.get(result),
    serialize(result) {
      let json = serialized.get(result);
      if (json === undefined) {
        json = JSON.stringify(result);
        serialized.set(result, json);
      }
      return json;
    },
  };
}

/**
 * The variables of the operation that are used exactly once, as the `after` argument of a root field: they
 * choose where a stream starts, not what an event looks like, so subscribers that differ only there share.
 */
function cursorOnlyVariables(document: DocumentNode, operationName: string | null | undefined): Set<string> {
  const operation = getOperationAST(document, operationName);
  const result = new Set<string>();
  if (!operation) return result;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value === 'after' && argument.value.kind === Kind.VARIABLE) {
        result.add(argument.value.name.value);
      }
    }
  }
  if (result.size === 0) return result;
  // Every use in the document (fragments included), not counting the declarations.
  const uses = new Map<string, number>();
  visit(document, {
    VariableDefinition: () => false,
    Variable(node) {
      uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
    },
  });
  for (const name of result) if (uses.get(name) !== 1) result.delete(name);
  return result;
}

/** What the fan-out hands every `ExecutedStream`. */
interface ExecutionShared {
  executeShared(args: ExecutionArgs, key: string, event: unknown): Execution;
  onDelivered: SubscriptionFanoutOptions['onDelivered'];
  /** A stream has ended: its key (from `holdKey`) is released. */
  closed(transport: 'graphql-ws' | 'sse', key: string): void;
}

/**
 * The results of a driven source stream: each event executed as it is pushed, and `onDelivered` told of each
 * result as it is handed to the subscriber. A pushed event whose execution is asynchronous pauses the source
 * until its result is pushed, so results keep the events' order. `closed` is told (once) when the stream ends,
 * fails or is ended by its subscriber. Classes, not closures: an idle subscription holds its stream for as long as
 * it is open, so it is kept to two small objects (the stream and its source's sink).
 */
class ExecutedStream implements DrivenStream<ExecutionResult> {
  readonly #source: DrivenStream<unknown>;
  readonly #shared: ExecutionShared;
  readonly #args: ExecutionArgs;
  readonly #key: string;
  readonly #transport: 'graphql-ws' | 'sse';
  readonly #subscribedAt = Date.now();
  #sink: EventSink<ExecutionResult> | null = null;
  #pending: Promise<unknown> | null = null;
  #ended = false;
  #open = true;

  constructor(
    source: DrivenStream<unknown>,
    shared: ExecutionShared,
    args: ExecutionArgs,
    key: string,
    transport: 'graphql-ws' | 'sse',
  ) {
    this.#source = source;
    this.#shared = shared;
    this.#args = args;
    this.#key = key;
    this.#transport = transport;
  }

  drive(sink: EventSink<ExecutionResult>): void {
    this.#sink = sink;
    this.#source.drive(new SourceSink(this));
  }

  resume(): void {
    this.#source.resume();
  }

  end(): Promise<void> {
    this.#closed();
    return this.#source.end();
  }

  /** The source pushed an event (see `SourceSink`). */
  pushed(event: unknown): boolean {
    const sink = this.#sink;
    if (this.#ended || !sink) return false;
    const execution = this.#shared.executeShared(this.#args, this.#key, event);
    if (!(execution instanceof Promise)) {
      this.#delivered(execution, event);
      return sink.push(execution);
    }
    this.#pending = execution.then(
      (result) => {
        this.#pending = null;
        if (this.#ended) return;
        this.#delivered(result, event);
        if (sink.push(result)) this.#source.resume();
      },
      (error: unknown) => {
        this.#pending = null;
        this.#ended = true;
        this.#closed();
        sink.fail(error);
        void this.#source.end();
      },
    );
    return false;
  }

  /** The source ended. The last result may still be executing: it goes out first. */
  sourceEnded(): void {
    const finish = () => {
      if (this.#ended) return;
      this.#ended = true;
      this.#closed();
      this.#sink?.end();
    };
    if (this.#pending) void this.#pending.then(finish);
    else finish();
  }

  sourceFailed(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#closed();
    this.#sink?.fail(error);
  }

  #delivered(result: ExecutionResult, event: unknown): void {
    this.#shared.onDelivered?.(result, this.#subscribedAt, this.#transport, event);
  }

  #closed(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#shared.closed(this.#transport, this.#key);
  }
}

/** The source's sink of an `ExecutedStream`: forwards to it. */
class SourceSink implements EventSink<unknown> {
  readonly #stream: ExecutedStream;

  constructor(stream: ExecutedStream) {
    this.#stream = stream;
  }

  push(event: unknown): boolean {
    return this.#stream.pushed(event);
  }

  end(): void {
    this.#stream.sourceEnded();
  }

  fail(error: unknown): void {
    this.#stream.sourceFailed(error);
  }
}

/**
 * What a subscription whose results went to its `PushTarget` hands back: yields nothing (the transport drives the
 * results), and `return()` ends them, as the end of any subscription's iterator does.
 */
class AttachedResults implements AsyncIterableIterator<ExecutionResult> {
  readonly #results: DrivenStream<ExecutionResult>;

  constructor(results: DrivenStream<ExecutionResult>) {
    this.#results = results;
  }

  next(): Promise<IteratorResult<ExecutionResult, void>> {
    return Promise.resolve({ done: true, value: undefined });
  }

  async return(): Promise<IteratorResult<ExecutionResult, void>> {
    await this.#results.end();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }
}

/** `iterator`'s values mapped one by one; a `then` chain: no extra promise when `map` is synchronous. */
function mapIterator<T, R>(
  iterator: AsyncIterable<T>,
  map: (value: T) => R | Promise<R>,
): AsyncGenerator<R, void, void> {
  const source = iterator[Symbol.asyncIterator]();
  const mapped = {
    next(): Promise<IteratorResult<R, void>> {
      return source.next().then((step): IteratorResult<R, void> | Promise<IteratorResult<R, void>> => {
        if (step.done) return { done: true, value: undefined };
        const value = map(step.value);
        return value instanceof Promise
          ? value.then((resolved) => ({ done: false, value: resolved }))
          : { done: false, value };
      });
    },
    async return(): Promise<IteratorResult<R, void>> {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown): Promise<IteratorResult<R, void>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped as unknown as AsyncGenerator<R, void, void>;
}

function pushTargetOf(args: ExecutionArgs): PushTarget | undefined {
  return (args.contextValue as { pushTarget?: PushTarget } | undefined)?.pushTarget;
}
