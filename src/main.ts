/**
 * Composition root (`npm start`): config → (embedded emulator) → event log → gateway → signals.
 * The only module that reads `process.env` and the only `src/` module that imports the emulator.
 */

import { createClient, createCluster } from 'redis';
import { createEmulator, type Emulator } from '../emulator/src/index.ts';
import { type App, createApp } from './app.ts';
import { createRedisRateLimitStore, type RateLimitRedis } from './auth/rate-limit.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import type { CallEventLog } from './events/log.ts';
import { createMemoryCallEventLog } from './events/memory-log.ts';
import { createRedisCallEventLog } from './events/redis-log.ts';
import { createLogger } from './logger.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });

  let emulator: Emulator | undefined;
  if (config.acs.mode === 'emulator') {
    emulator = createEmulator({
      port: config.acs.emulatorPort,
      onError: (error) => logger.error({ err: error }, 'emulator error'),
    });
    await emulator.start();
    logger.info(
      { emulatorUrl: emulator.url },
      `no ACS_CONNECTION_STRING or ACS_ENDPOINT: started the embedded ACS emulator at ${emulator.url}`,
    );
  }

  const eventLog: CallEventLog = config.redis
    ? await createRedisCallEventLog({
        url: config.redis.url,
        cluster: config.redis.cluster,
        keyPrefix: config.eventLog.keyPrefix,
        maxEventsPerCall: config.eventLog.maxEventsPerCall,
        ttlSeconds: config.eventLog.ttlSeconds,
        logger: logger.child({ component: 'event-log' }),
      })
    : createMemoryCallEventLog({
        maxEventsPerCall: config.eventLog.maxEventsPerCall,
        ttlSeconds: config.eventLog.ttlSeconds,
      });
  logger.info({ eventLog: config.redis ? 'redis' : 'memory' }, 'event log ready');

  // Mutation rates are shared by every replica through Redis when there is one.
  let rateLimitRedis: { close(): Promise<void> } | undefined;
  let rateLimitStore: ReturnType<typeof createRedisRateLimitStore> | undefined;
  if (config.redis) {
    const socket = { connectTimeout: 5_000 };
    const redis = config.redis.cluster
      ? createCluster({
          rootNodes: config.redis.url.split(',').map((url) => ({ url: url.trim() })),
          defaults: { socket },
        })
      : createClient({ url: config.redis.url, socket });
    redis.on('error', (error: unknown) => logger.warn({ err: error }, 'rate-limit Redis connection error'));
    await redis.connect();
    rateLimitRedis = redis;
    rateLimitStore = createRedisRateLimitStore(redis as unknown as RateLimitRedis, config.eventLog.keyPrefix);
  }

  const app: App = createApp(config, {
    eventLog,
    logger,
    ...(rateLimitStore ? { rateLimitStore } : {}),
    ...(emulator
      ? {
          acsTarget: {
            connectionString: emulator.connectionString,
            resourceId: emulator.resourceId,
            issuer: emulator.issuer,
            jwksUrl: emulator.jwksUrl,
          },
        }
      : {}),
  });
  await app.start();
  logger.info({ graphiql: `${app.url}/graphql` }, `GraphiQL: ${app.url}/graphql`);

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    void (async () => {
      try {
        await app.stop();
        await rateLimitRedis?.close();
        await emulator?.stop();
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
