/**
 * Composition root (`npm start`, `npm run start:prod`): config → (local emulator, development only) →
 * event log → gateway → signals. The only module that reads `process.env` and the only `src/` module that
 * knows the emulator exists; it loads it with a dynamic `import()` only when it starts it, so production
 * never loads it.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type App, createApp } from './app.ts';
import { createMemoryRateLimitStore, createRedisRateLimitStore } from './auth/rate-limit.ts';
import { ConfigError, loadConfig } from './config.ts';
import type { Config } from './config-model.ts';
import { INCOMING_CALL_LOG_SETTINGS } from './events/incoming-calls.ts';
import type { CallEventLog } from './events/log.ts';
import { createMemoryCallEventLog } from './events/memory-log.ts';
import { connectRedis } from './events/redis-commands.ts';
import { createRedisCallEventLog } from './events/redis-log.ts';
import { createLogger, type Logger } from './logger.ts';
import { createConsoleBuilder } from './server/console.ts';
import { createMetrics } from './server/metrics.ts';

/**
 * The built artifact (`npm run start:prod`, the Docker image) runs `dist/src/main.js`: it is production unless
 * NODE_ENV says otherwise, so a forgotten NODE_ENV cannot open the API and start an emulator.
 */
const BUILT = import.meta.url.endsWith('.js');

/** Exits 1 with every configuration problem, one per line. */
function loadConfigOrExit(env: Record<string, string | undefined>): Config {
  try {
    return loadConfig(env, { defaultEnvironment: BUILT ? 'production' : 'development' });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Development without ACS settings: starts the embedded emulator and returns the config loaded again with
 * its settings (connection string, resource id, callback issuer and keys), as if they had been exported.
 */
async function startLocalAcs(
  config: Config,
  logger: Logger,
): Promise<{
  config: Config;
  url: string;
  controlUrl: string;
  /** Subscribes the gateway's `/api/eventgrid` to the emulator's Event Grid (recording files, incoming calls). */
  subscribeEventGrid(gatewayUrl: string): Promise<void>;
  stop(): Promise<void>;
}> {
  const { createEmulator } = await import('../emulator/src/index.ts');
  const emulator = createEmulator({
    port: config.localAcsPort,
    onError: (error) => logger.error({ err: error }, 'emulator error'),
  });
  await emulator.start();
  logger.warn(
    { emulatorUrl: emulator.url },
    `DEVELOPMENT ONLY: no ACS_CONNECTION_STRING or ACS_ENDPOINT, so ACS is the embedded emulator at ${emulator.url}. ` +
      'Nothing reaches Azure. Set NODE_ENV=production and the ACS settings to run for real.',
  );
  // Recording files reach the gateway through Event Grid, as from ACS: a secret of this run's own unless set.
  const eventGridSecret = process.env.EVENTGRID_SECRET || randomBytes(16).toString('hex');
  return {
    config: loadConfigOrExit({
      // Text-to-speech and speech recognition need an Azure AI services endpoint; the emulator only checks that
      // one is named, so the embedded defaults name the emulator itself unless the environment names another.
      ACS_COGNITIVE_SERVICES_ENDPOINT: `${emulator.url}/cognitive-services/`,
      ...process.env,
      ...emulator.env(),
      EVENTGRID_SECRET: eventGridSecret,
    }),
    url: emulator.url,
    controlUrl: `${emulator.url}/emulator`,
    subscribeEventGrid: (gatewayUrl) =>
      emulator.control.subscribeEventGrid(
        `${gatewayUrl}/api/eventgrid?secret=${encodeURIComponent(eventGridSecret)}`,
      ),
    stop: () => emulator.stop(),
  };
}

async function main(): Promise<void> {
  let config = loadConfigOrExit(process.env);
  const logger = createLogger({ level: config.logLevel });
  for (const warning of config.warnings) logger.warn(`configuration: ${warning}`);
  logger.info({ environment: config.environment }, `environment: ${config.environment}`);

  const localAcs = config.acs ? undefined : await startLocalAcs(config, logger);
  if (localAcs) config = localAcs.config;

  // Made here, not in createApp, so the event log's Redis commands are measured too.
  const metrics = createMetrics();
  // One command and one subscriber connection (or one cluster client) for everything kept in Redis: both logs
  // and the rate-limit store. Closed once the app has stopped.
  const redis = config.redis
    ? await connectRedis({
        url: config.redis.url,
        cluster: config.redis.cluster,
        commandTimeoutMs: config.eventLog.redisCommandTimeoutMs,
        logger: logger.child({ component: 'redis' }),
      })
    : undefined;
  const eventLog: CallEventLog = redis
    ? await createRedisCallEventLog({
        redis,
        keyPrefix: config.eventLog.keyPrefix,
        maxEventsPerCall: config.eventLog.maxEventsPerCall,
        ttlSeconds: config.eventLog.ttlSeconds,
        logger: logger.child({ component: 'event-log' }),
        onCommand: metrics.redisCommand,
      })
    : createMemoryCallEventLog({
        maxEventsPerCall: config.eventLog.maxEventsPerCall,
        ttlSeconds: config.eventLog.ttlSeconds,
      });
  // Incoming calls have a log of their own (a key prefix of their own), shared by every replica like call events.
  const incomingCallLog: CallEventLog | undefined = redis
    ? await createRedisCallEventLog({
        redis,
        keyPrefix: `${config.eventLog.keyPrefix}incoming:`,
        ...INCOMING_CALL_LOG_SETTINGS,
        logger: logger.child({ component: 'incoming-call-log' }),
      })
    : undefined;
  if (config.redis) logger.info({ eventLog: 'redis' }, 'event log ready');
  else logger.warn({ eventLog: 'memory' }, 'event log in memory: events are not shared with other replicas');

  // OpenTelemetry is loaded only when traces have somewhere to go.
  const tracing = config.otlpEndpoint
    ? (await import('./server/otel.ts')).createOtlpTracing({ endpoint: config.otlpEndpoint })
    : undefined;
  if (tracing) logger.info({ otlpEndpoint: config.otlpEndpoint }, 'tracing: exporting spans over OTLP/HTTP');

  // Mutation rates are shared by every replica through Redis when there is one.
  const rateLimitStore = redis
    ? createRedisRateLimitStore(redis, config.eventLog.keyPrefix, {
        commandTimeoutMs: config.eventLog.redisCommandTimeoutMs,
        fallback: createMemoryRateLimitStore(),
      })
    : undefined;

  // src/main.ts (tsx) or dist/src/main.js (built): the workspace root holds console/ and client/.
  const root = fileURLToPath(new URL(BUILT ? '../..' : '..', import.meta.url));
  const app: App = createApp(config, {
    eventLog,
    ...(incomingCallLog ? { incomingCallLog } : {}),
    logger,
    metrics,
    ...(tracing ? { tracing } : {}),
    ...(rateLimitStore ? { rateLimitStore } : {}),
    console: {
      dir: join(root, 'console/dist'),
      // Opaque to the gateway: the console's buttons that drive the embedded emulator (test users, key presses).
      devTools: localAcs ? { emulatorControlUrl: localAcs.controlUrl } : null,
      // Development serves the console built from its current sources: a page load builds it when it is
      // missing or older than them. Production never builds (nor serves) it.
      ...(config.environment === 'development'
        ? {
            builder: createConsoleBuilder({
              root,
              logger: logger.child({ component: 'console' }),
              env: process.env,
            }),
          }
        : {}),
    },
    // Recording files are named on an ACS media host; the local emulator serves them itself.
    ...(localAcs ? { recordingStorageOrigin: localAcs.url } : {}),
  });
  await app.start();
  await localAcs
    ?.subscribeEventGrid(app.url)
    .catch((error: unknown) => logger.warn({ err: error }, 'emulator: Event Grid subscription failed'));
  logger.info({ graphiql: `${app.url}/graphql` }, `GraphiQL: ${app.url}/graphql`);
  if (localAcs) {
    logger.info(
      `Incoming calls: POST ${localAcs.controlUrl}/incoming-calls {"from":"+14255550123","to":"+18005550100"}`,
    );
  }
  if (config.environment === 'development') logger.info(`Live call console: ${app.url}/console/`);

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    // A drain that overruns its grace period (e.g. a hung event log close) must not block the deploy.
    setTimeout(() => {
      logger.error('shutdown overran SHUTDOWN_GRACE_MS by 5 s: exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 5_000).unref();
    void (async () => {
      try {
        await app.stop();
        await redis?.close();
        await localAcs?.stop();
        process.exit(0);
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      }
    })();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('switchboard failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
