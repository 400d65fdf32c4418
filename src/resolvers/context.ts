import type { CallsPort, RoomsPort } from '../acs/ports.ts';
import type { Principal } from '../auth/principal.ts';
import type { IncomingCallLog } from '../events/incoming-calls.ts';
import type { CallEventLog } from '../events/log.ts';
import type { Logger } from '../logger.ts';

/**
 * What every resolver gets: the ACS ports, the call event log, a logger carrying the request id, and the
 * values the gateway stamps on every call action. Built per GraphQL operation by `src/server/yoga.ts`.
 */
export interface GatewayContext {
  rooms: RoomsPort;
  calls: CallsPort;
  eventLog: CallEventLog;
  /** Calls ringing the resource (Event Grid `IncomingCall`) and what became of them, shared by every replica. */
  incomingCalls: IncomingCallLog;
  /** Child logger with `requestId` on every line. */
  logger: Logger;
  requestId: string;
  /** Where ACS posts call events: `<publicBaseUrl>/api/callbacks[?secret=…]`. */
  callbackUrl: string;
  /**
   * The gateway's own transcription WebSocket, `<publicBaseUrl as ws(s)>/api/media/transcription`: where
   * ACS streams transcripts unless the client names another transport URL.
   */
  transcriptionTransportUrl: string;
  /** A fresh `operationContext` for a call action whose client gave none. */
  newOperationContext(): string;
  /** `Last-Event-ID` of an SSE request: where a reconnecting subscriber resumes (wins over `after`). */
  lastEventId: string | null;
  /** Who is calling: scopes and rooms already checked against `ACCESS_RULES` before any resolver runs. */
  principal: Principal;
}
