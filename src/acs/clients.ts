import { AsyncLocalStorage } from 'node:async_hooks';
import { AcsError, DomainError } from '../errors.ts';
import type { CallsPort, RoomsPort } from './ports.ts';

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
  const scope = new AsyncLocalStorage<CallScope>();
  /**
   * The SDK clients and adapters, loaded and built on the first ACS request: the Azure SDKs (core-rest-pipeline,
   * Call Automation, Rooms, and their dependencies) are ~4 MiB of heap that a gateway which has not made an ACS
   * request yet (one serving only subscriptions and callbacks) does not need. Loaded outside a call's deadline.
   */
  let sdk: Promise<{ rooms: RoomsPort; calls: CallsPort }> | undefined;
  const loadSdk = () => {
    sdk ??= import('./sdk-ports.ts')
      .then((module) =>
        module.createSdkPorts(target, {
          maxRetries,
          attemptTimeoutMs,
          cognitiveServicesEndpoint,
          recordingStorageOrigin,
          signalOf: () => scope.getStore()?.signal,
        }),
      )
      .catch((error: unknown) => {
        sdk = undefined;
        throw error;
      });
    return sdk;
  };

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
    rooms: lazyPort<RoomsPort>(async (operation, args) => {
      const { rooms } = await loadSdk();
      return guard(operation, () => call(rooms, operation, args), signal);
    }),
    calls: lazyPort<CallsPort>(async (operation, args) => {
      const { calls } = await loadSdk();
      return guard(operation, () => call(calls, operation, args), signal);
    }),
  });
  return { ...bind(undefined), forRequest: bind };
}

/**
 * A port whose every method is `run(methodName, args)`. Ports are interfaces of async methods only, so their
 * methods need not be known before the SDK behind them is loaded.
 */
function lazyPort<P extends object>(run: (operation: string, args: unknown[]) => Promise<unknown>): P {
  return new Proxy({} as P, {
    get(_target, property) {
      // Not a method (e.g. `then`, looked up when the port is awaited).
      if (typeof property !== 'string' || property === 'then') return undefined;
      return (...args: unknown[]) => run(property, args);
    },
  });
}

/** Calls `port[operation](...args)`. */
function call(port: object, operation: string, args: unknown[]): Promise<unknown> {
  const method = (port as Record<string, unknown>)[operation];
  if (typeof method !== 'function') throw new TypeError(`No ACS port method ${operation}`);
  return (method as (...a: unknown[]) => Promise<unknown>).apply(port, args);
}
