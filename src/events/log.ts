import type { CallEvent, NewCallEvent, RecordingChunk } from '../domain/call-event.ts';
import type { CallSnapshot } from '../domain/call-snapshot.ts';
import { DependencyUnavailableError } from '../errors.ts';
import type { DrivenStream } from './stream.ts';

/**
 * The append-only, per-call-connection log of callback events (architecture.md §1).
 *
 * Cursors are opaque, totally ordered per call connection, and stable across replicas (with Redis
 * they are Stream ids). Implementations: `createRedisCallEventLog` (production, any number of
 * replicas) and `createMemoryCallEventLog` (one process; the default without `REDIS_URL`). Both pass
 * the contract suite in `test/contract/call-event-log.test.ts`.
 */
export interface CallEventLog {
  /**
   * Stores events in order and publishes each to live subscribers (on every replica). An event whose
   * CloudEvent `id` was already stored for this call connection is skipped.
   * Resolves only once every event is durably stored; rejects with `CallEventLogUnavailableError`
   * when the backing store cannot be reached (the callback receiver then answers 503).
   * @returns the events actually stored (duplicates left out), with their cursors.
   */
  append(callConnectionId: string, events: readonly NewCallEvent[]): Promise<CallEvent[]>;

  /** The newest `count` retained events, oldest first. */
  readLast(callConnectionId: string, count: number): Promise<CallEvent[]>;

  /** Retained events after `after` (exclusive; from the start when absent), oldest first, at most `limit`. */
  readAfter(callConnectionId: string, after: string | null, limit: number): Promise<CallEvent[]>;

  /**
   * Replays the retained events after `after` (from the start when null), then yields live events,
   * with no gap and no duplicate: it subscribes (awaited) before replaying and skips any live event
   * at or before the last cursor yielded. When `after` is older than the oldest retained event (trimmed
   * or expired), the first item is an `EventsLost` event. Ends when `signal` aborts or `return()` is
   * called; throws `InvalidCursorError` for a malformed `after`.
   */
  subscribe(
    callConnectionId: string,
    options: { after: string | null; signal?: AbortSignal },
  ): CallEventSubscription;

  /** Remembers facts about a call connection that ACS does not return (e.g. the room it belongs to). */
  recordCall(callConnectionId: string, info: CallInfo): Promise<void>;

  /** What `recordCall` stored, or null. */
  getCall(callConnectionId: string): Promise<CallInfo | null>;

  /**
   * What `recordCall` stored with what every event appended so far says about the call (`foldCallEvents` of
   * them all, trimmed ones included), in one read (with Redis: one round trip, however long the log). The
   * snapshot is kept up to date by `append` itself, atomically with it.
   */
  getCallSummary(callConnectionId: string): Promise<CallSummary>;
  /**
   * Remembers which of the gateway's call connections is on the ACS call `serverCallId`, for events that
   * name only the server call (Event Grid's `RecordingFileStatusUpdated`). Kept as long as a call's log.
   */
  linkServerCall(serverCallId: string, callConnectionId: string): Promise<void>;
  /** The call connection `linkServerCall` stored for `serverCallId`, or null. */
  callOfServerCall(serverCallId: string): Promise<string | null>;

  /**
   * Remembers the files ACS announced for a recording (Event Grid's `RecordingFileStatusUpdated`), which
   * ACS's recording API does not return; replaces what was stored before. Kept as long as a call's log.
   */
  recordRecordingFiles(recordingId: string, files: RecordingFiles): Promise<void>;
  /** What `recordRecordingFiles` stored for `recordingId`, or null (ACS has not announced its files yet). */
  getRecordingFiles(recordingId: string): Promise<RecordingFiles | null>;

  /**
   * The record of a callback capability (see `callback-capability.ts`), shared by every replica: sets each of
   * `fields` the record does not hold yet (a field once set never changes), keeps the record `ttlSeconds` of
   * the log from now, and returns every field. An absent record is created only when `create`; otherwise the
   * result is null and nothing is stored.
   */
  updateCallbackRecord(
    id: string,
    fields: Readonly<Record<string, string>>,
    options: { create: boolean },
  ): Promise<Record<string, string> | null>;

  /**
   * Checks that the backing store answers (Redis: a real PING, to every cluster master), for `/readyz`.
   * Rejects with `CallEventLogUnavailableError` when it does not answer within its command timeout.
   */
  ping(): Promise<void>;

  /** Releases connections and ends every open subscription. */
  close(): Promise<void>;
}

/**
 * A subscription to one call connection's log: either driven into a sink (events pushed as they are appended,
 * see `DrivenStream`) or read as an async iterator — one or the other, once.
 */
export type CallEventSubscription = DrivenStream<CallEvent> & AsyncIterable<CallEvent>;

/** Facts about a call connection that the gateway keeps next to its events. */
export interface CallInfo {
  /** The room whose call this connection joined (`connectRoomCall`). */
  roomId: string | null;
}

/** A call connection as the gateway knows it (`getCallSummary`). */
export interface CallSummary {
  /** What `recordCall` stored; null when the gateway did not connect the call (or it expired). */
  info: CallInfo | null;
  /** What its events say; `EMPTY_CALL_SNAPSHOT` when none was appended. */
  snapshot: CallSnapshot;
}

/** A recording's files as ACS announced them (`RecordingFileStatusUpdated`). */
export interface RecordingFiles {
  /** The recording's length in milliseconds (`recordingDurationMs`). */
  durationMs: number | null;
  /** Its files (`recordingChunks[]`), in order. */
  chunks: RecordingChunk[];
}

/** The log's backing store is unreachable; the operation may succeed when retried. */
export class CallEventLogUnavailableError extends DependencyUnavailableError {
  override readonly name = 'CallEventLogUnavailableError';
  override readonly dependency = 'The call event log';
}

/** A cursor that this log never issued (not merely an old one). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}
