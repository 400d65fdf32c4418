import type { IncomingMessage } from 'node:http';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, handleProtocols, MessageType } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import { type DrivenStream, type EventSink, isAsyncIterable } from '../events/stream.ts';
import { slowSubscriberMessage } from './sse-subscriptions.ts';
import type { PushTarget } from './subscription-fanout.ts';

/**
 * Close code for a subscriber that left too much unread. 1008 (policy violation) is one the
 * graphql-ws client does not retry by itself: it would resubscribe with its original `after` and
 * replay events the client already has. The application resumes with its last cursor instead.
 */
export const SLOW_SUBSCRIBER_CLOSE_CODE = 1008;

/**
 * Close reason of the 1001 (Going Away) sent to every socket when the gateway shuts down. The graphql-ws
 * client retries 1001 by itself, but with its original variables; the application resumes with its cursor.
 */
export const GOING_AWAY_REASON = 'Server shutting down: resubscribe with after = the last cursor received.';

/**
 * How long a socket may stay open without sending `connection_init` before it is closed with 4408: graphql-ws'
 * own default, which its clients are built around.
 */
export const CONNECTION_INIT_WAIT_MS = 3_000;

/** The `payload` of a `subscribe` message (graphql-transport-ws), checked to have these types. */
export interface SubscribePayload {
  /** The document's text; `''` when a trusted document is named by its id instead (in `extensions`). */
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
  readonly extensions?: Record<string, unknown> | null;
}

/** One socket's connection as the hooks see it. */
export interface GraphQLWsConnection {
  readonly socket: WebSocket;
  /** The upgrade request. */
  readonly request: IncomingMessage;
  /** Operations running on the connection, the one being subscribed included. */
  readonly operationCount: number;
}

/** What runs behind the protocol (auth, GraphQL execution, error masking): see `attachGraphQLWs`. */
export interface GraphQLWsHooks {
  /**
   * The client's `connection_init`. Resolves false to refuse it (the hook has closed the socket with its own
   * code; the server closes with 4403 Forbidden if it did not); otherwise the connection is acknowledged, with an
   * object as the `connection_ack` payload.
   */
  onConnect(
    connection: GraphQLWsConnection,
    connectionParams: Record<string, unknown> | undefined,
  ): Promise<boolean | Record<string, unknown>>;
  /**
   * Runs the operation `id` of a `subscribe` message. Errors (a refused document, a limit) are answered with one
   * `error` message; a result (query, mutation, or a subscription refused while subscribing) with one `next`
   * and `complete`; an async iterable is read, each value a `next`, until it ends (`complete`) or fails (`error`).
   * A driven subscription pushes its results into `target` instead, and its iterable settles when it ends.
   */
  operation(
    connection: GraphQLWsConnection,
    id: string,
    payload: SubscribePayload,
    target: PushTarget,
  ): Promise<readonly GraphQLError[] | ExecutionResult | AsyncIterable<ExecutionResult>>;
  /** Turns an error into what an `error` message carries (the gateway's masking). */
  maskError(error: unknown): GraphQLError;
}

export interface GraphQLWebSocketOptions {
  /** Bytes a socket may hold unsent (the client has not read them); past that, sending waits. */
  maxBufferedBytes: number;
  /** How long a socket over `maxBufferedBytes` may make no progress before it is closed. */
  stallTimeoutMs: number;
  /** Ping interval; a socket that misses a pong for as long is terminated. @default 12_000 ms */
  keepAliveMs?: number;
  /** Time to wait for `connection_init` (4408 after it). @default CONNECTION_INIT_WAIT_MS */
  connectionInitWaitMs?: number;
  /**
   * The JSON of a `next` payload. Results shared by several subscribers are serialized once; only the message
   * around it is built per subscriber. @default JSON.stringify
   */
  serialize?(result: ExecutionResult): string;
  /** Told when a subscriber is cut off for reading too slowly. */
  onSlowSubscriber?(): void;
  /** Told when a connection opens (+1) or closes (-1). */
  onConnectionChange?(delta: 1 | -1): void;
}

/**
 * Serves the graphql-transport-ws protocol (https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md) on a
 * `ws` server, with a bounded send buffer. Messages go out without waiting for the client to read them until
 * `maxBufferedBytes` wait in the socket; then sending (and so reading the call's log) pauses until the client
 * reads, so a healthy client catching up a backlog is paced. A client that reads nothing for `stallTimeoutMs` is
 * closed with `SLOW_SUBSCRIBER_CLOSE_CODE` and a reason that says how to resume.
 *
 * Every result of an operation, iterated or pushed (see `PushTarget`), is written by `Connection.next`. Errors
 * stay with their operation: the socket and its other operations live on.
 */
export function serveGraphQLOverWebSocket(
  wss: WebSocketServer,
  hooks: GraphQLWsHooks,
  transport: GraphQLWebSocketOptions,
  logger: Logger,
): {
  /**
   * Closes every socket with 1001 and `GOING_AWAY_REASON` (the close frame goes out first), waits up to
   * `graceMs` for the clients to complete the close handshake, then terminates the ones still open.
   */
  dispose(graceMs?: number): Promise<void>;
} {
  const {
    keepAliveMs = 12_000,
    connectionInitWaitMs = CONNECTION_INIT_WAIT_MS,
    onConnectionChange,
  } = transport;
  const shared: Shared = {
    hooks,
    logger,
    maxBufferedBytes: transport.maxBufferedBytes,
    stallTimeoutMs: transport.stallTimeoutMs,
    serialize: transport.serialize ?? JSON.stringify,
    onSlowSubscriber: transport.onSlowSubscriber,
  };
  // A client that offers no graphql-transport-ws gets no subprotocol, and 4406 once open (as graphql-ws does).
  wss.options.handleProtocols = handleProtocols;

  wss.on('connection', (socket, request) => {
    onConnectionChange?.(1);
    const connection = new Connection(shared, socket, request);
    socket.once('error', (error) => {
      logger.warn({ err: error }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });

    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, keepAliveMs);

    socket.once('close', () => {
      onConnectionChange?.(-1);
      clearTimeout(pongWait);
      clearInterval(ping);
      connection.closed();
    });

    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    connection.initWait = setTimeout(() => {
      socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, connectionInitWaitMs);
    socket.on('message', (data) => connection.receive(String(data)));
  });

  return {
    async dispose(graceMs = 0) {
      wss.removeAllListeners('connection');
      const open = [...wss.clients];
      const closed = open.map((client) => new Promise((resolve) => client.once('close', resolve)));
      for (const client of open) client.close(1001, GOING_AWAY_REASON);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(closed),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** What every connection of one server shares. */
interface Shared {
  readonly hooks: GraphQLWsHooks;
  readonly logger: Logger;
  readonly maxBufferedBytes: number;
  readonly stallTimeoutMs: number;
  readonly serialize: (result: ExecutionResult) => string;
  readonly onSlowSubscriber: (() => void) | undefined;
}

/** The protocol state of one socket. */
class Connection implements GraphQLWsConnection {
  /** Until `connection_init` arrives. */
  initWait: NodeJS.Timeout | undefined;
  #initReceived = false;
  #acknowledged = false;
  /** Running operations by id; one leaves when it ends, when its client completes it, or when the socket closes. */
  readonly #operations = new Map<string, Operation>();
  /** While the socket is over `maxBufferedBytes`: one wait for its client to read, shared by its operations. */
  #drain: Promise<boolean> | null = null;

  constructor(
    readonly shared: Shared,
    readonly socket: WebSocket,
    readonly request: IncomingMessage,
  ) {}

  get operationCount(): number {
    return this.#operations.size;
  }

  /** One message from the client. */
  receive(data: string): void {
    const message = parseClientMessage(data);
    if (typeof message === 'string') {
      this.socket.close(CloseCode.BadRequest, closeReason(`Invalid message received: ${message}`));
      return;
    }
    switch (message.type) {
      case MessageType.ConnectionInit:
        if (this.#initReceived) {
          this.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
          return;
        }
        this.#initReceived = true;
        clearTimeout(this.initWait);
        this.initWait = undefined;
        void this.#connect(message.payload ?? undefined);
        return;
      case MessageType.Ping:
        this.#send(
          message.payload
            ? JSON.stringify({ type: MessageType.Pong, payload: message.payload })
            : PONG_WITHOUT_PAYLOAD,
        );
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe: {
        if (!this.#acknowledged) {
          this.socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return;
        }
        const { id } = message;
        if (this.#operations.has(id)) {
          this.socket.close(
            CloseCode.SubscriberAlreadyExists,
            closeReason(`Subscriber for ${id} already exists`),
          );
          return;
        }
        const operation = new Operation(this, id);
        this.#operations.set(id, operation);
        void this.#run(operation, message.payload);
        return;
      }
      case MessageType.Complete: {
        const operation = this.#operations.get(message.id);
        if (!operation) return;
        this.#operations.delete(message.id);
        this.#stop(operation);
        return;
      }
    }
  }

  /** The socket closed: its operations end. */
  closed(): void {
    clearTimeout(this.initWait);
    const operations = [...this.#operations.values()];
    this.#operations.clear();
    for (const operation of operations) this.#stop(operation);
  }

  /**
   * Writes one result of `operation` as a `next` message. Resolves true at once while the socket is under
   * `maxBufferedBytes`, else once the client has read it down; false when the operation or socket ended (or the
   * client was cut off as a slow subscriber): nothing more is to be sent.
   */
  next(operation: Operation, result: ExecutionResult): boolean | Promise<boolean> {
    if (operation.stopped || this.socket.readyState !== this.socket.OPEN) return false;
    this.#write(
      `{"id":${JSON.stringify(operation.id)},"type":"next","payload":${this.shared.serialize(result)}}`,
    );
    if (this.socket.bufferedAmount <= this.shared.maxBufferedBytes) return true;
    return this.#drained();
  }

  async #connect(params: Record<string, unknown> | undefined): Promise<void> {
    let accepted: boolean | Record<string, unknown>;
    try {
      accepted = await this.shared.hooks.onConnect(this, params);
    } catch (error) {
      this.shared.logger.error({ err: error }, 'graphql-ws connection_init failed');
      this.socket.close(CloseCode.InternalServerError, 'Internal server error');
      return;
    }
    if (accepted === false) {
      this.socket.close(CloseCode.Forbidden, 'Forbidden');
      return;
    }
    this.#acknowledged = true;
    this.#send(
      accepted === true
        ? ACK_WITHOUT_PAYLOAD
        : JSON.stringify({ type: MessageType.ConnectionAck, payload: accepted }),
    );
  }

  /**
   * A result a driven stream pushed into `operation` (see `Operation.push`): written like any other; past the
   * buffer limit the stream stays paused until the client has read the backlog down.
   */
  pushed(operation: Operation, result: ExecutionResult): boolean {
    const sent = this.next(operation, result);
    if (typeof sent === 'boolean') return sent;
    void sent.then((more) => {
      if (more && !operation.stopped) operation.stream?.resume();
    });
    return false;
  }

  /** `operation`'s stream ended: `complete` (unless its client ended it, or the socket closed). */
  ended(operation: Operation): void {
    this.#complete(operation);
    this.#finish(operation);
  }

  /** `operation`'s stream failed after it started: an `error` for this operation only. */
  failed(operation: Operation, error: unknown): void {
    this.#error(operation, [error]);
    this.#finish(operation);
  }

  /** Subscribes `operation`, then sends its result, reads its iterator, or drives its attached stream. */
  async #run(operation: Operation, payload: SubscribePayload): Promise<void> {
    let outcome: Awaited<ReturnType<GraphQLWsHooks['operation']>>;
    try {
      outcome = await this.shared.hooks.operation(this, operation.id, payload, operation);
    } catch (error) {
      // Not the client's document (that answers with errors): masking logs it as unexpected.
      this.#error(operation, [error]);
      this.#finish(operation);
      return;
    }
    if (isAsyncIterable(outcome)) {
      operation.iterator = outcome[Symbol.asyncIterator]();
      if (operation.stopped) {
        // Completed by its client (or its socket closed) while it was being subscribed.
        this.#release(operation);
        return;
      }
      if (operation.stream) {
        // The iterable stands for the attached stream, which the operation ends itself; it is not kept, nor the
        // wrappers of yoga's plugins around it (most of an idle subscription's memory): none of them holds anything
        // to release at the end (see test/unit/pushed-results-plugins.test.ts).
        operation.iterator = null;
        // The stream ends by telling the operation (`end`, `fail`): nothing waits on it here.
        operation.stream.drive(operation);
        return;
      }
      await this.#iterate(operation, operation.iterator);
    } else if (Array.isArray(outcome)) {
      this.#error(operation, outcome);
    } else if (!operation.stopped) {
      await this.next(operation, outcome as ExecutionResult);
      this.#complete(operation);
    }
    this.#finish(operation);
  }

  /** Reads a subscription that is not driven (e.g. `incomingCalls`) to its end. */
  async #iterate(operation: Operation, iterator: AsyncIterator<ExecutionResult>): Promise<void> {
    try {
      for (;;) {
        const step = await iterator.next();
        if (step.done) break;
        const sent = this.next(operation, step.value);
        if (sent === false || (sent !== true && !(await sent))) return;
      }
    } catch (error) {
      // A stream that fails after it started: its error, masked like any other, for this operation only.
      this.#error(operation, [error]);
      return;
    }
    this.#complete(operation);
  }

  /** Ends an operation on the server side (its client completed it, or the socket closed): no message. */
  #stop(operation: Operation): void {
    if (operation.stopped) return;
    operation.stopped = true;
    this.#release(operation);
  }

  /** `operation` is over: it leaves the connection (its id may be used again) and its stream is released. */
  #finish(operation: Operation): void {
    operation.stopped = true;
    if (this.#operations.get(operation.id) === operation) this.#operations.delete(operation.id);
    this.#release(operation);
  }

  /**
   * Ends the operation's stream and iterator (each at most once; both are idempotent): a driven stream stops
   * pushing and unsubscribes from its log, a pending `next()` of an iterated one settles.
   */
  #release(operation: Operation): void {
    const { stream, iterator } = operation;
    operation.stream = null;
    operation.iterator = null;
    const failed = (error: unknown) =>
      this.shared.logger.warn({ err: error }, 'ending a graphql-ws operation failed');
    stream?.end().catch(failed);
    iterator?.return?.().catch(failed);
  }

  /**
   * Answers `operation` with an `error` message. Errors that are not GraphQL errors (a stream that failed, a hook
   * that threw) are wrapped as graphql-ws did, so masking sees their cause as `originalError` like any field's.
   */
  #error(operation: Operation, errors: readonly unknown[]): void {
    if (operation.stopped) return;
    operation.stopped = true;
    const payload = errors.map((error) => this.shared.hooks.maskError(asGraphQLError(error)).toJSON());
    this.#send(JSON.stringify({ id: operation.id, type: MessageType.Error, payload }));
  }

  #complete(operation: Operation): void {
    if (operation.stopped) return;
    operation.stopped = true;
    this.#send(`{"id":${JSON.stringify(operation.id)},"type":"complete"}`);
  }

  #send(message: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.#write(message);
  }

  /**
   * Sends one message. The messages of one tick leave together: the first corks the TCP socket under the WebSocket
   * (the upgrade request's, a public `net.Socket`) and the end of the tick uncorks it, so the frames of every
   * result pushed in that tick go out in one `writev` instead of one system call each. A busy gateway's events
   * arrive several per Redis read, so the busier it is the more each write carries.
   */
  #write(message: string): void {
    if (!this.#corked) {
      this.#corked = true;
      this.request.socket.cork();
      process.nextTick(this.#uncork);
    }
    this.socket.send(message);
  }

  #corked = false;
  readonly #uncork = () => {
    this.#corked = false;
    this.request.socket.uncork();
  };

  /**
   * Resolves true once the socket's backlog is back under `maxBufferedBytes` (or it closed); false, after closing
   * it as a slow subscriber, when its client read nothing for `stallTimeoutMs`.
   */
  #drained(): Promise<boolean> {
    this.#drain ??= readsDown(this.socket, this.shared.maxBufferedBytes, this.shared.stallTimeoutMs).then(
      (progressed) => {
        this.#drain = null;
        if (progressed) return this.socket.readyState === this.socket.OPEN;
        const { maxBufferedBytes, logger, onSlowSubscriber } = this.shared;
        onSlowSubscriber?.();
        logger.warn({ bufferedBytes: this.socket.bufferedAmount }, 'closing a slow subscriber');
        this.socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, slowSubscriberMessage(maxBufferedBytes));
        // Stop its operations now: the close handshake waits for the client to read everything before it.
        this.closed();
        return false;
      },
    );
    return this.#drain;
  }
}

/**
 * One running operation: all the server keeps per subscription. It is the operation's `PushTarget` and the sink
 * its driven stream is driven into, so pushed results take the same way out as iterated ones, with no closure per
 * operation.
 */
class Operation implements PushTarget, EventSink<ExecutionResult> {
  /** The iterator being read, once subscribed (not for a driven stream: see `#run`); ended with the operation. */
  iterator: AsyncIterator<ExecutionResult> | null = null;
  /** The results the subscription attached (see `PushTarget`), driven into this operation. */
  stream: DrivenStream<ExecutionResult> | null = null;
  /** Ended: completed, failed, completed by its client, or its socket closed. Nothing more is sent. */
  stopped = false;

  constructor(
    readonly connection: Connection,
    readonly id: string,
  ) {}

  attach(results: DrivenStream<ExecutionResult>): void {
    this.stream = results;
  }

  push(result: ExecutionResult): boolean {
    return this.connection.pushed(this, result);
  }

  end(): void {
    this.connection.ended(this);
  }

  fail(error: unknown): void {
    this.connection.failed(this, error);
  }
}

const ACK_WITHOUT_PAYLOAD = JSON.stringify({ type: MessageType.ConnectionAck });
const PONG_WITHOUT_PAYLOAD = JSON.stringify({ type: MessageType.Pong });

/** A message a client may send, checked. */
type ClientMessage =
  | {
      type: MessageType.ConnectionInit | MessageType.Ping | MessageType.Pong;
      payload?: Record<string, unknown> | null;
    }
  | { type: MessageType.Subscribe; id: string; payload: SubscribePayload }
  | { type: MessageType.Complete; id: string };

/** The message in `data`, or why it is not a valid client message. */
function parseClientMessage(data: string): ClientMessage | string {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return 'not JSON';
  }
  if (!isObject(message)) return 'not an object';
  const { type } = message;
  switch (type) {
    case MessageType.ConnectionInit:
    case MessageType.Ping:
    case MessageType.Pong:
      if (message.payload != null && !isObject(message.payload)) return `"${type}" payload is not an object`;
      return message as ClientMessage;
    case MessageType.Subscribe: {
      if (typeof message.id !== 'string' || message.id === '') return '"subscribe" without an id';
      const { payload } = message;
      if (!isObject(payload)) return '"subscribe" payload is not an object';
      if (typeof payload.query !== 'string') return '"subscribe" payload.query is not a string';
      if (payload.operationName != null && typeof payload.operationName !== 'string') {
        return '"subscribe" payload.operationName is not a string';
      }
      if (payload.variables != null && !isObject(payload.variables)) {
        return '"subscribe" payload.variables is not an object';
      }
      if (payload.extensions != null && !isObject(payload.extensions)) {
        return '"subscribe" payload.extensions is not an object';
      }
      return message as ClientMessage;
    }
    case MessageType.Complete:
      if (typeof message.id !== 'string' || message.id === '') return '"complete" without an id';
      return message as ClientMessage;
    default:
      return typeof type === 'string' ? `"${type}" is not a message a client sends` : 'no "type"';
  }
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const cause = error instanceof Error ? error : new Error(String(error));
  return new GraphQLError(cause.message, { originalError: cause });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A close reason fits in 123 bytes (RFC 6455); longer ones (a client's id in it) are cut. */
function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= 123) return reason;
  let cut = reason.slice(0, 120);
  while (Buffer.byteLength(`${cut}…`) > 123) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Waits until the client has read the socket's backlog down to `limit` bytes. Resolves false when it
 * made no progress at all for `stallTimeoutMs`, true otherwise (also when the socket closed meanwhile).
 */
function readsDown(socket: WebSocket, limit: number, stallTimeoutMs: number): Promise<boolean> {
  // `ws` emits no drain event, so the backlog is sampled; only while a subscriber is over the limit.
  const pollMs = Math.max(5, Math.min(50, stallTimeoutMs / 10));
  return new Promise((resolve) => {
    let lowest = socket.bufferedAmount;
    let lastProgress = Date.now();
    const poll = setInterval(() => {
      const buffered = socket.bufferedAmount;
      if (socket.readyState !== socket.OPEN || buffered <= limit) {
        clearInterval(poll);
        resolve(true);
      } else if (buffered < lowest) {
        lowest = buffered;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress >= stallTimeoutMs) {
        clearInterval(poll);
        resolve(false);
      }
    }, pollMs);
  });
}
