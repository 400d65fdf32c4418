import { AsyncLocalStorage } from 'node:async_hooks';
import type { AddressInfo } from 'node:net';
import { createAcsPorts } from './acs/clients.ts';
import type { CallsPort, RoomsPort } from './acs/ports.ts';
import { ACS_CALLBACK_DEFAULTS, type Config } from './config.ts';
import { createCallbackTokenVerifier } from './events/callback-auth.ts';
import { createCallbackReceiver } from './events/callbacks.ts';
import type { CallEventLog } from './events/log.ts';
import type { Logger } from './logger.ts';
import { buildSchema } from './schema/index.ts';
import { createHttpServer } from './server/http.ts';
import { createMetrics } from './server/metrics.ts';
import { createSubscriptionFanout } from './server/subscription-fanout.ts';
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
 * The gateway: `/graphql` (yoga over HTTP + graphql-ws), `POST /api/callbacks`, `/healthz`, `/readyz`, `/metrics`.
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
  const retries = { maxRetries: config.acsMaxRetries };
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
        retries,
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
      retries,
    );
  }
  const rooms = deps.acs?.rooms ?? ports?.rooms;
  const calls = deps.acs?.calls ?? ports?.calls;
  if (!rooms || !calls) throw new Error('createApp: no ACS ports');

  let url = '';
  let callbackUrl = '';
  const resolveCallbackUrl = (listeningPort: number) => {
    const base = new URL(config.publicBaseUrl);
    if (base.port === '0') base.port = String(listeningPort);
    const path = `${base.origin}${base.pathname.replace(/\/+$/, '')}/api/callbacks`;
    return config.callbacks.secret ? `${path}?secret=${encodeURIComponent(config.callbacks.secret)}` : path;
  };

  const metrics = createMetrics();
  const fanout = createSubscriptionFanout({ onEventExecuted: () => metrics.subscriptionEventExecuted() });
  const yoga = createGatewayYoga({
    schema: buildSchema(),
    rooms,
    calls,
    eventLog,
    logger,
    callbackUrl: () => callbackUrl,
    requestScope,
    subscriptionLimits: config.subscriptions,
    metrics,
    fanout,
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
    ready: async () => {
      await eventLog.readLast('switchboard-readyz', 1);
    },
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
    serialize: fanout.serialize,
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
        await ws.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await eventLog.close();
        logger.info('gateway stopped');
      })();
      return stopping;
    },
  };
}
