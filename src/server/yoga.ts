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
import type { PushTarget, SubscriptionFanout } from './subscription-fanout.ts';
import type { Tracing } from './tracing.ts';

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
  /** graphql-ws: where a subscription's results are pushed (see `SubscriptionFanout`). */
  pushTarget?: PushTarget;
}

export interface GatewayYogaOptions {
  schema: GraphQLSchema;
  /** The ACS ports for one operation; their calls are cancelled when `signal` (the HTTP request's) aborts. */
  acs(signal: AbortSignal | undefined): { rooms: RoomsPort; calls: CallsPort };
  eventLog: CallEventLog;
  logger: Logger;
  /** Resolved per operation: the public base URL may only be known once the server listens. */
  callbackUrl: () => string;
  /** Resolved per operation, like `callbackUrl`: the gateway's transcription WebSocket URL. */
  transcriptionTransportUrl: () => string;
  requestScope: AsyncLocalStorage<RequestScope>;
  /** How much an SSE subscriber may leave unread, and for how long (see `useSseSubscriptions`). */
  subscriptionLimits: { maxBufferedBytes: number; stallTimeoutMs: number };
  metrics: GatewayMetrics;
  /** Aborts when the gateway shuts down: SSE streams end so their clients resume elsewhere. */
  shutdown: AbortSignal;
  authenticator: Authenticator;
  /** Spans of GraphQL operations, when tracing is on. */
  tracing?: Tracing;
  limits: LimitsConfig;
  /** Answer introspection queries (off in production unless INTROSPECTION=true). */
  introspection: boolean;
  /** CORS headers for allowlisted origins only (yoga's default reflects every origin). */
  originPolicy: OriginPolicy;
  /** Where mutation rates are counted (Redis when configured, so replicas share them). */
  rateLimitStore: RateLimitStore;
  /** Executes and serializes each event once per distinct subscription (shared with graphql-ws). */
  fanout: SubscriptionFanout;
  /** Turns errors into what clients see (`createErrorMasker`). */
  maskError: ReturnType<typeof createErrorMasker>;
}

/**
 * THE place a DomainError thrown by a field without an error union (queries, connections, the subscription)
 * becomes a request error with `extensions.code`; anything else unexpected is masked and logged with its cause
 * and request id. yoga's `maskError`; also applied to the subscription results that are pushed past yoga.
 */
export function createErrorMasker(
  logger: Logger,
  requestScope: AsyncLocalStorage<RequestScope>,
): (error: unknown, message: string, isDev?: boolean) => GraphQLError {
  return (error, message, isDev) => {
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
    return masked as GraphQLError;
  };
}

/**
 * Aborts when the HTTP client goes away before its response is complete, so the ACS requests made for it
 * stop. (yoga's `request.signal` is a ponyfill whose abort does not always reach listeners.)
 */
function abortedWhenClientLeaves(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) controller.abort();
  };
  res.once('close', onClose);
  return controller.signal;
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
  const newOperationContext = () => randomUUID();
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
    maskedErrors: { maskError: options.maskError },
    plugins: [
      options.fanout.plugin,
      ...(options.tracing ? [options.tracing.plugin] : []),
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
        cursorOf: options.fanout.cursorOf,
        serialize: options.fanout.serialize,
        onSlowSubscriber: () => {
          options.metrics.slowSubscriber('sse');
          logger.warn('closing a slow SSE subscriber');
        },
        onStreamChange: (delta) => {
          openSseStreams += delta;
          options.metrics.subscriberConnections('sse', delta);
        },
        shutdown: options.shutdown,
      }),
    ],
    // `request` is absent for graphql-ws operations (their context starts from the upgrade request).
    context: ({
      request,
      res,
      principal,
    }: {
      request?: Request;
      res?: ServerResponse;
      principal?: Principal;
    }): GatewayContext => {
      const requestId = requestScope.getStore()?.requestId ?? randomUUID();
      const caller = principal ?? (request && principals.get(request));
      // Unreachable unless a transport skipped authentication: fail closed.
      if (!caller) throw new Error('request reached execution without a principal');
      // The ports are made on an operation's first ACS request: most operations (every subscription) make none,
      // and a subscription's context lives as long as it does (heap per idle subscriber, issue 9). Object
      // getters would not do: envelop copies the context's properties.
      let ports: { rooms: RoomsPort; calls: CallsPort } | undefined;
      const acs = () => {
        ports ??= options.acs(res && abortedWhenClientLeaves(res));
        return ports;
      };
      const acsBudget = { used: 0, max: limits.maxAcsCallsPerOperation };
      return {
        rooms: withAcsCallBudget(() => acs().rooms, acsBudget),
        calls: withAcsCallBudget(() => acs().calls, acsBudget),
        logger: logger.child({ requestId }),
        eventLog: options.eventLog,
        requestId,
        callbackUrl: options.callbackUrl(),
        transcriptionTransportUrl: options.transcriptionTransportUrl(),
        newOperationContext,
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
