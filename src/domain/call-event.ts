import type { CallParticipant, DtmfTone, RecordingState, ResultInformation } from './call.ts';
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
  | BaseEventOf<
      | 'CallConnected'
      | 'ConnectFailed'
      | 'CallDisconnected'
      | 'SendDtmfTonesCompleted'
      | 'SendDtmfTonesFailed'
      | 'PlayStarted'
      | 'PlayCompleted'
      | 'PlayCanceled'
      | 'RecognizeCanceled'
      | 'ContinuousDtmfRecognitionToneFailed'
      | 'ContinuousDtmfRecognitionStopped'
      | 'HoldFailed'
      | 'CallTransferAccepted'
      | 'CallTransferFailed'
    >
  | ParticipantsUpdatedEvent
  | ParticipantEvent
  | InvitationEvent
  | PlayFailedEvent
  | RecognizeCompletedEvent
  | RecognizeFailedEvent
  | ToneReceivedEvent
  | RecordingStateChangedEvent
  | StartRecordingFailedEvent
  | UnknownCallEvent
  | EventsLostEvent;

export type CallEventKind = NewCallEvent['kind'];

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
  recognitionType: string | null;
  /** The DTMF tones collected, for `recognitionType: dtmf`. */
  tones: DtmfTone[] | null;
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
}

export interface StartRecordingFailedEvent extends CallEventBase {
  kind: 'StartRecordingFailed';
  recordingId: string | null;
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
