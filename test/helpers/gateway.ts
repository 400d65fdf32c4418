import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { EmulatorOptions } from '../../emulator/src/index.ts';
import { type App, type AppDeps, createApp } from '../../src/app.ts';
import { createMemoryRateLimitStore, createRedisRateLimitStore } from '../../src/auth/rate-limit.ts';
import { loadConfig } from '../../src/config.ts';
import { INCOMING_CALL_LOG_SETTINGS } from '../../src/events/incoming-calls.ts';
import type { CallEventLog } from '../../src/events/log.ts';
import { createMemoryCallEventLog } from '../../src/events/memory-log.ts';
import { connectRedis } from '../../src/events/redis-commands.ts';
import { createRedisCallEventLog } from '../../src/events/redis-log.ts';
import { createLogger } from '../../src/logger.ts';
import { createConsoleBuilder } from '../../src/server/console.ts';
import { createMetrics } from '../../src/server/metrics.ts';
import { waitFor } from './async.ts';
import { type StartedEmulator, startEmulator } from './emulator.ts';
import { testRedisUrl, uniqueKeyPrefix } from './redis.ts';

export interface GatewayStackOptions {
  /**
   * Use Redis instead of the in-memory event log: `true` is the run's Redis with a unique key prefix; an object
   * picks another Redis (`url`, e.g. a private redis-server) and/or a `keyPrefix` (two stacks given the same
   * prefix are two replicas of one gateway; `cluster: true` with comma-separated seed `url`s is a Redis Cluster).
   * @default false
   */
  redis?: boolean | { url?: string; keyPrefix?: string; cluster?: boolean };
  /** Options of the emulator (timing, page size, …). */
  emulator?: EmulatorOptions;
  /**
   * Extra gateway environment, as `loadConfig` reads it (e.g. `{ CALLBACK_SECRET: 's3cret' }`). The stack sets
   * `PORT=0`, `HOST=127.0.0.1`, `PUBLIC_BASE_URL=http://127.0.0.1:0` (the gateway's own port), the emulator's
   * `ACS_*` variables, and `ACS_MAX_RETRIES=0` so injected 429/5xx faults surface at once.
   */
  env?: Record<string, string>;
  /** Replaces the SDK-backed ports (to provoke failures the emulator cannot produce). */
  acs?: AppDeps['acs'];
  /** Tracing given to the gateway (e.g. `createOtlpTracing` pointed at a local receiver). */
  tracing?: AppDeps['tracing'];
  /**
   * Where per-subject rates are counted (e.g. a store shared by two stacks). @default with `redis`, Redis under the
   * stack's key prefix (as main.ts wires it); otherwise this stack's memory
   */
  rateLimitStore?: AppDeps['rateLimitStore'];
  /** Wraps the event log the gateway gets (e.g. a real log whose store fails on chosen calls). */
  wrapEventLog?: (log: CallEventLog) => CallEventLog;
  /** Event log settings. @default { maxEventsPerCall: 1000, ttlSeconds: 3600 } */
  eventLog?: { maxEventsPerCall?: number; ttlSeconds?: number };
  /**
   * Wire the gateway to this running emulator instead of starting one, and listen on `port` instead of 0: with
   * the same Redis `keyPrefix`, a gateway restarted at the same address (callbacks keep reaching it).
   */
  restartOf?: { emulator: StartedEmulator; port: number };
  /**
   * Serve the live call console from `dir` at `/console`, with the emulator's control API as its dev tools;
   * `build: true` builds it there from the sources when missing or stale, as `npm start` does.
   */
  console?: { dir: string; build?: boolean };
}

/** A GraphQL result whose `data` is typed by the operation document. */
export type GraphQLResult<TData> = ExecutionResult<TData, { code?: string } & Record<string, unknown>>;

export interface GatewayStack extends GatewayClient {
  /** The gateway (`createApp`), started on port 0; stopped after the test. */
  gateway: App;
  /** The emulator with real SDK clients and its control API (see test/helpers/emulator.ts). */
  emulator: StartedEmulator;
  /** The gateway's event log (memory, or Redis with `options.redis`). */
  eventLog: CallEventLog;
  /** Every log line the gateway wrote (JSON), for asserting on logs (e.g. that secrets are redacted). */
  logs: string[];
}

/** Real clients (HTTP POST, graphql-ws) of a gateway at `url`, in this process or another. */
export interface GatewayClient {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** `<url>/graphql`. */
  graphqlUrl: string;
  /** POSTs a typed (codegen) operation to `/graphql`; resolves with the parsed result, errors included. */
  graphql<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<GraphQLResult<TData>>;
  /** POSTs raw GraphQL text (for requests the typed documents cannot express, e.g. invalid ones). */
  graphqlText(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResult<Record<string, unknown>> }>;
  /** A real `graphql-ws` client over `ws` to `/graphql`; disposed after the test. */
  wsClient(options?: { connectionParams?: Record<string, unknown> }): Client;
  /**
   * Subscribes over graphql-ws with a typed document; `results` fills as events arrive, `next(n)` waits for
   * the n-th result. Unsubscribed after the test.
   */
  subscribe<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): WsSubscription<TData>;
}

export interface WsSubscription<TData> {
  readonly results: GraphQLResult<TData>[];
  /** Resolves once at least `count` results arrived (bounded: rejects after `timeoutMs`, default 5 s). */
  waitForResults(count: number, timeoutMs?: number): Promise<GraphQLResult<TData>[]>;
  /** Resolves when the server completes the subscription or it errors; rejects on a transport error. */
  readonly done: Promise<void>;
  unsubscribe(): void;
}

/**
 * Starts an emulator and a gateway wired to it — real SDKs over HTTP, HMAC auth, signed callbacks landing on
 * the gateway's `POST /api/callbacks` — both on port 0, both stopped after the test (via `disposers`).
 *
 * ```ts
 * const disposers = useDisposers();
 * const stack = await startGatewayStack(disposers);
 * const result = await stack.graphql(CreateRoomDocument, { input: {} });
 * ```
 */
export async function startGatewayStack(
  disposers: { add(dispose: () => unknown): void },
  options: GatewayStackOptions = {},
): Promise<GatewayStack> {
  const emulator = options.restartOf?.emulator ?? (await startEmulator(disposers, options.emulator));
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        callback();
      },
    }),
  });
  const config = loadConfig({
    PORT: String(options.restartOf?.port ?? 0),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: 'http://127.0.0.1:0',
    ACS_MAX_RETRIES: '0',
    ...emulator.emulator.env(),
    ...options.env,
  });
  const maxEventsPerCall = options.eventLog?.maxEventsPerCall ?? 1000;
  const ttlSeconds = options.eventLog?.ttlSeconds ?? 3600;
  const redis = options.redis === true ? {} : options.redis || null;
  // As main.ts: made before the app, so the Redis event log's commands are measured too.
  const metrics = createMetrics();
  const keyPrefix = redis ? (redis.keyPrefix ?? uniqueKeyPrefix('gateway')) : '';
  // As main.ts: one command and one subscriber connection for both logs and the rate-limit store, closed after
  // the gateway stops (disposers run last registered first).
  const connection = redis
    ? await connectRedis({
        url: redis.url ?? testRedisUrl(),
        cluster: redis.cluster ?? false,
        commandTimeoutMs: config.eventLog.redisCommandTimeoutMs,
        logger: logger.child({ component: 'redis' }),
      })
    : undefined;
  if (connection) disposers.add(() => connection.close());
  const eventLog = connection
    ? await createRedisCallEventLog({
        redis: connection,
        keyPrefix,
        maxEventsPerCall,
        ttlSeconds,
        logger: logger.child({ component: 'event-log' }),
        onCommand: metrics.redisCommand,
      })
    : createMemoryCallEventLog({ maxEventsPerCall, ttlSeconds });
  // With Redis, incoming calls get their own log under the stack's prefix (as main.ts wires it).
  const incomingCallLog = connection
    ? await createRedisCallEventLog({
        redis: connection,
        keyPrefix: `${keyPrefix}incoming:`,
        ...INCOMING_CALL_LOG_SETTINGS,
        logger: logger.child({ component: 'incoming-call-log' }),
      })
    : undefined;
  const rateLimitStore =
    options.rateLimitStore ??
    (connection
      ? createRedisRateLimitStore(connection, keyPrefix, {
          commandTimeoutMs: config.eventLog.redisCommandTimeoutMs,
          fallback: createMemoryRateLimitStore(),
        })
      : undefined);
  const gateway = createApp(config, {
    eventLog: options.wrapEventLog ? options.wrapEventLog(eventLog) : eventLog,
    ...(incomingCallLog ? { incomingCallLog } : {}),
    logger,
    metrics,
    // Recording files are named on an ACS media host; the emulator serves them (as main.ts wires it).
    recordingStorageOrigin: emulator.emulator.url,
    ...(options.acs ? { acs: options.acs } : {}),
    ...(options.console
      ? {
          console: {
            dir: options.console.dir,
            devTools: { emulatorControlUrl: `${emulator.emulator.url}/emulator` },
            ...(options.console.build
              ? {
                  builder: createConsoleBuilder({
                    root: fileURLToPath(new URL('../..', import.meta.url)),
                    outDir: options.console.dir,
                    logger,
                    env: process.env,
                  }),
                }
              : {}),
          },
        }
      : {}),
    ...(options.tracing ? { tracing: options.tracing } : {}),
    ...(rateLimitStore ? { rateLimitStore } : {}),
  });
  await gateway.start();
  disposers.add(() => gateway.stop());
  const url = gateway.url.replace('localhost', '127.0.0.1');
  return { gateway, emulator, eventLog, logs, ...gatewayClient(disposers, url) };
}

/**
 * Clients of the gateway at `url` (e.g. one started as a separate process); every WebSocket client and
 * subscription is disposed after the test.
 */
export function gatewayClient(disposers: { add(dispose: () => unknown): void }, url: string): GatewayClient {
  const graphqlUrl = `${url}/graphql`;

  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as GraphQLResult<Record<string, unknown>>,
    };
  };

  const wsClient: GatewayStack['wsClient'] = (clientOptions = {}) => {
    const client = createClient({
      url: graphqlUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      ...(clientOptions.connectionParams ? { connectionParams: clientOptions.connectionParams } : {}),
    });
    disposers.add(() => client.dispose());
    return client;
  };

  return {
    url,
    graphqlUrl,
    async graphql(document, ...variables) {
      return (await post(print(document), variables[0])).body as never;
    },
    graphqlText: post,
    wsClient,
    subscribe<TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ): WsSubscription<TData> {
      const client = wsClient();
      const results: GraphQLResult<TData>[] = [];
      let unsubscribe = () => {};
      const done = new Promise<void>((resolve, reject) => {
        unsubscribe = client.subscribe<TData>(
          { query: print(document), variables },
          {
            next: (result) => results.push(result as GraphQLResult<TData>),
            error: (error) => (error instanceof Error ? reject(error) : resolve()),
            complete: () => resolve(),
          },
        );
      });
      done.catch(() => {});
      disposers.add(() => unsubscribe());
      return {
        results,
        done,
        unsubscribe: () => unsubscribe(),
        async waitForResults(count, timeoutMs = 5_000) {
          await waitFor(() => results.length >= count, { timeoutMs, what: `${count} subscription results` });
          return results;
        },
      };
    },
  };
}

/**
 * Narrows a union result (`CreateRoomResult`, …) to the member named `typename`, failing the test with the
 * actual value otherwise: `const { room } = expectTypename(result.data?.createRoom, 'CreateRoomPayload');`
 */
export function expectTypename<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (!value || value.__typename !== typename) {
    throw new Error(`expected a ${typename}, got ${JSON.stringify(value)}`);
  }
  return value as Extract<T, { __typename?: N }>;
}
