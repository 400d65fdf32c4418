import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CallbackRetryOptions, createCallbackDispatcher } from './callbacks.ts';
import { createCallingContext, DEFAULT_TIMING, type EmulatorTiming } from './calling-context.ts';
import { createCalls } from './calls.ts';
import { createControl, type EmulatorControl } from './control.ts';
import { createEventGrid } from './event-grid.ts';
import { createFaults } from './faults.ts';
import { createHttpServer, type Route } from './http.ts';
import { createMedia } from './media.ts';
import { createMediaStreams } from './media-streams.ts';
import { createInviteOutcomes } from './phone-numbers.ts';
import { createRecordings } from './recordings.ts';
import { createRepeatabilityCache } from './repeatability.ts';
import { createRooms } from './rooms.ts';
import { createScheduler } from './scheduler.ts';
import { createCallbackTokenIssuer } from './tokens.ts';

export type { CallbackDelivery, CallbackRetryOptions, CloudEvent } from './callbacks.ts';
export type { EmulatorTiming } from './calling-context.ts';
export type { IncomingCallSnapshot } from './calls.ts';
export type { CallbackFilter, CallSnapshot, EmulatorControl } from './control.ts';
export { AcsError } from './errors.ts';
export type {
  CallbackFault,
  CallbackFaultKind,
  CallbackFaultSpec,
  RequestFault,
  RequestFaultSpec,
} from './faults.ts';
export type { IdentifierModel } from './identifiers.ts';
export type { InviteOutcome } from './phone-numbers.ts';
export type { RoomSnapshot } from './rooms.ts';

/** The documented default access key (base64 of `switchboard-acs-emulator-access-key`). Not a secret. */
export const DEFAULT_ACCESS_KEY = Buffer.from('switchboard-acs-emulator-access-key').toString('base64');

/** The documented default immutable resource id: the `aud` of callback tokens. */
export const DEFAULT_RESOURCE_ID = 'a5c5e111-0000-4000-8000-000000000001';

export interface EmulatorOptions {
  /** TCP port; `0` picks a free one (read it from `url` after `start()`). @default 0 */
  port?: number;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** Base64 access key the SDKs sign with (HMAC uses the decoded bytes). @default DEFAULT_ACCESS_KEY */
  accessKey?: string;
  /** Immutable resource id (GUID): the `aud` of callback JWTs, gateways' `ACS_RESOURCE_ID`. @default DEFAULT_RESOURCE_ID */
  resourceId?: string;
  /**
   * `connect` to a room with no live call starts the call with the room's roster (so a first connect just
   * works). When false, such a connect ends in `ConnectFailed` (REST still answers 200 `connecting`).
   * @default true
   */
  autoStartRoomCalls?: boolean;
  /** Items per page for room lists, room participants and call participants. @default 20 */
  pageSize?: number;
  /** Delays of the simulated world (see `EmulatorTiming` for each default). */
  timing?: EmulatorTiming;
  /** Callback redelivery: 2xx settles, 408/429/5xx/network errors are retried, other 4xx are not. */
  callbackRetry?: CallbackRetryOptions;
  /** Accepted difference between `x-ms-date` and the emulator's clock. @default 900_000 ms (15 minutes) */
  maxClockSkewMs?: number;
  /** Larger request bodies are answered 413. @default 1_048_576 bytes */
  maxBodyBytes?: number;
  /** `data.version` of every event. @default '2024-09-15' */
  eventVersion?: string;
  /** Where unexpected errors go (they never crash the emulator). @default console.error */
  onError?: (error: unknown) => void;
}

export interface Emulator {
  /** Origin, e.g. `http://127.0.0.1:8090` (real port once started). Also the callback-token issuer. */
  readonly url: string;
  /** `endpoint=<url>/;accesskey=<key>` for `RoomsClient` / `CallAutomationClient` (with `allowInsecureConnection: true`). */
  readonly connectionString: string;
  /** The `aud` of callback tokens. */
  readonly resourceId: string;
  /** The `iss` of callback tokens (the emulator's origin). */
  readonly issuer: string;
  /** `<url>/calling/keys`. */
  readonly jwksUrl: string;
  /** `<url>/calling/.well-known/acsopenidconfiguration`. */
  readonly openIdConfigurationUrl: string;
  /** The environment a gateway needs: ACS_CONNECTION_STRING, ACS_RESOURCE_ID, ACS_CALLBACK_ISSUER, ACS_CALLBACK_JWKS_URL. */
  env(): Record<string, string>;
  start(): Promise<void>;
  /** Closes the server, its connections, every timer and in-flight callback delivery. */
  stop(): Promise<void>;
  readonly control: EmulatorControl;
}

/** A local ACS (Rooms + Call Automation) speaking the wire contract of acs.md. No shared state between instances. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const host = options.host ?? '127.0.0.1';
  const accessKey = options.accessKey ?? DEFAULT_ACCESS_KEY;
  const resourceId = options.resourceId ?? DEFAULT_RESOURCE_ID;
  const onError = options.onError ?? ((error: unknown) => console.error('[acs-emulator]', error));
  let port = options.port ?? 0;
  let server: Server | undefined;
  const origin = () => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const scheduler = createScheduler(onError);
  const faults = createFaults();
  const repeatability = createRepeatabilityCache();
  const outcomes = createInviteOutcomes();
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  let tokens: ReturnType<typeof createCallbackTokenIssuer> | undefined;
  const tokenIssuer = {
    jwks: () => {
      tokens ??= createCallbackTokenIssuer({ issuer: origin(), audience: resourceId });
      return tokens.jwks();
    },
    mint: () => {
      tokens ??= createCallbackTokenIssuer({ issuer: origin(), audience: resourceId });
      return tokens.mint();
    },
  };
  const callbacks = createCallbackDispatcher({
    tokens: tokenIssuer,
    faults,
    scheduler,
    retry: { attempts: 5, baseDelayMs: 200, timeoutMs: 5_000, ...options.callbackRetry },
    reorderHoldMs: timing.reorderHoldMs,
    onError,
  });
  const streams = createMediaStreams({ mintToken: () => tokenIssuer.mint(), onError });
  const pageSize = options.pageSize ?? 20;
  const rooms = createRooms({ pageSize, origin });
  const ctx = createCallingContext({
    timing,
    scheduler,
    rooms: rooms.store,
    outcomes,
    callbacks,
    eventVersion: options.eventVersion ?? '2024-09-15',
    resourceId,
    pageSize,
    autoStartRoomCalls: options.autoStartRoomCalls ?? true,
    origin,
    streams,
  });
  const eventGrid = createEventGrid({
    topic: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/emulator/providers/Microsoft.Communication/communicationServices/${resourceId}`,
    onError,
  });
  const calls = createCalls(ctx, eventGrid);
  const media = createMedia(ctx);
  const recordings = createRecordings(ctx, eventGrid);
  const { control, routes: controlRoutes } = createControl({
    ctx,
    rooms: rooms.store,
    calls,
    media,
    callbacks,
    faults,
    outcomes,
    repeatability,
    mintToken: () => tokenIssuer.mint(),
    eventGrid,
  });

  const discovery: Route[] = [
    {
      method: 'GET',
      pattern: /^\/calling\/\.well-known\/acsopenidconfiguration$/,
      kind: 'open',
      handler: () => ({
        status: 200,
        body: {
          issuer: origin(),
          jwks_uri: `${origin()}/calling/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          response_types_supported: ['id_token'],
          subject_types_supported: ['public'],
        },
      }),
    },
    {
      method: 'GET',
      pattern: /^\/calling\/keys$/,
      kind: 'open',
      handler: () => ({ status: 200, body: tokenIssuer.jwks() }),
    },
  ];

  const emulator: Emulator = {
    get url() {
      return origin();
    },
    get connectionString() {
      return `endpoint=${origin()}/;accesskey=${accessKey}`;
    },
    resourceId,
    get issuer() {
      return origin();
    },
    get jwksUrl() {
      return `${origin()}/calling/keys`;
    },
    get openIdConfigurationUrl() {
      return `${origin()}/calling/.well-known/acsopenidconfiguration`;
    },
    env: () => ({
      ACS_CONNECTION_STRING: emulator.connectionString,
      ACS_RESOURCE_ID: resourceId,
      ACS_CALLBACK_ISSUER: emulator.issuer,
      ACS_CALLBACK_JWKS_URL: emulator.jwksUrl,
    }),
    control,
    async start() {
      if (server) throw new Error('The emulator is already started.');
      const httpServer = createHttpServer({
        routes: [
          ...discovery,
          ...rooms.routes,
          ...calls.routes,
          ...media.routes,
          ...recordings.routes,
          ...controlRoutes,
        ],
        accessKey: Buffer.from(accessKey, 'base64'),
        maxClockSkewMs: options.maxClockSkewMs ?? 15 * 60_000,
        maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
        faults,
        repeatability,
        onError,
      });
      httpServer.on('clientError', (_error, socket) => socket.destroy());
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      port = (httpServer.address() as AddressInfo).port;
      server = httpServer;
      tokens ??= createCallbackTokenIssuer({ issuer: origin(), audience: resourceId });
    },
    async stop() {
      scheduler.dispose();
      callbacks.stop();
      streams.closeAll();
      const closing = server;
      server = undefined;
      if (!closing) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
  };
  return emulator;
}
