import { createHash } from 'node:crypto';
import type { UnknownCallEvent } from '../domain/call-event.ts';
import type { IncomingCall, IncomingCallEndReason, IncomingCallEvent } from '../domain/incoming-call.ts';
import type { CallEventLog } from './log.ts';
import { type DrivenStream, type EventSink, iterate } from './stream.ts';

/**
 * The short-lived log of incoming calls: what Event Grid delivered (`IncomingCall`) and what became of each
 * (`IncomingCallAnswered`, `IncomingCallEnded`), shared by every replica.
 *
 * It is one stream of a `CallEventLog` of its own (memory, or Redis under its own key prefix), so it has the
 * call event log's guarantees: cursors stable across replicas, replay then live with no gap or duplicate,
 * de-duplication by event id. That de-duplication is also what makes a claim on a call (`claim`) win on
 * exactly one replica. Entries are stored as the log's `Unknown` events (`acsType` names the entry) and are
 * never served by `callEvents`, which reads another log.
 */
export interface IncomingCallLog {
  /** Stores a ringing call; Event Grid's redelivery of the same event id is skipped. */
  ring(eventId: string, call: IncomingCall): Promise<void>;
  /** The call of this context while it still rings (null: unknown to the gateway, or expired). */
  find(incomingCallContext: string): Promise<IncomingCall | null>;
  /**
   * Claims a ringing call for one answer, rejection or redirection: true for the first claim on any replica,
   * false for every later one. A claim is not given back when ACS then fails (it may have acted).
   */
  claim(call: IncomingCall): Promise<boolean>;
  /** Tells every subscriber the call was answered by the gateway's call connection `callConnectionId`. */
  answered(call: IncomingCall, callConnectionId: string): Promise<void>;
  /** Tells every subscriber the call stopped ringing for them. */
  ended(call: IncomingCall, reason: IncomingCallEndReason): Promise<void>;
  /** Rejects with `InvalidCursorError` when the log never issued `cursor`. */
  checkCursor(cursor: string): Promise<void>;
  /**
   * Replays what is retained after `after` (from the start when null), then streams live: calls whose ring
   * time is over are left out, and with `to` only calls to that raw id. Fails with `InvalidCursorError` for a
   * cursor the log never issued.
   */
  subscribe(options: { after: string | null; to: string | null }): IncomingCallStream;
}

export type IncomingCallStream = DrivenStream<IncomingCallEvent> & AsyncIterable<IncomingCallEvent>;

/**
 * The sizing of the log an `IncomingCallLog` is given: entries kept (far more calls than ring at once) and how
 * long the log outlives its last entry (well past the ring time, short enough to hold nothing stale).
 */
export const INCOMING_CALL_LOG_SETTINGS = { maxEventsPerCall: 1_000, ttlSeconds: 300 } as const;

/** The one stream of the log. */
const STREAM = 'incoming-calls';
/** Entries read when looking a context up: far more calls than ring within the ring time. */
const LOOKUP_DEPTH = 1_000;

type EntryType = IncomingCallEvent['kind'] | 'IncomingCallClaimed';

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');

export function createIncomingCallLog(log: CallEventLog, now: () => number = Date.now): IncomingCallLog {
  const entry = (id: string, type: EntryType, call: IncomingCall, extra: object = {}): UnknownCallEvent => ({
    kind: 'Unknown',
    id,
    callConnectionId: STREAM,
    serverCallId: call.serverCallId,
    correlationId: call.correlationId,
    operationContext: null,
    time: new Date(now()).toISOString(),
    resultInformation: null,
    acsType: type,
    data: { call, ...extra },
  });
  const ringing = (call: IncomingCall) => Date.parse(call.expiresAt) > now();

  return {
    async ring(eventId, call) {
      await log.append(STREAM, [entry(`ring:${eventId}`, 'IncomingCall', call)]);
    },
    async find(incomingCallContext) {
      const entries = await log.readLast(STREAM, LOOKUP_DEPTH);
      for (const stored of entries.reverse()) {
        const event = decode(stored);
        if (event?.kind === 'IncomingCall' && event.call.incomingCallContext === incomingCallContext) {
          return ringing(event.call) ? event.call : null;
        }
      }
      return null;
    },
    async claim(call) {
      const stored = await log.append(STREAM, [
        entry(`claim:${hash(call.incomingCallContext)}`, 'IncomingCallClaimed', call),
      ]);
      return stored.length === 1;
    },
    async answered(call, callConnectionId) {
      await log.append(STREAM, [
        entry(`answered:${hash(call.incomingCallContext)}`, 'IncomingCallAnswered', call, {
          callConnectionId,
        }),
      ]);
    },
    async ended(call, reason) {
      await log.append(STREAM, [
        entry(`ended:${hash(call.incomingCallContext)}`, 'IncomingCallEnded', call, { reason }),
      ]);
    },
    async checkCursor(cursor) {
      await log.readAfter(STREAM, cursor, 1);
    },
    subscribe({ after, to }) {
      const source = log.subscribe(STREAM, { after });
      const stream: IncomingCallStream = {
        drive(sink: EventSink<IncomingCallEvent>) {
          source.drive({
            push(stored) {
              const event = decode(stored);
              if (!event || !ringing(event.call)) return true;
              if (to !== null && event.call.to.rawId !== to) return true;
              return sink.push(event);
            },
            end: () => sink.end(),
            fail: (error) => sink.fail(error),
          });
        },
        resume: () => source.resume(),
        end: () => source.end(),
        [Symbol.asyncIterator]: () => iterate(stream),
      };
      return stream;
    },
  };
}

/** The entry as an event for subscribers; null for what they are not shown (claims, lost-event notices). */
function decode(stored: { kind: string; cursor: string; time: string }): IncomingCallEvent | null {
  if (stored.kind !== 'Unknown') return null;
  const { acsType, data, cursor, time } = stored as UnknownCallEvent & { cursor: string };
  const { call, callConnectionId, reason } = data as {
    call: IncomingCall;
    callConnectionId?: string;
    reason?: IncomingCallEndReason;
  };
  switch (acsType as EntryType) {
    case 'IncomingCall':
      return { kind: 'IncomingCall', cursor, time, call };
    case 'IncomingCallAnswered':
      return { kind: 'IncomingCallAnswered', cursor, time, call, callConnectionId: callConnectionId ?? '' };
    case 'IncomingCallEnded':
      return { kind: 'IncomingCallEnded', cursor, time, call, reason: reason ?? 'rejected' };
    default:
      return null;
  }
}
