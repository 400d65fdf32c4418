import { CALL_CONNECTION_STATES, type CallConnectionState } from './call.ts';
import type { CallEvent } from './call-event.ts';

/** What a call's events say about its state, up to and including `cursor`. */
export interface CallSnapshot {
  /** Null until an event that sets the state (CallConnected, ConnectFailed, CallDisconnected, …). */
  state: CallConnectionState | null;
  /** The last event folded in: subscribe with `after` = this cursor to continue with no gap. */
  cursor: string | null;
  /** The newest ACS server call id the events carried (null: none did). */
  serverCallId: string | null;
  /** The newest ACS correlation id the events carried (null: none did). */
  correlationId: string | null;
}

export const EMPTY_CALL_SNAPSHOT: CallSnapshot = {
  state: null,
  cursor: null,
  serverCallId: null,
  correlationId: null,
};

/**
 * The state a call never leaves: ACS guarantees neither order nor uniqueness (acs.md §5.2), so a late
 * CallConnected does not revive a disconnected call.
 */
export const FINAL_CALL_STATE = 'disconnected' satisfies CallConnectionState;

/** The state an event of this kind moves a call to (unless it is in `FINAL_CALL_STATE`); null: none. */
export function callStateSetBy(kind: CallEvent['kind']): CallConnectionState | null {
  if (kind === 'CallConnected') return 'connected';
  if (kind === 'ConnectFailed' || kind === 'CallDisconnected') return 'disconnected';
  if (kind === 'CallTransferAccepted') return 'transferAccepted';
  return null;
}

/** Folds events (in log order) into a snapshot; a call in `FINAL_CALL_STATE` stays there. */
export function foldCallEvents(
  snapshot: CallSnapshot,
  events: readonly Pick<CallEvent, 'kind' | 'cursor' | 'serverCallId' | 'correlationId'>[],
): CallSnapshot {
  let { state, cursor, serverCallId, correlationId } = snapshot;
  for (const event of events) {
    cursor = event.cursor;
    serverCallId = event.serverCallId ?? serverCallId;
    correlationId = event.correlationId ?? correlationId;
    if (state === FINAL_CALL_STATE) continue;
    state = callStateSetBy(event.kind) ?? state;
  }
  return { state, cursor, serverCallId, correlationId };
}

/**
 * The further along of two views of a call's state. ACS answers a GET with what it knows now, while
 * the gateway may already hold a later event (CallDisconnected) or not yet hold an earlier one
 * (a CallConnected still in flight): a call only moves forward through these states.
 */
export function laterCallState(a: CallConnectionState, b: CallConnectionState | null): CallConnectionState {
  if (b === null) return a;
  return CALL_CONNECTION_STATES.indexOf(b) > CALL_CONNECTION_STATES.indexOf(a) ? b : a;
}
