import { CallAutomationClient } from '@azure/communication-call-automation';
import { RoomsClient } from '@azure/communication-rooms';
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';
import { DefaultAzureCredential } from '@azure/identity';
import { createCallsAdapter } from './calls-adapter.ts';
import type { CallsPort, RoomsPort } from './ports.ts';
import { createRoomsAdapter } from './rooms-adapter.ts';

/** How to reach ACS. */
export type AcsTarget =
  /** HMAC access-key auth (a real resource, or the local emulator on http://). */
  | { kind: 'connectionString'; connectionString: string }
  /** Entra ID (`DefaultAzureCredential`); https only. */
  | { kind: 'entraId'; endpoint: string };

export interface AcsClientOptions {
  /** Retries after the first try (429/408/5xx/network; 429 and 503 honour `Retry-After`). @default 3 */
  maxRetries?: number;
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

/** Builds the SDK clients for `target` and wraps them in the ports. */
export function createAcsPorts(
  target: AcsTarget,
  { maxRetries = 3, cognitiveServicesEndpoint = null, recordingStorageOrigin = null }: AcsClientOptions = {},
): { rooms: RoomsPort; calls: CallsPort } {
  const endpoint =
    target.kind === 'connectionString'
      ? (/endpoint=([^;]+)/i.exec(target.connectionString)?.[1] ?? '')
      : target.endpoint;
  const options = {
    // http:// is only ever the local emulator; core-rest-pipeline refuses it unless told.
    allowInsecureConnection: endpoint.startsWith('http://'),
    retryOptions: { maxRetries },
    ...(recordingStorageOrigin ? { httpClient: mediaHostRedirectingClient(recordingStorageOrigin) } : {}),
  };
  if (target.kind === 'connectionString') {
    return {
      rooms: createRoomsAdapter(new RoomsClient(target.connectionString, options)),
      calls: createCallsAdapter(new CallAutomationClient(target.connectionString, options), {
        cognitiveServicesEndpoint,
      }),
    };
  }
  const credential = new DefaultAzureCredential();
  return {
    rooms: createRoomsAdapter(new RoomsClient(target.endpoint, credential, options)),
    calls: createCallsAdapter(new CallAutomationClient(target.endpoint, credential, options), {
      cognitiveServicesEndpoint,
    }),
  };
}
