import type { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, type GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import {
  createYoga,
  maskError as defaultMaskError,
  type Plugin,
  type YogaServerInstance,
} from 'graphql-yoga';
import type { CallsPort, RoomsPort } from '../acs/ports.ts';
import { RequestRefusedError } from '../auth/errors.ts';
import type { Principal } from '../auth/principal.ts';
import { createMutationRateLimiter, type RateLimitStore } from '../auth/rate-limit.ts';
import type { Authenticator } from '../auth/verify.ts';
import type { LimitsConfig } from '../config.ts';
import type { CallEventLog } from '../events/log.ts';
import type { Logger } from '../logger.ts';
import type { GatewayContext } from '../resolvers/context.ts';
import { toGraphQLError } from '../schema/errors.ts';
import { type HttpPrincipals, useAuthentication, useAuthorization } from './authorization.ts';
import type { OriginPolicy } from './browser.ts';
import { LIMIT_EXCEEDED, operationLimitPlugins, withAcsCallBudget } from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import { useSseSubscriptions } from './sse-subscriptions.ts';

/** What is known about the HTTP request (or WebSocket operation) being served; kept per async flow. */
export interface RequestScope {
  requestId: string;
}

/** Server context yoga is called with (node:http request/response, or the WebSocket upgrade request). */
export interface ServerContext {
  req: IncomingMessage;
  res?: ServerResponse;
  /** Set by graphql-ws' `onConnect` (HTTP requests are authenticated by `useAuthentication`). */
  principal?: Principal;
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
  authenticator: Authenticator;
  limits: LimitsConfig;
  /** Answer introspection queries (off in production unless INTROSPECTION=true). */
  introspection: boolean;
  /** CORS headers for allowlisted origins only (yoga's default reflects every origin). */
  originPolicy: OriginPolicy;
  /** Where mutation rates are counted (Redis when configured, so replicas share them). */
  rateLimitStore: RateLimitStore;
}

/**
 * The yoga instance: `/graphql` over HTTP (queries, mutations, SSE subscriptions) and GraphiQL, with masked
 * unexpected errors that are logged with their cause and request id.
 */
export function createGatewayYoga(
  options: GatewayYogaOptions,
): YogaServerInstance<ServerContext, GatewayContext> {
  const { logger, requestScope } = options;
  const { limits } = options;
  const principals: HttpPrincipals = new WeakMap();
  let openSseStreams = 0;
  return createYoga<ServerContext, GatewayContext>({
    schema: options.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL is a static asset served by `src/server/http.ts` (rendered once, cached, compressed).
    graphiql: false,
    cors: (request) => options.originPolicy.cors(request),
    logging: {
      debug: (...args) => logger.debug({ yoga: args.map(String) }, 'yoga'),
      info: (...args) => logger.info({ yoga: args.map(String) }, 'yoga'),
      warn: (...args) => logger.warn({ yoga: args.map(String) }, 'yoga'),
      error: (...args) => logger.error({ yoga: args.map(String) }, 'yoga'),
    },
    maskedErrors: {
      // THE place a DomainError thrown by a field without an error union (queries, connections, the
      // subscription) becomes a request error with `extensions.code`; anything else unexpected is masked.
      maskError(error, message, isDev) {
        if (error instanceof GraphQLError) {
          const converted = toGraphQLError(error.originalError);
          if (converted instanceof GraphQLError) {
            return new GraphQLError(converted.message, {
              nodes: error.nodes,
              path: error.path,
              extensions: converted.extensions,
            });
          }
        }
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
      useSseStreamLimit(limits.maxSseStreams, () => openSseStreams),
      useAuthentication(options.authenticator, principals),
      ...operationLimitPlugins(limits),
      ...(options.introspection ? [] : [useNoIntrospection()]),
      useAuthorization({
        maxIdLength: limits.maxIdLength,
        limitMutations: createMutationRateLimiter(options.rateLimitStore, limits.mutationsPerMinute),
      }),
      useSseSubscriptions({
        ...options.subscriptionLimits,
        cursorOf: (result) => (result.data?.callEvents as { cursor?: string } | undefined)?.cursor,
        onSlowSubscriber: () => {
          options.metrics.slowSubscriber('sse');
          logger.warn('closing a slow SSE subscriber');
        },
        onStreamChange: (delta) => {
          openSseStreams += delta;
          options.metrics.subscriberConnections('sse', delta);
        },
      }),
    ],
    // `request` is absent for graphql-ws operations (their context starts from the upgrade request).
    context: ({ request, principal }: { request?: Request; principal?: Principal }): GatewayContext => {
      const requestId = requestScope.getStore()?.requestId ?? randomUUID();
      const caller = principal ?? (request && principals.get(request));
      // Unreachable unless a transport skipped authentication: fail closed.
      if (!caller) throw new Error('request reached execution without a principal');
      const acsBudget = { used: 0, max: limits.maxAcsCallsPerOperation };
      return {
        rooms: withAcsCallBudget(options.rooms, acsBudget),
        calls: withAcsCallBudget(options.calls, acsBudget),
        eventLog: options.eventLog,
        logger: logger.child({ requestId }),
        requestId,
        callbackUrl: options.callbackUrl(),
        newOperationContext: () => randomUUID(),
        // A reconnecting EventSource sends the last event id it saw: the cursor to resume after.
        lastEventId: request?.headers.get('last-event-id') || null,
        principal: caller,
      };
    },
  });
}

/** Refuses introspection (`__schema`, `__type`) at validation: production keeps its schema to itself. */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * Refuses a new SSE subscription (503, `LIMIT_EXCEEDED`) while `max` streams are open, before anything of
 * the request is parsed: each stream holds a socket, a log subscription and a buffer.
 */
function useSseStreamLimit(max: number, open: () => number): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      if (!(request.headers.get('accept') ?? '').includes('text/event-stream') || open() < max) return;
      const error = new RequestRefusedError(
        'LIMIT_EXCEEDED',
        `Too many open event streams (${max}, SSE_MAX_STREAMS); retry later or use graphql-ws.`,
      );
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message: error.message, extensions: { code: LIMIT_EXCEEDED } }] }),
          {
            status: 503,
            headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' },
          },
        ),
      );
    },
  };
}
