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
  /** Resolves when the gateway can serve (its event log answers); rejects otherwise. */
  ready: () => Promise<void>;
  logger: Logger;
  requestScope: AsyncLocalStorage<RequestScope>;
  metrics: GatewayMetrics;
}

/** Routes named in metrics; any other path counts as `other`, so a scan cannot grow the label set. */
const ROUTES = new Set(['/graphql', '/api/callbacks', '/healthz', '/readyz', '/metrics']);

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The gateway's HTTP server:
 * - `/graphql`: yoga (GET GraphiQL / queries, POST operations, SSE subscriptions; WebSocket upgrades are
 *   handled by graphql-ws on the same path);
 * - `/api/callbacks`: ACS callbacks (the event pipeline's receiver);
 * - `GET /healthz`: liveness (the process serves HTTP);
 * - `GET /readyz`: readiness (the event log answers), 503 otherwise;
 * - `GET /metrics`: the gateway's counters in the Prometheus text format.
 * Every request gets a request id (`x-request-id`, echoed, or a new UUID), on every log line it causes.
 */
export function createHttpServer(options: HttpRoutesOptions): Server {
  const { yoga, logger, requestScope } = options;
  return createServer((req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
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
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      json(res, 200, { status: 'ok' });
      return;
    }
    if (path === '/readyz' && (req.method === 'GET' || req.method === 'HEAD')) {
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
    json(res, 404, { error: { code: 'NOT_FOUND', message: 'No such route.' } });
  }
}
