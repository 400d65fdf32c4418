import { AsyncLocalStorage } from 'node:async_hooks';
import type { AddressInfo } from 'node:net';
import { createAcsPorts } from './acs/clients.ts';
import type { CallsPort, RoomsPort } from './acs/ports.ts';
import { ACS_CALLBACK_DEFAULTS, type Config } from './config.ts';
import { createCallbackTokenVerifier } from './events/callback-auth.ts';
import { createCallbackReceiver } from './events/callbacks.ts';
import { type CallEventLog, CallEventLogUnavailableError } from './events/log.ts';
import type { Logger } from './logger.ts';
import { buildSchema } from './schema/index.ts';
import { createHttpServer } from './server/http.ts';
import { createMetrics } from './server/metrics.ts';
import type { Tracing } from './server/tracing.ts';
import { attachGraphQLWs } from './server/ws.ts';
import type { RequestScope } from './server/yoga.ts';
import { createGatewayYoga } from './server/yoga.ts';

/** What `createApp` is given besides config: everything with a lifecycle or an identity of its own. */
export interface AppDeps {
  /** The call event log; `stop()` closes it. */
  eventLog: CallEventLog;
  logger: Logger;
  /** Replaces the SDK-backed ports (tests that need a failure the emulator cannot produce). */
  acs?: { rooms?: RoomsPort; calls?: CallsPort };
  /** Tracing (GraphQL operation → ACS request spans); absent: none. `stop()` flushes and shuts it down. */
  tracing?: Tracing;
}

export interface App {
  /** Listens on `config.port` (0: any free port) and `config.host`. */
  start(): Promise<void>;
  /**
   * Drains, then closes the event log (idempotent): `/readyz` answers 503 at once and no new connection is
   * accepted; requests in flight finish; graphql-ws sockets are closed with 1001 and SSE streams end (their
   * clients resume from their last cursor, on another replica); whatever is still open after
   * `config.shutdownGraceMs` is cut off.
   */
  stop(): Promise<void>;
  /** `http://<host>:<port>` once started. */
  readonly url: string;
  /** `<publicBaseUrl>/api/callbacks[?secret=…]`: what ACS is told to call. */
  readonly callbackUrl: string;
}

/**
 * The gateway: `/graphql` (yoga over HTTP + graphql-ws), `POST /api/callbacks`, `/healthz`, `/readyz`, `/metrics`.
 * No process.env, no singletons: several apps can run in one process.
 *
 * A `publicBaseUrl` whose port is 0 (e.g. `http://127.0.0.1:0`) means "this server's own port once
 * listening", so a gateway on port 0 can receive its own callbacks (tests).
 */
export function createApp(config: Config, deps: AppDeps): App {
  const { logger } = deps;
  const requestScope = new AsyncLocalStorage<RequestScope>();
  const metrics = createMetrics();
  const eventLog = countingUnavailable(deps.eventLog, () => metrics.eventLogError());

  if (!config.acs) {
    throw new Error('createApp: config.acs is null (no ACS_CONNECTION_STRING or ACS_ENDPOINT)');
  }
  const callbackAuth = {
    issuer: config.callbacks.issuer ?? ACS_CALLBACK_DEFAULTS.issuer,
    jwksUrl: config.callbacks.jwksUrl ?? ACS_CALLBACK_DEFAULTS.jwksUrl,
    audience: config.acs.resourceId,
  };
  const ports = createAcsPorts(
    config.acs.mode === 'connectionString'
      ? { kind: 'connectionString', connectionString: config.acs.connectionString }
      : { kind: 'entraId', endpoint: config.acs.endpoint },
    {
      maxRetries: config.acsMaxRetries,
      attemptTimeoutMs: config.acsAttemptTimeoutMs,
      requestTimeoutMs: config.acsRequestTimeoutMs,
      onRequest: (operation, outcome, seconds) => metrics.acsRequest(operation, outcome, seconds),
      ...(deps.tracing ? { around: deps.tracing.around } : {}),
    },
  );

  let url = '';
  let callbackUrl = '';
  const resolveCallbackUrl = (listeningPort: number) => {
    const base = new URL(config.publicBaseUrl);
    if (base.port === '0') base.port = String(listeningPort);
    const path = `${base.origin}${base.pathname.replace(/\/+$/, '')}/api/callbacks`;
    return config.callbacks.secret ? `${path}?secret=${encodeURIComponent(config.callbacks.secret)}` : path;
  };

  const shutdown = new AbortController();
  const yoga = createGatewayYoga({
    schema: buildSchema(),
    acs: (signal) => {
      const bound = ports.forRequest(signal);
      return { rooms: deps.acs?.rooms ?? bound.rooms, calls: deps.acs?.calls ?? bound.calls };
    },
    eventLog,
    logger,
    callbackUrl: () => callbackUrl,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
    shutdown: shutdown.signal,
    ...(deps.tracing ? { tracing: deps.tracing } : {}),
  });
  const receiver = createCallbackReceiver({
    log: eventLog,
    verifier: createCallbackTokenVerifier(callbackAuth),
    secret: config.callbacks.secret,
    maxBodyBytes: config.callbacks.maxBodyBytes,
    logger: logger.child({ component: 'callbacks' }),
    onEventsStored: (count) => metrics.callbackEventsStored(count),
  });
  const server = createHttpServer({
    metrics,
    yoga,
    callbacks: receiver,
    ready: () => eventLog.ping(),
    draining: () => shutdown.signal.aborted,
    logger,
    requestScope,
  });
  const ws = attachGraphQLWs({
    server,
    yoga,
    logger,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
  });

  let stopping: Promise<void> | undefined;
  return {
    get url() {
      return url;
    },
    get callbackUrl() {
      return callbackUrl;
    },
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const host =
        config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
      url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
      callbackUrl = resolveCallbackUrl(address.port);
      logger.info({ url, callbackUrl: callbackUrl.replace(/\?.*$/, '') }, 'gateway listening');
    },
    stop() {
      stopping ??= (async () => {
        logger.info({ graceMs: config.shutdownGraceMs }, 'draining');
        shutdown.abort();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Connections left idle by a finished request are closed as they appear (Node only closes those idle at close()).
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        let timer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<'grace over'>((resolve) => {
          timer = setTimeout(() => resolve('grace over'), config.shutdownGraceMs);
        });
        await ws.close(config.shutdownGraceMs);
        if ((await Promise.race([closed, graceOver])) === 'grace over') {
          logger.warn('grace period over: closing the connections still open');
          server.closeAllConnections();
          await closed;
        }
        clearTimeout(timer);
        clearInterval(sweep);
        await eventLog.close();
        await deps.tracing?.shutdown();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}

/** The same log, telling `onUnavailable` each time an operation fails because its store is unreachable. */
function countingUnavailable(log: CallEventLog, onUnavailable: () => void): CallEventLog {
  const count = <T>(promise: Promise<T>): Promise<T> =>
    promise.catch((error: unknown) => {
      if (error instanceof CallEventLogUnavailableError) onUnavailable();
      throw error;
    });
  return {
    append: (id, events) => count(log.append(id, events)),
    readLast: (id, n) => count(log.readLast(id, n)),
    readAfter: (id, after, limit) => count(log.readAfter(id, after, limit)),
    subscribe: (id, options) => log.subscribe(id, options),
    recordCall: (id, info) => count(log.recordCall(id, info)),
    getCall: (id) => count(log.getCall(id)),
    ping: () => count(log.ping()),
    close: () => log.close(),
  };
}
