import type { CallEvent, NewCallEvent } from '../domain/call-event.ts';
import { type CallSnapshot, EMPTY_CALL_SNAPSHOT, foldCallEvents } from '../domain/call-snapshot.ts';
import { compareCursors, parseCursor } from './cursor.ts';
import type { CallEventLog, CallInfo, RecordingFiles } from './log.ts';
import { type AppendListener, type LogPage, type LogSource, LogSubscription } from './subscription.ts';

/** Settings of the in-memory call event log. */
export interface MemoryCallEventLogOptions {
  /** Events kept per call connection; older ones are trimmed (exactly, unlike Redis's `MAXLEN ~`). */
  maxEventsPerCall: number;
  /** How long a call's events and info outlive its last append or `recordCall`, in seconds. */
  ttlSeconds: number;
  /** Clock in epoch milliseconds (cursors and expiry). @default Date.now */
  now?: () => number;
  /** Events a subscription reads per page. @default 100 */
  pageSize?: number;
}

interface CallRecord {
  /** Retained events, oldest first; cursors strictly increasing. */
  events: CallEvent[];
  /** CloudEvent ids seen, oldest first (a Set keeps insertion order), capped at `maxEventsPerCall`. */
  seen: Set<string>;
  lastMs: number;
  lastSeq: number;
  /** Newest cursor trimmed away, or null. */
  maxDeleted: string | null;
  expiresAt: number;
  info: CallInfo | null;
  /** Every stored event folded in (`getCallSummary`). */
  summary: CallSnapshot;
}

/**
 * The call event log for a single process (no `REDIS_URL`), with the same semantics as the Redis log:
 * cursors are `<ms>-<seq>` strictly increasing per call, duplicates (same CloudEvent id within the last
 * `maxEventsPerCall` ids of a call) are skipped, the log is trimmed to `maxEventsPerCall` (so `EventsLost`
 * can happen), and a call is forgotten `ttlSeconds` after its last append or `recordCall`.
 * Subscriptions read pages and take notified events (see `LogSubscription`): nothing is queued per subscriber.
 */
export function createMemoryCallEventLog(options: MemoryCallEventLogOptions): CallEventLog {
  const now = options.now ?? Date.now;
  const pageSize = options.pageSize ?? 100;
  const ttlMs = options.ttlSeconds * 1000;
  const calls = new Map<string, CallRecord>();
  /** serverCallId → call connection (`linkServerCall`). */
  const serverCalls = new Map<string, string>();
  /** recordingId → its files and when they are forgotten (`recordRecordingFiles`). */
  const recordings = new Map<string, { files: RecordingFiles; expiresAt: number }>();
  /** Callback capability records (`updateCallbackRecord`) and when they are forgotten. */
  const callbackRecords = new Map<string, { fields: Record<string, string>; expiresAt: number }>();
  const subscriptions = new Set<LogSubscription>();
  /** Live subscriptions' notify functions per call; kept apart from records, which may expire. */
  const listeners = new Map<string, Set<AppendListener>>();
  let nextSweepAt = 0;

  /** The live record of a call, forgetting it (and any expired call, now and then) once its TTL is up. */
  function find(callConnectionId: string): CallRecord | undefined {
    const time = now();
    if (time >= nextSweepAt) {
      nextSweepAt = time + Math.min(ttlMs, 60_000);
      for (const [id, record] of calls) if (record.expiresAt <= time) calls.delete(id);
      for (const [id, record] of recordings) if (record.expiresAt <= time) recordings.delete(id);
      for (const [id, record] of callbackRecords) if (record.expiresAt <= time) callbackRecords.delete(id);
    }
    const record = calls.get(callConnectionId);
    if (record && record.expiresAt <= time) {
      calls.delete(callConnectionId);
      return undefined;
    }
    return record;
  }

  function findOrCreate(callConnectionId: string): CallRecord {
    let record = find(callConnectionId);
    if (!record) {
      record = {
        events: [],
        seen: new Set(),
        lastMs: 0,
        lastSeq: -1,
        maxDeleted: null,
        expiresAt: 0,
        info: null,
        summary: EMPTY_CALL_SNAPSHOT,
      };
      calls.set(callConnectionId, record);
    }
    record.expiresAt = now() + ttlMs;
    return record;
  }

  /** Index of the first retained event after `after` (binary search; cursors are sorted). */
  function firstIndexAfter(events: CallEvent[], after: string | null): number {
    if (after === null) return 0;
    let low = 0;
    let high = events.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const event = events[middle];
      if (event && compareCursors(event.cursor, after) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function readPage(callConnectionId: string, after: string | null, limit: number): LogPage {
    if (after !== null) parseCursor(after);
    const record = find(callConnectionId);
    if (!record) return { events: [], lostThrough: null, oldestRetained: null };
    const start = firstIndexAfter(record.events, after);
    const lost = after !== null && record.maxDeleted !== null && compareCursors(after, record.maxDeleted) < 0;
    return {
      events: record.events.slice(start, start + limit),
      lostThrough: lost ? record.maxDeleted : null,
      oldestRetained: record.events[0]?.cursor ?? null,
    };
  }

  /** What every subscription reads and listens through: one object for the log (none per subscription). */
  const source: LogSource = {
    pageSize,
    now,
    readPage: async (callConnectionId, from, limit) => readPage(callConnectionId, from, limit),
    async listen(callConnectionId, listener) {
      let callListeners = listeners.get(callConnectionId);
      if (!callListeners) {
        callListeners = new Set();
        listeners.set(callConnectionId, callListeners);
      }
      callListeners.add(listener);
    },
    async unlisten(callConnectionId, listener) {
      const callListeners = listeners.get(callConnectionId);
      if (!callListeners?.delete(listener)) return;
      if (callListeners.size === 0) listeners.delete(callConnectionId);
    },
    ended: (subscription) => subscriptions.delete(subscription),
  };

  return {
    // In this process: always reachable.
    async append(callConnectionId, events: readonly NewCallEvent[]) {
      const record = findOrCreate(callConnectionId);
      const previous = record.events.at(-1)?.cursor ?? null;
      const stored: CallEvent[] = [];
      for (const event of events) {
        if (record.seen.has(event.id)) continue;
        // Same shape and rules as a Redis Stream id: the clock, or the last ms with the next sequence.
        const ms = Math.max(now(), record.lastMs);
        record.lastSeq = ms === record.lastMs ? record.lastSeq + 1 : 0;
        record.lastMs = ms;
        const storedEvent = { ...event, cursor: `${ms}-${record.lastSeq}` } as CallEvent;
        record.events.push(storedEvent);
        stored.push(storedEvent);
        record.seen.add(event.id);
        if (record.seen.size > options.maxEventsPerCall) {
          const oldest = record.seen.values().next();
          if (!oldest.done) record.seen.delete(oldest.value);
        }
      }
      const excess = record.events.length - options.maxEventsPerCall;
      if (excess > 0) {
        const trimmed = record.events.splice(0, excess);
        record.maxDeleted = trimmed.at(-1)?.cursor ?? record.maxDeleted;
      }
      if (stored.length > 0) {
        record.summary = foldCallEvents(record.summary, stored);
        const appended = { previous, events: stored };
        for (const listener of listeners.get(callConnectionId) ?? []) listener.notify(appended);
      }
      return stored;
    },

    async readLast(callConnectionId, count) {
      const events = find(callConnectionId)?.events ?? [];
      return count > 0 ? events.slice(-count) : [];
    },

    async readAfter(callConnectionId, after, limit) {
      return readPage(callConnectionId, after, limit).events;
    },

    subscribe(callConnectionId, { after, signal }) {
      if (after !== null) parseCursor(after);
      const subscription = new LogSubscription(source, callConnectionId, { after, signal });
      subscriptions.add(subscription);
      return subscription;
    },

    async recordCall(callConnectionId, info) {
      findOrCreate(callConnectionId).info = { ...info };
    },

    async getCall(callConnectionId) {
      const info = find(callConnectionId)?.info;
      return info ? { ...info } : null;
    },

    async getCallSummary(callConnectionId) {
      const record = find(callConnectionId);
      return {
        info: record?.info ? { ...record.info } : null,
        snapshot: record?.summary ?? EMPTY_CALL_SNAPSHOT,
      };
    },

    async ping() {
      // In-process: always reachable.
    },

    async linkServerCall(serverCallId, callConnectionId) {
      serverCalls.set(serverCallId, callConnectionId);
    },

    async callOfServerCall(serverCallId) {
      const callConnectionId = serverCalls.get(serverCallId);
      // Forgotten with the call's log.
      return callConnectionId !== undefined && find(callConnectionId) ? callConnectionId : null;
    },

    async recordRecordingFiles(recordingId, files) {
      recordings.set(recordingId, { files: structuredClone(files), expiresAt: now() + ttlMs });
    },

    async getRecordingFiles(recordingId) {
      const record = recordings.get(recordingId);
      if (!record) return null;
      if (record.expiresAt <= now()) {
        recordings.delete(recordingId);
        return null;
      }
      return structuredClone(record.files);
    },

    async updateCallbackRecord(id, fields, { create }) {
      let record = callbackRecords.get(id);
      if (record && record.expiresAt <= now()) {
        callbackRecords.delete(id);
        record = undefined;
      }
      if (!record) {
        if (!create) return null;
        record = { fields: {}, expiresAt: 0 };
        callbackRecords.set(id, record);
      }
      for (const [name, value] of Object.entries(fields)) record.fields[name] ??= value;
      record.expiresAt = now() + ttlMs;
      return { ...record.fields };
    },

    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.end()));
      callbackRecords.clear();
      calls.clear();
      serverCalls.clear();
      recordings.clear();
    },
  };
}
