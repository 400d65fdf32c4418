import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import { slowSubscriberMessage } from './sse-subscriptions.ts';

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

export interface GraphQLWebSocketLimits {
  /** Bytes a socket may hold unsent (the client is not reading) before it is closed. */
  maxBufferedBytes: number;
  /** Ping interval; a socket that misses a pong for as long is terminated. @default 12_000 ms */
  keepAliveMs?: number;
  /** Told when a subscriber is cut off for reading too slowly. */
  onSlowSubscriber?(): void;
}

/**
 * Serves the graphql-ws protocol (`graphql-transport-ws`) on a `ws` server, like `graphql-ws/use/ws`
 * but with a bounded send buffer: messages go out without waiting for the client to read them,
 * and once more than `maxBufferedBytes` wait in the socket, it is closed with
 * `SLOW_SUBSCRIBER_CLOSE_CODE` and a reason that says how to resume. graphql-ws' own adapter awaits
 * every write, so a client that stops reading would hold its subscription open forever.
 */
export function serveGraphQLOverWebSocket(
  wss: WebSocketServer,
  options: ServerOptions<Record<string, unknown> | undefined, WebSocketExtra>,
  limits: GraphQLWebSocketLimits,
  logger: Logger,
): { dispose(): Promise<void> } {
  const { maxBufferedBytes, keepAliveMs = 12_000, onSlowSubscriber } = limits;
  const server = makeServer(options);
  wss.options.handleProtocols = handleProtocols;

  wss.on('connection', (socket, request) => {
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
        send: (data) => {
          if (socket.readyState !== socket.OPEN) return;
          socket.send(data);
          if (socket.bufferedAmount > maxBufferedBytes) {
            onSlowSubscriber?.();
            logger.warn({ bufferedBytes: socket.bufferedAmount }, 'closing a slow subscriber');
            socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, slowSubscriberMessage(maxBufferedBytes));
          }
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

    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners('connection');
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
