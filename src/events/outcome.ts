import type { CallEvent } from '../domain/call-event.ts';
import type { CallEventLog } from './log.ts';

/** Why an await ended without its event (the action itself was done either way). */
export type OutcomeAwaitFailure =
  /** No ending event reached the call's log in time. */
  | 'OUTCOME_TIMEOUT'
  /** The subject already had as many awaits open as allowed. */
  | 'OUTCOME_LIMIT_EXCEEDED'
  /** The log could not be read, or the gateway is shutting down. */
  | 'OUTCOME_UNAVAILABLE';

export type OutcomeAwaitResult = { event: CallEvent } | { failure: OutcomeAwaitFailure };

/** One await: which log to read, from where, and which event ends it. */
export interface OutcomeAwaitRequest {
  callConnectionId: string;
  /** The newest cursor of the call's log before the action was sent (null: from the start). */
  after: string | null;
  ends(event: CallEvent): boolean;
  timeoutMs: number;
  /** Ends the await early (the client went away); it then resolves as `OUTCOME_UNAVAILABLE`. */
  signal?: AbortSignal;
}

/**
 * Waits for the events that end call actions, reading each call's log after a cursor (replay, then live), so an
 * event stored before the await began, or by another replica, is found as well. Bounded per subject; every
 * await ends on its timeout, on its signal, or when the gateway shuts down.
 */
export interface OutcomeAwaits {
  wait(subject: string, request: OutcomeAwaitRequest): Promise<OutcomeAwaitResult>;
}

export function createOutcomeAwaits(options: {
  eventLog: CallEventLog;
  /** Most awaits one subject may have open at once (per gateway process). */
  maxPerSubject: number;
  /** Aborts on `app.stop()`: every open await ends at once. */
  shutdown: AbortSignal;
  /** Told +1 / -1 as awaits open and end. */
  onOpenChange?: (delta: 1 | -1) => void;
  /** Told how each await ended: with its event, or why not (timeouts included). */
  onEnded?: (ending: 'event' | OutcomeAwaitFailure) => void;
}): OutcomeAwaits {
  const openBySubject = new Map<string, number>();
  const release = (subject: string) => {
    const left = (openBySubject.get(subject) ?? 1) - 1;
    if (left === 0) openBySubject.delete(subject);
    else openBySubject.set(subject, left);
    options.onOpenChange?.(-1);
  };

  const wait: OutcomeAwaits['wait'] = async (subject, request) => {
    if (options.shutdown.aborted) return { failure: 'OUTCOME_UNAVAILABLE' };
    if ((openBySubject.get(subject) ?? 0) >= options.maxPerSubject) {
      return { failure: 'OUTCOME_LIMIT_EXCEEDED' };
    }
    openBySubject.set(subject, (openBySubject.get(subject) ?? 0) + 1);
    options.onOpenChange?.(1);
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = AbortSignal.any([timeout, options.shutdown, ...(request.signal ? [request.signal] : [])]);
    try {
      const subscription = options.eventLog.subscribe(request.callConnectionId, {
        after: request.after,
        signal,
      });
      for await (const event of subscription) {
        if (request.ends(event)) return { event };
      }
      // The subscription ends only when its signal aborts.
      return { failure: timeout.aborted ? 'OUTCOME_TIMEOUT' : 'OUTCOME_UNAVAILABLE' };
    } catch {
      return { failure: 'OUTCOME_UNAVAILABLE' };
    } finally {
      release(subject);
    }
  };

  return {
    async wait(subject, request) {
      const result = await wait(subject, request);
      options.onEnded?.('event' in result ? 'event' : result.failure);
      return result;
    },
  };
}
