import { createHash, createHmac, randomUUID } from 'node:crypto';
import { CallAutomationClient } from '@azure/communication-call-automation';
import { RoomsClient } from '@azure/communication-rooms';
import { RestError } from '@azure/core-rest-pipeline';
import { expect } from 'vitest';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../emulator/src/index.ts';
import { waitFor } from './async.ts';
import { type CallbackSink, startCallbackSink } from './callback-sink.ts';

/** SDK retries kept short so 429/503 tests stay fast (the emulator's Retry-After is honoured on top). */
const FAST_RETRIES = { maxRetries: 3, retryDelayInMs: 10, maxRetryDelayInMs: 50 };

export interface StartedEmulator {
  emulator: Emulator;
  rooms: RoomsClient;
  calls: CallAutomationClient;
  /** Sends an HMAC-signed request exactly like the SDKs do (for bodies the SDKs refuse to serialize). */
  signedFetch(method: string, pathAndQuery: string, body?: unknown, options?: SignOptions): Promise<Response>;
  /** Calls the unauthenticated control API (`/emulator/...`) and parses the JSON answer. */
  controlFetch(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export interface SignOptions {
  /** Sign with this key instead of the emulator's (to test rejection). */
  accessKey?: string;
  /** A raw body string sent as is (e.g. malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * Starts an emulator on port 0 (disposed after the test) with real SDK clients pointed at it.
 * Defaults keep callbacks retrying fast; pass options to override.
 */
export async function startEmulator(
  disposers: { add(dispose: () => unknown): void },
  options: EmulatorOptions = {},
): Promise<StartedEmulator> {
  const emulator = createEmulator({
    callbackRetry: { baseDelayMs: 20, ...options.callbackRetry },
    ...options,
  });
  await emulator.start();
  disposers.add(() => emulator.stop());
  const clientOptions = { allowInsecureConnection: true, retryOptions: FAST_RETRIES };
  const accessKey = /accesskey=(.*)$/i.exec(emulator.connectionString)?.[1] ?? '';
  return {
    emulator,
    rooms: new RoomsClient(emulator.connectionString, clientOptions),
    calls: new CallAutomationClient(emulator.connectionString, clientOptions),
    signedFetch: (method, pathAndQuery, body, sign = {}) =>
      signedFetch(emulator.url, sign.accessKey ?? accessKey, method, pathAndQuery, body, sign),
    async controlFetch(method, path, body) {
      const response = await fetch(`${emulator.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** An emulator plus a callback sink that verifies its tokens (its JWKS, issuer and resource id); both disposed. */
export async function startEmulatorWithSink(
  disposers: { add(dispose: () => unknown): void },
  options: EmulatorOptions = {},
): Promise<StartedEmulator & { sink: CallbackSink }> {
  const started = await startEmulator(disposers, options);
  const { emulator } = started;
  const sink = await startCallbackSink({
    jwksUrl: emulator.jwksUrl,
    issuer: emulator.issuer,
    audience: emulator.resourceId,
  });
  disposers.add(() => sink.close());
  return { ...started, sink };
}

/**
 * A minimal, independent HMAC-SHA256 signer following acs.md §3 (not the emulator's code), so tests can
 * send requests the SDKs would refuse to build.
 */
export async function signedFetch(
  origin: string,
  accessKey: string,
  method: string,
  pathAndQuery: string,
  body: unknown,
  options: SignOptions = {},
): Promise<Response> {
  const url = new URL(pathAndQuery, origin);
  const text = options.rawBody ?? (body === undefined ? '' : JSON.stringify(body));
  const contentHash = createHash('sha256').update(text).digest('base64');
  const date = new Date().toUTCString();
  const query = url.searchParams.toString();
  const stringToSign = `${method}\n${query ? `${url.pathname}?${query}` : url.pathname}\n${date};${url.host};${contentHash}`;
  const signature = createHmac('sha256', Buffer.from(accessKey, 'base64'))
    .update(stringToSign)
    .digest('base64');
  return fetch(url, {
    method,
    headers: {
      'x-ms-date': date,
      'x-ms-content-sha256': contentHash,
      authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
      'x-ms-client-request-id': randomUUID(),
      ...(text ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(text ? { body: text } : {}),
  });
}

export interface ConnectedRoomCall {
  roomId: string;
  callConnectionId: string;
  serverCallId: string;
  callConnection: ReturnType<CallAutomationClient['getCallConnection']>;
}

/**
 * Creates a room (roster: `participants`, all Attendees), connects Call Automation to it (the emulator
 * auto-starts the room call) with `callbackUri`, and waits until the emulator reports the leg connected.
 */
export async function connectToNewRoom(
  started: StartedEmulator,
  callbackUri: string,
  options: {
    participants?: string[];
    pstnDialOutEnabled?: boolean;
    operationContext?: string;
    /** Sent as `callIntelligenceOptions`: text-to-speech and speech recognition need it. */
    cognitiveServicesEndpoint?: string;
  } = {},
): Promise<ConnectedRoomCall> {
  const room = await started.rooms.createRoom({
    pstnDialOutEnabled: options.pstnDialOutEnabled ?? false,
    participants: (options.participants ?? []).map((id) => ({
      id: { communicationUserId: id },
      role: 'Attendee',
    })),
  });
  const result = await started.calls.connectCall({ kind: 'roomCallLocator', id: room.id }, callbackUri, {
    ...(options.operationContext ? { operationContext: options.operationContext } : {}),
    ...(options.cognitiveServicesEndpoint
      ? { callIntelligenceOptions: { cognitiveServicesEndpoint: options.cognitiveServicesEndpoint } }
      : {}),
  });
  const callConnectionId = result.callConnectionProperties.callConnectionId as string;
  const call = await waitFor(
    () => {
      const snapshot = started.emulator.control.call(callConnectionId);
      return snapshot.connections.some(
        (c) => c.callConnectionId === callConnectionId && c.state === 'connected',
      )
        ? snapshot
        : undefined;
    },
    { what: 'the room call to connect' },
  );
  return {
    roomId: room.id,
    callConnectionId,
    serverCallId: call.serverCallId,
    callConnection: result.callConnection,
  };
}

/** What `promise` rejected with, which must be the SDK's `RestError` (an ACS error answer). */
export async function rejection(promise: Promise<unknown>): Promise<RestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestError);
  return error as RestError;
}

/**
 * Arms a one-shot 500 fault in the emulator: if the gateway sends ACS any request, the fault is used up.
 * `untouched()` is true when the emulator saw no request since; `clear()` disarms it.
 */
export async function acsTripwire(emulator: StartedEmulator) {
  await emulator.controlFetch('POST', '/emulator/faults/requests', { status: 500, count: 1 });
  return {
    async untouched() {
      const { body } = await emulator.controlFetch('GET', '/emulator/faults');
      return (body as { requests: unknown[] }).requests.length > 0;
    },
    clear: () => emulator.controlFetch('DELETE', '/emulator/faults/requests'),
  };
}
