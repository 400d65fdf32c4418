import type { CallConnectionState, CallParticipant } from './call.ts';
import type { CallEvent } from './call-event.ts';

/** What a call's events say about it, up to and including `cursor`. */
export interface CallSnapshot {
  /** Null until an event that sets the state (CallConnected, ConnectFailed, CallDisconnected, …). */
  state: CallConnectionState | null;
  /** Null until the first ParticipantsUpdated. */
  participants: CallParticipant[] | null;
  /** The `sequenceNumber` of the ParticipantsUpdated the participants come from. */
  sequenceNumber: number | null;
  /** The last event folded in: subscribe with `after` = this cursor to continue with no gap. */
  cursor: string | null;
}

export const EMPTY_CALL_SNAPSHOT: CallSnapshot = {
  state: null,
  participants: null,
  sequenceNumber: null,
  cursor: null,
};

/**
 * Folds events (in log order) into a snapshot. ACS guarantees neither order nor uniqueness
 * (acs.md §5.2), so:
 * - a disconnected call stays disconnected (a late CallConnected does not revive it);
 * - a ParticipantsUpdated replaces the participants only when its `sequenceNumber` is higher than
 *   the one they came from (equal or older snapshots are dropped; one without a number is taken
 *   only while no numbered one was seen).
 */
export function foldCallEvents(snapshot: CallSnapshot, events: readonly CallEvent[]): CallSnapshot {
  let { state, participants, sequenceNumber, cursor } = snapshot;
  for (const event of events) {
    cursor = event.cursor;
    if (state === 'disconnected') continue;
    switch (event.kind) {
      case 'CallConnected':
        state = 'connected';
        break;
      case 'ConnectFailed':
      case 'CallDisconnected':
        state = 'disconnected';
        break;
      case 'CallTransferAccepted':
        state = 'transferAccepted';
        break;
      case 'ParticipantsUpdated':
        if (
          event.sequenceNumber === null
            ? sequenceNumber === null
            : event.sequenceNumber > (sequenceNumber ?? -1)
        ) {
          participants = event.participants;
          sequenceNumber = event.sequenceNumber;
        }
        break;
    }
  }
  return { state, participants, sequenceNumber, cursor };
}
