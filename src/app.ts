import { AsyncLocalStorage } from 'node:async_hooks';
import type { AddressInfo } from 'node:net';
import { createAcsPorts } from './acs/clients.ts';
import type { CallsPort, RoomsPort } from './acs/ports.ts';
import { ACS_CALLBACK_DEFAULTS, type Config } from './config.ts';
import { createCallbackTokenVerifier } from './events/callback-auth.ts';
import { createCallbackReceiver } from './events/callbacks.ts';
import { createEventGridReceiver } from './events/eventgrid.ts';
import type { CallEventLog } from './events/log.ts';
import { createTranscriptionReceiver } from './events/transcription.ts';
import type { Logger } from './logger.ts';
import { buildSchema } from './schema/index.ts';
import { createHttpServer } from './server/http.ts';
import { createMetrics } from './server/metrics.ts';
import { createRecordingContentRoute } from './server/recording-content.ts';
import { attachGraphQLWs } from './server/ws.ts';
import type { RequestScope } from './server/yoga.ts';
import { createGatewayYoga } from './server/yoga.ts';

/**
 * Where ACS is when it is not in `config.acs` — the local emulator that `main.ts` started (config mode
 * `emulator`) — given as plain settings, so that nothing in `src/` but `main.ts` knows it is an emulator.
 */
export interface AcsTargetOverride {
  connectionString: string;
  /** The `aud` of callback tokens. */
  resourceId: string;
  /** The `iss` of callback tokens. */
  issuer: string;
  jwksUrl: string;
}

/** What `createApp` is given besides config: everything with a lifecycle or an identity of its own. */
export interface AppDeps {
  /** The call event log; `stop()` closes it. */
  eventLog: CallEventLog;
  logger: Logger;
  /** Required when `config.acs.mode` is `emulator`; ignored otherwise. */
  acsTarget?: AcsTargetOverride;
  /**
   * Where an ACS stand-in (the local emulator) serves recording files named on an ACS media host; see
   * `AcsClientOptions.recordingStorageOrigin`. Only main.ts (embedded emulator) and tests set it.
   */
  recordingStorageOrigin?: string;
  /** Replaces the SDK-backed ports (tests that need a failure the emulator cannot produce). */
  acs?: { rooms?: RoomsPort; calls?: CallsPort };
}

export interface App {
  /** Listens on `config.port` (0: any free port) and `config.host`. */
  start(): Promise<void>;
  /** Closes WebSocket clients, the HTTP server and the event log. Idempotent. */
  stop(): Promise<void>;
  /** `http://<host>:<port>` once started. */
  readonly url: string;
  /** `<publicBaseUrl>/api/callbacks[?secret=…]`: what ACS is told to call. */
  readonly callbackUrl: string;
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
  const { logger, eventLog } = deps;
  const requestScope = new AsyncLocalStorage<RequestScope>();

  let callbackAuth: { issuer: string; jwksUrl: string; audience: string };
  let ports: { rooms: RoomsPort; calls: CallsPort } | undefined;
  const acsOptions = {
    maxRetries: config.acsMaxRetries,
    cognitiveServicesEndpoint: config.callMedia.cognitiveServicesEndpoint,
    recordingStorageOrigin: deps.recordingStorageOrigin ?? null,
  };
  if (config.acs.mode === 'emulator') {
    const target = deps.acsTarget;
    if (!target && !(deps.acs?.rooms && deps.acs.calls)) {
      throw new Error('createApp: config.acs.mode is "emulator" but deps.acsTarget was not given');
    }
    callbackAuth = {
      issuer: config.callbacks.issuer ?? target?.issuer ?? ACS_CALLBACK_DEFAULTS.issuer,
      jwksUrl: config.callbacks.jwksUrl ?? target?.jwksUrl ?? ACS_CALLBACK_DEFAULTS.jwksUrl,
      audience: target?.resourceId ?? '',
    };
    if (target)
      ports = createAcsPorts(
        { kind: 'connectionString', connectionString: target.connectionString },
        acsOptions,
      );
  } else {
    callbackAuth = {
      issuer: config.callbacks.issuer ?? ACS_CALLBACK_DEFAULTS.issuer,
      jwksUrl: config.callbacks.jwksUrl ?? ACS_CALLBACK_DEFAULTS.jwksUrl,
      audience: config.acs.resourceId,
    };
    ports = createAcsPorts(
      config.acs.mode === 'connectionString'
        ? { kind: 'connectionString', connectionString: config.acs.connectionString }
        : { kind: 'entraId', endpoint: config.acs.endpoint },
      acsOptions,
    );
  }
  const rooms = deps.acs?.rooms ?? ports?.rooms;
  const calls = deps.acs?.calls ?? ports?.calls;
  if (!rooms || !calls) throw new Error('createApp: no ACS ports');

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

  const metrics = createMetrics();
  const yoga = createGatewayYoga({
    schema: buildSchema(),
    rooms,
    calls,
    eventLog,
    logger,
    callbackUrl: () => callbackUrl,
    transcriptionTransportUrl: () => transcriptionTransportUrl,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
  });
  // ACS signs callbacks and media WebSockets with the same keys: one verifier, one key cache.
  const acsTokenVerifier = createCallbackTokenVerifier(callbackAuth);
  const receiver = createCallbackReceiver({
    log: eventLog,
    verifier: acsTokenVerifier,
    secret: config.callbacks.secret,
    maxBodyBytes: config.callbacks.maxBodyBytes,
    logger: logger.child({ component: 'callbacks' }),
    onEventsStored: (count) => metrics.callbackEventsStored(count),
  });
  const server = createHttpServer({
    metrics,
    yoga,
    callbacks: receiver,
    eventGrid: createEventGridReceiver({
      log: eventLog,
      secret: config.callMedia.eventGridSecret,
      maxBodyBytes: config.callbacks.maxBodyBytes,
      logger: logger.child({ component: 'eventgrid' }),
    }),
    recordingContent: createRecordingContentRoute({
      calls,
      logger: logger.child({ component: 'recordings' }),
    }),
    ready: async () => {
      await eventLog.readLast('switchboard-readyz', 1);
    },
    logger,
    requestScope,
  });
  const transcription = createTranscriptionReceiver({
    log: eventLog,
    verifier: acsTokenVerifier,
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
      callbackUrl = publicUrl(address.port, '/api/callbacks');
      transcriptionTransportUrl = publicUrl(address.port, '/api/media/transcription', true);
      logger.info({ url, callbackUrl: callbackUrl.replace(/\?.*$/, '') }, 'gateway listening');
    },
    stop() {
      stopping ??= (async () => {
        await ws.close();
        await transcription.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await eventLog.close();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}
