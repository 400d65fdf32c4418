import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { NewCallEvent } from '../domain/call-event.ts';
import { queryOf, readBody, replyError } from '../http.ts';
import { createSecretCheck } from '../secrets.ts';
import { CallbackAuthError } from './callback-auth.ts';
import type { CallbackCapabilities } from './callback-capability.ts';
import type { CallEventLog } from './log.ts';
import { CallbackBodyError, normalizeCallbackBody } from './normalize.ts';

/** What `createCallbackReceiver` needs. */
export interface CallbackReceiverOptions {
  /** Where the events go. */
  log: CallEventLog;
  /** Checks the `Authorization` header (see `createCallbackTokenVerifier`). */
  verifier: { verify(authorizationHeader: string | undefined): Promise<void> };
  /** Admits events only with the `?token=` the gateway issued for their call (see `callback-capability.ts`). */
  capabilities: Pick<CallbackCapabilities, 'admit'>;
  /** When set, callbacks must also carry `?secret=<this value>` (acs.md §5.1, "query parameter token"). */
  secret: string | null;
  /** Largest accepted body, in bytes; larger ones get 413 without being read to the end. */
  maxBodyBytes: number;
  logger: Logger;
  /** Told how many events each accepted callback stored (duplicates left out), e.g. for metrics. */
  onEventsStored?(count: number): void;
  /** Told how many events of an accepted callback were duplicates (already stored, by CloudEvent id). */
  onDuplicates?(count: number): void;
  /** Told why a callback was refused (nothing stored), e.g. for metrics. */
  onRefused?(reason: CallbackRefusal): void;
}

/**
 * Why a callback was refused: a fixed set (a metrics label). `token`: the ACS JWT; `capability`: the call's
 * callback token (missing, never issued, another call's, or its call ended); `unavailable`: the sender is asked
 * to retry.
 */
export type CallbackRefusal =
  | 'method'
  | 'secret'
  | 'token'
  | 'capability'
  | 'body_too_large'
  | 'bad_body'
  | 'unavailable';

/** Seconds a sender is asked to wait before retrying after a 503. */
const RETRY_AFTER_SECONDS = 2;

/**
 * The ACS callback endpoint (`POST /api/callbacks`), as a plain `node:http` handler.
 *
 * In order: non-POST → 405; wrong or missing `?secret` (when configured) → 401; bad `Authorization` JWT → 401;
 * no `?token` → 401; body over `maxBodyBytes` → 413; not JSON, or not a non-empty array of CloudEvents → 400;
 * a token not issued by the gateway, bound to another call, or whose call is over → 403 (nothing stored, no
 * log created); then every event is normalized and appended to its call's log, in body order per call
 * connection.
 * 204 only once every event is stored (duplicates count as stored); store or key-set failure → 503 with
 * `Retry-After`, so the sender retries and de-duplication makes the retry harmless.
 * Error bodies are `{"error":{"code","message"}}` without internals; the handler never throws.
 */
export function createCallbackReceiver(
  options: CallbackReceiverOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { log, verifier, capabilities, maxBodyBytes, logger } = options;
  const secretMatches = options.secret === null ? null : createSecretCheck(options.secret);

  return async (req, res) => {
    try {
      if (req.method !== 'POST') {
        options.onRefused?.('method');
        return replyError(res, 405, 'METHOD_NOT_ALLOWED', 'Callbacks are POSTed.', { allow: 'POST' });
      }
      const query = queryOf(req);
      if (secretMatches !== null && !secretMatches(query.get('secret'))) {
        logger.warn('callback rejected: wrong or missing secret');
        options.onRefused?.('secret');
        return replyError(res, 401, 'UNAUTHENTICATED', 'The callback secret is wrong or missing.');
      }
      try {
        await verifier.verify(req.headers.authorization);
      } catch (error) {
        if (error instanceof CallbackAuthError) {
          logger.warn({ reason: error.message }, 'callback rejected: bad token');
          options.onRefused?.('token');
          return replyError(res, 401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' });
        }
        logger.error({ err: error }, 'callback token could not be verified');
        options.onRefused?.('unavailable');
        return replyError(res, 503, 'UNAVAILABLE', 'The callback could not be verified now; retry later.', {
          'retry-after': String(RETRY_AFTER_SECONDS),
        });
      }

      const token = query.get('token');
      if (token === null) {
        logger.warn('callback rejected: no callback token');
        options.onRefused?.('capability');
        return replyError(res, 401, 'UNAUTHENTICATED', 'The callback token is missing.');
      }

      const body = await readBody(req, maxBodyBytes);
      if (body === 'too-large') {
        logger.warn({ maxBodyBytes }, 'callback rejected: body too large');
        options.onRefused?.('body_too_large');
        return replyError(res, 413, 'PAYLOAD_TOO_LARGE', `The body exceeds ${maxBodyBytes} bytes.`, {
          connection: 'close',
        });
      }
      if (body === 'aborted') return;

      let events: NewCallEvent[];
      try {
        events = normalizeCallbackBody(JSON.parse(body.toString('utf8'))).events;
      } catch (error) {
        const message = error instanceof CallbackBodyError ? error.message : 'The body is not valid JSON.';
        logger.warn({ reason: message }, 'callback rejected: bad body');
        options.onRefused?.('bad_body');
        return replyError(res, 400, 'BAD_REQUEST', message);
      }

      const byCall = new Map<string, NewCallEvent[]>();
      for (const event of events) {
        const group = byCall.get(event.callConnectionId);
        if (group) group.push(event);
        else byCall.set(event.callConnectionId, [event]);
      }
      try {
        for (const [callConnectionId, group] of byCall) {
          const admission = await capabilities.admit(token, {
            callConnectionId,
            serverCallIds: group.map((event) => event.serverCallId),
            ending: group.some((event) => event.kind === 'CallDisconnected'),
          });
          if (!admission.admitted) {
            logger.warn({ callConnectionId, reason: admission.reason }, 'callback rejected: not admitted');
            options.onRefused?.('capability');
            return replyError(res, 403, 'FORBIDDEN', admission.reason);
          }
        }
        await Promise.all(
          [...byCall].map(async ([callConnectionId, group]) => {
            const stored = await log.append(callConnectionId, group);
            options.onEventsStored?.(stored.length);
            if (stored.length < group.length) options.onDuplicates?.(group.length - stored.length);
            // Debug: one line per callback is the ingest hot path (the metrics count stored events).
            if (logger.isLevelEnabled('debug')) {
              logger.debug(
                {
                  callConnectionId,
                  eventIds: group.map((event) => event.id),
                  kinds: group.map((event) => event.kind),
                  stored: stored.length,
                },
                'callback events stored',
              );
            }
          }),
        );
      } catch (error) {
        logger.error(
          { err: error, callConnectionIds: [...byCall.keys()] },
          'callback events could not be stored',
        );
        options.onRefused?.('unavailable');
        return replyError(res, 503, 'UNAVAILABLE', 'The event log is unavailable; retry later.', {
          'retry-after': String(RETRY_AFTER_SECONDS),
        });
      }
      res.writeHead(204).end();
    } catch (error) {
      logger.error({ err: error }, 'callback handling failed');
      replyError(res, 500, 'INTERNAL', 'Unexpected error.');
    }
  };
}
