import { hash, randomBytes } from 'node:crypto';
import type { CallEventLog } from './log.ts';

/**
 * Callbacks are capabilities. A valid ACS signature proves that ACS sent something, not that it is about a
 * given call: ACS signs what it sends to client-chosen media transports with the same keys. So every call the
 * gateway connects gets its own unguessable token, carried by the callback URI and the transcription transport
 * URL handed to ACS (`?token=…`), and an event is accepted only with a token the gateway issued, only for the
 * call connection (and server call) it is bound to, and only while that call is live plus `graceSeconds` after
 * its `CallDisconnected`.
 *
 * The token is 256 random bits. Its record lives in the call event log (`updateCallbackRecord`, keyed by the
 * token's SHA-256), shared by every replica and kept across restarts: `issuedAt`, then `callConnectionId` and `serverCallId` (bound by the connect answer or by the first
 * event, whichever comes first: ACS may post `CallConnected` before answering the connect), then `endedAt`.
 * Fields never change once set, so concurrent binders agree. A second record, keyed by the call connection,
 * names the token, for requests that need the call's callback URI again (`startRecording`).
 *
 * Each replica caches a record for at most `CACHE_MS` (≤ the grace period), so the ingest path usually reads
 * nothing: an end marked on another replica is seen within `CACHE_MS`, well inside the grace period.
 */
export interface CallbackCapabilitiesOptions {
  log: Pick<CallEventLog, 'updateCallbackRecord'>;
  /** How long after a call's `CallDisconnected` its token still admits events (its final ones), in seconds. */
  graceSeconds: number;
  /** `<publicBaseUrl>/api/callbacks[?secret=…]`, without a token. */
  callbackUrl(): string;
  /** `<publicBaseUrl as ws(s)>/api/media/transcription[?secret=…]`, without a token. */
  transcriptionTransportUrl(): string;
  /** Clock in epoch milliseconds. @default Date.now */
  now?: () => number;
}

/** A token issued for a call about to be connected, and the URLs carrying it. */
export interface IssuedCallbackCapability {
  token: string;
  /** The callback URI to hand ACS. */
  callbackUrl: string;
  /** The transcription transport URL to hand ACS. */
  transcriptionTransportUrl: string;
}

/** Why an event or a transport was refused; `message` is safe to return (it never holds the token). */
export type Admission = { admitted: true } | { admitted: false; reason: string };

export interface CallbackCapabilities {
  /** Issues and stores a fresh token, before it is handed to ACS. */
  issue(): Promise<IssuedCallbackCapability>;
  /**
   * Binds an issued token to the call connection ACS answered with. Resolves false when the token is already
   * bound to another call connection (it is then left as it was).
   */
  bind(token: string, call: { callConnectionId: string; serverCallId: string | null }): Promise<boolean>;
  /** The callback URI (with its token) of a call connection the gateway connected, or null. */
  callbackUrlOf(callConnectionId: string): Promise<string | null>;
  /**
   * Decides whether events may be stored with `token` (the `token` query parameter; null when absent):
   * `callConnectionId` null checks only that the token is issued and its call not over (a transport before it
   * names its call). `ending`: the events include the call's `CallDisconnected`, which starts the grace period.
   * @throws CallEventLogUnavailableError when the store cannot be read.
   */
  admit(
    token: string | null,
    call: { callConnectionId: string | null; serverCallIds?: readonly (string | null)[]; ending?: boolean },
  ): Promise<Admission>;
}

/** An issued token not yet bound to a call after this long binds no more (the connect has long failed). */
const BIND_WINDOW_MS = 10 * 60_000;
/** How long a replica trusts a record it read. */
const CACHE_MS = 5_000;
/** Records cached per replica at most (the oldest go first). */
const CACHE_ENTRIES = 10_000;
/** 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function createCallbackCapabilities(options: CallbackCapabilitiesOptions): CallbackCapabilities {
  const { log } = options;
  const now = options.now ?? Date.now;
  const graceMs = options.graceSeconds * 1000;
  const cacheMs = Math.min(CACHE_MS, graceMs);
  const cache = new Map<string, { record: Record<string, string>; readAt: number }>();

  // One-shot `hash`: no Hash object per callback (this runs on every one).
  const recordId = (token: string) => `token:${hash('sha256', token, 'base64url')}`;
  const withToken = (url: string, token: string) => {
    const parsed = new URL(url);
    parsed.searchParams.set('token', token);
    return parsed.toString();
  };

  /**
   * Updates the token's record (fields set only where absent) and caches what the store answered. The cache is
   * keyed by the token itself (it never leaves the process), so a cached admission hashes nothing.
   */
  async function update(token: string, fields: Record<string, string>, create = false) {
    const record = await log.updateCallbackRecord(recordId(token), fields, { create });
    if (record) {
      if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      cache.delete(token);
      cache.set(token, { record, readAt: now() });
    }
    return record;
  }

  async function read(token: string) {
    const cached = cache.get(token);
    if (cached && now() - cached.readAt < cacheMs) return cached.record;
    return update(token, {});
  }

  const bindTo = async (token: string, callConnectionId: string, serverCallId: string | null) => {
    const record = await update(token, {
      callConnectionId,
      ...(serverCallId ? { serverCallId } : {}),
    });
    if (record?.callConnectionId !== callConnectionId) return record;
    await log.updateCallbackRecord(`call:${callConnectionId}`, { token }, { create: true });
    return record;
  };

  return {
    async issue() {
      const token = randomBytes(32).toString('base64url');
      await update(token, { issuedAt: String(now()) }, true);
      return {
        token,
        callbackUrl: withToken(options.callbackUrl(), token),
        transcriptionTransportUrl: withToken(options.transcriptionTransportUrl(), token),
      };
    },

    async bind(token, { callConnectionId, serverCallId }) {
      const record = await bindTo(token, callConnectionId, serverCallId);
      return record?.callConnectionId === callConnectionId;
    },

    async callbackUrlOf(callConnectionId) {
      const pointer = await log.updateCallbackRecord(`call:${callConnectionId}`, {}, { create: false });
      const token = pointer?.token;
      return token ? withToken(options.callbackUrl(), token) : null;
    },

    async admit(token, { callConnectionId, serverCallIds = [], ending = false }) {
      if (token === null) return { admitted: false, reason: 'The callback token is missing.' };
      if (!TOKEN.test(token)) return { admitted: false, reason: 'The callback token is malformed.' };
      let record = await read(token);
      if (!record) return { admitted: false, reason: 'The callback token was not issued by this gateway.' };
      const time = now();
      if (callConnectionId !== null && record.callConnectionId === undefined) {
        if (time - Number(record.issuedAt) > BIND_WINDOW_MS) {
          return { admitted: false, reason: 'The callback token was never bound to a call.' };
        }
        // The events' server call is bound in the same write as the call connection.
        record = (await bindTo(token, callConnectionId, serverCallIds.find(Boolean) ?? null)) ?? record;
      }
      if (callConnectionId !== null && record.callConnectionId !== callConnectionId) {
        return { admitted: false, reason: 'The callback token was issued for another call.' };
      }
      for (const serverCallId of serverCallIds) {
        if (!serverCallId || record.serverCallId === serverCallId) continue;
        if (record.serverCallId === undefined) record = (await update(token, { serverCallId })) ?? record;
        if (record.serverCallId !== serverCallId) {
          return { admitted: false, reason: 'The callback token was issued for another server call.' };
        }
      }
      if (record.endedAt !== undefined && time > Number(record.endedAt) + graceMs) {
        return { admitted: false, reason: 'The call of this callback token is over.' };
      }
      if (ending && record.endedAt === undefined) await update(token, { endedAt: String(time) });
      return { admitted: true };
    },
  };
}
