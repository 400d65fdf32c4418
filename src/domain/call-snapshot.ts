import { CALL_CONNECTION_STATES, type CallConnectionState } from './call.ts';
import type { CallEvent } from './call-event.ts';

/** What a call's events say about its state, up to and including `cursor`. */
export interface CallSnapshot {
  /** Null until an event that sets the state (CallConnected, ConnectFailed, CallDisconnected, …). */
  state: CallConnectionState | null;
  /** The last event folded in: subscribe with `after` = this cursor to continue with no gap. */
  cursor: string | null;
}

export const EMPTY_CALL_SNAPSHOT: CallSnapshot = { state: null, cursor: null };

/**
 * Folds events (in log order) into a snapshot. ACS guarantees neither order nor uniqueness
 * (acs.md §5.2), so a disconnected call stays disconnected: a late CallConnected does not revive it.
 */
export function foldCallEvents(snapshot: CallSnapshot, events: readonly CallEvent[]): CallSnapshot {
  let { state, cursor } = snapshot;
  for (const event of events) {
    cursor = event.cursor;
    if (state === 'disconnected') continue;
    if (event.kind === 'CallConnected') state = 'connected';
    else if (event.kind === 'ConnectFailed' || event.kind === 'CallDisconnected') state = 'disconnected';
    else if (event.kind === 'CallTransferAccepted') state = 'transferAccepted';
  }
  return { state, cursor };
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
