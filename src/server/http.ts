import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import { RequestRefusedError } from '../auth/errors.ts';
import type { LimitsConfig } from '../config-model.ts';
import { replyError, replyJson } from '../http.ts';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import {
  type GraphiQLAsset,
  type HostPolicy,
  hostRefusalBody,
  type OriginPolicy,
  SECURITY_HEADERS,
} from './browser.ts';
import { LIMIT_EXCEEDED } from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { RequestScope, ServerContext } from './yoga.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

export interface HttpRoutesOptions {
  yoga: YogaServerInstance<ServerContext, GatewayContext>;
  /** The ACS callback receiver (`POST /api/callbacks`). */
  callbacks: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** ACS's Event Grid events (`/api/eventgrid`: recording files). */
  eventGrid: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Recording file downloads (`GET /api/recordings/content`). */
  recordingContent: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Resolves when the gateway can serve (its event log answers); rejects otherwise. */
  ready: () => Promise<void>;
  /** True once the gateway is shutting down: `/readyz` answers 503 and connections are not kept alive. */
  draining: () => boolean;
  logger: Logger;
  requestScope: AsyncLocalStorage<RequestScope>;
  metrics: GatewayMetrics;
  /**
   * How `GET /metrics` is served here: `access` checks the request's `Authorization` header
   * (`createMetricsAccess`) and throws `RequestRefusedError` to refuse it; null: not here (404), it has a
   * listener of its own (`METRICS_PORT`).
   */
  metricsRoute: { access(authorization: string | undefined): Promise<void> } | null;
  /** The live call console's routes (`/console/…`, development only); absent: no console. */
  console?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  limits: Pick<LimitsConfig, 'maxBodyBytes' | 'headersTimeoutMs' | 'requestTimeoutMs'>;
  originPolicy: OriginPolicy;
  /** `Host` names answered; any other is refused (421) before any route runs. */
  hostPolicy: HostPolicy;
  /** GraphiQL at `GET /graphql` (browsers), rendered on first use; null: not served. */
  graphiql: (() => Promise<GraphiQLAsset>) | null;
}

/** POST bodies `/graphql` accepts: JSON only, which a page cannot send cross-origin without a CORS preflight (CSRF). */
const GRAPHQL_CONTENT_TYPE = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/** Routes named in metrics; any other path counts as `other`, so a scan cannot grow the label set. */
const ROUTES = new Set([
  '/graphql',
  '/api/callbacks',
  '/api/eventgrid',
  '/api/recordings/content',
  '/healthz',
  '/readyz',
  '/metrics',
]);

/**
 * The gateway's HTTP server:
 * - `/graphql`: yoga (GET GraphiQL / queries, POST operations, SSE subscriptions; WebSocket upgrades are
 *   handled by graphql-ws on the same path);
 * - `/api/callbacks`: ACS callbacks (the event pipeline's receiver);
 * - `/api/eventgrid`: ACS's Event Grid events (recording files);
 * - `GET /api/recordings/content?contentLocation=`: a recording file, streamed from ACS;
 * - `GET /healthz`: liveness (the process serves HTTP);
 * - `GET /readyz`: readiness (the event log answers and the gateway is not shutting down), 503 otherwise;
 * - `GET /metrics`: the gateway's metrics in the Prometheus text format (behind `metricsRoute.access`), unless it has a listener of its own;
 * - `GET /console/…`: the live call console, when given (development).
 * Every request gets a request id (`x-request-id`, echoed, or a new UUID), on every log line it causes.
 */
export function createHttpServer(options: HttpRoutesOptions): Server {
  const { yoga, logger, requestScope, limits } = options;
  const server = createServer(
    {
      // Slow clients (slowloris) cannot hold sockets: headers and the whole request have deadlines, checked each second.
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      const header = req.headers['x-request-id'];
      const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
      res.setHeader('x-request-id', requestId);
      if (options.draining()) res.shouldKeepAlive = false;
      const started = performance.now();
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      // 'close', not 'finish': a stream the client walked away from (SSE) never finishes.
      res.on('close', () => {
        options.metrics.httpRequest(ROUTES.has(path) ? path : 'other', res.statusCode);
        // An accepted ACS callback is the ingest hot path: counted in the metrics, logged at debug only.
        const level = path === '/api/callbacks' && res.statusCode < 400 ? 'debug' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        logger[level](
          {
            requestId,
            method: req.method,
            path,
            status: res.statusCode,
            durationMs: Math.round(performance.now() - started),
          },
          'http request',
        );
      });
      requestScope.run({ requestId }, () => {
        route(req, res, path).catch((error: unknown) => {
          logger.error({ err: error, requestId, path }, 'request failed');
          if (!res.headersSent) replyError(res, 500, 'INTERNAL', 'Unexpected error.');
          else res.destroy();
        });
      });
    },
  );
  return server;

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!options.hostPolicy.allows(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
      res.end(hostRefusalBody(req.headers.host));
      return;
    }
    if (path === '/graphql') {
      if (!options.originPolicy.allows(req.headers.origin, req.headers.host)) {
        options.metrics.requestRefused('FORBIDDEN');
        return refuse(res, 403, 'FORBIDDEN', 'This origin may not use the API (CORS_ORIGINS).');
      }
      if (req.method === 'POST') {
        const length = Number(req.headers['content-length'] ?? Number.NaN);
        if (!Number.isFinite(length)) {
          options.metrics.requestRefused(LIMIT_EXCEEDED);
          return refuse(res, 411, LIMIT_EXCEEDED, 'POST /graphql needs a Content-Length.');
        }
        if (length > limits.maxBodyBytes) {
          options.metrics.requestRefused(LIMIT_EXCEEDED);
          return refuse(
            res,
            413,
            LIMIT_EXCEEDED,
            `The body exceeds ${limits.maxBodyBytes} bytes (GRAPHQL_MAX_BODY_BYTES).`,
          );
        }
        if (!GRAPHQL_CONTENT_TYPE.test(req.headers['content-type'] ?? '')) {
          return refuse(res, 415, 'BAD_REQUEST', 'POST /graphql takes Content-Type: application/json.');
        }
      }
      const accept = req.headers.accept ?? '';
      if (req.method === 'GET' && accept.includes('text/html') && !accept.includes('text/event-stream')) {
        if (options.graphiql) return serveAsset(req, res, await options.graphiql());
        return replyError(res, 404, 'NOT_FOUND', 'GraphiQL is off (GRAPHIQL=true turns it on).');
      }
      await yoga.requestListener(req, res);
      return;
    }
    if (path === '/api/callbacks') {
      await options.callbacks(req, res);
      return;
    }
    if (path === '/api/eventgrid') {
      await options.eventGrid(req, res);
      return;
    }
    if (path === '/api/recordings/content') {
      await options.recordingContent(req, res);
      return;
    }
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      replyJson(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (options.draining()) {
        replyJson(res, 503, { status: 'unavailable', reason: 'shutting down' });
        return;
      }
      try {
        await options.ready();
        replyJson(res, 200, { status: 'ready' });
      } catch (error) {
        logger.warn({ err: error }, 'not ready');
        replyJson(res, 503, { status: 'unavailable', reason: 'event log unreachable' });
      }
      return;
    }
    if (path === '/metrics' && options.metricsRoute && (req.method === 'GET' || req.method === 'HEAD')) {
      try {
        await options.metricsRoute.access(req.headers.authorization);
      } catch (error) {
        if (!(error instanceof RequestRefusedError)) throw error;
        options.metrics.requestRefused(error.code);
        if (error.code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
        replyError(res, error.httpStatus ?? 403, error.code, error.message);
        return;
      }
      const text = await options.metrics.render();
      res.writeHead(200, { 'content-type': options.metrics.contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
      return;
    }
    if (options.console && (await options.console(req, res, path))) return;
    replyError(res, 404, 'NOT_FOUND', 'No such route.');
  }
}

/**
 * A refusal before the body is read: the connection is closed after it, so an oversized or slow body is
 * never received.
 */
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  replyJson(res, status, { errors: [{ message, extensions: { code } }] }, { connection: 'close' });
}

/** Serves the pre-rendered GraphiQL page: 304 for a matching ETag, brotli or gzip when accepted. */
function serveAsset(req: IncomingMessage, res: ServerResponse, asset: GraphiQLAsset): void {
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    etag: asset.etag,
    vary: 'accept-encoding',
    'content-security-policy': asset.contentSecurityPolicy,
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const encodings = String(req.headers['accept-encoding'] ?? '');
  const [encoding, body] = /\bbr\b/.test(encodings)
    ? ['br', asset.br]
    : /\bgzip\b/.test(encodings)
      ? ['gzip', asset.gzip]
      : [null, asset.identity];
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, { ...headers, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
