import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
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
  /** The live call console's routes (`/console/…`, development only); absent: no console. */
  console?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
}

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

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The gateway's HTTP server:
 * - `/graphql`: yoga (GET GraphiQL / queries, POST operations, SSE subscriptions; WebSocket upgrades are
 *   handled by graphql-ws on the same path);
 * - `/api/callbacks`: ACS callbacks (the event pipeline's receiver);
 * - `/api/eventgrid`: ACS's Event Grid events (recording files);
 * - `GET /api/recordings/content?contentLocation=`: a recording file, streamed from ACS;
 * - `GET /healthz`: liveness (the process serves HTTP);
 * - `GET /readyz`: readiness (the event log answers and the gateway is not shutting down), 503 otherwise;
 * - `GET /metrics`: the gateway's counters in the Prometheus text format;
 * - `GET /console/…`: the live call console, when given (development).
 * Every request gets a request id (`x-request-id`, echoed, or a new UUID), on every log line it causes.
 */
export function createHttpServer(options: HttpRoutesOptions): Server {
  const { yoga, logger, requestScope } = options;
  return createServer((req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    if (options.draining()) res.shouldKeepAlive = false;
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // 'close', not 'finish': a stream the client walked away from (SSE) never finishes.
    res.on('close', () => {
      options.metrics.httpRequest(ROUTES.has(path) ? path : 'other', res.statusCode);
      logger.info(
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
        if (!res.headersSent) json(res, 500, { error: { code: 'INTERNAL', message: 'Unexpected error.' } });
        else res.destroy();
      });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/graphql') {
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
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (options.draining()) {
        json(res, 503, { status: 'unavailable', reason: 'shutting down' });
        return;
      }
      try {
        await options.ready();
        json(res, 200, { status: 'ready' });
      } catch (error) {
        logger.warn({ err: error }, 'not ready');
        json(res, 503, { status: 'unavailable', reason: 'event log unreachable' });
      }
      return;
    }
    if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(options.metrics.render());
      return;
    }
    if (options.console && (await options.console(req, res, path))) return;
    json(res, 404, { error: { code: 'NOT_FOUND', message: 'No such route.' } });
  }
}
