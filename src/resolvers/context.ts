import type { CallsPort, RoomsPort } from '../acs/ports.ts';
import type { Principal } from '../auth/principal.ts';
import type { CallbackCapabilities } from '../events/callback-capability.ts';
import type { IncomingCallLog } from '../events/incoming-calls.ts';
import type { CallEventLog } from '../events/log.ts';
import type { OutcomeAwaits } from '../events/outcome.ts';
import type { Logger } from '../logger.ts';
import type { PageCursors } from './paging.ts';

/**
 * Work a resolver starts and does not wait for (e.g. a retry after the client was answered). The app owns it:
 * `app.stop()` aborts the task's signal and waits for it to settle, so nothing outlives the gateway.
 */
export interface BackgroundTasks {
  /** Starts `task` now; it should end soon after `signal` aborts. Its failure is logged, never thrown. */
  run(name: string, task: (signal: AbortSignal) => Promise<void>): void;
}

/**
 * What the gateway gives every operation alike: one object, shared by every operation's context.
 */
export interface GatewayServices {
  /** Calls ringing the resource (Event Grid `IncomingCall`) and what became of them, shared by every replica. */
  incomingCalls: IncomingCallLog;
  /**
   * Where ACS posts a call's events and streams its transcripts (the gateway's own transport, unless the client
   * names another): URLs carrying a token issued per call, without which no event is stored.
   */
  callbacks: CallbackCapabilities;
  /** Hosts a client may name as a `transportUrl`; ACS hands its signed tokens to that host. */
  transportUrlAllowedHosts: readonly string[];
  /** A fresh `operationContext` for a call action whose client gave none. */
  newOperationContext(): string;
  /** Issues and checks the cursors of every connection (signed with the gateway's cursor key). */
  pageCursors: PageCursors;
  /** Where work that outlives the operation runs (owned by the app's lifecycle). */
  background: BackgroundTasks;
  /** Where `outcome` fields wait for the events that end call actions (bounded per subject). */
  outcomes: OutcomeAwaits;
}

/**
 * What every resolver gets: the ACS ports, the call event log, a logger carrying the request id, who is calling,
 * and the gateway's shared `services`. Built per GraphQL operation by `src/server/yoga.ts`.
 *
 * Kept to few properties: envelop copies them onto the transport's context object, and a subscription holds that
 * object for as long as it is open. Past about 18 properties in all V8 turns it into a hash table (~1–1.7 KiB
 * instead of ~0.3), so what every operation shares is one property (`services`), not seven.
 */
export interface GatewayContext {
  rooms: RoomsPort;
  calls: CallsPort;
  /**
   * The call event log as this operation sees it (`OperationLog`): a call's summary and info, and a recording's
   * files, are read at most once per id for the whole operation, however many fields need them.
   */
  eventLog: CallEventLog;
  /** Child logger with `requestId` on every line. */
  logger: Logger;
  requestId: string;
  /**
   * `Last-Event-ID` of an SSE request: where a reconnecting subscriber resumes (wins over `after`). Absent
   * when there is none (always on graphql-ws).
   */
  lastEventId?: string;
  /** Who is calling: scopes and rooms already checked against `ACCESS_RULES` before any resolver runs. */
  principal: Principal;
  /** What every operation shares. */
  services: GatewayServices;
  /** Aborts when the client goes away: the HTTP request before its response is complete, or the graphql-ws socket. */
  clientSignal(): AbortSignal | undefined;
}
