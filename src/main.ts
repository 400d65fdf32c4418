/**
 * Composition root (`npm start`): config → (embedded emulator) → event log → gateway → signals.
 * The only module that reads `process.env` and the only `src/` module that imports the emulator.
 */
import { createEmulator, type Emulator } from '../emulator/src/index.ts';
import { type App, createApp } from './app.ts';
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

  const app: App = createApp(config, {
    eventLog,
    logger,
    ...(emulator
      ? {
          recordingStorageOrigin: emulator.url,
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
