import type { CommunicationIdentifier } from './identifier.ts';

/**
 * A call ringing the ACS resource, from Event Grid's `Microsoft.Communication.IncomingCall` (acs.md §5.3).
 * ACS lets an app answer, reject or redirect it by its `incomingCallContext` for about 30 seconds.
 */
export interface IncomingCall {
  /** Opaque; what answerCall, rejectCall and redirectCall take. */
  incomingCallContext: string;
  serverCallId: string | null;
  correlationId: string | null;
  from: CommunicationIdentifier;
  /** The number or identity of the resource that is called. */
  to: CommunicationIdentifier;
  callerDisplayName: string | null;
  /** When the gateway received it (ISO 8601). */
  receivedAt: string;
  /** When its context stops being usable (ISO 8601): `receivedAt` + `INCOMING_CALL_RING_MS`. */
  expiresAt: string;
}

/** How long ACS lets an app answer an incoming call (its ring time; acs.md §5.3). */
export const INCOMING_CALL_RING_MS = 30_000;

/** How a ringing call stopped ringing for the gateway's clients without being answered by the gateway. */
export type IncomingCallEndReason = 'rejected' | 'redirected';

/** What happened to an incoming call, in the order the gateway learnt it; `cursor` resumes after it. */
export type IncomingCallEvent =
  | { kind: 'IncomingCall'; cursor: string; time: string; call: IncomingCall }
  | {
      kind: 'IncomingCallAnswered';
      cursor: string;
      time: string;
      call: IncomingCall;
      /** The gateway's call connection that answered it. */
      callConnectionId: string;
    }
  | {
      kind: 'IncomingCallEnded';
      cursor: string;
      time: string;
      call: IncomingCall;
      reason: IncomingCallEndReason;
    };
