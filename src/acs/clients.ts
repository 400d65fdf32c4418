import { AsyncLocalStorage } from 'node:async_hooks';
import { CallAutomationClient, type CallAutomationClientOptions } from '@azure/communication-call-automation';
import { RoomsClient, type RoomsClientOptions } from '@azure/communication-rooms';
import type { TokenCredential } from '@azure/core-auth';
import {
  createDefaultHttpClient,
  type HttpClient,
  type PipelinePolicy,
  RestError,
} from '@azure/core-rest-pipeline';
import { AcsError, DomainError } from '../errors.ts';
import { createCallsAdapter } from './calls-adapter.ts';
import type { CallsPort, RoomsPort } from './ports.ts';
import { createRoomsAdapter } from './rooms-adapter.ts';

/** How to reach ACS. */
export type AcsTarget =
  /** HMAC access-key auth (a real resource, or a local stand-in on http://). */
  | { kind: 'connectionString'; connectionString: string }
  /** Entra ID (`DefaultAzureCredential`); https only. */
  | { kind: 'entraId'; endpoint: string };

/** How an ACS request (one port method call) ended, for metrics. */
export type AcsOutcome = 'ok' | 'error' | 'timeout' | 'cancelled';

export interface AcsClientOptions {
  /** Retries after the first try (429/408/5xx/network; 429 and 503 honour `Retry-After`). @default 3 */
  maxRetries?: number;
  /** Longest wait for one try (HTTP request) before it is abandoned and retried. @default 5000 ms */
  attemptTimeoutMs?: number;
  /** Deadline of a whole port call, its retries and their back-off included. @default 15000 ms */
  requestTimeoutMs?: number;
  /**
   * Told when a port call settles: its method name (e.g. `getRoom`), how it ended, how long it took, and for an
   * `error` or a `timeout` the gateway's error code (e.g. `RATE_LIMITED`, `UPSTREAM_UNAVAILABLE`).
   */
  onRequest?(operation: string, outcome: AcsOutcome, seconds: number, errorCode?: string): void;
  /**
   * Runs each port call (e.g. inside a tracing span named after `operation`); the call's promise is
   * what it returns. @default runs it as is
   */
  around?<T>(operation: string, call: () => Promise<T>): Promise<T>;
  /** Sent on connect as `callIntelligenceOptions.cognitiveServicesEndpoint` (see `CallsAdapterOptions`). */
  cognitiveServicesEndpoint?: string | null;
  /**
   * Where requests for recording files go instead of the ACS media host their URL names (`*.asm.skype.com`).
   * The SDK only downloads and deletes recording URLs on ACS media hosts (acs.md §1.6); an ACS stand-in that
   * serves recording files itself (the local emulator) names such a host and is reached here. Null in
   * production: requests go where the URL says.
   */
  recordingStorageOrigin?: string | null;
}

/**
 * The SDK's default HTTP client, sending requests for ACS media hosts to `origin` instead (same path and
 * query; the SDK has already signed them).
 */
function mediaHostRedirectingClient(origin: string): HttpClient {
  const client = createDefaultHttpClient();
  const target = new URL(origin);
  return {
    sendRequest(request) {
      const url = new URL(request.url);
      if (url.hostname.endsWith('.asm.skype.com')) {
        url.protocol = target.protocol;
        url.host = target.host;
        request.url = url.toString();
        request.headers.set('host', target.host);
        if (url.protocol === 'http:') request.allowInsecureConnection = true;
      }
      return client.sendRequest(request);
    },
  };
}

/** The ACS ports; `forRequest` binds them to the lifetime of one client request. */
export interface AcsPorts {
  rooms: RoomsPort;
  calls: CallsPort;
  /**
   * The same ports, whose calls are also cancelled when `signal` aborts (the GraphQL request was
   * abandoned by its client): nothing is left running in ACS's direction for nobody.
   */
  forRequest(signal: AbortSignal | undefined): { rooms: RoomsPort; calls: CallsPort };
}

/** What a port call passes down to the SDK pipeline (through async context: the adapters stay unaware). */
interface CallScope {
  signal: AbortSignal;
}

/**
 * Builds the SDK clients for `target` and wraps them in the ports. Every ACS request gets a per-try
 * timeout (`attemptTimeoutMs`, the SDK retries a try that timed out) and every port call a deadline
 * (`requestTimeoutMs`); a call that misses its deadline rejects with `AcsError` `UPSTREAM_UNAVAILABLE`.
 */
export function createAcsPorts(target: AcsTarget, options: AcsClientOptions = {}): AcsPorts {
  const {
    maxRetries = 3,
    attemptTimeoutMs = 5_000,
    requestTimeoutMs = 15_000,
    cognitiveServicesEndpoint = null,
    recordingStorageOrigin = null,
  } = options;
  const endpoint =
    target.kind === 'connectionString'
      ? (/endpoint=([^;]+)/i.exec(target.connectionString)?.[1] ?? '')
      : target.endpoint;
  const scope = new AsyncLocalStorage<CallScope>();
  const clientOptions: RoomsClientOptions & CallAutomationClientOptions = {
    // http:// is only ever a local stand-in; core-rest-pipeline refuses it unless told.
    allowInsecureConnection: endpoint.startsWith('http://'),
    retryOptions: { maxRetries },
    additionalPolicies: [
      // Once per call, before the retry policy: every try of the call is cancelled with the call.
      { position: 'perCall', policy: callSignalPolicy(() => scope.getStore()?.signal) },
      // Once per try, after the retry policy: a try that times out is retried like a network failure.
      { position: 'perRetry', policy: attemptTimeoutPolicy(attemptTimeoutMs) },
    ],
    ...(recordingStorageOrigin ? { httpClient: mediaHostRedirectingClient(recordingStorageOrigin) } : {}),
  };
  let rooms: RoomsPort;
  let calls: CallsPort;
  if (target.kind === 'connectionString') {
    rooms = createRoomsAdapter(new RoomsClient(target.connectionString, clientOptions));
    calls = createCallsAdapter(new CallAutomationClient(target.connectionString, clientOptions), {
      cognitiveServicesEndpoint,
    });
  } else {
    const credential = lazyDefaultAzureCredential();
    rooms = createRoomsAdapter(new RoomsClient(target.endpoint, credential, clientOptions));
    calls = createCallsAdapter(new CallAutomationClient(target.endpoint, credential, clientOptions), {
      cognitiveServicesEndpoint,
    });
  }

  const around = options.around ?? ((_operation, call) => call());
  /** Runs one port call under its deadline (and the request's signal), mapping a missed deadline to AcsError. */
  const guard = async <T>(operation: string, call: () => Promise<T>, requestSignal?: AbortSignal) => {
    const deadline = AbortSignal.timeout(requestTimeoutMs);
    const signal = requestSignal ? AbortSignal.any([deadline, requestSignal]) : deadline;
    const started = performance.now();
    const settle = (outcome: AcsOutcome, errorCode?: string) =>
      options.onRequest?.(operation, outcome, (performance.now() - started) / 1000, errorCode);
    try {
      const result = await around(operation, () => scope.run({ signal }, call));
      settle('ok');
      return result;
    } catch (error) {
      if (deadline.aborted) {
        settle('timeout', 'UPSTREAM_UNAVAILABLE');
        throw Object.assign(
          new AcsError(`ACS did not answer within ${requestTimeoutMs} ms; retry later.`, {
            code: 'UPSTREAM_UNAVAILABLE',
          }),
          { cause: error },
        );
      }
      if (requestSignal?.aborted) {
        settle('cancelled');
        // Nobody waits for this answer any more; an AcsError keeps it out of the unexpected-error logs.
        throw Object.assign(
          new AcsError('The request was cancelled before ACS answered.', { code: 'UPSTREAM_UNAVAILABLE' }),
          { cause: error },
        );
      }
      settle('error', error instanceof DomainError ? error.code : undefined);
      throw error;
    }
  };
  const bind = (signal: AbortSignal | undefined) => ({
    rooms: wrapPort(rooms, (operation, call) => guard(operation, call, signal)),
    calls: wrapPort(calls, (operation, call) => guard(operation, call, signal)),
  });
  return { ...bind(undefined), forRequest: bind };
}

/**
 * `DefaultAzureCredential`, loaded on the first token request: `@azure/identity` (with MSAL) is ~3 MiB of heap
 * that a gateway using a connection string never needs, and this keeps it out of that gateway's process.
 */
function lazyDefaultAzureCredential(): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes, options) {
      credential ??= import('@azure/identity').then((identity) => new identity.DefaultAzureCredential());
      return (await credential).getToken(scopes, options);
    },
  };
}

/** Makes every try of a request abort with `signalOf()` (the port call's deadline and client request). */
function callSignalPolicy(signalOf: () => AbortSignal | undefined): PipelinePolicy {
  return {
    name: 'switchboardCallSignal',
    sendRequest(request, next) {
      const signal = signalOf();
      if (signal) {
        const own = request.abortSignal;
        request.abortSignal = own instanceof AbortSignal ? AbortSignal.any([own, signal]) : signal;
      }
      return next(request);
    },
  };
}

/**
 * Abandons a try after `timeoutMs` with a `RestError` coded `ETIMEDOUT`, which the SDK's retry policy
 * retries (its own `request.timeout` aborts with an `AbortError`, which it does not retry).
 */
function attemptTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'switchboardAttemptTimeout',
    async sendRequest(request, next) {
      const callSignal = request.abortSignal;
      const attempt = AbortSignal.timeout(timeoutMs);
      request.abortSignal =
        callSignal instanceof AbortSignal ? AbortSignal.any([callSignal, attempt]) : attempt;
      try {
        return await next(request);
      } catch (error) {
        if (!attempt.aborted || callSignal?.aborted) throw error;
        throw new RestError(`ACS did not answer within ${timeoutMs} ms.`, { code: 'ETIMEDOUT', request });
      } finally {
        // The retry policy reads the call's own signal to decide whether to try again.
        request.abortSignal = callSignal;
      }
    },
  };
}

/** The same port with every method run through `run` under its own name. */
function wrapPort<P extends object>(
  port: P,
  run: <T>(operation: string, call: () => Promise<T>) => Promise<T>,
): P {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(port)) {
    wrapped[name] =
      typeof method === 'function'
        ? (...args: unknown[]) => run(name, () => (method as (...a: unknown[]) => Promise<unknown>)(...args))
        : method;
  }
  return wrapped as P;
}
