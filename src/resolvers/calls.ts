import { setTimeout as sleep } from 'node:timers/promises';
import type {
  ActionOptions,
  CallConnection,
  ConnectRoomCallRequest,
  MediaStreamingOptions,
  TranscriptionOptions,
} from '../acs/ports.ts';
import { laterCallState } from '../domain/call-snapshot.ts';
import { AcsError, InputError } from '../errors.ts';
import type { CallSummary } from '../events/log.ts';
import type { GatewayContext } from './context.ts';
import { requireIntInRange, requireNonEmpty, requireWssUrl } from './validate.ts';

/** ACS ranges (acs.md §1.4) and the gateway's own bounds. */
export const LIMITS = {
  invitationTimeoutSeconds: { min: 0, max: 180 },
  initialSilenceTimeoutSeconds: { min: 0, max: 300 },
  interToneTimeoutSeconds: { min: 1, max: 60 },
  maxTonesToCollect: { min: 1, max: 32 },
  /** Tones in one `sendDtmfTones` request. */
  dtmfTones: { min: 1, max: 18 },
  playSources: { min: 1, max: 10 },
  playTo: { min: 0, max: 20 },
  /** Longest `operationContext` accepted. */
  operationContextLength: 5_000,
  /** Gateway bounds (ACS publishes none): silence ending a spoken phrase, options of a menu, phrases of one. */
  endSilenceTimeoutSeconds: { min: 1, max: 10 },
  choices: { min: 1, max: 10 },
  choicePhrases: { min: 0, max: 20 },
} as const;

/** The payload of every call action that only acknowledges. */
export interface CallActionPayload {
  callConnectionId: string;
  operationContext: string | null;
}

function operationContextOf(value: string | null | undefined, ctx: GatewayContext): string {
  if (value === null || value === undefined || value === '') return ctx.services.newOperationContext();
  if (value.length > LIMITS.operationContextLength) {
    throw new InputError(
      `operationContext takes at most ${LIMITS.operationContextLength} characters.`,
      'input.operationContext',
    );
  }
  return value;
}

/**
 * The operationContext (the client's, or a new one) every action sends. Its outcome goes to the call's own
 * callback URI, which carries the call's token.
 */
export function actionOptions(value: string | null | undefined, ctx: GatewayContext) {
  return { operationContext: operationContextOf(value, ctx) };
}

export function bounded(
  value: number | null | undefined,
  limit: { min: number; max: number },
  field: string,
) {
  return value === null || value === undefined
    ? undefined
    : requireIntInRange(value, limit.min, limit.max, field);
}

export function callId(value: string): string {
  return requireNonEmpty(value, 'input.callConnectionId');
}

/** What every call action takes besides its own fields. */
export interface CallActionInput {
  callConnectionId: string;
  operationContext?: string | null;
}

/**
 * Runs a call action, checking its input in one order: the call connection id, then the action's own fields
 * (`parse`, e.g. the participant's identifier), then the operationContext. Then `send` asks ACS; the outcome
 * names the operationContext the action's events will carry, with what ACS answered.
 */
export async function runCallAction<Request, Result>(
  input: CallActionInput,
  ctx: GatewayContext,
  parse: () => Request,
  send: (callConnectionId: string, request: Request, options: ActionOptions) => Promise<Result>,
): Promise<{ callConnectionId: string; operationContext: string; result: Result }> {
  const callConnectionId = callId(input.callConnectionId);
  const request = parse();
  const options = actionOptions(input.operationContext, ctx);
  const result = await send(callConnectionId, request, options);
  return { callConnectionId, operationContext: options.operationContext, result };
}

/** Runs a call action that only acknowledges (`runCallAction`): its payload is `CallActionPayload`. */
export async function callAction<Request>(
  input: CallActionInput,
  ctx: GatewayContext,
  parse: () => Request,
  send: (callConnectionId: string, request: Request, options: ActionOptions) => Promise<void>,
): Promise<CallActionPayload> {
  const { callConnectionId, operationContext } = await runCallAction(input, ctx, parse, send);
  return { callConnectionId, operationContext };
}

/** For actions whose only fields are the call connection id and the operationContext. */
export const noFields = (): void => {};

// ─── queries ───

/** A call connection as ACS reports it, with its state reconciled with the events the gateway holds. */
export interface CallView extends CallConnection {
  /**
   * The newest event cursor the gateway held before asking ACS (null: none yet). ACS's answer reflects at
   * least every event up to it, so `callEvents(after: cursor)` continues this view with nothing missed.
   */
  cursor: string | null;
  /**
   * The room this call connection joined (null outside rooms), from the call's summary or, right after a join,
   * from the join itself (which knows it even if it could not record it yet).
   */
  roomId: string | null;
}

/**
 * The call connection, reconciled with its events. When ACS no longer knows it (404) but the gateway still
 * holds its log (or connected it), the call has ended: its final view (DISCONNECTED, its newest cursor).
 * Null only when neither ACS nor the gateway knows the id.
 */
export async function getCall(callConnectionId: string, ctx: GatewayContext): Promise<CallView | null> {
  const id = callConnectionId.trim();
  if (id === '') return null;
  // The log first, then ACS: read the other way round, an event stored in between would be in neither.
  const summary = await ctx.eventLog.getCallSummary(id);
  const { snapshot } = summary;
  let connection: CallConnection;
  try {
    connection = await ctx.calls.getCall(id);
  } catch (error) {
    if (error instanceof AcsError && error.status === 404) return endedCallView(id, summary);
    throw error;
  }
  return {
    ...connection,
    state: laterCallState(connection.state, snapshot.state),
    cursor: snapshot.cursor,
    roomId: summary.info?.roomId ?? null,
  };
}

/** The last view of a call ACS has forgotten, from what its events said; null when the gateway never knew it. */
function endedCallView(callConnectionId: string, { info, snapshot }: CallSummary): CallView | null {
  if (snapshot.cursor === null && info === null) return null;
  return {
    callConnectionId,
    serverCallId: snapshot.serverCallId,
    correlationId: snapshot.correlationId,
    state: 'disconnected',
    cursor: snapshot.cursor,
    roomId: info?.roomId ?? null,
    // An ended call streams nothing.
    transcriptionSubscription: null,
    mediaStreamingSubscription: null,
  };
}

/**
 * Binds the call's callback token to the connection ACS answered with. Never throws (the connection exists): the
 * call's first event binds the token as well when this could not.
 */
async function bindCallbackToken(token: string, call: CallConnection, ctx: GatewayContext): Promise<void> {
  try {
    if (!(await ctx.services.callbacks.bind(token, call))) {
      ctx.logger.error({ callConnectionId: call.callConnectionId }, 'callback token bound to another call');
    }
  } catch (error) {
    ctx.logger.error({ err: error, callConnectionId: call.callConnectionId }, 'callback token not bound');
  }
}

/** Tries of recording a connected call's room, the first one awaited, the others in the background. */
const RECORD_CALL_ATTEMPTS = 5;
/** Pause before the first background retry, doubling after each. */
const RECORD_CALL_RETRY_DELAY_MS = 250;

/**
 * Records the room of a call connection ACS has already connected (null: a call outside any room, recorded so
 * `callEvents` knows the gateway made it). Never throws: the connection exists
 * whatever happens here, and an error would make the client connect a second time. A failure is logged and
 * retried as a background task of the app (bounded, cancelled when the gateway stops); until it lands,
 * `call.roomId` reads null on other requests.
 */
export async function recordConnectedCall(
  callConnectionId: string,
  roomId: string | null,
  ctx: GatewayContext,
): Promise<void> {
  const attempt = () => ctx.eventLog.recordCall(callConnectionId, { roomId });
  try {
    await attempt();
    return;
  } catch (error) {
    ctx.logger.error(
      { err: error, callConnectionId, roomId },
      'connected to the room call but could not record its room; retrying in the background',
    );
  }
  ctx.services.background.run('record the room of a connected call', async (signal) => {
    for (let tries = 2; tries <= RECORD_CALL_ATTEMPTS; tries++) {
      await sleep(RECORD_CALL_RETRY_DELAY_MS * 2 ** (tries - 2), undefined, { signal });
      try {
        await attempt();
        ctx.logger.info({ callConnectionId, roomId, tries }, 'recorded the room of the connected call');
        return;
      } catch (error) {
        if (tries === RECORD_CALL_ATTEMPTS) {
          ctx.logger.error(
            { err: error, callConnectionId, roomId, tries },
            'gave up recording the room of the connected call: its roomId reads null',
          );
        }
      }
    }
  });
}

// ─── mutations ───

export interface ConnectRoomCallInput extends CallSetupInput {
  roomId: string;
}

export interface TranscriptionOptionsInput {
  locale: string;
  startTranscription?: boolean | null;
  enableIntermediateResults?: boolean | null;
  speechModelEndpointId?: string | null;
  transportUrl?: string | null;
}

export interface MediaStreamingOptionsInput {
  transportUrl: string;
  audioChannelType?: 'mixed' | 'unmixed' | null;
  startMediaStreaming?: boolean | null;
  enableBidirectional?: boolean | null;
  audioFormat?: 'pcm16KMono' | 'pcm24KMono' | null;
}

/**
 * A client-chosen transport URL: wss:// on a host of `TRANSPORT_URL_ALLOWED_HOSTS`, since ACS hands its signed
 * tokens to that host.
 */
function clientTransportUrl(value: string, field: string, ctx: GatewayContext): string {
  const url = requireWssUrl(value, field);
  const host = new URL(url).hostname.toLowerCase();
  if (!ctx.services.transportUrlAllowedHosts.includes(host)) {
    throw new InputError(
      `transportUrl's host ${host} is not in TRANSPORT_URL_ALLOWED_HOSTS (ACS sends signed tokens to it).`,
      field,
    );
  }
  return url;
}

/**
 * Transcription streams to the gateway's own WebSocket (`transportUrl` null here: its URL carries the call's
 * token, issued once the input is valid) unless the client names another allowed wss URL.
 */
export function transcriptionOptions(
  input: TranscriptionOptionsInput,
  ctx: GatewayContext,
): Omit<TranscriptionOptions, 'transportUrl'> & { transportUrl: string | null } {
  return {
    transportUrl: input.transportUrl
      ? clientTransportUrl(input.transportUrl, 'input.transcription.transportUrl', ctx)
      : null,
    locale: requireNonEmpty(input.locale, 'input.transcription.locale'),
    startTranscription: input.startTranscription ?? false,
    enableIntermediateResults: input.enableIntermediateResults ?? false,
    ...(input.speechModelEndpointId ? { speechModelEndpointId: input.speechModelEndpointId } : {}),
  };
}

/** Audio goes to the client's own consumer (an allowed host): the gateway does not relay audio. */
export function mediaStreamingOptions(
  input: MediaStreamingOptionsInput,
  ctx: GatewayContext,
): MediaStreamingOptions {
  return {
    transportUrl: clientTransportUrl(input.transportUrl, 'input.mediaStreaming.transportUrl', ctx),
    audioChannelType: input.audioChannelType ?? 'mixed',
    startMediaStreaming: input.startMediaStreaming ?? false,
    enableBidirectional: input.enableBidirectional ?? false,
    ...(input.audioFormat ? { audioFormat: input.audioFormat } : {}),
  };
}

/** What every call the gateway joins (connect, create, answer) may set up besides its operationContext. */
export interface CallSetupInput {
  operationContext?: string | null;
  transcription?: TranscriptionOptionsInput | null;
  mediaStreaming?: MediaStreamingOptionsInput | null;
}

/** What a join returns: the new connection (CONNECTING, no events seen yet) and its operationContext. */
export interface JoinedCall {
  call: CallView;
  operationContext: string;
}

/**
 * Joins a call the way every join does (`connectRoomCall`, `createCall`, `connectCall`, `answerCall`): checks the
 * setup, issues the call's callback capability, asks ACS (`join`) with the callback URI and transcription transport
 * that carry it, binds the capability to the connection ACS answers with, and records the call (`roomId`: its
 * room, null outside rooms).
 */
export async function joinCall(
  input: CallSetupInput,
  roomId: string | null,
  ctx: GatewayContext,
  join: (request: ConnectRoomCallRequest) => Promise<CallConnection>,
): Promise<JoinedCall> {
  const transcription = input.transcription ? transcriptionOptions(input.transcription, ctx) : undefined;
  const mediaStreaming = input.mediaStreaming ? mediaStreamingOptions(input.mediaStreaming, ctx) : undefined;
  const options = actionOptions(input.operationContext, ctx);
  const capability = await ctx.services.callbacks.issue();
  const call = await join({
    ...options,
    callbackUrl: capability.callbackUrl,
    ...(transcription
      ? {
          transcription: {
            ...transcription,
            transportUrl: transcription.transportUrl ?? capability.transcriptionTransportUrl,
          },
        }
      : {}),
    ...(mediaStreaming ? { mediaStreaming } : {}),
  });
  await bindCallbackToken(capability.token, call, ctx);
  await recordConnectedCall(call.callConnectionId, roomId, ctx);
  // A new connection has no events the client has seen: it subscribes from the start of the log.
  return { call: { ...call, cursor: null, roomId }, operationContext: options.operationContext };
}

export async function connectRoomCall(input: ConnectRoomCallInput, ctx: GatewayContext): Promise<JoinedCall> {
  const roomId = requireNonEmpty(input.roomId, 'input.roomId');
  const joined = await joinCall(input, roomId, ctx, (request) => ctx.calls.connectRoomCall(roomId, request));
  ctx.logger.info({ roomId, callConnectionId: joined.call.callConnectionId }, 'connected to room call');
  return joined;
}

export async function hangUp(
  input: { callConnectionId: string; forEveryone?: boolean | null },
  ctx: GatewayContext,
): Promise<{ callConnectionId: string }> {
  const id = callId(input.callConnectionId);
  await ctx.calls.hangUp(id, input.forEveryone ?? true);
  ctx.logger.info({ callConnectionId: id, forEveryone: input.forEveryone ?? true }, 'hung up');
  return { callConnectionId: id };
}
