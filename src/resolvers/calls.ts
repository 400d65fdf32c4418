import { setTimeout as sleep } from 'node:timers/promises';
import type {
  CallConnection,
  MediaStreamingOptions,
  PlaySource,
  Recording,
  TranscriptionOptions,
} from '../acs/ports.ts';
import type { CallParticipant, DtmfTone } from '../domain/call.ts';
import {
  type CallSnapshot,
  EMPTY_CALL_SNAPSHOT,
  foldCallEvents,
  laterCallState,
} from '../domain/call-snapshot.ts';
import type { CommunicationIdentifier } from '../domain/identifier.ts';
import { AcsError, InputError } from '../errors.ts';
import type { RecordingFiles } from '../events/log.ts';
import type { GatewayContext } from './context.ts';
import {
  type ParticipantInput,
  type PlaySourceInput,
  requireIntInRange,
  requireListSize,
  requireNonEmpty,
  requirePhoneNumber,
  requireWssUrl,
  toIdentifier,
  toPlaySource,
} from './validate.ts';

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
  if (value === null || value === undefined || value === '') return ctx.newOperationContext();
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

// ─── queries ───

/** A call connection as ACS reports it, with its state reconciled with the events the gateway holds. */
export interface CallView extends CallConnection {
  /**
   * The newest event cursor the gateway held before asking ACS (null: none yet). ACS's answer reflects at
   * least every event up to it, so `callEvents(after: cursor)` continues this view with nothing missed.
   */
  cursor: string | null;
  /**
   * The room this call connection joined, when already known (`connectRoomCall` knows it even if it could
   * not record it yet); absent: read from the log.
   */
  roomId?: string | null;
}

/** Events read per page while folding a call's log into its state. */
const SNAPSHOT_PAGE_SIZE = 1_000;

/**
 * The call connection, reconciled with its events. When ACS no longer knows it (404) but the gateway still
 * holds its log (or connected it), the call has ended: its final view (DISCONNECTED, its newest cursor).
 * Null only when neither ACS nor the gateway knows the id.
 */
export async function getCall(callConnectionId: string, ctx: GatewayContext): Promise<CallView | null> {
  const id = callConnectionId.trim();
  if (id === '') return null;
  // The log first, then ACS: read the other way round, an event stored in between would be in neither.
  const snapshot = await foldCallLog(id, ctx);
  let connection: CallConnection;
  try {
    connection = await ctx.calls.getCall(id);
  } catch (error) {
    if (error instanceof AcsError && error.status === 404) return endedCallView(id, snapshot, ctx);
    throw error;
  }
  return { ...connection, state: laterCallState(connection.state, snapshot.state), cursor: snapshot.cursor };
}

/** The last view of a call ACS has forgotten, from its retained log; null when the gateway never knew it. */
async function endedCallView(
  callConnectionId: string,
  snapshot: CallSnapshot,
  ctx: GatewayContext,
): Promise<CallView | null> {
  if (snapshot.cursor === null && (await ctx.eventLog.getCall(callConnectionId)) === null) return null;
  const [newest] = snapshot.cursor === null ? [] : await ctx.eventLog.readLast(callConnectionId, 1);
  return {
    callConnectionId,
    serverCallId: newest?.serverCallId ?? null,
    correlationId: newest?.correlationId ?? null,
    state: 'disconnected',
    cursor: snapshot.cursor,
    // An ended call streams nothing.
    transcriptionSubscription: null,
    mediaStreamingSubscription: null,
  };
}

/** Folds every retained event of a call into its state and newest cursor. */
async function foldCallLog(callConnectionId: string, ctx: GatewayContext): Promise<CallSnapshot> {
  let snapshot = EMPTY_CALL_SNAPSHOT;
  for (;;) {
    const page = await ctx.eventLog.readAfter(callConnectionId, snapshot.cursor, SNAPSHOT_PAGE_SIZE);
    snapshot = foldCallEvents(snapshot, page);
    if (page.length < SNAPSHOT_PAGE_SIZE) return snapshot;
  }
}

/** Who is in the call now (from ACS); nobody once the call has ended (ACS no longer knows it). */
export async function listCallParticipants(
  call: Pick<CallView, 'callConnectionId' | 'state'>,
  ctx: GatewayContext,
): Promise<CallParticipant[]> {
  if (call.state === 'disconnected') return [];
  return ctx.calls.listParticipants(call.callConnectionId);
}

/** The room a call connection joined, as recorded by `connectRoomCall` (null for calls made elsewhere). */
export async function getCallRoomId(call: CallView, ctx: GatewayContext): Promise<string | null> {
  if (call.roomId !== undefined) return call.roomId;
  return (await ctx.eventLog.getCall(call.callConnectionId))?.roomId ?? null;
}

/**
 * Binds the call's callback token to the connection ACS answered with. Never throws (the connection exists): the
 * call's first event binds the token as well when this could not.
 */
async function bindCallbackToken(token: string, call: CallConnection, ctx: GatewayContext): Promise<void> {
  try {
    if (!(await ctx.callbacks.bind(token, call))) {
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
 * Records the room of a call connection ACS has already connected. Never throws: the connection exists
 * whatever happens here, and an error would make the client connect a second time. A failure is logged and
 * retried in the background (bounded); until it lands, `call.roomId` reads null on other requests.
 */
async function recordConnectedCall(
  callConnectionId: string,
  roomId: string,
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
  void (async () => {
    for (let tries = 2; tries <= RECORD_CALL_ATTEMPTS; tries++) {
      await sleep(RECORD_CALL_RETRY_DELAY_MS * 2 ** (tries - 2));
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
  })();
}

// ─── mutations ───

export interface ConnectRoomCallInput {
  roomId: string;
  operationContext?: string | null;
  transcription?: TranscriptionOptionsInput | null;
  mediaStreaming?: MediaStreamingOptionsInput | null;
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
  if (!ctx.transportUrlAllowedHosts.includes(host)) {
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
function transcriptionOptions(
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
function mediaStreamingOptions(
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

export async function connectRoomCall(
  input: ConnectRoomCallInput,
  ctx: GatewayContext,
): Promise<{ call: CallView; operationContext: string }> {
  const roomId = requireNonEmpty(input.roomId, 'input.roomId');
  const transcription = input.transcription ? transcriptionOptions(input.transcription, ctx) : undefined;
  const mediaStreaming = input.mediaStreaming ? mediaStreamingOptions(input.mediaStreaming, ctx) : undefined;
  const options = actionOptions(input.operationContext, ctx);
  const capability = await ctx.callbacks.issue();
  const call = await ctx.calls.connectRoomCall(roomId, {
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
  ctx.logger.info({ roomId, callConnectionId: call.callConnectionId }, 'connected to room call');
  await bindCallbackToken(capability.token, call, ctx);
  await recordConnectedCall(call.callConnectionId, roomId, ctx);
  // A new connection has no events the client has seen: it subscribes from the start of the log.
  return { call: { ...call, cursor: null, roomId }, operationContext: options.operationContext };
}

export interface AddParticipantInput {
  callConnectionId: string;
  participant: ParticipantInput;
  sourceCallerIdNumber?: string | null;
  sourceDisplayName?: string | null;
  invitationTimeoutSeconds?: number | null;
  operationContext?: string | null;
}

export async function addParticipant(
  input: AddParticipantInput,
  ctx: GatewayContext,
): Promise<{ operationContext: string; invitationId: string | null; participant: CallParticipant | null }> {
  const id = callId(input.callConnectionId);
  const participant = toIdentifier(input.participant, 'input.participant');
  let sourceCallerIdNumber: string | undefined;
  if (input.sourceCallerIdNumber !== null && input.sourceCallerIdNumber !== undefined) {
    sourceCallerIdNumber = requirePhoneNumber(input.sourceCallerIdNumber, 'input.sourceCallerIdNumber');
  } else if (participant.kind === 'phoneNumber') {
    throw new InputError(
      'sourceCallerIdNumber is required to dial a phone number (an ACS number of this resource).',
      'input.sourceCallerIdNumber',
    );
  }
  const invitationTimeoutSeconds = bounded(
    input.invitationTimeoutSeconds,
    LIMITS.invitationTimeoutSeconds,
    'input.invitationTimeoutSeconds',
  );
  const options = actionOptions(input.operationContext, ctx);
  const result = await ctx.calls.addParticipant(id, {
    ...options,
    participant,
    ...(sourceCallerIdNumber ? { sourceCallerIdNumber } : {}),
    ...(input.sourceDisplayName ? { sourceDisplayName: input.sourceDisplayName } : {}),
    ...(invitationTimeoutSeconds !== undefined ? { invitationTimeoutSeconds } : {}),
  });
  ctx.logger.info({ callConnectionId: id, invitationId: result.invitationId }, 'participant invited');
  return { operationContext: options.operationContext, ...result };
}

export async function removeParticipant(
  input: { callConnectionId: string; participant: ParticipantInput; operationContext?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const participant = toIdentifier(input.participant, 'input.participant');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.removeParticipant(id, participant, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function cancelAddParticipant(
  input: { callConnectionId: string; invitationId: string; operationContext?: string | null },
  ctx: GatewayContext,
): Promise<{ operationContext: string; invitationId: string }> {
  const id = callId(input.callConnectionId);
  const invitationId = requireNonEmpty(input.invitationId, 'input.invitationId');
  const options = actionOptions(input.operationContext, ctx);
  const result = await ctx.calls.cancelAddParticipant(id, invitationId, options);
  return { operationContext: options.operationContext, invitationId: result.invitationId };
}

export async function muteParticipant(
  input: { callConnectionId: string; participant: ParticipantInput; operationContext?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const participant = toIdentifier(input.participant, 'input.participant');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.muteParticipant(id, participant, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function sendDtmfTones(
  input: {
    callConnectionId: string;
    tones: DtmfTone[];
    target: ParticipantInput;
    operationContext?: string | null;
  },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const tones = requireListSize(input.tones, LIMITS.dtmfTones.min, LIMITS.dtmfTones.max, 'input.tones');
  const target = toIdentifier(input.target, 'input.target');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.sendDtmfTones(id, [...tones], target, options);
  return { callConnectionId: id, operationContext: options.operationContext };
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

export interface PlayMediaInput {
  callConnectionId: string;
  sources: PlaySourceInput[];
  playTo?: ParticipantInput[] | null;
  loop?: boolean | null;
  interruptCallMediaOperation?: boolean | null;
  operationContext?: string | null;
}

export async function playMedia(input: PlayMediaInput, ctx: GatewayContext): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const sources: PlaySource[] = requireListSize(
    input.sources,
    LIMITS.playSources.min,
    LIMITS.playSources.max,
    'input.sources',
  ).map((source, i) => toPlaySource(source, `input.sources.${i}`));
  const playTo: CommunicationIdentifier[] = requireListSize(
    input.playTo ?? [],
    LIMITS.playTo.min,
    LIMITS.playTo.max,
    'input.playTo',
  ).map((p, i) => toIdentifier(p, `input.playTo.${i}`));
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.play(id, {
    ...options,
    sources,
    playTo,
    loop: input.loop ?? false,
    interruptCallMediaOperation: input.interruptCallMediaOperation ?? false,
  });
  return { callConnectionId: id, operationContext: options.operationContext };
}

export interface RecognizeDtmfInput {
  callConnectionId: string;
  target: ParticipantInput;
  maxTonesToCollect: number;
  stopTones?: DtmfTone[] | null;
  interToneTimeoutSeconds?: number | null;
  initialSilenceTimeoutSeconds?: number | null;
  prompt?: PlaySourceInput | null;
  interruptPrompt?: boolean | null;
  operationContext?: string | null;
}

export async function recognizeDtmf(
  input: RecognizeDtmfInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const target = toIdentifier(input.target, 'input.target');
  const maxTonesToCollect = requireIntInRange(
    input.maxTonesToCollect,
    LIMITS.maxTonesToCollect.min,
    LIMITS.maxTonesToCollect.max,
    'input.maxTonesToCollect',
  );
  const interToneTimeoutSeconds = bounded(
    input.interToneTimeoutSeconds,
    LIMITS.interToneTimeoutSeconds,
    'input.interToneTimeoutSeconds',
  );
  const initialSilenceTimeoutSeconds = bounded(
    input.initialSilenceTimeoutSeconds,
    LIMITS.initialSilenceTimeoutSeconds,
    'input.initialSilenceTimeoutSeconds',
  );
  const prompt = input.prompt ? toPlaySource(input.prompt, 'input.prompt') : undefined;
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.recognizeDtmf(id, {
    ...options,
    target,
    maxTonesToCollect,
    ...(input.stopTones ? { stopTones: input.stopTones } : {}),
    ...(interToneTimeoutSeconds !== undefined ? { interToneTimeoutSeconds } : {}),
    ...(initialSilenceTimeoutSeconds !== undefined ? { initialSilenceTimeoutSeconds } : {}),
    ...(prompt ? { prompt } : {}),
    ...(typeof input.interruptPrompt === 'boolean' ? { interruptPrompt: input.interruptPrompt } : {}),
  });
  return { callConnectionId: id, operationContext: options.operationContext };
}

type TargetInput = { callConnectionId: string; target: ParticipantInput; operationContext?: string | null };

export async function startContinuousDtmfRecognition(
  input: TargetInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const target = toIdentifier(input.target, 'input.target');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.startContinuousDtmfRecognition(id, target, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function stopContinuousDtmfRecognition(
  input: TargetInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const target = toIdentifier(input.target, 'input.target');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.stopContinuousDtmfRecognition(id, target, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function holdParticipant(
  input: TargetInput & { music?: PlaySourceInput | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const target = toIdentifier(input.target, 'input.target');
  const music = input.music ? toPlaySource(input.music, 'input.music') : undefined;
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.hold(id, target, music, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function unholdParticipant(input: TargetInput, ctx: GatewayContext): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const target = toIdentifier(input.target, 'input.target');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.unhold(id, target, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

/** Cancels every queued or running play/recognize; ACS takes no operationContext for it. */
export async function cancelAllMediaOperations(
  input: { callConnectionId: string },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  await ctx.calls.cancelAllMediaOperations(id);
  return { callConnectionId: id, operationContext: null };
}

// ─── recordings ───

export interface StartRecordingInput {
  callConnectionId: string;
  /** Default: audio. */
  content?: 'audio' | 'audioVideo' | null;
  /** Default: mixed. */
  channel?: 'mixed' | 'unmixed' | null;
  /** Default: mp3. */
  format?: 'wav' | 'mp3' | 'mp4' | null;
  pauseOnStart?: boolean | null;
}

export async function startRecording(
  input: StartRecordingInput,
  ctx: GatewayContext,
): Promise<{ recording: Recording }> {
  const id = callId(input.callConnectionId);
  // Event Grid names a recording's files by server call only: remember which connection is on it.
  const { serverCallId } = await ctx.calls.getCall(id);
  if (serverCallId) await ctx.eventLog.linkServerCall(serverCallId, id);
  const recording = await ctx.calls.startRecording({
    callConnectionId: id,
    content: input.content ?? 'audio',
    channel: input.channel ?? 'mixed',
    format: input.format ?? 'mp3',
    pauseOnStart: input.pauseOnStart ?? false,
    callbackUrl: await ctx.callbacks.callbackUrlOf(id),
  });
  ctx.logger.info({ callConnectionId: id, recordingId: recording.recordingId }, 'recording started');
  return { recording };
}

function recordingId(input: { recordingId: string }): string {
  return requireNonEmpty(input.recordingId, 'input.recordingId');
}

/** Stops a recording; a stopped recording is reported `INACTIVE`. */
export async function stopRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.stopRecording(id);
  return { recording: { recordingId: id, state: 'inactive' as const } };
}

export async function pauseRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.pauseRecording(id);
  return { recording: recordingAfterChange(id, 'inactive') };
}

export async function resumeRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.resumeRecording(id);
  return { recording: recordingAfterChange(id, 'active') };
}

/**
 * ACS accepts pause/resume (202) and applies it asynchronously, so the state read right after may still be
 * the old one; report the state the request asked for.
 */
function recordingAfterChange(recordingId: string, state: Recording['state']): Recording {
  return { recordingId, state };
}

/** Deletes a recording's files (`RecordingFileReady.chunks[].deleteLocation`) at ACS. */
export async function deleteRecording(
  input: { deleteLocation: string },
  ctx: GatewayContext,
): Promise<{ deleteLocation: string }> {
  const deleteLocation = requireNonEmpty(input.deleteLocation, 'input.deleteLocation');
  await ctx.calls.deleteRecording(deleteLocation);
  ctx.logger.info({ deleteLocation }, 'recording deleted');
  return { deleteLocation };
}

/** The files ACS announced for a recording (kept by the event log from Event Grid), or null before then. */
export function getRecordingFiles(recordingId: string, ctx: GatewayContext): Promise<RecordingFiles | null> {
  return ctx.eventLog.getRecordingFiles(recordingId);
}

/**
 * The recording, or null when ACS does not know it (404) and the gateway keeps no files for it; a stopped
 * recording (which ACS forgets) whose files ACS announced is `inactive`.
 */
export async function getRecording(id: string, ctx: GatewayContext): Promise<Recording | null> {
  if (id.trim() === '') return null;
  try {
    return await ctx.calls.getRecording(id.trim());
  } catch (error) {
    if (!(error instanceof AcsError && error.status === 404)) throw error;
    // ACS forgets a recording once it stops; its files, announced after that, are still the gateway's to list.
    const files = await ctx.eventLog.getRecordingFiles(id.trim());
    return files ? { recordingId: id.trim(), state: 'inactive' } : null;
  }
}
