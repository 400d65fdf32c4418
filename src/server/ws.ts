import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ExecutionArgs, type ExecutionResult, GraphQLError } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import { RequestRefusedError } from '../auth/errors.ts';
import { type Principal, TOKEN_EXPIRED_MESSAGE } from '../auth/principal.ts';
import { type Authenticator, bearerToken } from '../auth/verify.ts';
import type { LimitsConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import type { OriginPolicy } from './browser.ts';
import { serveGraphQLOverWebSocket } from './graphql-ws-server.ts';
import { LIMIT_EXCEEDED } from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { RequestScope, ServerContext } from './yoga.ts';

/** Close code for a missing, invalid or expired token (4403, graphql-ws' Forbidden, is for refusals). */
export const WS_UNAUTHENTICATED = 4401;
/** Close code for a client over its connection limit (RFC 6455 "Try Again Later"). */
export const WS_TRY_AGAIN_LATER = 1013;

type Enveloped = ReturnType<YogaServerInstance<ServerContext, GatewayContext>['getEnveloped']>;

/**
 * graphql-ws (`graphql-transport-ws` protocol) on the HTTP server's `/graphql` path, executing through yoga's
 * envelop (same schema, context and error masking as HTTP): `onSubscribe → yoga.getEnveloped`.
 * Subscribers that read slowly are paced, and ones that stop reading are closed (see `serveGraphQLOverWebSocket`).
 */
export function attachGraphQLWs(options: {
  server: Server;
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  logger: Logger;
  requestScope: AsyncLocalStorage<RequestScope>;
  subscriptionLimits: { maxBufferedBytes: number; stallTimeoutMs: number };
  metrics: GatewayMetrics;
  authenticator: Authenticator;
  /**
   * Other WebSocket paths of the server (e.g. `/api/media/transcription`) and who takes their upgrades.
   * One upgrade listener routes every path: a `ws` server bound to the HTTP server would refuse the rest.
   */
  upgrades?: Record<string, (req: IncomingMessage, socket: Duplex, head: Buffer) => void>;
  limits: Pick<
    LimitsConfig,
    'maxWsMessageBytes' | 'maxSubscriptionsPerConnection' | 'maxConnectionsPerClient'
  >;
  originPolicy: OriginPolicy;
  /** The shared JSON of a result (see `SubscriptionFanout.serialize`). */
  serialize: (result: ExecutionResult) => string;
  /** Turns an error into what clients see (the gateway's `maskError`, as on HTTP). */
  maskError: (error: unknown) => GraphQLError;
}): {
  /** Closes every socket with 1001 (Going Away), terminating those still open after `graceMs`. */
  close(graceMs?: number): Promise<void>;
} {
  const { yoga, logger, requestScope, limits } = options;
  const wss = new WebSocketServer({
    // Upgrades reach it through the router below (other paths have other handlers).
    noServer: true,
    // A bigger message closes the socket (1009) before it is buffered.
    maxPayload: limits.maxWsMessageBytes,
    // Browsers send any page's origin on an upgrade and CORS does not apply: check it here (403 otherwise).
    verifyClient: (
      { origin, req }: { origin: string; req: IncomingMessage },
      done: (allowed: boolean, status?: number, message?: string) => void,
    ) => {
      const allowed = options.originPolicy.allows(origin, req.headers.host);
      done(allowed, allowed ? undefined : 403, allowed ? undefined : 'Origin not allowed (CORS_ORIGINS)');
    },
  });
  options.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return;
    }
    const other = path === undefined ? undefined : options.upgrades?.[path];
    if (other) other(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  /** Open connections per client (its subject, or its IP address when auth is off). */
  const connectionsPerClient = new Map<string, number>();
  /** Who opened each socket (`onConnect`); its operations run as them. */
  const principals = new WeakMap<WebSocket, Principal>();
  const served = serveGraphQLOverWebSocket(
    wss,
    {
      // The token: `connectionParams.authorization` (browsers cannot set upgrade headers), else the header.
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const param = ctx.connectionParams?.authorization;
        const token = bearerToken(typeof param === 'string' ? param : request.headers.authorization);
        let principal: Principal;
        try {
          principal = await options.authenticator.authenticate(token);
        } catch (error) {
          if (!(error instanceof RequestRefusedError)) throw error;
          socket.close(WS_UNAUTHENTICATED, error.message);
          return false;
        }
        const client =
          principal.expiresAt === null ? `ip:${request.socket.remoteAddress}` : `sub:${principal.subject}`;
        const open = connectionsPerClient.get(client) ?? 0;
        if (open >= limits.maxConnectionsPerClient) {
          socket.close(
            WS_TRY_AGAIN_LATER,
            `Too many connections (WS_MAX_CONNECTIONS_PER_CLIENT=${limits.maxConnectionsPerClient})`,
          );
          return false;
        }
        connectionsPerClient.set(client, open + 1);
        socket.once('close', () => {
          const left = (connectionsPerClient.get(client) ?? 1) - 1;
          if (left > 0) connectionsPerClient.set(client, left);
          else connectionsPerClient.delete(client);
        });
        principals.set(socket, principal);
        if (principal.expiresAt !== null) {
          const timer = setTimeout(
            () => socket.close(WS_UNAUTHENTICATED, TOKEN_EXPIRED_MESSAGE),
            Math.min(Math.max(0, principal.expiresAt - Date.now()), 2 ** 31 - 1),
          );
          socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      // Every `error` message goes through the same masking as HTTP, whatever produced it: graphql-ws reports a
      // stream that fails after it started (a rejected iterator) as a new error carrying the cause's own message.
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => options.maskError(error).toJSON()),
      execute: (args) => (args.rootValue as Pick<Enveloped, 'execute'>).execute(args),
      subscribe: (args) => (args.rootValue as Pick<Enveloped, 'subscribe'>).subscribe(args),
      onSubscribe: async (ctx, id, params) => {
        // graphql-ws registers the operation before this hook: the count includes it.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(
              `Too many subscriptions on this connection (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION=${limits.maxSubscriptionsPerConnection}).`,
              { extensions: { code: LIMIT_EXCEEDED } },
            ),
          ];
        }
        const requestId = randomUUID();
        requestScope.enterWith({ requestId });
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          principal: principals.get(ctx.extra.socket),
          // A subscription's results are pushed straight to the socket (see `PushTarget`).
          pushTarget: served.pushTarget(ctx.extra.socket, id),
        });
        let document: ExecutionArgs['document'];
        try {
          document = parse(params.query);
        } catch (error) {
          // A syntax error is the client's: answer it on this operation instead of closing the socket.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName ?? null,
          document,
          variableValues: params.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length > 0) return errors;
        return args;
      },
    },
    {
      ...options.subscriptionLimits,
      serialize: options.serialize,
      onSlowSubscriber: () => options.metrics.slowSubscriber('graphql-ws'),
      onConnectionChange: (delta) => options.metrics.subscriberConnections('graphql-ws', delta),
    },
    logger,
  );
  return {
    close: (graceMs = 0) => served.dispose(graceMs),
  };
}
