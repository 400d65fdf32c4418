import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { type WebSocket, WebSocketServer } from 'ws';
import type { TranscriptionDataEvent, TranscriptionWord } from '../domain/call-event.ts';
import { identifierFromRawId } from '../domain/identifier.ts';
import { queryOf } from '../http.ts';
import { createSecretCheck } from '../secrets.ts';
import { CallbackAuthError } from './callback-auth.ts';
import type { CallbackCapabilities } from './callback-capability.ts';
import type { CallEventLog } from './log.ts';

/**
 * The transcription transport ACS streams live transcripts to (`transcriptionOptions.transportUrl`,
 * `<PUBLIC_BASE_URL as wss>/api/media/transcription`). Each WebSocket carries one call's transcription:
 * first a `TranscriptionMetadata` message (which call, which locale), then `TranscriptionData` messages
 * (acs.md §5.1; the shapes the SDK's `StreamingData.parse` reads). Each line becomes a `TranscriptionData`
 * event in the call's log, so it replays and resumes by cursor like every callback event.
 */

/** What the stream's `TranscriptionMetadata` says about the call. */
export interface TranscriptionMetadata {
  subscriptionId: string | null;
  callConnectionId: string;
  correlationId: string | null;
  locale: string | null;
}

/** One parsed message of the transcription stream. */
export type TranscriptionMessage =
  | { kind: 'TranscriptionMetadata'; metadata: TranscriptionMetadata }
  | { kind: 'TranscriptionData'; data: TranscriptionLine }
  /** Another kind (e.g. audio on a shared socket) or a malformed message: ignored. */
  | { kind: 'ignored'; reason: string };

/** A `TranscriptionData` message's content, before it is tied to its call. */
export type TranscriptionLine = Pick<
  TranscriptionDataEvent,
  | 'text'
  | 'format'
  | 'confidence'
  | 'offsetInTicks'
  | 'durationInTicks'
  | 'words'
  | 'participant'
  | 'resultStatus'
>;

/** Parses one message (JSON text) of the transcription stream. Pure; never throws. */
export function parseTranscriptionMessage(text: string): TranscriptionMessage {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { kind: 'ignored', reason: 'not JSON' };
  }
  if (!isObject(message)) return { kind: 'ignored', reason: 'not an object' };
  if (message.kind === 'TranscriptionMetadata' && isObject(message.transcriptionMetadata)) {
    const m = message.transcriptionMetadata;
    const callConnectionId = nonEmptyString(m.callConnectionId);
    if (!callConnectionId) return { kind: 'ignored', reason: 'metadata without callConnectionId' };
    return {
      kind: 'TranscriptionMetadata',
      metadata: {
        subscriptionId: nonEmptyString(m.subscriptionId),
        callConnectionId,
        correlationId: nonEmptyString(m.correlationId),
        locale: nonEmptyString(m.locale),
      },
    };
  }
  if (message.kind === 'TranscriptionData' && isObject(message.transcriptionData)) {
    const d = message.transcriptionData;
    if (typeof d.text !== 'string') return { kind: 'ignored', reason: 'data without text' };
    const rawId = nonEmptyString(d.participantRawID);
    const status = typeof d.resultStatus === 'string' ? d.resultStatus.toLowerCase() : null;
    return {
      kind: 'TranscriptionData',
      data: {
        text: d.text,
        format: nonEmptyString(d.format),
        confidence: finite(d.confidence),
        offsetInTicks: finite(d.offset),
        durationInTicks: finite(d.duration),
        words: Array.isArray(d.words) ? d.words.flatMap(word) : [],
        participant: rawId ? identifierFromRawId(rawId) : null,
        resultStatus: status === 'final' || status === 'intermediate' ? status : null,
      },
    };
  }
  return { kind: 'ignored', reason: `kind ${String(message.kind)}` };
}

/**
 * The event a line becomes. Its id is derived from what identifies the line (call, transcription, offset,
 * status and, for intermediate results, the text), so a line delivered twice is stored once.
 */
export function transcriptionEvent(
  metadata: TranscriptionMetadata,
  line: TranscriptionLine,
  time: string,
): TranscriptionDataEvent {
  const key = [
    metadata.callConnectionId,
    metadata.subscriptionId,
    line.offsetInTicks,
    line.durationInTicks,
    line.participant?.rawId,
    line.resultStatus,
    line.resultStatus === 'final' ? '' : line.text,
  ].join('\u0000');
  return {
    kind: 'TranscriptionData',
    id: `transcription:${createHash('sha256').update(key).digest('base64url').slice(0, 32)}`,
    callConnectionId: metadata.callConnectionId,
    serverCallId: null,
    correlationId: metadata.correlationId,
    operationContext: null,
    time,
    resultInformation: null,
    locale: metadata.locale,
    ...line,
  };
}

export interface TranscriptionReceiverOptions {
  log: CallEventLog;
  /** Checks the upgrade's `Authorization` header: ACS signs these WebSockets like callbacks (acs.md §5.1). */
  verifier: { verify(authorizationHeader: string | undefined): Promise<void> };
  /**
   * Admits a transport only with the `?token=` the gateway issued for a call, and its lines only for that call
   * while it is live (see `callback-capability.ts`).
   */
  capabilities: Pick<CallbackCapabilities, 'admit'>;
  /** When set, the URL must carry `?secret=<this value>` (as for callbacks). */
  secret: string | null;
  /** Largest accepted message, in bytes. */
  maxMessageBytes: number;
  logger: Logger;
}

export interface TranscriptionReceiver {
  /**
   * Takes an HTTP upgrade to the transcription path: 401 without a valid ACS token or without a callback token,
   * 403 with a callback token not issued or whose call is over, else a WebSocket. A stream whose metadata or
   * lines name another call than its token's is closed with 1008 and nothing of it is stored.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every transcription socket. */
  close(): Promise<void>;
}

/** Creates the transcription transport (mounted by the HTTP server's upgrade routing). */
export function createTranscriptionReceiver(options: TranscriptionReceiverOptions): TranscriptionReceiver {
  const { log, verifier, capabilities, logger } = options;
  const secretMatches = options.secret === null ? null : createSecretCheck(options.secret);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });

  const refuse = (socket: Duplex, status: number, reason: string) => {
    logger.warn({ reason }, 'transcription transport refused');
    const text = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Service Unavailable';
    socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };

  const serve = (ws: WebSocket, token: string) => {
    let metadata: TranscriptionMetadata | null = null;
    // Admissions and appends run one after another so lines keep their order in the log.
    let appending: Promise<unknown> = Promise.resolve();
    let refused = false;
    /** Whether `callConnectionId` may be written with this transport's token; closes the socket when not. */
    const admitted = async (callConnectionId: string) => {
      if (refused) return false;
      const admission = await capabilities.admit(token, { callConnectionId });
      if (admission.admitted) return true;
      refused = true;
      logger.warn({ callConnectionId, reason: admission.reason }, 'transcription stream refused');
      ws.close(1008, 'The transport is not admitted for this call.');
      return false;
    };
    ws.on('message', (raw, isBinary) => {
      const message = parseTranscriptionMessage(
        isBinary ? Buffer.from(raw as Buffer).toString('utf8') : String(raw),
      );
      if (message.kind === 'TranscriptionMetadata') {
        metadata = message.metadata;
        logger.info({ callConnectionId: metadata.callConnectionId }, 'transcription stream opened');
        const { callConnectionId } = metadata;
        appending = appending
          .then(() => admitted(callConnectionId))
          .catch((error: unknown) => {
            logger.error(
              { err: error, callConnectionId },
              'transcription stream not admitted: log unavailable',
            );
            ws.close(1011, 'The event log is unavailable.');
          });
        return;
      }
      if (message.kind === 'ignored') {
        logger.debug({ reason: message.reason }, 'transcription message ignored');
        return;
      }
      const current = metadata;
      if (!current) {
        logger.warn('transcription data before its metadata: ignored');
        return;
      }
      const event = transcriptionEvent(current, message.data, new Date().toISOString());
      appending = appending
        .then(async () => {
          if (await admitted(current.callConnectionId)) await log.append(current.callConnectionId, [event]);
        })
        .catch((error: unknown) => {
          logger.error({ err: error, callConnectionId: current.callConnectionId }, 'transcript not stored');
          // ACS reconnects a dropped transport; a line lost here is reported rather than silently skipped.
          ws.close(1011, 'The event log is unavailable.');
        });
    });
  };

  return {
    handleUpgrade(req, socket, head) {
      void (async () => {
        const query = queryOf(req);
        if (secretMatches !== null && !secretMatches(query.get('secret'))) {
          return refuse(socket, 401, 'wrong or missing secret');
        }
        try {
          await verifier.verify(req.headers.authorization);
        } catch (error) {
          if (error instanceof CallbackAuthError) return refuse(socket, 401, error.message);
          return refuse(socket, 503, 'signing keys unavailable');
        }
        const token = query.get('token');
        if (token === null) return refuse(socket, 401, 'no callback token');
        let admission: Awaited<ReturnType<typeof capabilities.admit>>;
        try {
          admission = await capabilities.admit(token, { callConnectionId: null });
        } catch {
          return refuse(socket, 503, 'event log unavailable');
        }
        if (!admission.admitted) return refuse(socket, 403, admission.reason);
        wss.handleUpgrade(req, socket, head, (ws) => serve(ws, token));
      })().catch((error: unknown) => {
        logger.error({ err: error }, 'transcription upgrade failed');
        socket.destroy();
      });
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function word(value: unknown): TranscriptionWord[] {
  if (!isObject(value) || typeof value.text !== 'string') return [];
  return [{ text: value.text, offsetInTicks: finite(value.offset), durationInTicks: finite(value.duration) }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
