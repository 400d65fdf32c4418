import type { CallEvent, EventsLostEvent } from '../domain/call-event.ts';
import { InvalidCursorError } from './log.ts';

/** A cursor split into its two parts: `<ms>-<seq>`, the shape of a Redis Stream id. */
export interface ParsedCursor {
  ms: bigint;
  seq: bigint;
}

const CURSOR_PATTERN = /^(\d{1,20})-(\d{1,20})$/;
const MAX_PART = 2n ** 64n - 1n;

/**
 * Parses a cursor (`<digits>-<digits>`, each part at most 2^64-1 as in Redis Stream ids).
 * @throws InvalidCursorError for anything else.
 */
export function parseCursor(cursor: string): ParsedCursor {
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match) throw new InvalidCursorError('A cursor looks like "<digits>-<digits>".');
  const ms = BigInt(match[1] ?? '');
  const seq = BigInt(match[2] ?? '');
  if (ms > MAX_PART || seq > MAX_PART) throw new InvalidCursorError('The cursor is out of range.');
  return { ms, seq };
}

/** Negative when `a` comes before `b`, zero when equal, positive after. Both must be valid cursors. */
export function compareCursors(a: string, b: string): number {
  const left = parseCursor(a);
  const right = parseCursor(b);
  if (left.ms !== right.ms) return left.ms < right.ms ? -1 : 1;
  if (left.seq !== right.seq) return left.seq < right.seq ? -1 : 1;
  return 0;
}

/**
 * The `EventsLost` item a subscription yields when events after `requestedAfter` were trimmed or expired.
 *
 * Its `cursor` is the newest lost cursor (`lostThrough`): resuming after it skips exactly the lost range,
 * so a client that reconnects with the cursor of this item is told about the loss once, not again.
 * Its `id` is derived from the call and the lost range, so the same loss has the same id on every replica.
 * `time` is when the gateway noticed the loss (ISO 8601).
 */
export function eventsLostEvent(input: {
  callConnectionId: string;
  requestedAfter: string;
  lostThrough: string;
  oldestRetainedCursor: string | null;
  now: number;
}): CallEvent & EventsLostEvent {
  return {
    kind: 'EventsLost',
    id: `EventsLost:${input.callConnectionId}:${input.requestedAfter}:${input.lostThrough}`,
    callConnectionId: input.callConnectionId,
    serverCallId: null,
    correlationId: null,
    operationContext: null,
    time: new Date(input.now).toISOString(),
    resultInformation: null,
    requestedAfter: input.requestedAfter,
    oldestRetainedCursor: input.oldestRetainedCursor,
    cursor: input.lostThrough,
  };
}
