import type {
  CallConnectionState,
  CallParticipant,
  DtmfTone,
  RecordingState,
  RoomParticipantRole,
} from '../domain/call.ts';
import type { CommunicationIdentifier } from '../domain/identifier.ts';

/**
 * The gateway's view of ACS, in its own domain types. Adapters (`rooms-adapter.ts`, `calls-adapter.ts`)
 * implement these over the official SDKs; every method rejects with a `DomainError` (`AcsError` for an ACS
 * refusal or an unreachable ACS, via `toDomainError`) and never with an SDK error.
 */

/** A room as ACS returns it (`createdAt` — the SDK's `createdOn`). Times are ISO 8601 strings. */
export interface Room {
  id: string;
  createdAt: string;
  validFrom: string;
  validUntil: string;
  pstnDialOutEnabled: boolean;
}

/** A room roster entry. Only ACS users can be on a roster. */
export interface RoomParticipant {
  rawId: string;
  communicationUserId: string;
  role: RoomParticipantRole;
}

/** One page of a listing and the opaque ACS continuation token of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextToken: string | null;
}

export interface CreateRoomRequest {
  /** ISO 8601; absent: now (ACS default). */
  validFrom?: string;
  /** ISO 8601; absent: validFrom + 180 days (ACS default). */
  validUntil?: string;
  pstnDialOutEnabled?: boolean;
  participants?: { communicationUserId: string; role: RoomParticipantRole }[];
}

export interface UpdateRoomRequest {
  validFrom?: string;
  validUntil?: string;
  pstnDialOutEnabled?: boolean;
}

/** ACS Rooms (`RoomsClient`). */
export interface RoomsPort {
  createRoom(request: CreateRoomRequest): Promise<Room>;
  /** Rejects with NOT_FOUND (404) or BAD_USER_INPUT (400 "Invalid room ID.") for an unknown id. */
  getRoom(roomId: string): Promise<Room>;
  updateRoom(roomId: string, request: UpdateRoomRequest): Promise<Room>;
  deleteRoom(roomId: string): Promise<void>;
  /** One ACS page of rooms (newest first); `token` null starts at the first page. */
  listRoomsPage(token: string | null): Promise<Page<Room>>;
  /** One ACS page of a room's roster; `token` null starts at the first page. */
  listParticipantsPage(roomId: string, token: string | null): Promise<Page<RoomParticipant>>;
  /** Adds or updates roster entries (merge-patch). */
  upsertParticipants(
    roomId: string,
    participants: { communicationUserId: string; role: RoomParticipantRole }[],
  ): Promise<void>;
  /** Removes roster entries; removing someone not on the roster succeeds. */
  removeParticipants(roomId: string, communicationUserIds: string[]): Promise<void>;
}

/** The state of a transcription or media streaming subscription, as ACS spells it. */
export type MediaSubscriptionState = 'disabled' | 'inactive' | 'active';

/** A call connection as ACS reports it. */
export interface CallConnection {
  callConnectionId: string;
  serverCallId: string | null;
  correlationId: string | null;
  state: CallConnectionState;
  /** The call's transcription (null when ACS reports none). */
  transcriptionSubscription: { state: MediaSubscriptionState | null; locale: string | null } | null;
  /** The call's audio streaming (null when ACS reports none). */
  mediaStreamingSubscription: { state: MediaSubscriptionState | null } | null;
}

/** Live transcription over a WebSocket ACS opens to `transportUrl` (ACS `transcriptionOptions`). */
export interface TranscriptionOptions {
  /** wss:// URL ACS streams `TranscriptionMetadata` / `TranscriptionData` to. */
  transportUrl: string;
  /** e.g. `en-US`. */
  locale: string;
  /** Start at once, or wait for `startTranscription`. */
  startTranscription: boolean;
  enableIntermediateResults: boolean;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechModelEndpointId?: string;
}

/** Audio streaming over a WebSocket ACS opens to `transportUrl` (ACS `mediaStreamingOptions`). */
export interface MediaStreamingOptions {
  /** wss:// URL of the client's audio consumer. */
  transportUrl: string;
  audioChannelType: 'mixed' | 'unmixed';
  /** Start at once, or wait for `startMediaStreaming`. */
  startMediaStreaming: boolean;
  enableBidirectional: boolean;
  audioFormat?: 'pcm16KMono' | 'pcm24KMono';
}

/** What `connectRoomCall` may ask for besides the common action settings. */
export interface ConnectRoomCallRequest extends ActionOptions {
  /** The call's callback URI: every event of the call (its actions' outcomes included) is posted there. */
  callbackUrl: string;
  transcription?: TranscriptionOptions;
  mediaStreaming?: MediaStreamingOptions;
}

/** An ACS call to join by its server call id, group call id or room id (ACS `CallLocator`). */
export type CallLocator =
  | { kind: 'serverCall'; serverCallId: string }
  | { kind: 'groupCall'; groupCallId: string }
  | { kind: 'room'; roomId: string };

/** An outbound call: one target, or several (a group call). */
export interface CreateCallRequest extends ConnectRoomCallRequest {
  targets: CommunicationIdentifier[];
  /** E.164 caller id; ACS requires it when a target is a phone. */
  sourceCallerIdNumber?: string;
  sourceDisplayName?: string;
}

/** Why an incoming call is rejected (ACS `callRejectReason`). */
export type CallRejectReason = 'none' | 'busy' | 'forbidden';

export interface TransferCallRequest extends ActionOptions {
  target: CommunicationIdentifier;
  /** Who is transferred away; absent: the other party of a two-party call. */
  transferee?: CommunicationIdentifier;
  /** E.164 caller id shown to a phone target. */
  sourceCallerIdNumber?: string;
}

/** What to play: exactly one kind. */
export type PlaySource =
  | { kind: 'text'; text: string; voiceName?: string; sourceLocale?: string }
  | { kind: 'file'; url: string }
  | { kind: 'ssml'; ssmlText: string };

/**
 * Settings every call action shares: the context ACS echoes in the outcome. The outcome goes to the call's
 * callback URI (set at connect, carrying the call's token), so no action overrides it.
 */
export interface ActionOptions {
  operationContext: string;
}

export interface AddParticipantRequest extends ActionOptions {
  participant: CommunicationIdentifier;
  /** E.164 caller id; ACS requires it for a phone participant. */
  sourceCallerIdNumber?: string;
  sourceDisplayName?: string;
  invitationTimeoutSeconds?: number;
}

export interface RecognizeDtmfRequest extends ActionOptions {
  target: CommunicationIdentifier;
  maxTonesToCollect: number;
  stopTones?: DtmfTone[];
  interToneTimeoutSeconds?: number;
  initialSilenceTimeoutSeconds?: number;
  prompt?: PlaySource;
  interruptPrompt?: boolean;
}

/** Settings every speech-capable recognize shares (ACS `recognizeOptions`). */
interface RecognizeCommon extends ActionOptions {
  target: CommunicationIdentifier;
  prompt?: PlaySource;
  interruptPrompt?: boolean;
  initialSilenceTimeoutSeconds?: number;
  /** e.g. `en-US` (ACS default). */
  speechLanguage?: string;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechRecognitionModelEndpointId?: string;
}

/** Recognize speech (ACS `speech`), or speech or DTMF when `dtmf` is set (ACS `speechOrDtmf`). */
export interface RecognizeSpeechRequest extends RecognizeCommon {
  /** Silence after speech that ends the phrase, in seconds. */
  endSilenceTimeoutSeconds?: number;
  dtmf?: { maxTonesToCollect: number; stopTones?: DtmfTone[]; interToneTimeoutSeconds?: number };
}

/** One option of a menu: said as one of `phrases`, or pressed as `tone`. */
export interface RecognitionChoice {
  label: string;
  phrases: string[];
  tone?: DtmfTone;
}

/** Recognize which of `choices` a participant says or presses (ACS `choices`). */
export interface RecognizeChoiceRequest extends RecognizeCommon {
  choices: RecognitionChoice[];
}

export interface PlayRequest extends ActionOptions {
  sources: PlaySource[];
  /** Empty: everyone (`playToAll`). */
  playTo: CommunicationIdentifier[];
  loop: boolean;
  /** Only honoured when playing to everyone (ACS `playToAll`). */
  interruptCallMediaOperation: boolean;
}

export interface StartRecordingRequest {
  callConnectionId: string;
  content: 'audio' | 'audioVideo';
  channel: 'mixed' | 'unmixed';
  format: 'wav' | 'mp3' | 'mp4';
  pauseOnStart: boolean;
  /** Where recording state events go: the call's callback URI (null: none known, ACS's default). */
  callbackUrl: string | null;
}

export interface Recording {
  recordingId: string;
  state: RecordingState;
}

/** ACS Call Automation (`CallAutomationClient` and its per-call clients). */
export interface CallsPort {
  /**
   * Joins the app to a room's ongoing call; the new connection starts `connecting`. The adapter adds the
   * configured `callIntelligenceOptions.cognitiveServicesEndpoint` (ACS needs it for text-to-speech and
   * speech recognition).
   */
  connectRoomCall(roomId: string, request: ConnectRoomCallRequest): Promise<CallConnection>;
  /** Joins the app to any ongoing call by locator; like `connectRoomCall` otherwise. */
  connectCall(locator: CallLocator, request: ConnectRoomCallRequest): Promise<CallConnection>;
  /** Calls one target (`createCall`) or several (`createGroupCall`); `CallConnected` or `CreateCallFailed` follows. */
  createCall(request: CreateCallRequest): Promise<CallConnection>;
  /** Answers a ringing incoming call; `CallConnected` or `AnswerFailed` follows. */
  answerCall(incomingCallContext: string, request: ConnectRoomCallRequest): Promise<CallConnection>;
  rejectCall(incomingCallContext: string, reason: CallRejectReason): Promise<void>;
  /** Sends a ringing incoming call to another target; the app is then out of it. */
  redirectCall(incomingCallContext: string, target: CommunicationIdentifier): Promise<void>;
  /** `CallTransferAccepted` (then the app's leg leaves) or `CallTransferFailed` follows. */
  transferCallToParticipant(callConnectionId: string, request: TransferCallRequest): Promise<void>;
  /** Moves participants of the call connection `fromCallConnectionId` into this call; one `MoveParticipant…` event each. */
  moveParticipants(
    callConnectionId: string,
    participants: CommunicationIdentifier[],
    fromCallConnectionId: string,
    options: ActionOptions,
  ): Promise<void>;
  /** Rejects with NOT_FOUND (404/8522) for an unknown or ended call connection. */
  getCall(callConnectionId: string): Promise<CallConnection>;
  listParticipants(callConnectionId: string): Promise<CallParticipant[]>;
  addParticipant(
    callConnectionId: string,
    request: AddParticipantRequest,
  ): Promise<{ invitationId: string | null; participant: CallParticipant | null }>;
  removeParticipant(
    callConnectionId: string,
    participant: CommunicationIdentifier,
    options: ActionOptions,
  ): Promise<void>;
  cancelAddParticipant(
    callConnectionId: string,
    invitationId: string,
    options: ActionOptions,
  ): Promise<{ invitationId: string }>;
  muteParticipant(
    callConnectionId: string,
    participant: CommunicationIdentifier,
    options: ActionOptions,
  ): Promise<void>;
  sendDtmfTones(
    callConnectionId: string,
    tones: DtmfTone[],
    target: CommunicationIdentifier,
    options: ActionOptions,
  ): Promise<void>;
  /** `forEveryone`: terminate the call for all; otherwise only the app's leg leaves. */
  hangUp(callConnectionId: string, forEveryone: boolean): Promise<void>;
  play(callConnectionId: string, request: PlayRequest): Promise<void>;
  recognizeDtmf(callConnectionId: string, request: RecognizeDtmfRequest): Promise<void>;
  recognizeSpeech(callConnectionId: string, request: RecognizeSpeechRequest): Promise<void>;
  recognizeChoice(callConnectionId: string, request: RecognizeChoiceRequest): Promise<void>;
  /** Starts the transcription set up on connect (`transcriptionOptions`), optionally in another locale. */
  startTranscription(
    callConnectionId: string,
    request: ActionOptions & { locale?: string; speechModelEndpointId?: string },
  ): Promise<void>;
  stopTranscription(callConnectionId: string, options: ActionOptions): Promise<void>;
  /** Switches a running transcription to `locale`. */
  updateTranscription(
    callConnectionId: string,
    request: ActionOptions & { locale: string; speechModelEndpointId?: string },
  ): Promise<void>;
  /** Starts the audio streaming set up on connect (`mediaStreamingOptions`). */
  startMediaStreaming(callConnectionId: string, options: ActionOptions): Promise<void>;
  stopMediaStreaming(callConnectionId: string, options: ActionOptions): Promise<void>;
  startContinuousDtmfRecognition(
    callConnectionId: string,
    target: CommunicationIdentifier,
    options: ActionOptions,
  ): Promise<void>;
  stopContinuousDtmfRecognition(
    callConnectionId: string,
    target: CommunicationIdentifier,
    options: ActionOptions,
  ): Promise<void>;
  hold(
    callConnectionId: string,
    target: CommunicationIdentifier,
    music: PlaySource | undefined,
    options: ActionOptions,
  ): Promise<void>;
  unhold(callConnectionId: string, target: CommunicationIdentifier, options: ActionOptions): Promise<void>;
  cancelAllMediaOperations(callConnectionId: string): Promise<void>;
  startRecording(request: StartRecordingRequest): Promise<Recording>;
  /** Rejects with NOT_FOUND (404/8522) for an unknown recording. */
  getRecording(recordingId: string): Promise<Recording>;
  stopRecording(recordingId: string): Promise<void>;
  pauseRecording(recordingId: string): Promise<void>;
  resumeRecording(recordingId: string): Promise<void>;
  /**
   * Streams a recording file from its `contentLocation` (signed by the SDK). Rejects with BAD_USER_INPUT for a
   * URL that is not on an ACS media host, NOT_FOUND when ACS has no such file.
   */
  downloadRecording(contentLocation: string, signal?: AbortSignal): Promise<NodeJS.ReadableStream>;
  /** Deletes a recording's files at its `deleteLocation`; same errors as `downloadRecording`. */
  deleteRecording(deleteLocation: string): Promise<void>;
}
