import type { IncomingMessage } from 'node:http';
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import { slowSubscriberMessage } from './sse-subscriptions.ts';
import type { PushTarget } from './subscription-fanout.ts';

/** What graphql-ws hands to `onConnect`, `onSubscribe`, … as `ctx.extra`. */
export interface WebSocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

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

export interface GraphQLWebSocketOptions {
  /** Bytes a socket may hold unsent (the client has not read them); past that, sending waits. */
  maxBufferedBytes: number;
  /** How long a socket over `maxBufferedBytes` may make no progress before it is closed. */
  stallTimeoutMs: number;
  /** Ping interval; a socket that misses a pong for as long is terminated. @default 12_000 ms */
  keepAliveMs?: number;
  /**
   * The JSON of a `next` payload. Results shared by several subscribers are serialized once and the bytes
   * spliced into each subscriber's message (only the operation id differs). @default JSON.stringify
   */
  serialize?(result: ExecutionResult): string;
  /** Told when a subscriber is cut off for reading too slowly. */
  onSlowSubscriber?(): void;
  /** Told when a connection opens (+1) or closes (-1). */
  onConnectionChange?(delta: 1 | -1): void;
}

/**
 * Serves the graphql-ws protocol (`graphql-transport-ws`) on a `ws` server, like `graphql-ws/use/ws`
 * but with a bounded send buffer. Messages go out without waiting for the client to read them until
 * `maxBufferedBytes` wait in the socket; then sending (and so reading the call's log) pauses until the
 * client reads, so a healthy client catching up a backlog is paced. A client that reads nothing for
 * `stallTimeoutMs` is closed with `SLOW_SUBSCRIBER_CLOSE_CODE` and a reason that says how to resume.
 * graphql-ws' own adapter waits for every write to be flushed, so a client that stops reading would hold
 * its subscription open, unnoticed, until TCP gives up.
 */
export function serveGraphQLOverWebSocket(
  wss: WebSocketServer,
  options: ServerOptions<Record<string, unknown> | undefined, WebSocketExtra>,
  transport: GraphQLWebSocketOptions,
  logger: Logger,
): {
  /**
   * Closes every socket with 1001 and `GOING_AWAY_REASON` (the close frame goes out first), waits up to
   * `graceMs` for the clients to complete the close handshake, then terminates the ones still open.
   */
  dispose(graceMs?: number): Promise<void>;
  /**
   * Where the subscription `id` on `socket` takes pushed results (see `PushTarget`): each is written at once as
   * a `next` message, with the same pacing and slow-subscriber close as results that graphql-ws sends.
   */
  pushTarget(socket: WebSocket, id: string): PushTarget;
} {
  const {
    maxBufferedBytes,
    stallTimeoutMs,
    keepAliveMs = 12_000,
    onSlowSubscriber,
    onConnectionChange,
  } = transport;
  const serialize = transport.serialize ?? JSON.stringify;
  /**
   * A `next` payload is handed to graphql-ws as a `SerializedPayload` (`onNext`), which the message replacer
   * swaps for `PAYLOAD_PLACEHOLDER` while remembering its JSON in `spliced`; `send` then puts the JSON in the
   * placeholder's place. graphql-ws stringifies a message and sends it in the same tick, so nothing can come
   * between the two.
   */
  let spliced: string | null = null;
  const server = makeServer({
    ...options,
    // Not a FormattedExecutionResult, but graphql-ws only passes it on to the replacer below.
    onNext: (_ctx, _id, _payload, _args, result) =>
      new SerializedPayload(serialize(result)) as unknown as FormattedExecutionResult,
    jsonMessageReplacer(key, value) {
      if (key !== 'payload' || !(value instanceof SerializedPayload)) return value;
      spliced = value.json;
      return PAYLOAD_PLACEHOLDER;
    },
  });
  wss.options.handleProtocols = handleProtocols;

  /** Per open socket: what ends its graphql-ws operations. */
  const closers = new WeakMap<WebSocket, (code: number, reason: string) => Promise<void>>();
  /** Per socket over `maxBufferedBytes`: one wait for its client to read, shared by all its subscriptions. */
  const drains = new WeakMap<WebSocket, Promise<boolean>>();

  /**
   * Resolves true once the socket's backlog is back under `maxBufferedBytes` (or it closed); false, after closing
   * it as a slow subscriber, when its client read nothing for `stallTimeoutMs`.
   */
  function drained(socket: WebSocket): Promise<boolean> {
    let drain = drains.get(socket);
    if (!drain) {
      drain = readsDown(socket, maxBufferedBytes, stallTimeoutMs).then((progressed) => {
        drains.delete(socket);
        if (progressed) return true;
        onSlowSubscriber?.();
        logger.warn({ bufferedBytes: socket.bufferedAmount }, 'closing a slow subscriber');
        socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, slowSubscriberMessage(maxBufferedBytes));
        // Stop its subscriptions now: the close handshake waits for the client to read everything before it.
        void closers.get(socket)?.(SLOW_SUBSCRIBER_CLOSE_CODE, 'slow subscriber');
        return false;
      });
      drains.set(socket, drain);
    }
    return drain;
  }

  wss.on('connection', (socket, request) => {
    onConnectionChange?.(1);
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

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: async (message) => {
          let data = message;
          if (spliced !== null) {
            // `…,"payload":"<placeholder>"}`: the payload is the message's last member.
            data = `${data.slice(0, -(PAYLOAD_PLACEHOLDER_JSON.length + 1))}${spliced}}`;
            spliced = null;
          }
          if (socket.readyState !== socket.OPEN) return;
          socket.send(data);
          if (socket.bufferedAmount > maxBufferedBytes) await drained(socket);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (message) => {
            try {
              await handle(String(message));
            } catch (error) {
              logger.error({ err: error }, 'graphql-ws message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    closers.set(socket, closed);

    socket.once('close', (code, reason) => {
      onConnectionChange?.(-1);
      clearTimeout(pongWait);
      clearInterval(ping);
      void closed(code, String(reason));
    });
  });

  return {
    pushTarget(socket, id) {
      const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
      return {
        push(result, resume) {
          // A closing socket's operations are being ended: nothing more is read for them.
          if (socket.readyState !== socket.OPEN) return false;
          socket.send(`${prefix}${serialize(result)}}`);
          if (socket.bufferedAmount <= maxBufferedBytes) return true;
          void drained(socket).then((progressed) => {
            if (progressed) resume();
          });
          return false;
        },
      };
    },
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

/** A `next` payload already serialized (see `serveGraphQLOverWebSocket`). */
class SerializedPayload {
  constructor(readonly json: string) {}
}

/** Stands for a `SerializedPayload` in a message while graphql-ws stringifies it; JSON-escaped, so unforgeable. */
const PAYLOAD_PLACEHOLDER = '\u0000serialized-payload\u0000';
const PAYLOAD_PLACEHOLDER_JSON = JSON.stringify(PAYLOAD_PLACEHOLDER);

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
