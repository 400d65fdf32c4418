import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import { RequestRefusedError } from '../auth/errors.ts';
import { type Principal, TOKEN_EXPIRED_MESSAGE } from '../auth/principal.ts';
import { type Authenticator, bearerToken } from '../auth/verify.ts';
import type { LimitsConfig } from '../config-model.ts';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import { type HostPolicy, hostRefusalBody, type OriginPolicy } from './browser.ts';
import { serveGraphQLOverWebSocket } from './graphql-ws-server.ts';
import { LIMIT_EXCEEDED } from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import { documentFor, type TrustedDocuments } from './trusted-documents.ts';
import type { RequestScope, ServerContext } from './yoga.ts';

/** Close code for a missing, invalid or expired token (4403, graphql-ws' Forbidden, is for refusals). */
export const WS_UNAUTHENTICATED = 4401;
/** Close code for a client over its connection limit (RFC 6455 "Try Again Later"). */
export const WS_TRY_AGAIN_LATER = 1013;

/**
 * Sockets upgraded to graphql-ws that have not sent `connection_init` yet, per client address: cheap to open by
 * the thousand and each holds memory and a timer until its init timeout (`CONNECTION_INIT_WAIT_MS`), so one
 * address may hold only `max` at once (more are refused with 429 at the upgrade). A socket leaves the count when
 * its `connection_init` is answered or it closes.
 */
function pendingSockets(max: number): {
  /** Counts the upgrade request's socket, or says false when its address already holds `max`. */
  admit(req: IncomingMessage): boolean;
  /** Takes the request's socket out of the count (idempotent). */
  settle(req: IncomingMessage): void;
} {
  const perAddress = new Map<string, number>();
  const settlers = new WeakMap<IncomingMessage, () => void>();
  return {
    admit(req) {
      const address = req.socket.remoteAddress ?? 'unknown';
      const count = perAddress.get(address) ?? 0;
      if (count >= max) return false;
      perAddress.set(address, count + 1);
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      };
      settlers.set(req, settle);
      req.socket.once('close', settle);
      return true;
    },
    settle(req) {
      settlers.get(req)?.();
    },
  };
}

/**
 * graphql-ws (`graphql-transport-ws` protocol) on the HTTP server's `/graphql` path, executing through yoga's
 * envelop (same schema, context and error masking as HTTP): each `subscribe` runs through `yoga.getEnveloped`.
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
    | 'maxWsMessageBytes'
    | 'maxSubscriptionsPerConnection'
    | 'maxConnectionsPerClient'
    | 'maxPendingWsSocketsPerAddress'
  >;
  originPolicy: OriginPolicy;
  /** `Host` names answered; an upgrade with any other is refused (421) on every path. */
  hostPolicy: HostPolicy;
  /** The shared JSON of a result (see `SubscriptionFanout.serialize`). */
  serialize: (result: ExecutionResult) => string;
  /** Which documents run (the same rule as HTTP's, `documentFor`). */
  trustedDocuments: TrustedDocuments;
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
    if (!options.hostPolicy.allows(req.headers.host)) {
      const body = hostRefusalBody(req.headers.host);
      socket.end(
        `HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      if (!pending.admit(req)) {
        socket.end(
          `HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
        );
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      return;
    }
    const other = path === undefined ? undefined : options.upgrades?.[path];
    if (other) other(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  const pending = pendingSockets(limits.maxPendingWsSocketsPerAddress);
  /** Open connections per client (its subject, or its IP address when auth is off). */
  const connectionsPerClient = new Map<string, number>();
  /** Who opened each socket (`onConnect`); its operations run as them. */
  const principals = new WeakMap<WebSocket, Principal>();
  /** Aborts when the socket closes: what ends the outcome awaits of its operations. */
  const socketsClosed = new WeakMap<object, AbortSignal>();
  const served = serveGraphQLOverWebSocket(
    wss,
    {
      // The token: `connectionParams.authorization` (browsers cannot set upgrade headers), else the header.
      onConnect: async ({ socket, request }, connectionParams) => {
        // Authenticated or refused, it no longer waits on its `connection_init`.
        pending.settle(request);
        const param = connectionParams?.authorization;
        const token = bearerToken(typeof param === 'string' ? param : request.headers.authorization);
        let principal: Principal;
        try {
          principal = await options.authenticator.authenticate(token);
        } catch (error) {
          if (!(error instanceof RequestRefusedError)) throw error;
          options.metrics.requestRefused(error.code);
          socket.close(WS_UNAUTHENTICATED, error.message);
          return false;
        }
        // Closed while its token was checked: nothing is counted for it (its close listeners would never run).
        if (socket.readyState !== socket.OPEN) return false;
        const client =
          principal.expiresAt === null ? `ip:${request.socket.remoteAddress}` : `sub:${principal.subject}`;
        const open = connectionsPerClient.get(client) ?? 0;
        if (open >= limits.maxConnectionsPerClient) {
          options.metrics.requestRefused(LIMIT_EXCEEDED);
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
        const closed = new AbortController();
        socket.once('close', () => closed.abort());
        socketsClosed.set(socket, closed.signal);
        if (principal.expiresAt !== null) {
          const timer = setTimeout(
            () => socket.close(WS_UNAUTHENTICATED, TOKEN_EXPIRED_MESSAGE),
            Math.min(Math.max(0, principal.expiresAt - Date.now()), 2 ** 31 - 1),
          );
          socket.once('close', () => clearTimeout(timer));
        }
        return true;
      },
      // Every `error` message goes through the same masking as HTTP, whatever produced it.
      maskError: options.maskError,
      operation: async ({ socket, request, operationCount }, _id, params, pushTarget) => {
        // The count includes the operation being subscribed.
        if (operationCount > limits.maxSubscriptionsPerConnection) {
          options.metrics.requestRefused(LIMIT_EXCEEDED);
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
          req: request,
          socket,
          params,
          principal: principals.get(socket),
          clientGone: socketsClosed.get(socket),
          // A subscription's results are pushed straight to its operation (see `PushTarget`).
          pushTarget,
        });
        // A document refused while parsing (syntax, token limit) or validating (depth, aliases, cost, … throw
        // rather than report) is the client's: answer it on this operation, never by closing the socket and
        // every other operation on it.
        let document: ExecutionArgs['document'];
        let errors: readonly GraphQLError[];
        try {
          // The protocol requires `query` to be a string: a client naming a document by id sends `query: ''`.
          document = parse(documentFor(options.trustedDocuments, params) ?? params.query);
          errors = validate(schema, document);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, params.operationName);
        if (!operation) return [new GraphQLError('Unable to identify operation')];
        const args: ExecutionArgs = {
          schema,
          operationName: params.operationName ?? null,
          document,
          variableValues: params.variables ?? null,
          contextValue: await contextFactory(),
        };
        return operation.operation === 'subscription' ? await subscribe(args) : await execute(args);
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
