import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { CallEvent, NewCallEvent } from '../domain/call-event.ts';
import {
  type CallSnapshot,
  callStateSetBy,
  FINAL_CALL_STATE,
  foldCallEvents,
} from '../domain/call-snapshot.ts';
import { compareCursors, parseCursor } from './cursor.ts';
import {
  type CallEventLog,
  CallEventLogUnavailableError,
  type CallInfo,
  type RecordingFiles,
} from './log.ts';
import { connectRedis, type RedisConnectionOptions, type RedisPort } from './redis-commands.ts';
import {
  type Appended,
  type AppendListener,
  type LogPage,
  type LogSource,
  LogSubscription,
} from './subscription.ts';

/**
 * Settings of the Redis call event log (architecture.md §1), with its connections: `redis`, shared with others
 * and left open by `close()` (its owner closes it), or the options of connections of its own.
 */
export type RedisCallEventLogOptions = RedisCallEventLogSettings &
  ({ redis: RedisPort } | (RedisConnectionOptions & { redis?: undefined }));

/** How the Redis call event log keeps its keys. */
export interface RedisCallEventLogSettings {
  logger: Logger;
  /** Prefix of every key and channel, e.g. `switchboard:`. */
  keyPrefix: string;
  /** Events kept per call: trimmed in batches, so up to 10% (at most 100) more may be held for a while. */
  maxEventsPerCall: number;
  /** How long a call's keys outlive its last append or `recordCall`, in seconds. */
  ttlSeconds: number;
  /** Events a subscription reads per page (`XRANGE … COUNT`). @default 100 */
  pageSize?: number;
  /**
   * Told when a command is answered or fails (`failed`: unreachable, timed out, refused), with its family and how
   * long it took in seconds, e.g. for metrics.
   */
  onCommand?(family: RedisCommandFamily, seconds: number, failed: boolean): void;
}

/** What a Redis command of the log is for: a fixed set (a metrics label). */
export type RedisCommandFamily =
  | 'append'
  | 'read'
  | 'subscribe'
  | 'unsubscribe'
  | 'call_info'
  | 'recording_files'
  | 'ping';

/**
 * Appends a batch of events to a call's stream in one round trip.
 * De-duplicates by CloudEvent id, trims the stream, refreshes every TTL of the call and notifies
 * subscribers, atomically, so a subscriber can never be told about an event that is not in the stream.
 */
const APPEND_SCRIPT = `
-- KEYS[1] the call's stream, KEYS[2] its seen-ids sorted set, KEYS[3] its info key,
-- KEYS[4] its trim watermark (the newest stream id ever trimmed away), KEYS[5] its summary hash
-- ARGV[1] max events (also the dedupe window), ARGV[2] trim slack, ARGV[3] TTL in seconds,
-- ARGV[4] 'PUBLISH' or 'SPUBLISH', ARGV[5] the call's channel, ARGV[6] the state a call never leaves,
-- ARGV[7], ARGV[8], ...: for each event in order, five values: CloudEvent id, event JSON, the state it sets,
-- its serverCallId, its correlationId ('' for none)
-- Returns {index, stream id, ...} for the events stored (index is 0-based in the batch).
local maxEvents = tonumber(ARGV[1])
-- The summary (foldCallEvents of every stored event), folded on here in the same step as the events are stored.
local summary = redis.call('HMGET', KEYS[5], 'state', 'serverCallId', 'correlationId')
local state, serverCallId, correlationId = summary[1] or '', summary[2] or '', summary[3] or ''
local cursor = ''
local newest = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
-- The notification: the id that preceded this batch ('' when none), then id and JSON of each stored event.
local notification = {newest and newest[1] or ''}
local stored = {}
for i = 7, #ARGV, 5 do
  local eventId = ARGV[i]
  if not redis.call('ZSCORE', KEYS[2], eventId) then
    local streamId = redis.call('XADD', KEYS[1], '*', 'event', ARGV[i + 1])
    -- Scored by the stream id's milliseconds, so trimming the set by rank drops the oldest ids first.
    redis.call('ZADD', KEYS[2], string.match(streamId, '^%d+'), eventId)
    stored[#stored + 1] = tostring((i - 7) / 5)
    stored[#stored + 1] = streamId
    cursor = streamId
    if state ~= ARGV[6] and ARGV[i + 2] ~= '' then state = ARGV[i + 2] end
    if ARGV[i + 3] ~= '' then serverCallId = ARGV[i + 3] end
    if ARGV[i + 4] ~= '' then correlationId = ARGV[i + 4] end
    notification[#notification + 1] = streamId
    notification[#notification + 1] = ARGV[i + 1]
  end
end
if #stored > 0 then
  redis.call('HSET', KEYS[5], 'state', state, 'cursor', cursor, 'serverCallId', serverCallId,
    'correlationId', correlationId)
  -- Trim in batches of at least ARGV[2] entries so the extra XRANGE is paid once per batch. The id of the
  -- newest trimmed entry is kept: a reader whose cursor is older than it has lost events (EventsLost).
  -- (XINFO's max-deleted-entry-id would not do: trimming does not update it, only XDEL does.)
  local excess = redis.call('XLEN', KEYS[1]) - maxEvents
  if excess >= tonumber(ARGV[2]) then
    local doomed = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', excess)
    redis.call('XTRIM', KEYS[1], 'MAXLEN', maxEvents)
    redis.call('SET', KEYS[4], doomed[#doomed][1])
  end
  -- Keep only the newest ids: duplicates older than the log itself are no longer detected.
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, -(maxEvents + 1))
  for k = 1, 5 do redis.call('EXPIRE', KEYS[k], ARGV[3]) end
  -- One notification per batch carrying the stored events (lines: JSON holds no raw newline), so caught-up
  -- subscribers need not read the stream.
  redis.call(ARGV[4], ARGV[5], table.concat(notification, '\\n'))
end
return stored
`;

/**
 * Reads a page of a call's stream after a cursor, with the trim watermark and the oldest retained id,
 * atomically (a trim between separate reads could hide a loss or report one that did not happen).
 */
const READ_SCRIPT = `
-- KEYS[1] the call's stream, KEYS[2] its trim watermark; ARGV[1] start ('-' or '(<cursor>'), ARGV[2] count
-- Returns {newest trimmed id or false, oldest retained id or false, entries}
local entries = redis.call('XRANGE', KEYS[1], ARGV[1], '+', 'COUNT', ARGV[2])
local first = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', 1)[1]
return {redis.call('GET', KEYS[2]), first and first[1] or false, entries}
`;

/**
 * `getCallSummary` in one round trip: the call's info, its summary, and the newest id of its stream (which is the
 * summary's cursor unless a gateway that keeps no summary appended since).
 */
const SUMMARY_SCRIPT = `
-- KEYS[1] the call's info key, KEYS[2] its summary hash, KEYS[3] its stream
-- Returns {info JSON, state, cursor, serverCallId, correlationId, newest stream id} (each false when absent)
local summary = redis.call('HMGET', KEYS[2], 'state', 'cursor', 'serverCallId', 'correlationId')
local newest = redis.call('XREVRANGE', KEYS[3], '+', '-', 'COUNT', 1)[1]
return {redis.call('GET', KEYS[1]), summary[1], summary[2], summary[3], summary[4], newest and newest[1] or false}
`;

/**
 * `updateCallbackRecord`: KEYS[1] the record (a hash); ARGV: create ('1'/'0'), TTL in seconds, then field/value
 * pairs set only where absent. Returns the hash's flat field/value list, or false when absent and not created.
 */
const CALLBACK_RECORD_SCRIPT = `
if ARGV[1] ~= '1' and redis.call('EXISTS', KEYS[1]) == 0 then return false end
for i = 3, #ARGV, 2 do redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return redis.call('HGETALL', KEYS[1])
`;

/**
 * The production call event log: one Redis Stream per call connection, shared by every replica.
 *
 * Keys (all of a call's keys share the `{callConnectionId}` hash tag, so one cluster slot):
 * `<prefix>call:{<id>}:events` (stream; field `event` = the event JSON; the stream id is the cursor),
 * `<prefix>call:{<id>}:seen` (sorted set of CloudEvent ids for de-duplication, capped at `maxEventsPerCall`),
 * `<prefix>call:{<id>}:info` (JSON of `recordCall`), `<prefix>call:{<id>}:trimmed` (newest trimmed stream
 * id, for `EventsLost`), `<prefix>call:{<id>}:summary` (hash: `state`, `cursor`, `serverCallId`,
 * `correlationId` of every event appended, kept by the append script; `getCallSummary`), channel
 * `<prefix>call:{<id>}:appended` (one message per appended batch: lines
 * `<id before the batch, or empty>`, then `<stream id>`, `<event JSON>` per stored event; see `decodeAppended`),
 * and `<prefix>callback:{<id>}` (hash of `updateCallbackRecord`).
 *
 * Connections: one command connection and ONE subscriber connection (`options.redis`, shared with the gateway's
 * other Redis users, or its own), channels reference-counted across local subscriptions. Commands fail fast
 * while Redis is unreachable (no offline queue) and give up
 * after `commandTimeoutMs` when it does not answer (frozen, overloaded), so `append` rejects with
 * `CallEventLogUnavailableError`; both connections reconnect with capped exponential backoff, and on every
 * reconnect (or late answer, or cluster failover) each open subscription re-reads the stream after its last
 * cursor (notifications published during the outage are lost; the stream is not).
 *
 * Resolves once connected; rejects with `CallEventLogUnavailableError` when Redis is unreachable at start.
 */
export async function createRedisCallEventLog(options: RedisCallEventLogOptions): Promise<CallEventLog> {
  const { keyPrefix, maxEventsPerCall, ttlSeconds, logger } = options;
  const pageSize = options.pageSize ?? 100;
  // Up to 10% (at most 100) events more than maxEventsPerCall are kept, so trimming runs in batches.
  const trimSlack = Math.max(1, Math.min(100, Math.floor(maxEventsPerCall / 10)));
  const subscriptions = new Set<LogSubscription>();
  const notifyAll = () => {
    for (const subscription of subscriptions) subscription.notify(null);
  };

  const port = options.redis ?? (await connectRedis(options));
  const stopListening = port.onReconnect(notifyAll);
  const scripts = {
    append: loadable(APPEND_SCRIPT),
    read: loadable(READ_SCRIPT),
    summary: loadable(SUMMARY_SCRIPT),
    callbackRecord: loadable(CALLBACK_RECORD_SCRIPT),
  };

  const keys = (callConnectionId: string) => {
    const base = `${keyPrefix}call:{${callConnectionId}}`;
    return {
      events: `${base}:events`,
      seen: `${base}:seen`,
      info: `${base}:info`,
      trimmed: `${base}:trimmed`,
      summary: `${base}:summary`,
      channel: `${base}:appended`,
    };
  };

  /** EVALSHA, falling back to EVAL once per connection when Redis has not seen the script (NOSCRIPT). */
  async function runScript(script: Loadable, scriptKeys: string[], args: string[]): Promise<unknown> {
    const [firstKey = ''] = scriptKeys;
    const tail = [String(scriptKeys.length), ...scriptKeys, ...args];
    try {
      return await port.send(firstKey, ['EVALSHA', script.sha1, ...tail]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await port.send(firstKey, ['EVAL', script.source, ...tail]);
    }
  }

  /** Runs one command (or script), telling `onCommand` how it went. */
  function observe<T>(family: RedisCommandFamily, command: () => Promise<T>): Promise<T> {
    const { onCommand } = options;
    if (!onCommand) return command();
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    return command().then(
      (value) => {
        onCommand(family, seconds(), false);
        return value;
      },
      (error: unknown) => {
        onCommand(family, seconds(), true);
        throw error;
      },
    );
  }

  async function unavailable<T>(what: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw new CallEventLogUnavailableError(`Redis could not ${what}.`, { cause: error });
    }
  }

  async function readPage(callConnectionId: string, after: string | null, limit: number): Promise<LogPage> {
    if (after !== null) parseCursor(after);
    const { events: stream, trimmed } = keys(callConnectionId);
    const start = after === null ? '-' : `(${after}`;
    const reply = await unavailable('read the call event log', () =>
      observe('read', () => runScript(scripts.read, [stream, trimmed], [start, String(limit)])),
    );
    const [lastTrimmed, firstId, entries] = reply as [string | null, string | null, [string, string[]][]];
    const events = entries.map(([id, fields]) => decodeEntry(id, fields));
    const lost = after !== null && lastTrimmed !== null && compareCursors(after, lastTrimmed) < 0;
    return { events, lostThrough: lost ? lastTrimmed : null, oldestRetained: firstId ?? null };
  }

  /**
   * Reads in flight, keyed by call, cursor and size. A notification wakes every local subscriber of a call at
   * once, and those at the same cursor (all caught-up ones) then share one XRANGE instead of one each.
   * Pages are never mutated by their readers, so sharing the result is safe.
   */
  const readsInFlight = new Map<string, Promise<LogPage>>();
  function sharedReadPage(callConnectionId: string, after: string | null, limit: number): Promise<LogPage> {
    const key = `${callConnectionId}\n${after ?? ''}\n${limit}`;
    let read = readsInFlight.get(key);
    if (!read) {
      read = readPage(callConnectionId, after, limit).finally(() => readsInFlight.delete(key));
      readsInFlight.set(key, read);
    }
    return read;
  }

  /** Local subscribers per channel; SUBSCRIBE once per channel, UNSUBSCRIBE when the last one leaves. */
  const channels = new Map<
    string,
    { notifiers: Set<AppendListener>; subscribed: Promise<void>; listener: (message: string) => void }
  >();

  async function listen(callConnectionId: string, subscriber: AppendListener): Promise<void> {
    const { channel } = keys(callConnectionId);
    let entry = channels.get(channel);
    if (!entry) {
      const notifiers = new Set<AppendListener>();
      const listener = (message: string) => {
        // Decoded once for every local subscriber of the call: they share the event objects.
        const appended = decodeAppended(message);
        for (const notified of notifiers) notified.notify(appended);
      };
      const created = {
        notifiers,
        listener,
        subscribed: observe('subscribe', () => port.subscribe(channel, listener)),
      };
      entry = created;
      channels.set(channel, created);
      created.subscribed.catch(() => {
        if (channels.get(channel) === created) channels.delete(channel);
        // A SUBSCRIBE that timed out may still complete later: drop its listener then, not leak it.
        observe('unsubscribe', () => port.unsubscribe(channel, listener)).catch(() => {});
      });
    }
    entry.notifiers.add(subscriber);
    const current = entry;
    try {
      // Awaited even when another subscription started the SUBSCRIBE: replay must start after it.
      await unavailable('subscribe to the call', () => current.subscribed);
    } catch (error) {
      current.notifiers.delete(subscriber);
      throw error;
    }
  }

  async function unlisten(callConnectionId: string, subscriber: AppendListener): Promise<void> {
    const { channel } = keys(callConnectionId);
    const current = channels.get(channel);
    // Not in the channel's current entry: it was never added there (its SUBSCRIBE failed, and `listen` threw).
    if (!current?.notifiers.delete(subscriber) || current.notifiers.size > 0) return;
    channels.delete(channel);
    try {
      await observe('unsubscribe', () => port.unsubscribe(channel, current.listener));
    } catch (error) {
      logger.warn({ err: error, channel }, 'could not unsubscribe from a call channel');
    }
  }

  /**
   * What every subscription of this log reads and listens through: one object (a subscription holds no closure
   * of its own, and no channel name: it is made when listening starts and stops).
   */
  const source: LogSource = {
    pageSize,
    now: Date.now,
    readPage: (callConnectionId, from, limit) => sharedReadPage(callConnectionId, from, limit),
    listen,
    unlisten,
    ended: (subscription) => subscriptions.delete(subscription),
  };

  return {
    async append(callConnectionId, events: readonly NewCallEvent[]) {
      if (events.length === 0) return [];
      const callKeys = keys(callConnectionId);
      const args = [
        String(maxEventsPerCall),
        String(trimSlack),
        String(ttlSeconds),
        port.publishCommand,
        callKeys.channel,
        FINAL_CALL_STATE,
      ];
      for (const event of events) {
        args.push(
          event.id,
          JSON.stringify(event),
          callStateSetBy(event.kind) ?? '',
          event.serverCallId ?? '',
          event.correlationId ?? '',
        );
      }
      const appendKeys = [callKeys.events, callKeys.seen, callKeys.info, callKeys.trimmed, callKeys.summary];
      const reply = (await unavailable('append to the call event log', () =>
        observe('append', () => runScript(scripts.append, appendKeys, args)),
      )) as string[];
      const stored: CallEvent[] = [];
      for (let i = 0; i + 1 < reply.length; i += 2) {
        const event = events[Number(reply[i])];
        if (event) stored.push({ ...event, cursor: String(reply[i + 1]) } as CallEvent);
      }
      return stored;
    },

    async readLast(callConnectionId, count) {
      if (count <= 0) return [];
      const key = keys(callConnectionId).events;
      const entries = (await unavailable('read the call event log', () =>
        observe('read', () => port.send(key, ['XREVRANGE', key, '+', '-', 'COUNT', String(count)])),
      )) as [string, string[]][];
      return entries.map(([id, fields]) => decodeEntry(id, fields)).reverse();
    },

    async readAfter(callConnectionId, after, limit) {
      return (await readPage(callConnectionId, after, limit)).events;
    },

    subscribe(callConnectionId, { after, signal }) {
      if (after !== null) parseCursor(after);
      const subscription = new LogSubscription(source, callConnectionId, { after, signal });
      subscriptions.add(subscription);
      return subscription;
    },

    async recordCall(callConnectionId, info: CallInfo) {
      const key = keys(callConnectionId).info;
      const value = JSON.stringify({ roomId: info.roomId });
      await unavailable('record the call', () =>
        observe('call_info', () => port.send(key, ['SET', key, value, 'EX', String(ttlSeconds)])),
      );
    },

    async linkServerCall(serverCallId, callConnectionId) {
      const key = `${keyPrefix}server-call:{${serverCallId}}`;
      await unavailable('link the server call', () =>
        observe('call_info', () => port.send(key, ['SET', key, callConnectionId, 'EX', String(ttlSeconds)])),
      );
    },

    async callOfServerCall(serverCallId) {
      const key = `${keyPrefix}server-call:{${serverCallId}}`;
      return (await unavailable('read the server call', () =>
        observe('call_info', () => port.send(key, ['GET', key])),
      )) as string | null;
    },

    async updateCallbackRecord(id, fields, { create }) {
      const key = `${keyPrefix}callback:{${id}}`;
      const args = [create ? '1' : '0', String(ttlSeconds), ...Object.entries(fields).flat()];
      const reply = await unavailable('update the callback record', () =>
        runScript(scripts.callbackRecord, [key], args),
      );
      if (!Array.isArray(reply)) return null;
      const record: Record<string, string> = {};
      for (let i = 0; i + 1 < reply.length; i += 2) record[String(reply[i])] = String(reply[i + 1]);
      return record;
    },

    async recordRecordingFiles(recordingId, files) {
      const key = `${keyPrefix}recording:{${recordingId}}`;
      await unavailable('record the recording files', () =>
        observe('recording_files', () =>
          port.send(key, ['SET', key, JSON.stringify(files), 'EX', String(ttlSeconds)]),
        ),
      );
    },

    async getRecordingFiles(recordingId) {
      const key = `${keyPrefix}recording:{${recordingId}}`;
      const value = (await unavailable('read the recording files', () =>
        observe('recording_files', () => port.send(key, ['GET', key])),
      )) as string | null;
      return value === null ? null : (JSON.parse(value) as RecordingFiles);
    },

    async getCall(callConnectionId) {
      const key = keys(callConnectionId).info;
      const value = (await unavailable('read the call', () =>
        observe('call_info', () => port.send(key, ['GET', key])),
      )) as string | null;
      return value === null ? null : parseCallInfo(value);
    },

    async getCallSummary(callConnectionId) {
      const callKeys = keys(callConnectionId);
      const reply = (await unavailable('read the call', () =>
        observe('call_info', () =>
          runScript(scripts.summary, [callKeys.info, callKeys.summary, callKeys.events], []),
        ),
      )) as (string | null)[];
      const [info = null, state, cursor, serverCallId, correlationId, newest = null] = reply;
      let snapshot: CallSnapshot = {
        state: (state || null) as CallSnapshot['state'],
        cursor: cursor || null,
        serverCallId: serverCallId || null,
        correlationId: correlationId || null,
      };
      // Events appended by a gateway that keeps no summary (a rolling upgrade): folded on from the stream.
      if (newest !== null && newest !== snapshot.cursor) {
        for (;;) {
          const { events } = await readPage(callConnectionId, snapshot.cursor, SUMMARY_FOLD_PAGE_SIZE);
          snapshot = foldCallEvents(snapshot, events);
          if (events.length < SUMMARY_FOLD_PAGE_SIZE) break;
        }
      }
      return { info: info === null ? null : parseCallInfo(info), snapshot };
    },

    async ping() {
      await unavailable('answer PING', () => observe('ping', () => port.ping()));
    },

    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.end()));
      stopListening();
      // A shared connection is closed by its owner, once every user of it has stopped.
      if (!options.redis) await port.close();
    },
  };
}

/** Events read per page when a call's summary has to be folded from its stream. */
const SUMMARY_FOLD_PAGE_SIZE = 1_000;

function parseCallInfo(json: string): CallInfo {
  const parsed = JSON.parse(json) as Partial<CallInfo>;
  return { roomId: typeof parsed.roomId === 'string' ? parsed.roomId : null };
}

/**
 * Reads an append notification (see the channel in `createRedisCallEventLog`). Null for a message that does not
 * carry events (e.g. from an older gateway, which published only the newest id): subscribers then read the log.
 */
function decodeAppended(message: string): Appended | null {
  const lines = message.split('\n');
  if (lines.length < 3 || lines.length % 2 === 0) return null;
  const events: CallEvent[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    events.push({
      ...(JSON.parse(lines[i + 1] as string) as NewCallEvent),
      cursor: lines[i] as string,
    } as CallEvent);
  }
  return { previous: lines[0] || null, events };
}

interface Loadable {
  source: string;
  sha1: string;
}

function loadable(source: string): Loadable {
  return { source, sha1: createHash('sha1').update(source).digest('hex') };
}

function decodeEntry(id: string, fields: string[]): CallEvent {
  const index = fields.indexOf('event');
  const json = index >= 0 ? fields[index + 1] : undefined;
  if (json === undefined) throw new Error(`Stream entry ${id} has no "event" field.`);
  return { ...(JSON.parse(json) as NewCallEvent), cursor: id } as CallEvent;
}
