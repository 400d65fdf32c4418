import type { CallParticipant, DtmfTone, RecordingState, ResultInformation } from './call.ts';
import type { CallEventKindName, CommonFieldsKind } from './call-event-kinds.ts';
import type { CommunicationIdentifier } from './identifier.ts';

/**
 * A callback event of a call connection, normalized from the ACS CloudEvent: the gateway's own model,
 * stored in the call event log and served by the `callEvents` subscription.
 *
 * `kind` is the ACS event name (the CloudEvent `type` without `Microsoft.Communication.`), except for
 * `Unknown` (a type this gateway does not know yet, passed on with its raw data) and `EventsLost`
 * (emitted by the gateway, never by ACS, when a subscriber resumes from a cursor the log no longer holds).
 */
export type CallEvent = NewCallEvent & {
  /** Position in the call's log; pass as `after` to resume. */ cursor: string;
};

/** A normalized event before the log has given it a cursor. */
export type NewCallEvent =
  | BaseEventOf<CommonFieldsKind>
  | ParticipantsUpdatedEvent
  | ParticipantEvent
  | InvitationEvent
  | MoveParticipantEvent
  | PlayFailedEvent
  | RecognizeCompletedEvent
  | RecognizeFailedEvent
  | ToneReceivedEvent
  | RecordingStateChangedEvent
  | StartRecordingFailedEvent
  | TranscriptionStatusEvent
  | MediaStreamingStatusEvent
  | TranscriptionDataEvent
  | RecordingFileReadyEvent
  | UnknownCallEvent
  | EventsLostEvent;

/** Every kind of the table (`call-event-kinds.ts`) has its event shape here, and nothing else does. */
export type CallEventKind = NewCallEvent['kind'] & CallEventKindName;
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _everyKindHasAShape: Exact<NewCallEvent['kind'], CallEventKindName> = true;
void _everyKindHasAShape;

/** Fields every callback event carries (absent ones are null). */
export interface CallEventBase {
  /** CloudEvent `id`: unique per event, the de-duplication key. */
  id: string;
  callConnectionId: string;
  serverCallId: string | null;
  correlationId: string | null;
  operationContext: string | null;
  /** CloudEvent `time` (ISO 8601). */
  time: string;
  resultInformation: ResultInformation | null;
}

type BaseEventOf<K extends string> = CallEventBase & { kind: K };

export interface ParticipantsUpdatedEvent extends CallEventBase {
  kind: 'ParticipantsUpdated';
  sequenceNumber: number | null;
  participants: CallParticipant[];
}

export interface ParticipantEvent extends CallEventBase {
  kind:
    | 'AddParticipantSucceeded'
    | 'AddParticipantFailed'
    | 'RemoveParticipantSucceeded'
    | 'RemoveParticipantFailed';
  participant: CommunicationIdentifier | null;
  /** Set on add events when ACS sends it. */
  invitationId: string | null;
}

export interface MoveParticipantEvent extends CallEventBase {
  kind: 'MoveParticipantSucceeded' | 'MoveParticipantFailed';
  participant: CommunicationIdentifier | null;
  /** The call connection the participant was moved from. */
  fromCall: string | null;
}

export interface InvitationEvent extends CallEventBase {
  kind: 'CancelAddParticipantSucceeded' | 'CancelAddParticipantFailed';
  invitationId: string | null;
}

export interface PlayFailedEvent extends CallEventBase {
  kind: 'PlayFailed';
  failedPlaySourceIndex: number | null;
}

export interface RecognizeCompletedEvent extends CallEventBase {
  kind: 'RecognizeCompleted';
  /** `dtmf`, `speech` or `choices`. */
  recognitionType: string | null;
  /** The DTMF tones collected, for `recognitionType: dtmf`. */
  tones: DtmfTone[] | null;
  /** What was said, for `recognitionType: speech` (ACS `speechResult`). */
  speechResult: { speech: string | null; confidence: number | null } | null;
  /** The choice matched, for `recognitionType: choices` (ACS `choiceResult`). */
  choiceResult: { label: string | null; recognizedPhrase: string | null; confidence: number | null } | null;
}

export interface RecognizeFailedEvent extends CallEventBase {
  kind: 'RecognizeFailed';
  failedPlaySourceIndex: number | null;
}

export interface ToneReceivedEvent extends CallEventBase {
  kind: 'ContinuousDtmfRecognitionToneReceived';
  tone: DtmfTone | null;
  sequenceId: number | null;
}

export interface RecordingStateChangedEvent extends CallEventBase {
  kind: 'RecordingStateChanged';
  recordingId: string | null;
  state: RecordingState | null;
  startDateTime: string | null;
  /** `azureCommunicationServices`, `teams` or `teamsCompliance`. */
  recordingKind: string | null;
}

export interface StartRecordingFailedEvent extends CallEventBase {
  kind: 'StartRecordingFailed';
  recordingId: string | null;
}

/** TranscriptionStarted|Stopped|Updated|Failed: the new state of the call's transcription. */
export interface TranscriptionStatusEvent extends CallEventBase {
  kind: 'TranscriptionStarted' | 'TranscriptionStopped' | 'TranscriptionUpdated' | 'TranscriptionFailed';
  transcriptionUpdate: {
    /** e.g. `transcriptionStarted`, `transcriptionFailed`. */
    transcriptionStatus: string | null;
    /** e.g. `subscriptionStarted`, `speechServicesConnectionError`. */
    transcriptionStatusDetails: string | null;
  } | null;
}

/** MediaStreamingStarted|Stopped|Failed: the new state of the call's audio streaming. */
export interface MediaStreamingStatusEvent extends CallEventBase {
  kind: 'MediaStreamingStarted' | 'MediaStreamingStopped' | 'MediaStreamingFailed';
  mediaStreamingUpdate: {
    /** `Audio`. */
    contentType: string | null;
    /** e.g. `mediaStreamingStarted`, `mediaStreamingFailed`. */
    mediaStreamingStatus: string | null;
    /** e.g. `subscriptionStarted`, `streamConnectionInterrupted`. */
    mediaStreamingStatusDetails: string | null;
  } | null;
}

/** One word of a transcript line. Ticks are 100 ns units from the start of the transcription. */
export interface TranscriptionWord {
  text: string;
  offsetInTicks: number | null;
  durationInTicks: number | null;
}

/**
 * A transcript line from ACS's transcription WebSocket (`TranscriptionData`), stored in the call's log
 * like a callback event. `id` is derived from the call, offset and result status, so a line ACS resends
 * is stored once, while its final result is stored after its intermediate one.
 */
export interface TranscriptionDataEvent extends CallEventBase {
  kind: 'TranscriptionData';
  text: string;
  /** `display`. */
  format: string | null;
  /** 0 to 1. */
  confidence: number | null;
  offsetInTicks: number | null;
  durationInTicks: number | null;
  words: TranscriptionWord[];
  /** Who spoke (from `participantRawID`); null when ACS could not tell. */
  participant: CommunicationIdentifier | null;
  /** `final`, or `intermediate` (replaced later by the final result). */
  resultStatus: 'final' | 'intermediate' | null;
  /** The locale of the transcription, from the stream's `TranscriptionMetadata`. */
  locale: string | null;
}

/** One file of a recording (ACS `recordingChunks[]`): where to download, read the metadata of, and delete it. */
export interface RecordingChunk {
  documentId: string | null;
  /** Order of the chunk in the recording, from 0. */
  index: number | null;
  /** Why the chunk ended, e.g. `SessionEnded`. */
  endReason: string | null;
  contentLocation: string | null;
  metadataLocation: string | null;
  deleteLocation: string | null;
}

/**
 * ACS's Event Grid event `RecordingFileStatusUpdated`, stored in the log of the call connection the gateway
 * has on that server call. `id` is the Event Grid event id.
 */
export interface RecordingFileReadyEvent extends CallEventBase {
  kind: 'RecordingFileReady';
  /** ISO 8601. */
  recordingStartTime: string | null;
  recordingDurationMs: number | null;
  /** e.g. `CallEnded`. */
  sessionEndReason: string | null;
  chunks: RecordingChunk[];
}

/** A type this gateway does not know yet: passed on with its raw `data`, never dropped. */
export interface UnknownCallEvent extends CallEventBase {
  kind: 'Unknown';
  /** The CloudEvent `type` as ACS sent it. */
  acsType: string;
  data: unknown;
}

/**
 * Emitted by the gateway (never by ACS) at the start of a replay whose `after` cursor is older than
 * what the log still holds: the events between that cursor and `oldestCursor` were trimmed or expired.
 */
export interface EventsLostEvent extends CallEventBase {
  kind: 'EventsLost';
  /** The cursor the subscriber asked to resume after. */
  requestedAfter: string;
  /** The oldest cursor the log still holds, or null when it holds nothing for this call. */
  oldestRetainedCursor: string | null;
}
