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
import type { RequestRefusedError } from '../auth/errors.ts';
import type { Principal } from '../auth/principal.ts';
import {
  createAcsRequestRateLimiter,
  createMutationRateLimiter,
  type RateLimitStore,
} from '../auth/rate-limit.ts';
import type { Authenticator } from '../auth/verify.ts';
import type { LimitsConfig } from '../config-model.ts';
import type { CallbackCapabilities } from '../events/callback-capability.ts';
import type { IncomingCallLog } from '../events/incoming-calls.ts';
import type { CallEventLog } from '../events/log.ts';
import { OperationLog } from '../events/operation-log.ts';
import type { OutcomeAwaits } from '../events/outcome.ts';
import { type Logger, lazyChildren } from '../logger.ts';
import type { BackgroundTasks, GatewayContext, GatewayServices } from '../resolvers/context.ts';
import type { PageCursors } from '../resolvers/paging.ts';
import { toGraphQLError } from '../schema/errors.ts';
import { type HttpPrincipals, useAuthentication, useAuthorization } from './authorization.ts';
import type { OriginPolicy } from './browser.ts';
import { type AcsCallBudget, acsCallBudgetHandler, LIMIT_EXCEEDED, operationLimitPlugins } from './limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import { useSseSubscriptions } from './sse-subscriptions.ts';
import type { PushTarget, SubscriptionFanout } from './subscription-fanout.ts';
import type { Tracing } from './tracing.ts';
import { type TrustedDocuments, useTrustedDocuments } from './trusted-documents.ts';

/** What is known about the HTTP request (or WebSocket operation) being served; kept per async flow. */
export interface RequestScope {
  requestId: string;
}

/** Server context yoga is called with (node:http request/response, or the WebSocket upgrade request). */
export interface ServerContext {
  req: IncomingMessage;
  res?: ServerResponse;
  /** Set from graphql-ws' `connection_init` (`attachGraphQLWs`; HTTP requests are authenticated by `useAuthentication`). */
  principal?: Principal;
  /** graphql-ws: the operation a subscription's driven results are attached to (see `PushTarget`). */
  pushTarget?: PushTarget;
  /** graphql-ws: aborts when the client's socket closes. */
  clientGone?: AbortSignal;
}

export interface GatewayYogaOptions {
  schema: GraphQLSchema;
  /** Signs and checks connection cursors (the same key on every replica). */
  pageCursors: PageCursors;
  /** The app's background work, handed to resolvers. */
  background: BackgroundTasks;
  /** The ACS ports for one operation; their calls are cancelled when `signal` (the HTTP request's) aborts. */
  acs(signal: AbortSignal | undefined): { rooms: RoomsPort; calls: CallsPort };
  eventLog: CallEventLog;
  incomingCalls: IncomingCallLog;
  logger: Logger;
  /** Issues the callback capability of each call the gateway connects (`GatewayContext.callbacks`). */
  callbacks: CallbackCapabilities;
  /** Hosts a client may name as a `transportUrl` (`GatewayContext.transportUrlAllowedHosts`). */
  transportUrlAllowedHosts: readonly string[];
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
  /** Where mutation and ACS request rates are counted (Redis when configured, so replicas share them). */
  rateLimitStore: RateLimitStore;
  /** Executes and serializes each event once per distinct subscription (shared with graphql-ws). */
  fanout: SubscriptionFanout;
  /** Turns errors into what clients see (`createErrorMasker`). */
  maskError: ReturnType<typeof createErrorMasker>;
  /** Where `outcome` fields wait for the events that end call actions. */
  outcomes: OutcomeAwaits;
  /** Which documents run, and the manifest of those the client ships (`TRUSTED_DOCUMENTS`). */
  trustedDocuments: TrustedDocuments;
}

/**
 * yoga's `maskError` (also applied to the subscription results pushed past yoga): an error thrown by a field
 * without an error union (queries, connections, the subscription) is converted by `toGraphQLError` (the one
 * place that turns domain errors into request errors) and keeps its field path; anything else unexpected is
 * masked and logged with its cause and request id.
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

type AcsPortPair = { rooms: RoomsPort; calls: CallsPort };

/** What every operation's `OperationAcs` shares. */
interface OperationAcsShared {
  acs: GatewayYogaOptions['acs'];
  limitAcsRequests: (subject: string) => Promise<void>;
}

/**
 * One operation's ACS budget and ports (see `acsCallBudgetHandler`), and whether its HTTP client left: a class,
 * so an operation that makes no ACS request (every subscription) holds one small object and no closures.
 */
class OperationAcs implements AcsCallBudget<AcsPortPair> {
  used = 0;
  #ports: AcsPortPair | undefined;
  #responseAborted: AbortSignal | undefined;

  constructor(
    private readonly shared: OperationAcsShared,
    readonly max: number,
    private readonly subject: string,
    private readonly res: ServerResponse | undefined,
  ) {}

  ports(): AcsPortPair {
    this.#ports ??= this.shared.acs(this.clientLeft());
    return this.#ports;
  }

  admit(): Promise<void> {
    return this.shared.limitAcsRequests(this.subject);
  }

  /** Aborts when the HTTP client leaves before its response is complete (undefined for graphql-ws). */
  clientLeft(): AbortSignal | undefined {
    if (this.res) this.#responseAborted ??= abortedWhenClientLeaves(this.res);
    return this.#responseAborted;
  }
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
  const newOperationContext = () => randomUUID();
  const limitAcsRequests = createAcsRequestRateLimiter(options.rateLimitStore, limits.acsRequestsPerSecond);
  const refused = (code: RequestRefusedError['code']) => options.metrics.requestRefused(code);
  const shared: OperationAcsShared = { acs: options.acs, limitAcsRequests };
  // Made when an operation first logs (most never do: every idle subscription would keep one).
  const operationLogger = lazyChildren(logger);
  const services: GatewayServices = {
    incomingCalls: options.incomingCalls,
    callbacks: options.callbacks,
    transportUrlAllowedHosts: options.transportUrlAllowedHosts,
    newOperationContext,
    pageCursors: options.pageCursors,
    background: options.background,
    outcomes: options.outcomes,
  };
  const roomsBudget = acsCallBudgetHandler<AcsPortPair, 'rooms'>('rooms');
  const callsBudget = acsCallBudgetHandler<AcsPortPair, 'calls'>('calls');
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
      // First: every later hook sees the document the request names, whether by id or by text.
      useTrustedDocuments(options.trustedDocuments),
      ...(options.tracing ? [options.tracing.plugin] : []),
      useAuthentication(options.authenticator, principals, refused),
      // After authentication: streams are counted per subject as well as per address and per process.
      useSseStreamLimits(limits, principals, refused),
      ...operationLimitPlugins(limits, refused),
      ...(options.introspection ? [] : [useNoIntrospection()]),
      useAuthorization({
        maxIdLength: limits.maxIdLength,
        limitMutations: createMutationRateLimiter(options.rateLimitStore, limits.mutationsPerMinute),
        onRefused: refused,
      }),
      useSseSubscriptions({
        ...options.subscriptionLimits,
        cursorOf: options.fanout.cursorOf,
        serialize: options.fanout.serialize,
        onSlowSubscriber: () => {
          options.metrics.slowSubscriber('sse');
          logger.warn('closing a slow SSE subscriber');
        },
        onStreamChange: (delta) => options.metrics.subscriberConnections('sse', delta),
        shutdown: options.shutdown,
      }),
      // Last: for a graphql-ws subscription it sets the result, once every plugin above has run its `onSubscribe`.
      options.fanout.plugin,
    ],
    // `request` is absent for graphql-ws operations (their context starts from the upgrade request).
    context: ({
      request,
      res,
      principal,
      clientGone: socketClosed,
    }: {
      request?: Request;
      res?: ServerResponse;
      principal?: Principal;
      clientGone?: AbortSignal;
    }): GatewayContext => {
      // Flat: `randomUUID()` builds its string by concatenation, a tree of a dozen strings, which a subscription's
      // context would hold as long as it is open (pino's child used to flatten it when binding it).
      const requestId = flatString(requestScope.getStore()?.requestId ?? randomUUID());
      const caller = principal ?? (request && principals.get(request));
      // Unreachable unless a transport skipped authentication: fail closed.
      if (!caller) throw new Error('request reached execution without a principal');
      // The ports are made on an operation's first ACS request: most operations (every subscription) make none,
      // and a subscription's context lives as long as it does (it counts in the heap of every idle subscriber).
      // Object getters would not do: envelop copies the context's properties. So the operation holds one object
      // (its budget) and two proxies of it, whose handlers are shared by every operation.
      const acs = new OperationAcs(shared, limits.maxAcsCallsPerOperation, caller.subject, res);
      // A reconnecting EventSource sends the last event id it saw: the cursor to resume after.
      const lastEventId = request?.headers.get('last-event-id') || undefined;
      return {
        rooms: new Proxy(acs, roomsBudget) as unknown as RoomsPort,
        calls: new Proxy(acs, callsBudget) as unknown as CallsPort,
        logger: operationLogger({ requestId }),
        // Per operation: its authorization check and its fields read each call and recording at most once.
        eventLog: new OperationLog(options.eventLog),
        requestId,
        ...(lastEventId ? { lastEventId } : {}),
        principal: caller,
        services,
        clientSignal: () => acs.clientLeft() ?? socketClosed,
      };
    },
  });
}

/** `text` as one flat string (a copy), not the tree of strings that concatenation builds. */
function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/**
 * Refuses introspection (`__schema`, `__type`) at validation, and takes graphql-js' "Did you mean …?" hints out
 * of validation and variable errors (they name fields, arguments and enum values one typo at a time): production
 * keeps its schema to itself.
 */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!(Symbol.asyncIterator in result) && result.errors) {
            setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
          }
        },
      };
    },
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result) && result.errors) {
            setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
          }
        },
      };
    },
  };
}

/** graphql-js ends a message with its hint: ` Did you mean "room" or "rooms"?`. */
const SUGGESTION = /\s*Did you mean .+\?$/s;

/** The error without that hint, its cause included (a variable's error wraps coercion's, which the masker shows). */
function withoutSuggestion<E>(error: E): E {
  if (!(error instanceof GraphQLError)) return error;
  const originalError = error.originalError && withoutSuggestion(error.originalError);
  if (!SUGGESTION.test(error.message) && originalError === error.originalError) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError,
    extensions: error.extensions,
  }) as E;
}

/**
 * Refuses a new SSE stream before anything of the request is parsed — each holds a socket, a log subscription
 * and a buffer — while `maxSseStreams` are open in this process (503), or its client already holds its share
 * (429): `maxSseStreamsPerSubject` per token subject and `maxSseStreamsPerAddress` per client address (without
 * auth every client is `anonymous`, so the address alone bounds it). A stream counts from admission until its
 * response closes, so a burst of requests cannot slip past the count before their streams open.
 */
function useSseStreamLimits(
  limits: Pick<LimitsConfig, 'maxSseStreams' | 'maxSseStreamsPerSubject' | 'maxSseStreamsPerAddress'>,
  principals: HttpPrincipals,
  onRefused: (code: RequestRefusedError['code']) => void,
): Plugin<Record<string, unknown>, ServerContext> {
  let open = 0;
  const perSubject = new Map<string, number>();
  const perAddress = new Map<string, number>();
  const take = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const release = (counts: Map<string, number>, key: string) => {
    const left = (counts.get(key) ?? 1) - 1;
    if (left > 0) counts.set(key, left);
    else counts.delete(key);
  };
  return {
    onRequestParse({ request, serverContext, endResponse, fetchAPI }) {
      if (!(request.headers.get('accept') ?? '').includes('text/event-stream')) return;
      const principal = principals.get(request);
      if (!principal) return;
      const subject = principal.expiresAt === null ? null : principal.subject;
      const address = serverContext.req.socket.remoteAddress ?? 'unknown';
      const refusal =
        open >= limits.maxSseStreams
          ? `Too many open event streams (${limits.maxSseStreams}, SSE_MAX_STREAMS); retry later or use graphql-ws.`
          : subject !== null && (perSubject.get(subject) ?? 0) >= limits.maxSseStreamsPerSubject
            ? `Too many open event streams for this token's subject (${limits.maxSseStreamsPerSubject}, SSE_MAX_STREAMS_PER_SUBJECT); close one or use graphql-ws.`
            : (perAddress.get(address) ?? 0) >= limits.maxSseStreamsPerAddress
              ? `Too many open event streams from this address (${limits.maxSseStreamsPerAddress}, SSE_MAX_STREAMS_PER_ADDRESS); close one or use graphql-ws.`
              : null;
      if (refusal) {
        onRefused('LIMIT_EXCEEDED');
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: refusal, extensions: { code: LIMIT_EXCEEDED } }] }),
            {
              status: open >= limits.maxSseStreams ? 503 : 429,
              headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' },
            },
          ),
        );
        return;
      }
      open += 1;
      if (subject !== null) take(perSubject, subject);
      take(perAddress, address);
      const done = () => {
        open -= 1;
        if (subject !== null) release(perSubject, subject);
        release(perAddress, address);
      };
      if (serverContext.res) serverContext.res.once('close', done);
      else done();
    },
  };
}
