import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RecordingChunk, RecordingFileReadyEvent } from '../domain/call-event.ts';
import { type CommunicationIdentifier, identifierFromRawId } from '../domain/identifier.ts';
import { INCOMING_CALL_RING_MS, type IncomingCall } from '../domain/incoming-call.ts';
import { queryOf, readBody, replyError, replyJson } from '../http.ts';
import { createSecretCheck } from '../secrets.ts';
import type { IncomingCallLog } from './incoming-calls.ts';
import type { CallEventLog } from './log.ts';

/**
 * ACS's Event Grid events (`POST /api/eventgrid`, acs.md §5.3). Event Grid is configured with the endpoint
 * `<PUBLIC_BASE_URL>/api/eventgrid?secret=<EVENTGRID_SECRET>` (Event Grid webhooks cannot sign requests the
 * way ACS callbacks are signed; the alternative is an Entra ID token, not implemented here).
 *
 * - Event Grid schema subscription validation: `Microsoft.EventGrid.SubscriptionValidationEvent` →
 *   200 `{"validationResponse": <validationCode>}`.
 * - CloudEvents schema validation: `OPTIONS` with `WebHook-Request-Origin` → 200 `WebHook-Allowed-Origin`.
 * - `Microsoft.Communication.RecordingFileStatusUpdated` (either schema) → a `RecordingFileReady` event in
 *   the log of the gateway's call connection on that server call (unknown server calls are acknowledged
 *   and dropped: the recording is not one of this gateway's calls). Its files are also kept under the
 *   recordingId of the event's subject (`/recording/call/{callId}/serverCallId/{id}/recordingId/{id}`)
 *   for `Recording.files`.
 * - `Microsoft.Communication.IncomingCall` → the incoming call log (`incomingCalls` subscribers), with the
 *   gateway's own clock for its ring time; an event whose data lacks `incomingCallContext`, `from` or `to` is
 *   acknowledged and dropped (logged).
 * Other event types are acknowledged and ignored. 401 for a wrong or missing secret, 413 for a body over
 * `maxBodyBytes` (before reading it when `Content-Length` says so), 400 for a bad body,
 * 503 when the log is unavailable (Event Grid retries).
 */
export interface EventGridReceiverOptions {
  log: CallEventLog;
  incomingCalls: IncomingCallLog;
  /** The `secret` query parameter Event Grid must send; null refuses every request (not configured). */
  secret: string | null;
  maxBodyBytes: number;
  logger: Logger;
}

const VALIDATION = 'Microsoft.EventGrid.SubscriptionValidationEvent';
const RECORDING_FILE = 'Microsoft.Communication.RecordingFileStatusUpdated';
const INCOMING_CALL = 'Microsoft.Communication.IncomingCall';
/** Longest `incomingCallContext` kept (real ones are a few kilobytes). */
const MAX_CONTEXT_LENGTH = 16_384;
/** Longest `callerDisplayName` kept. */
const MAX_DISPLAY_NAME_LENGTH = 256;

/** One event of either schema, reduced to what the gateway reads. */
interface GridEvent {
  id: string;
  type: string;
  subject: string;
  time: string;
  data: Record<string, unknown>;
}

export function createEventGridReceiver(
  options: EventGridReceiverOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { log, logger } = options;
  const secretMatches = options.secret === null ? null : createSecretCheck(options.secret);

  return async (req, res) => {
    try {
      if (secretMatches === null) return replyError(res, 404, 'NOT_FOUND', 'Event Grid is not configured.');
      if (!secretMatches(queryOf(req).get('secret'))) {
        logger.warn('event grid request refused: wrong or missing secret');
        return replyError(res, 401, 'UNAUTHENTICATED', 'The secret is wrong or missing.');
      }
      if (req.method === 'OPTIONS') {
        // CloudEvents webhook validation (abuse protection): allow the origin that asks.
        const origin = req.headers['webhook-request-origin'];
        res.writeHead(200, {
          'webhook-allowed-origin': typeof origin === 'string' && origin !== '' ? origin : '*',
          allow: 'POST, OPTIONS',
        });
        res.end();
        return;
      }
      if (req.method !== 'POST') {
        return replyError(res, 405, 'METHOD_NOT_ALLOWED', 'Event Grid POSTs.', { allow: 'POST, OPTIONS' });
      }
      const body = await readBody(req, options.maxBodyBytes);
      if (body === 'too-large') {
        logger.warn({ maxBodyBytes: options.maxBodyBytes }, 'event grid request refused: body too large');
        return replyError(res, 413, 'PAYLOAD_TOO_LARGE', `The body exceeds ${options.maxBodyBytes} bytes.`, {
          connection: 'close',
        });
      }
      if (body === 'aborted') return;
      let events: GridEvent[];
      try {
        events = parseEvents(JSON.parse(body.toString('utf8')));
      } catch {
        return replyError(res, 400, 'BAD_REQUEST', 'The body is not Event Grid events.');
      }
      const validation = events.find((event) => event.type === VALIDATION);
      if (validation) {
        logger.info('event grid subscription validated');
        return replyJson(res, 200, { validationResponse: String(validation.data.validationCode ?? '') });
      }
      for (const event of events) {
        if (event.type === INCOMING_CALL) {
          const call = incomingCall(event);
          if (call) {
            await options.incomingCalls.ring(event.id, call);
            logger.info({ eventId: event.id, serverCallId: call.serverCallId }, 'incoming call');
          } else
            logger.warn({ eventId: event.id }, 'incoming call without context, caller or callee: ignored');
          continue;
        }
        if (event.type !== RECORDING_FILE) continue;
        const serverCallId = /\/serverCallId\/([^/]+)/.exec(event.subject)?.[1] ?? null;
        const callConnectionId = serverCallId ? await log.callOfServerCall(serverCallId) : null;
        if (!serverCallId || !callConnectionId) {
          logger.info({ serverCallId }, 'recording file of an unknown call: ignored');
          continue;
        }
        const ready = recordingFileReady(event, callConnectionId, serverCallId);
        // Stored before the event is appended, so a client reacting to the event finds `Recording.files`.
        // The recordingId ends the subject; taken whole, as base64 ids may contain `/`.
        const recordingId = /\/recordingId\/(.+)$/.exec(event.subject)?.[1];
        if (recordingId) {
          await log.recordRecordingFiles(recordingId, {
            durationMs: ready.recordingDurationMs,
            chunks: ready.chunks,
          });
        }
        await log.append(callConnectionId, [ready]);
        logger.info({ callConnectionId, eventId: event.id }, 'recording file ready');
      }
      res.writeHead(200).end();
    } catch (error) {
      logger.error({ err: error }, 'event grid event not handled');
      replyError(res, 503, 'UNAVAILABLE', 'Not stored; retry later.');
    }
  };
}

/** The Event Grid schema (an array with `eventType`) or CloudEvents (one event or a batch, with `type`). */
function parseEvents(value: unknown): GridEvent[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((element) => {
    if (!isObject(element)) throw new Error('not an event');
    const type = typeof element.eventType === 'string' ? element.eventType : element.type;
    if (typeof element.id !== 'string' || typeof type !== 'string') throw new Error('no id or type');
    const time = typeof element.eventTime === 'string' ? element.eventTime : element.time;
    return {
      id: element.id,
      type,
      subject: typeof element.subject === 'string' ? element.subject : '',
      time: typeof time === 'string' ? time : new Date().toISOString(),
      data: isObject(element.data) ? element.data : {},
    };
  });
}

function recordingFileReady(
  event: GridEvent,
  callConnectionId: string,
  serverCallId: string,
): RecordingFileReadyEvent {
  const storage = isObject(event.data.recordingStorageInfo) ? event.data.recordingStorageInfo : {};
  const chunks = Array.isArray(storage.recordingChunks) ? storage.recordingChunks : [];
  return {
    kind: 'RecordingFileReady',
    id: event.id,
    callConnectionId,
    serverCallId,
    correlationId: null,
    operationContext: null,
    time: event.time,
    resultInformation: null,
    recordingStartTime: string(event.data.recordingStartTime),
    recordingDurationMs:
      typeof event.data.recordingDurationMs === 'number' ? event.data.recordingDurationMs : null,
    sessionEndReason: string(event.data.sessionEndReason),
    chunks: chunks.filter(isObject).map(
      (chunk): RecordingChunk => ({
        documentId: string(chunk.documentId),
        index: typeof chunk.index === 'number' ? chunk.index : null,
        endReason: string(chunk.endReason),
        contentLocation: string(chunk.contentLocation),
        metadataLocation: string(chunk.metadataLocation),
        deleteLocation: string(chunk.deleteLocation),
      }),
    ),
  };
}

/** The call an `IncomingCall` event announces, or null when its data is not usable. */
function incomingCall(event: GridEvent): IncomingCall | null {
  const { data } = event;
  const context = string(data.incomingCallContext);
  const from = identifier(data.from);
  const to = identifier(data.to);
  if (!context || context.length > MAX_CONTEXT_LENGTH || !from || !to) return null;
  const receivedAt = Date.now();
  return {
    incomingCallContext: context,
    serverCallId: string(data.serverCallId),
    correlationId: string(data.correlationId),
    from,
    to,
    callerDisplayName: string(data.callerDisplayName)?.slice(0, MAX_DISPLAY_NAME_LENGTH) ?? null,
    receivedAt: new Date(receivedAt).toISOString(),
    expiresAt: new Date(receivedAt + INCOMING_CALL_RING_MS).toISOString(),
  };
}

/** An Event Grid identifier (`{rawId, kind, phoneNumber?: {value}}`), classified by its raw id. */
function identifier(value: unknown): CommunicationIdentifier | null {
  if (!isObject(value)) return null;
  const phone = isObject(value.phoneNumber) ? string(value.phoneNumber.value) : null;
  const rawId = string(value.rawId) ?? (phone ? `4:${phone}` : null);
  return rawId && rawId.length <= 1_024 ? identifierFromRawId(rawId) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function string(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
