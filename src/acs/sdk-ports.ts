/**
 * The SDK half of the ACS ports (`createAcsPorts` in `clients.ts` loads this module on the first ACS request):
 * the Call Automation and Rooms clients, their pipeline policies, and the adapters that wrap them.
 */
import { CallAutomationClient, type CallAutomationClientOptions } from '@azure/communication-call-automation';
import { RoomsClient, type RoomsClientOptions } from '@azure/communication-rooms';
import type { TokenCredential } from '@azure/core-auth';
import {
  createDefaultHttpClient,
  type HttpClient,
  type PipelinePolicy,
  RestError,
} from '@azure/core-rest-pipeline';
import { createCallsAdapter } from './calls-adapter.ts';
import type { AcsTarget } from './clients.ts';
import type { CallsPort, RoomsPort } from './ports.ts';
import { createRoomsAdapter } from './rooms-adapter.ts';

/** What `createAcsPorts` settled (see `AcsClientOptions`), and where a port call's signal is found. */
export interface SdkPortsOptions {
  maxRetries: number;
  attemptTimeoutMs: number;
  cognitiveServicesEndpoint: string | null;
  recordingStorageOrigin: string | null;
  /** The signal of the port call being made (its deadline and client request), read by every try. */
  signalOf(): AbortSignal | undefined;
}

/** The SDK clients for `target`, wrapped in the adapters. */
export function createSdkPorts(
  target: AcsTarget,
  options: SdkPortsOptions,
): { rooms: RoomsPort; calls: CallsPort } {
  const { maxRetries, attemptTimeoutMs, cognitiveServicesEndpoint, recordingStorageOrigin } = options;
  const endpoint =
    target.kind === 'connectionString'
      ? (/endpoint=([^;]+)/i.exec(target.connectionString)?.[1] ?? '')
      : target.endpoint;
  const clientOptions: RoomsClientOptions & CallAutomationClientOptions = {
    // http:// is only ever a local stand-in; core-rest-pipeline refuses it unless told.
    allowInsecureConnection: endpoint.startsWith('http://'),
    retryOptions: { maxRetries },
    additionalPolicies: [
      // Once per call, before the retry policy: every try of the call is cancelled with the call.
      { position: 'perCall', policy: callSignalPolicy(options.signalOf) },
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

  return { rooms, calls };
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
