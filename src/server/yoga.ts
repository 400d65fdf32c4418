import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { CallsPort, RoomsPort } from '../acs/ports.ts';
import type { CallEventLog } from '../events/log.ts';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql.ts';
import type { GatewayMetrics } from './metrics.ts';
import { useSseSubscriptions } from './sse-subscriptions.ts';
import type { SubscriptionFanout } from './subscription-fanout.ts';

/** What is known about the HTTP request (or WebSocket operation) being served; kept per async flow. */
export interface RequestScope {
  requestId: string;
}

/** Server context yoga is called with (node:http request/response, or the WebSocket upgrade request). */
export interface ServerContext {
  req: IncomingMessage;
  res?: ServerResponse;
}

export interface GatewayYogaOptions {
  schema: GraphQLSchema;
  rooms: RoomsPort;
  calls: CallsPort;
  eventLog: CallEventLog;
  logger: Logger;
  /** Resolved per operation: the public base URL may only be known once the server listens. */
  callbackUrl: () => string;
  requestScope: AsyncLocalStorage<RequestScope>;
  /** How much an SSE subscriber may leave unread, and for how long (see `useSseSubscriptions`). */
  subscriptionLimits: { maxBufferedBytes: number; stallTimeoutMs: number };
  metrics: GatewayMetrics;
  /** Executes and serializes each event once per distinct subscription (shared with graphql-ws). */
  fanout: SubscriptionFanout;
}

/**
 * The yoga instance: `/graphql` over HTTP (queries, mutations, SSE subscriptions) and GraphiQL, with masked
 * unexpected errors that are logged with their cause and request id.
 */
export function createGatewayYoga(
  options: GatewayYogaOptions,
): YogaServerInstance<ServerContext, GatewayContext> {
  const { logger, requestScope } = options;
  return createYoga<ServerContext, GatewayContext>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // The self-contained build: GraphiQL works offline and behind proxies (the default loads it from a CDN).
    // Loaded on the first GraphiQL request: it holds ~32 MiB of heap that a gateway nobody browses never needs.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    graphiql: {
      title: 'Switchboard',
      defaultQuery: GRAPHIQL_DEFAULT_QUERY,
      subscriptionsProtocol: 'WS',
    },
    logging: {
      debug: (...args) => logger.debug({ yoga: args.map(String) }, 'yoga'),
      info: (...args) => logger.info({ yoga: args.map(String) }, 'yoga'),
      warn: (...args) => logger.warn({ yoga: args.map(String) }, 'yoga'),
      error: (...args) => logger.error({ yoga: args.map(String) }, 'yoga'),
    },
    maskedErrors: {
      maskError(error, message, isDev) {
        // Never echo internals, whatever NODE_ENV says.
        const masked = defaultMaskError(error, message, isDev && false);
        if (masked !== error) {
          logger.error(
            {
              err: (error as { originalError?: unknown }).originalError ?? error,
              requestId: requestScope.getStore()?.requestId,
              path: (error as { path?: unknown }).path,
            },
            'unexpected error (masked)',
          );
        }
        return masked;
      },
    },
    plugins: [
      options.fanout.plugin,
      useSseSubscriptions({
        ...options.subscriptionLimits,
        serialize: options.fanout.serialize,
        cursorOf: (result) => (result.data?.callEvents as { cursor?: string } | undefined)?.cursor,
        onSlowSubscriber: () => {
          options.metrics.slowSubscriber('sse');
          logger.warn('closing a slow SSE subscriber');
        },
        onStreamChange: (delta) => options.metrics.subscriberConnections('sse', delta),
      }),
    ],
    // `request` is absent for graphql-ws operations (their context starts from the upgrade request).
    context: ({ request }: { request?: Request }): GatewayContext => {
      const requestId = requestScope.getStore()?.requestId ?? randomUUID();
      return {
        rooms: options.rooms,
        calls: options.calls,
        eventLog: options.eventLog,
        logger: logger.child({ requestId }),
        requestId,
        callbackUrl: options.callbackUrl(),
        newOperationContext: () => randomUUID(),
        // A reconnecting EventSource sends the last event id it saw: the cursor to resume after.
        lastEventId: request?.headers.get('last-event-id') || null,
      };
    },
  });
}
