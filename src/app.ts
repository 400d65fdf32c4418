import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAcsPorts } from './acs/clients.ts';
import type { CallsPort, RoomsPort } from './acs/ports.ts';
import { createMemoryRateLimitStore, type RateLimitStore } from './auth/rate-limit.ts';
import { createAuthenticator } from './auth/verify.ts';
import { ACS_CALLBACK_DEFAULTS, securityWarnings } from './config.ts';
import type { Config } from './config-model.ts';
import type { CallEvent } from './domain/call-event.ts';
import { createCallbackTokenVerifier } from './events/callback-auth.ts';
import { createCallbackCapabilities } from './events/callback-capability.ts';
import { createCallbackReceiver } from './events/callbacks.ts';
import { createEventGridReceiver } from './events/eventgrid.ts';
import {
  createIncomingCallLog,
  INCOMING_CALL_LOG_SETTINGS,
  type IncomingCallLog,
} from './events/incoming-calls.ts';
import { type CallEventLog, CallEventLogUnavailableError } from './events/log.ts';
import { createMemoryCallEventLog } from './events/memory-log.ts';
import { createOutcomeAwaits } from './events/outcome.ts';
import { createTranscriptionReceiver } from './events/transcription.ts';
import type { Logger } from './logger.ts';
import { createPageCursors } from './resolvers/paging.ts';
import { buildSchema } from './schema/index.ts';
import { createBackgroundTasks } from './server/background.ts';
import { createGraphiQLAsset, createHostPolicy, createOriginPolicy } from './server/browser.ts';
import { type ConsoleOptions, createConsoleRoute } from './server/console.ts';
import { createHttpServer } from './server/http.ts';
import {
  createMetrics,
  createMetricsAccess,
  createMetricsServer,
  type GatewayMetrics,
  type IncomingCallOutcome,
} from './server/metrics.ts';
import { createRecordingContentRoute } from './server/recording-content.ts';
import { createSubscriptionFanout } from './server/subscription-fanout.ts';
import type { Tracing } from './server/tracing.ts';
import { loadTrustedDocuments } from './server/trusted-documents.ts';
import { attachGraphQLWs } from './server/ws.ts';
import type { RequestScope } from './server/yoga.ts';
import { createErrorMasker, createGatewayYoga } from './server/yoga.ts';

/** What `createApp` is given besides config: everything with a lifecycle or an identity of its own. */
export interface AppDeps {
  /** The call event log; `stop()` closes it. */
  eventLog: CallEventLog;
  logger: Logger;
  /**
   * Where an ACS stand-in (the local emulator) serves recording files named on an ACS media host; see
   * `AcsClientOptions.recordingStorageOrigin`. Only main.ts (embedded emulator) and tests set it.
   */
  recordingStorageOrigin?: string;
  /**
   * The log behind the `incomingCalls` subscription (sized by `INCOMING_CALL_LOG_SETTINGS`; with Redis, under a
   * key prefix of its own); `stop()` closes it. Default: this process's memory (one replica only).
   */
  incomingCallLog?: CallEventLog;
  /** Where per-subject mutation rates are counted; default: this process's memory. */
  rateLimitStore?: RateLimitStore;
  /** Replaces the SDK-backed ports (tests that need a failure the emulator cannot produce). */
  acs?: { rooms?: RoomsPort; calls?: CallsPort };
  /** The live call console, served at `/console` when `config.environment` is development; ignored otherwise. */
  console?: ConsoleOptions;
  /** Tracing (GraphQL operation → ACS request spans); absent: none. `stop()` flushes and shuts it down. */
  tracing?: Tracing;
  /**
   * The app's metrics, when something made before the app reports to them too (the Redis event log's
   * `onCommand`); absent: the app makes its own (`createMetrics`). One per app.
   */
  metrics?: GatewayMetrics;
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
  /**
   * `<publicBaseUrl>/api/callbacks[?secret=…]`: what ACS is told to call, with the `token` issued per call
   * added to it (see events/callback-capability.ts).
   */
  readonly callbackUrl: string;
  /** `http://<host>:<port>/metrics` of the metrics listener (`METRICS_PORT`) once started; null: none. */
  readonly metricsUrl: string | null;
}

/**
 * The gateway: `/graphql` (yoga over HTTP + graphql-ws), `POST /api/callbacks`, the transcription WebSocket
 * `/api/media/transcription`, `/healthz`, `/readyz`, `/metrics`.
 * No process.env, no singletons: several apps can run in one process.
 *
 * A `publicBaseUrl` whose port is 0 (e.g. `http://127.0.0.1:0`) means "this server's own port once
 * listening", so a gateway on port 0 can receive its own callbacks (tests).
 */
export function createApp(config: Config, deps: AppDeps): App {
  const { logger } = deps;
  const requestScope = new AsyncLocalStorage<RequestScope>();
  const metrics = deps.metrics ?? createMetrics();
  const eventLog = countingUnavailable(deps.eventLog, () => metrics.eventLogError());
  const incomingCallStore = countingUnavailable(
    deps.incomingCallLog ?? createMemoryCallEventLog(INCOMING_CALL_LOG_SETTINGS),
    () => metrics.eventLogError(),
  );
  const incomingCalls = countingIncomingCalls(createIncomingCallLog(incomingCallStore), (outcome) =>
    metrics.incomingCall(outcome),
  );

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
      cognitiveServicesEndpoint: config.callMedia.cognitiveServicesEndpoint,
      recordingStorageOrigin: deps.recordingStorageOrigin ?? null,
      onRequest: (operation, outcome, seconds, errorCode) =>
        metrics.acsRequest(operation, outcome, seconds, errorCode),
      ...(deps.tracing ? { around: deps.tracing.around } : {}),
    },
  );

  let url = '';
  let callbackUrl = '';
  let transcriptionTransportUrl = '';
  /** `<publicBaseUrl>/<path>[?secret=…]`, with `ws(s):` instead of `http(s):` when `websocket`. */
  const publicUrl = (listeningPort: number, path: string, websocket = false) => {
    const base = new URL(config.publicBaseUrl);
    if (base.port === '0') base.port = String(listeningPort);
    const origin = websocket ? base.origin.replace(/^http/, 'ws') : base.origin;
    const full = `${origin}${base.pathname.replace(/\/+$/, '')}${path}`;
    return config.callbacks.secret ? `${full}?secret=${encodeURIComponent(config.callbacks.secret)}` : full;
  };

  // Every call the gateway connects gets its own callback token; only events carrying it are stored.
  const callbackCapabilities = createCallbackCapabilities({
    log: eventLog,
    graceSeconds: config.callbacks.graceSeconds,
    callbackUrl: () => callbackUrl,
    transcriptionTransportUrl: () => transcriptionTransportUrl,
  });

  const shutdown = new AbortController();
  const background = createBackgroundTasks(logger);
  const authenticator = createAuthenticator(config.auth);
  const originPolicy = createOriginPolicy(config.browser.corsOrigins);
  const hostPolicy = createHostPolicy(config.browser.allowedHosts);
  const maskError = createErrorMasker(logger, requestScope);
  const fanout = createSubscriptionFanout({
    onEventExecuted: () => metrics.subscriptionEventExecuted(),
    onSubscriptionChange: (transport, delta) => metrics.subscriptions(transport, delta),
    onDelivered(result, subscribedAt, transport, event) {
      if ((event as Partial<CallEvent> | null)?.kind === 'EventsLost') metrics.eventsLost(transport);
      // A cursor starts with the store's clock in ms (`<ms>-<seq>`: parseInt stops at the dash; once per delivery,
      // so no regex). Replayed history (stored before the subscription began) is left out: its age is not a delay.
      const storedAt = Number.parseInt(fanout.cursorOf(result) ?? '', 10);
      if (storedAt >= subscribedAt) metrics.eventDelivered(transport, (Date.now() - storedAt) / 1000);
    },
    maskError: (error) => maskError(error, 'Unexpected error.'),
  });
  const trustedDocuments = loadTrustedDocuments(
    config.trustedDocuments.mode,
    config.trustedDocuments.manifestPath,
  );
  const yoga = createGatewayYoga({
    schema: buildSchema(),
    acs: (signal) => {
      const bound = ports.forRequest(signal);
      return { rooms: deps.acs?.rooms ?? bound.rooms, calls: deps.acs?.calls ?? bound.calls };
    },
    eventLog,
    incomingCalls,
    logger,
    callbacks: callbackCapabilities,
    transportUrlAllowedHosts: config.callbacks.transportUrlAllowedHosts,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
    shutdown: shutdown.signal,
    authenticator,
    ...(deps.tracing ? { tracing: deps.tracing } : {}),
    limits: config.limits,
    introspection: config.browser.introspection,
    originPolicy,
    rateLimitStore: deps.rateLimitStore ?? createMemoryRateLimitStore(),
    fanout,
    maskError,
    pageCursors: createPageCursors(config.cursorKey),
    background,
    outcomes: createOutcomeAwaits({
      eventLog,
      maxPerSubject: config.limits.maxOutcomeAwaitsPerSubject,
      shutdown: shutdown.signal,
      onOpenChange: (delta) => metrics.outcomeAwaits(delta),
      onEnded: (ending) => metrics.outcomeAwaitEnded(ending),
    }),
    trustedDocuments,
  });
  // ACS signs callbacks and media WebSockets with the same keys: one verifier, one key cache.
  const acsTokenVerifier = createCallbackTokenVerifier(callbackAuth);
  const receiver = createCallbackReceiver({
    log: eventLog,
    verifier: acsTokenVerifier,
    capabilities: callbackCapabilities,
    secret: config.callbacks.secret,
    maxBodyBytes: config.callbacks.maxBodyBytes,
    logger: logger.child({ component: 'callbacks' }),
    onEventsStored: (count) => metrics.callbackEvents('stored', count),
    onDuplicates: (count) => metrics.callbackEvents('duplicate', count),
    onRefused: (reason) => metrics.callbackRefused(reason),
  });
  const server = createHttpServer({
    metrics,
    metricsRoute: config.metrics.port === null ? { access: createMetricsAccess(authenticator) } : null,
    yoga,
    callbacks: receiver,
    eventGrid: createEventGridReceiver({
      log: eventLog,
      incomingCalls,
      secret: config.callMedia.eventGridSecret,
      maxBodyBytes: config.callbacks.maxBodyBytes,
      logger: logger.child({ component: 'eventgrid' }),
    }),
    recordingContent: createRecordingContentRoute({
      calls: deps.acs?.calls ?? ports.calls,
      authenticator,
      logger: logger.child({ component: 'recordings' }),
    }),
    ready: () => eventLog.ping(),
    draining: () => shutdown.signal.aborted,
    logger,
    requestScope,
    limits: config.limits,
    originPolicy,
    hostPolicy,
    graphiql: config.browser.graphiql ? createGraphiQLAsset() : null,
    ...(deps.console && config.environment === 'development'
      ? { console: createConsoleRoute(deps.console) }
      : {}),
  });
  const transcription = createTranscriptionReceiver({
    log: eventLog,
    verifier: acsTokenVerifier,
    capabilities: callbackCapabilities,
    secret: config.callbacks.secret,
    maxMessageBytes: config.callbacks.maxBodyBytes,
    logger: logger.child({ component: 'transcription' }),
  });
  const ws = attachGraphQLWs({
    upgrades: { '/api/media/transcription': transcription.handleUpgrade },
    server,
    yoga,
    logger,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
    authenticator,
    limits: config.limits,
    originPolicy,
    hostPolicy,
    serialize: fanout.serialize,
    trustedDocuments,
    maskError: (error) => maskError(error, 'Unexpected error.'),
  });

  // The uncounted log: a scrape is not an event log operation (the Redis command metrics see its PING).
  metrics.readinessProbe(async () => {
    if (shutdown.signal.aborted) throw new Error('shutting down');
    await deps.eventLog.ping();
  });

  const metricsServer = config.metrics.port === null ? null : createMetricsServer(metrics);
  let metricsUrl: string | null = null;

  let stopping: Promise<void> | undefined;
  return {
    get url() {
      return url;
    },
    get callbackUrl() {
      return callbackUrl;
    },
    get metricsUrl() {
      return metricsUrl;
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
      callbackUrl = publicUrl(address.port, '/api/callbacks');
      transcriptionTransportUrl = publicUrl(address.port, '/api/media/transcription', true);
      if (metricsServer) metricsUrl = await listenForMetrics(metricsServer, config.metrics);
      logger.info({ url, callbackUrl: callbackUrl.replace(/\?.*$/, ''), metricsUrl }, 'gateway listening');
      for (const warning of securityWarnings(config)) logger.warn({ security: true }, `SECURITY: ${warning}`);
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
        await Promise.all([ws.close(config.shutdownGraceMs), transcription.close()]);
        if ((await Promise.race([closed, graceOver])) === 'grace over') {
          logger.warn('grace period over: closing the connections still open');
          server.closeAllConnections();
          await closed;
        }
        clearTimeout(timer);
        clearInterval(sweep);
        // Requests are over: what they left running in the background is cancelled before the log it writes closes.
        await background.stop();
        if (metricsServer?.listening) {
          metricsServer.closeAllConnections();
          await new Promise((resolve) => metricsServer.close(resolve));
        }
        await Promise.all([eventLog.close(), incomingCallStore.close()]);
        await deps.tracing?.shutdown();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}

/** Starts the metrics listener; resolves with its `/metrics` URL. */
async function listenForMetrics(server: Server, at: Config['metrics']): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(at.port ?? 0, at.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = at.host && at.host !== '0.0.0.0' && at.host !== '::' ? address : 'localhost';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`;
}

/** The same incoming-call log, telling `count` each call offered (stored) and settled by this replica. */
function countingIncomingCalls(
  log: IncomingCallLog,
  count: (outcome: IncomingCallOutcome) => void,
): IncomingCallLog {
  return {
    ...log,
    async ring(eventId, call) {
      await log.ring(eventId, call);
      count('offered');
    },
    async answered(call, callConnectionId) {
      await log.answered(call, callConnectionId);
      count('answered');
    },
    async ended(call, reason) {
      await log.ended(call, reason);
      count(reason);
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
    getCallSummary: (id) => count(log.getCallSummary(id)),
    linkServerCall: (serverCallId, id) => count(log.linkServerCall(serverCallId, id)),
    callOfServerCall: (serverCallId) => count(log.callOfServerCall(serverCallId)),
    recordRecordingFiles: (recordingId, files) => count(log.recordRecordingFiles(recordingId, files)),
    getRecordingFiles: (recordingId) => count(log.getRecordingFiles(recordingId)),
    updateCallbackRecord: (id, fields, options) => count(log.updateCallbackRecord(id, fields, options)),
    ping: () => count(log.ping()),
    close: () => log.close(),
  };
}
