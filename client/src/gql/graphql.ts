/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 timestamp with a time-zone offset, e.g. `2025-01-01T09:00:00Z`. Served in UTC. */
  DateTime: { input: string; output: string; }
  /** Any JSON value, passed through as ACS sent it. */
  JSON: { input: unknown; output: unknown; }
  /** An E.164 phone number: `+`, country code and number, no spaces, e.g. `+14255550123`. Any string is accepted by the scalar; anything not in E.164 makes the mutation return an `InputError` naming the field. */
  PhoneNumber: { input: string; output: string; }
};

/** ACS refused or failed the operation. */
export type AcsError = Error & {
  __typename?: 'AcsError';
  /** ACS error code from its CommunicationError body, e.g. `8522` (call not found). */
  acsCode?: Maybe<Scalars['String']['output']>;
  /** The kind of failure. */
  code: ErrorCode;
  /** A human-readable explanation, safe to show. */
  message: Scalars['String']['output'];
  /** Seconds ACS asked callers to wait (from `Retry-After`, on 429 and 503). */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** HTTP status ACS answered with; null when ACS could not be reached. */
  status?: Maybe<Scalars['Int']['output']>;
};

/** An invitation failed; `resultInformation` says why (486 busy, 480 no answer, …). */
export type AddParticipantFailed = CallEvent & {
  __typename?: 'AddParticipantFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation, when ACS sends it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The invited participant. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Someone to invite into the call (a phone number dials out). */
export type AddParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** How long the invitation rings, 0 to 180 seconds. Default: ACS (60). */
  invitationTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Who to invite. */
  participant: ParticipantInput;
  /** Caller id shown to a phone participant: a number of this ACS resource. Required to dial a phone number. */
  sourceCallerIdNumber?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Display name shown to the invitee. */
  sourceDisplayName?: InputMaybe<Scalars['String']['input']>;
};

/** How the invitation ended: the invitee joined, or it failed (busy, declined, no answer, cancelled). The event that ended the action, read from the call's log. */
export type AddParticipantOutcome = AddParticipantFailed | AddParticipantSucceeded;

/** An invitation sent; `AddParticipantSucceeded` or `AddParticipantFailed` follows. */
export type AddParticipantPayload = {
  __typename?: 'AddParticipantPayload';
  /** The invitation; pass it to `cancelAddParticipant` to withdraw it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** Carried by the events of this invitation. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<AddParticipantOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
  /** The invited participant, as ACS reports it. */
  participant?: Maybe<CallParticipant>;
};


/** An invitation sent; `AddParticipantSucceeded` or `AddParticipantFailed` follows. */
export type AddParticipantPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `addParticipant`: its payload, or an `InputError` / `AcsError`. */
export type AddParticipantResult = AcsError | AddParticipantPayload | InputError;

/** An invitee joined the call. */
export type AddParticipantSucceeded = CallEvent & {
  __typename?: 'AddParticipantSucceeded';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation, when ACS sends it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The invited participant. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An incoming call to answer, with the gateway in it. */
export type AnswerCallInput = {
  /** The `incomingCallContext` of an `IncomingCall` from `incomingCalls`; usable while it rings (about 30 s). */
  incomingCallContext: Scalars['String']['input'];
  /** Set up audio streaming to your own consumer (needs the `calls:record` scope). */
  mediaStreaming?: InputMaybe<MediaStreamingOptionsInput>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Set up live transcription (needs the `calls:record` scope). */
  transcription?: InputMaybe<TranscriptionOptionsInput>;
};

/** Whether answering the incoming call connected it. The event that ended the action, read from the call's log. */
export type AnswerCallOutcome = AnswerFailed | CallConnected;

/** The gateway answering an incoming call; `CallConnected` or `AnswerFailed` follows on `callEvents`. */
export type AnswerCallPayload = {
  __typename?: 'AnswerCallPayload';
  /** The new call connection (state CONNECTING); subscribe to `callEvents` with its id. */
  call: Call;
  /** Carried by CallConnected and by the failure event. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<AnswerCallOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** The gateway answering an incoming call; `CallConnected` or `AnswerFailed` follows on `callEvents`. */
export type AnswerCallPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `answerCall`: its payload, or an `InputError` / `AcsError`. */
export type AnswerCallResult = AcsError | AnswerCallPayload | InputError;

/** Answering an incoming call failed. */
export type AnswerFailed = CallEvent & {
  __typename?: 'AnswerFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** The PCM format of streamed audio. */
export type AudioFormat =
  /** PCM, 16 kHz, mono. */
  | 'PCM_16K_MONO'
  /** PCM, 24 kHz, mono. */
  | 'PCM_24K_MONO';

/** The gateway's connection to a call (an ACS call connection). */
export type Call = {
  __typename?: 'Call';
  /** The ACS call connection id. */
  callConnectionId: Scalars['ID']['output'];
  /** The correlation id ACS shares between all legs of the call (quote it to Azure support). */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** The newest event cursor this view reflects (null: no event yet). Subscribe to `callEvents` with `after` set to it to keep the view current with nothing missed. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The call's retained events, oldest first: the `first` events after the cursor `after` (from the oldest retained event when `after` is absent). Page forward by passing the `cursor` of the last event as `after`; an empty list means you have them all (then `callEvents(after:)` streams what comes next). */
  events: Array<CallEvent>;
  /** The object id: the ACS call connection id (the same as `callConnectionId`), so a normalized cache keeps one `Call` per call connection however it was fetched. */
  id: Scalars['ID']['output'];
  /** The call's audio streaming, as ACS reports it (null: ACS reports none). */
  mediaStreamingSubscription?: Maybe<MediaStreamingSubscription>;
  /** Who is in the call now (read from ACS); empty once the call is DISCONNECTED. */
  participants: Array<CallParticipant>;
  /** The room whose call this is, when the gateway connected it and the room still exists. */
  room?: Maybe<Room>;
  /** The room whose call this is, when the gateway connected it (`connectRoomCall`). */
  roomId?: Maybe<Scalars['ID']['output']>;
  /** The ACS server call id of the call. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** The connection state: what ACS reports, or the later state the call's events already show (e.g. DISCONNECTED once CallDisconnected arrived). */
  state: CallConnectionState;
  /** The call's live transcription, as ACS reports it (null: ACS reports none). */
  transcriptionSubscription?: Maybe<TranscriptionSubscription>;
};


/** The gateway's connection to a call (an ACS call connection). */
export type CallEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What every call action answers (each action has its own `<Action>Payload`): the call connection and the operationContext its events carry. Payloads of actions ACS ends with an event also have `outcome`. */
export type CallActionPayload = {
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The gateway joined the call (after `connectRoomCall`). */
export type CallConnected = CallEvent & {
  __typename?: 'CallConnected';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** The state of a call connection (ACS `callConnectionState`). */
export type CallConnectionState =
  /** In the call. */
  | 'CONNECTED'
  /** Being set up; `CallConnected` or `ConnectFailed` follows. */
  | 'CONNECTING'
  /** Out of the call. */
  | 'DISCONNECTED'
  /** Leaving the call. */
  | 'DISCONNECTING'
  /** Being transferred. */
  | 'TRANSFERRING'
  /** The transfer target accepted. */
  | 'TRANSFER_ACCEPTED'
  /** ACS did not say. */
  | 'UNKNOWN';

/** The gateway's connection left the call (hang-up, or the call ended). */
export type CallDisconnected = CallEvent & {
  __typename?: 'CallDisconnected';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A callback event of a call connection, as ACS sent it (normalized), with its log cursor. */
export type CallEvent = {
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** Unique per event: the id ACS gave it, or one the gateway derives for an event it makes (see each type). */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the event happened: when ACS emitted it, or when the gateway made it (see each type). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** The kind of a call event (the ACS event name in SCREAMING_SNAKE case). */
export type CallEventType =
  /** An invitation failed; `resultInformation` says why (486 busy, 480 no answer, …). */
  | 'ADD_PARTICIPANT_FAILED'
  /** An invitee joined the call. */
  | 'ADD_PARTICIPANT_SUCCEEDED'
  /** Answering an incoming call failed. */
  | 'ANSWER_FAILED'
  /** The gateway joined the call (after `connectRoomCall`). */
  | 'CALL_CONNECTED'
  /** The gateway's connection left the call (hang-up, or the call ended). */
  | 'CALL_DISCONNECTED'
  /** A transfer was accepted. */
  | 'CALL_TRANSFER_ACCEPTED'
  /** A transfer failed. */
  | 'CALL_TRANSFER_FAILED'
  /** Withdrawing an invitation failed. */
  | 'CANCEL_ADD_PARTICIPANT_FAILED'
  /** An invitation was withdrawn. */
  | 'CANCEL_ADD_PARTICIPANT_SUCCEEDED'
  /** The gateway could not join the call; see `resultInformation`. */
  | 'CONNECT_FAILED'
  /** Continuous DTMF recognition stopped. */
  | 'CONTINUOUS_DTMF_RECOGNITION_STOPPED'
  /** Continuous DTMF recognition failed. */
  | 'CONTINUOUS_DTMF_RECOGNITION_TONE_FAILED'
  /** A participant pressed a key during continuous DTMF recognition. */
  | 'CONTINUOUS_DTMF_RECOGNITION_TONE_RECEIVED'
  /** A call created by Call Automation failed to connect. */
  | 'CREATE_CALL_FAILED'
  /** Made by the gateway, never by ACS: the log no longer holds events after `requestedAfter` (trimmed or expired); they are gone. Delivered whatever `types` filter is set. */
  | 'EVENTS_LOST'
  /** A hold (or its music) failed; see `resultInformation`. */
  | 'HOLD_FAILED'
  /** Audio streaming failed; see `resultInformation` and `mediaStreamingUpdate`. */
  | 'MEDIA_STREAMING_FAILED'
  /** Audio streaming to the client's transport URL started. */
  | 'MEDIA_STREAMING_STARTED'
  /** Audio streaming stopped. */
  | 'MEDIA_STREAMING_STOPPED'
  /** Moving a participant into this call failed; see `resultInformation`. */
  | 'MOVE_PARTICIPANT_FAILED'
  /** A participant was moved into this call from another (`fromCall`). */
  | 'MOVE_PARTICIPANT_SUCCEEDED'
  /** A snapshot of who is in the call now. */
  | 'PARTICIPANTS_UPDATED'
  /** A `playMedia` was cancelled. */
  | 'PLAY_CANCELED'
  /** A `playMedia` finished. */
  | 'PLAY_COMPLETED'
  /** A `playMedia` failed; `resultInformation` says why. */
  | 'PLAY_FAILED'
  /** A `playMedia` started playing. */
  | 'PLAY_STARTED'
  /** A recognize operation was cancelled. */
  | 'RECOGNIZE_CANCELED'
  /** A recognize operation completed: the tones, the recognized speech or the chosen label. */
  | 'RECOGNIZE_COMPLETED'
  /** A recognize operation failed (e.g. 8510 initial silence timeout). */
  | 'RECOGNIZE_FAILED'
  /** A recording's files are ready (ACS's Event Grid event `RecordingFileStatusUpdated`): download each chunk through `GET /api/recordings/content?contentLocation=`, delete them with `deleteRecording`. */
  | 'RECORDING_FILE_READY'
  /** A recording started, paused, resumed or stopped. */
  | 'RECORDING_STATE_CHANGED'
  /** Removing a participant failed. */
  | 'REMOVE_PARTICIPANT_FAILED'
  /** A participant was removed from the call. */
  | 'REMOVE_PARTICIPANT_SUCCEEDED'
  /** The tones of a `sendDtmfTones` were sent. */
  | 'SEND_DTMF_TONES_COMPLETED'
  /** Sending tones failed; see `resultInformation`. */
  | 'SEND_DTMF_TONES_FAILED'
  /** A `startRecording` failed. */
  | 'START_RECORDING_FAILED'
  /** A live transcript line: what a participant said, from ACS's transcription stream (intermediate results are replaced by the final one for the same `offsetInTicks`). */
  | 'TRANSCRIPTION_DATA'
  /** Transcription failed; see `resultInformation` and `transcriptionUpdate`. */
  | 'TRANSCRIPTION_FAILED'
  /** Transcription started; `TranscriptionData` events follow. */
  | 'TRANSCRIPTION_STARTED'
  /** Transcription stopped. */
  | 'TRANSCRIPTION_STOPPED'
  /** Transcription changed (e.g. its locale). */
  | 'TRANSCRIPTION_UPDATED'
  /** An ACS event type this gateway does not know yet: passed on, never dropped. */
  | 'UNKNOWN';

/** A participant of a call, as ACS reports it. */
export type CallParticipant = {
  __typename?: 'CallParticipant';
  /** Who the participant is. */
  identifier: CommunicationIdentifier;
  /** Whether the participant is muted. */
  isMuted: Scalars['Boolean']['output'];
  /** Whether the participant is on hold. */
  isOnHold: Scalars['Boolean']['output'];
};

/** What the caller is told (ACS `callRejectReason`). */
export type CallRejectReason =
  /** Busy. */
  | 'BUSY'
  /** Forbidden. */
  | 'FORBIDDEN'
  /** No reason. */
  | 'NONE';

/** A transfer was accepted. */
export type CallTransferAccepted = CallEvent & {
  __typename?: 'CallTransferAccepted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A transfer failed. */
export type CallTransferFailed = CallEvent & {
  __typename?: 'CallTransferFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Withdrawing an invitation failed. */
export type CancelAddParticipantFailed = CallEvent & {
  __typename?: 'CancelAddParticipantFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation concerned. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An invitation to withdraw. */
export type CancelAddParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** From `AddParticipantPayload.invitationId`. */
  invitationId: Scalars['String']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** Whether the invitation was withdrawn. The event that ended the action, read from the call's log. */
export type CancelAddParticipantOutcome = CancelAddParticipantFailed | CancelAddParticipantSucceeded;

/** A cancellation requested; `CancelAddParticipantSucceeded` or `…Failed` follows. */
export type CancelAddParticipantPayload = {
  __typename?: 'CancelAddParticipantPayload';
  /** The invitation being cancelled. */
  invitationId: Scalars['String']['output'];
  /** Carried by the cancellation events. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<CancelAddParticipantOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A cancellation requested; `CancelAddParticipantSucceeded` or `…Failed` follows. */
export type CancelAddParticipantPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `cancelAddParticipant`: its payload, or an `InputError` / `AcsError`. */
export type CancelAddParticipantResult = AcsError | CancelAddParticipantPayload | InputError;

/** An invitation was withdrawn. */
export type CancelAddParticipantSucceeded = CallEvent & {
  __typename?: 'CancelAddParticipantSucceeded';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation concerned. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A call whose queued and running play/recognize operations to cancel. */
export type CancelAllMediaOperationsInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
};

/** Media operations cancelled; each running or queued one ends with its own `PlayCanceled` / `RecognizeCanceled`. */
export type CancelAllMediaOperationsPayload = CallActionPayload & {
  __typename?: 'CancelAllMediaOperationsPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `cancelAllMediaOperations`: its payload, or an `InputError` / `AcsError`. */
export type CancelAllMediaOperationsResult = AcsError | CancelAllMediaOperationsPayload | InputError;

/** The choice a participant made by voice or key. */
export type ChoiceResult = {
  __typename?: 'ChoiceResult';
  /** Confidence, 0 to 1. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The label of the choice matched. */
  label?: Maybe<Scalars['String']['output']>;
  /** The phrase (or tone) that matched it. */
  recognizedPhrase?: Maybe<Scalars['String']['output']>;
};

/** Who a participant is, as ACS identifies them. */
export type CommunicationIdentifier = {
  /** The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`). */
  rawId: Scalars['String']['output'];
};

/** An ACS user (`8:acs:…`). */
export type CommunicationUserIdentifier = CommunicationIdentifier & {
  __typename?: 'CommunicationUserIdentifier';
  /** The ACS user id (the same string as `rawId`). */
  communicationUserId: Scalars['String']['output'];
  /** The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`). */
  rawId: Scalars['String']['output'];
};

/** An ongoing call to join, by exactly one of `serverCallId`, `groupCallId` or `roomId` (otherwise an `InputError`). `connectRoomCall` remains the way to join a room call with only a room id. */
export type ConnectCallInput = {
  /** A group call id (a GUID). */
  groupCallId?: InputMaybe<Scalars['String']['input']>;
  /** Set up audio streaming to your own consumer (needs the `calls:record` scope). */
  mediaStreaming?: InputMaybe<MediaStreamingOptionsInput>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** A room whose call is in progress. */
  roomId?: InputMaybe<Scalars['ID']['input']>;
  /** The ACS server call id of any call (e.g. `Call.serverCallId`, or an incoming call’s). */
  serverCallId?: InputMaybe<Scalars['String']['input']>;
  /** Set up live transcription (needs the `calls:record` scope). */
  transcription?: InputMaybe<TranscriptionOptionsInput>;
};

/** The gateway joining an ongoing call; `CallConnected` or `ConnectFailed` follows on `callEvents`. */
export type ConnectCallPayload = {
  __typename?: 'ConnectCallPayload';
  /** The new call connection (state CONNECTING); subscribe to `callEvents` with its id. */
  call: Call;
  /** Carried by CallConnected and by the failure event. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<ConnectOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** The gateway joining an ongoing call; `CallConnected` or `ConnectFailed` follows on `callEvents`. */
export type ConnectCallPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `connectCall`: its payload, or an `InputError` / `AcsError`. */
export type ConnectCallResult = AcsError | ConnectCallPayload | InputError;

/** The gateway could not join the call; see `resultInformation`. */
export type ConnectFailed = CallEvent & {
  __typename?: 'ConnectFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Whether the gateway joined the call. The event that ended the action, read from the call's log. */
export type ConnectOutcome = CallConnected | ConnectFailed;

/** The room whose ongoing call the gateway joins. */
export type ConnectRoomCallInput = {
  /** Set up audio streaming to your own consumer. */
  mediaStreaming?: InputMaybe<MediaStreamingOptionsInput>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The room; its call must be in progress. */
  roomId: Scalars['ID']['input'];
  /** Set up live transcription. */
  transcription?: InputMaybe<TranscriptionOptionsInput>;
};

/** The gateway's new connection to a room call; `CallConnected` or `ConnectFailed` follows. */
export type ConnectRoomCallPayload = {
  __typename?: 'ConnectRoomCallPayload';
  /** The new call connection (state CONNECTING). */
  call: Call;
  /** Carried by CallConnected / ConnectFailed. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<ConnectOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** The gateway's new connection to a room call; `CallConnected` or `ConnectFailed` follows. */
export type ConnectRoomCallPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `connectRoomCall`: its payload, or an `InputError` / `AcsError`. */
export type ConnectRoomCallResult = AcsError | ConnectRoomCallPayload | InputError;

/** Continuous DTMF recognition stopped. */
export type ContinuousDtmfRecognitionStopped = CallEvent & {
  __typename?: 'ContinuousDtmfRecognitionStopped';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Continuous DTMF recognition failed. */
export type ContinuousDtmfRecognitionToneFailed = CallEvent & {
  __typename?: 'ContinuousDtmfRecognitionToneFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A participant pressed a key during continuous DTMF recognition. */
export type ContinuousDtmfRecognitionToneReceived = CallEvent & {
  __typename?: 'ContinuousDtmfRecognitionToneReceived';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** Orders the tones of one recognition. */
  sequenceId?: Maybe<Scalars['Int']['output']>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The key pressed. */
  tone?: Maybe<DtmfTone>;
  /** The kind of event. */
  type: CallEventType;
};

/** A call created by Call Automation failed to connect. */
export type CreateCallFailed = CallEvent & {
  __typename?: 'CreateCallFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An outbound call from the ACS resource: one target, or several (a group call). The gateway is in the call from the start; `CallConnected` follows once a target answers, `CreateCallFailed` when none does. */
export type CreateCallInput = {
  /** Set up audio streaming to your own consumer (needs the `calls:record` scope). */
  mediaStreaming?: InputMaybe<MediaStreamingOptionsInput>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The caller id shown to phone targets: an ACS number of this resource. Required for a phone. */
  sourceCallerIdNumber?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** The display name shown to phone targets. */
  sourceDisplayName?: InputMaybe<Scalars['String']['input']>;
  /** Who to call (1 to 20): phone numbers (billable; the `calls:dial-out` scope) or ACS users. */
  targets: Array<ParticipantInput>;
  /** Set up live transcription (needs the `calls:record` scope). */
  transcription?: InputMaybe<TranscriptionOptionsInput>;
};

/** Whether the call Call Automation placed connected. The event that ended the action, read from the call's log. */
export type CreateCallOutcome = CallConnected | CreateCallFailed;

/** A call being placed; `CallConnected` or `CreateCallFailed` follows on `callEvents`. */
export type CreateCallPayload = {
  __typename?: 'CreateCallPayload';
  /** The new call connection (state CONNECTING); subscribe to `callEvents` with its id. */
  call: Call;
  /** Carried by CallConnected and by the failure event. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<CreateCallOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A call being placed; `CallConnected` or `CreateCallFailed` follows on `callEvents`. */
export type CreateCallPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `createCall`: its payload, or an `InputError` / `AcsError`. */
export type CreateCallResult = AcsError | CreateCallPayload | InputError;

/** A room to create. Without a window, ACS makes it valid from now for 180 days. */
export type CreateRoomInput = {
  /** The initial roster (at most 100). */
  participants?: InputMaybe<Array<RoomParticipantInput>>;
  /** Allow dialling phone numbers into the room call. */
  pstnDialOutEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start of the validity window. Default: now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** End of the validity window; after `validFrom`, at most 180 days later. Default: validFrom + 180 days. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A created room. */
export type CreateRoomPayload = {
  __typename?: 'CreateRoomPayload';
  /** The room as ACS now has it. */
  room: Room;
};

/** The outcome of `createRoom`: its payload, or an `InputError` / `AcsError`. */
export type CreateRoomResult = AcsError | CreateRoomPayload | InputError;

/** A recording whose files to delete at ACS, named by a chunk's `deleteLocation`. */
export type DeleteRecordingInput = {
  /** From `RecordingFileReady.chunks[].deleteLocation` or `recording(recordingId) { files { deleteLocation } }`. */
  deleteLocation: Scalars['String']['input'];
};

/** The recording file was deleted. */
export type DeleteRecordingPayload = {
  __typename?: 'DeleteRecordingPayload';
  /** What was deleted. */
  deleteLocation: Scalars['String']['output'];
};

/** The outcome of `deleteRecording`: its payload, or an `InputError` / `AcsError`. */
export type DeleteRecordingResult = AcsError | DeleteRecordingPayload | InputError;

/** A room to delete. */
export type DeleteRoomInput = {
  /** The room to delete. */
  id: Scalars['ID']['input'];
};

/** A deleted room. */
export type DeleteRoomPayload = {
  __typename?: 'DeleteRoomPayload';
  /** The id of the deleted room. */
  deletedRoomId: Scalars['ID']['output'];
};

/** The outcome of `deleteRoom`: its payload, or an `InputError` / `AcsError`. */
export type DeleteRoomResult = AcsError | DeleteRoomPayload | InputError;

/** A DTMF tone (telephone keypad key). */
export type DtmfTone =
  /** Tone A. */
  | 'A'
  /** Tone * (asterisk). */
  | 'ASTERISK'
  /** Tone B. */
  | 'B'
  /** Tone C. */
  | 'C'
  /** Tone D. */
  | 'D'
  /** Tone 8. */
  | 'EIGHT'
  /** Tone 5. */
  | 'FIVE'
  /** Tone 4. */
  | 'FOUR'
  /** Tone 9. */
  | 'NINE'
  /** Tone 1. */
  | 'ONE'
  /** Tone # (pound). */
  | 'POUND'
  /** Tone 7. */
  | 'SEVEN'
  /** Tone 6. */
  | 'SIX'
  /** Tone 3. */
  | 'THREE'
  /** Tone 2. */
  | 'TWO'
  /** Tone 0. */
  | 'ZERO';

/** An expected failure of a mutation, returned as data in its result union. */
export type Error = {
  /** The kind of failure. */
  code: ErrorCode;
  /** A human-readable explanation, safe to show. */
  message: Scalars['String']['output'];
};

/** What kind of failure an `Error` is; stable, for programs to switch on. */
export type ErrorCode =
  /** The input was invalid (rejected by the gateway or by ACS). */
  | 'BAD_USER_INPUT'
  /** The operation conflicts with the current state of the resource. */
  | 'CONFLICT'
  /** ACS refused the operation (e.g. PSTN dial-out disabled for the room, or authentication failed). */
  | 'FORBIDDEN'
  /** ACS does not know the room, call connection, participant or recording. */
  | 'NOT_FOUND'
  /** ACS is throttling; retry after `retryAfterSeconds`. */
  | 'RATE_LIMITED'
  /** ACS could not be reached or failed (5xx), even after retries. */
  | 'UPSTREAM_UNAVAILABLE';

/** Made by the gateway, never by ACS: the log no longer holds events after `requestedAfter` (trimmed or expired); they are gone. Delivered whatever `types` filter is set. */
export type EventsLost = CallEvent & {
  __typename?: 'EventsLost';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** Made by the gateway from the call and the lost range, so the same loss has the same id on every replica. */
  id: Scalars['ID']['output'];
  /** The oldest cursor the log still holds; null when it holds nothing for this call. */
  oldestRetainedCursor?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The cursor the subscriber asked to resume after. */
  requestedAfter: Scalars['String']['output'];
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the gateway noticed the loss. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An audio file ACS downloads and plays (WAV, mono, 16 kHz). */
export type FileSourceInput = {
  /** The http(s) URL of the file. */
  url: Scalars['String']['input'];
};

/** A call connection to hang up. */
export type HangUpInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** True: end the call for every participant. False: only the gateway leaves. */
  forEveryone?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A hang-up done; `CallDisconnected` follows. */
export type HangUpPayload = {
  __typename?: 'HangUpPayload';
  /** The call connection hung up. */
  callConnectionId: Scalars['ID']['output'];
};

/** The outcome of `hangUp`: its payload, or an `InputError` / `AcsError`. */
export type HangUpResult = AcsError | HangUpPayload | InputError;

/** A hold (or its music) failed; see `resultInformation`. */
export type HoldFailed = CallEvent & {
  __typename?: 'HoldFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A participant to put on hold. */
export type HoldParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Played while on hold. */
  music?: InputMaybe<PlaySourceInput>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** A participant put on hold; `ParticipantsUpdated` shows it (`HoldFailed` if the music fails). */
export type HoldParticipantPayload = CallActionPayload & {
  __typename?: 'HoldParticipantPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `holdParticipant`: its payload, or an `InputError` / `AcsError`. */
export type HoldParticipantResult = AcsError | HoldParticipantPayload | InputError;

/** A call rings the resource: answer, reject or redirect it by its `incomingCallContext`. */
export type IncomingCall = IncomingCallEvent & {
  __typename?: 'IncomingCall';
  /** The caller’s display name, when ACS gives one. */
  callerDisplayName?: Maybe<Scalars['String']['output']>;
  /** The correlation id ACS shares between all legs of the call. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the incoming call log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** When the call stops ringing for the gateway (received + 30 s, ACS’s ring time): after it the context is refused, and the call is no longer delivered. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who calls. */
  from: CommunicationIdentifier;
  /** What `answerCall`, `rejectCall` and `redirectCall` take (opaque). */
  incomingCallContext: Scalars['String']['output'];
  /** The ACS server call id (`connectCall` can join the call by it once answered). */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the gateway learnt it. */
  time: Scalars['DateTime']['output'];
  /** The number or identity of the resource that is called. */
  to: CommunicationIdentifier;
};

/** The call was answered through the gateway (by any client): it no longer rings for anyone. */
export type IncomingCallAnswered = IncomingCallEvent & {
  __typename?: 'IncomingCallAnswered';
  /** The gateway’s call connection that answered it (for `callEvents`). */
  callConnectionId: Scalars['ID']['output'];
  /** The caller’s display name, when ACS gives one. */
  callerDisplayName?: Maybe<Scalars['String']['output']>;
  /** The correlation id ACS shares between all legs of the call. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the incoming call log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** When the call stops ringing for the gateway (received + 30 s, ACS’s ring time): after it the context is refused, and the call is no longer delivered. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who calls. */
  from: CommunicationIdentifier;
  /** What `answerCall`, `rejectCall` and `redirectCall` take (opaque). */
  incomingCallContext: Scalars['String']['output'];
  /** The ACS server call id (`connectCall` can join the call by it once answered). */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the gateway learnt it. */
  time: Scalars['DateTime']['output'];
  /** The number or identity of the resource that is called. */
  to: CommunicationIdentifier;
};

/** Why an incoming call stopped ringing without being answered. */
export type IncomingCallEndReason =
  /** `redirectCall`: it rings its new target instead. */
  | 'REDIRECTED'
  /** `rejectCall`. */
  | 'REJECTED';

/** The call was rejected or redirected through the gateway: it no longer rings for anyone. */
export type IncomingCallEnded = IncomingCallEvent & {
  __typename?: 'IncomingCallEnded';
  /** The caller’s display name, when ACS gives one. */
  callerDisplayName?: Maybe<Scalars['String']['output']>;
  /** The correlation id ACS shares between all legs of the call. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the incoming call log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** When the call stops ringing for the gateway (received + 30 s, ACS’s ring time): after it the context is refused, and the call is no longer delivered. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who calls. */
  from: CommunicationIdentifier;
  /** What `answerCall`, `rejectCall` and `redirectCall` take (opaque). */
  incomingCallContext: Scalars['String']['output'];
  /** What ended it. */
  reason: IncomingCallEndReason;
  /** The ACS server call id (`connectCall` can join the call by it once answered). */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the gateway learnt it. */
  time: Scalars['DateTime']['output'];
  /** The number or identity of the resource that is called. */
  to: CommunicationIdentifier;
};

/** What happened to a call ringing the ACS resource (Event Grid `IncomingCall`), with its log cursor. Every event repeats the call it is about. */
export type IncomingCallEvent = {
  /** The caller’s display name, when ACS gives one. */
  callerDisplayName?: Maybe<Scalars['String']['output']>;
  /** The correlation id ACS shares between all legs of the call. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the incoming call log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** When the call stops ringing for the gateway (received + 30 s, ACS’s ring time): after it the context is refused, and the call is no longer delivered. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who calls. */
  from: CommunicationIdentifier;
  /** What `answerCall`, `rejectCall` and `redirectCall` take (opaque). */
  incomingCallContext: Scalars['String']['output'];
  /** The ACS server call id (`connectCall` can join the call by it once answered). */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the gateway learnt it. */
  time: Scalars['DateTime']['output'];
  /** The number or identity of the resource that is called. */
  to: CommunicationIdentifier;
};

/** Input rejected by the gateway before ACS was called. */
export type InputError = Error & {
  __typename?: 'InputError';
  /** The kind of failure. */
  code: ErrorCode;
  /** Path of the offending argument or input field, e.g. `input.participant.phoneNumber`. */
  field?: Maybe<Scalars['String']['output']>;
  /** A human-readable explanation, safe to show. */
  message: Scalars['String']['output'];
};

/** How streamed audio is split. */
export type MediaStreamingAudioChannelType =
  /** All participants in one stream. */
  | 'MIXED'
  /** One stream per participant (up to 4 dominant speakers). */
  | 'UNMIXED';

/** Audio streaming failed; see `resultInformation` and `mediaStreamingUpdate`. */
export type MediaStreamingFailed = CallEvent & {
  __typename?: 'MediaStreamingFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Audio streaming of the call to your own WebSocket consumer (the gateway does not relay audio). */
export type MediaStreamingOptionsInput = {
  /** One mixed stream, or one per participant. */
  audioChannelType?: InputMaybe<MediaStreamingAudioChannelType>;
  /** PCM sample rate. Default: ACS (PCM 16 kHz mono). */
  audioFormat?: InputMaybe<AudioFormat>;
  /** Let the consumer send audio back into the call. */
  enableBidirectional?: InputMaybe<Scalars['Boolean']['input']>;
  /** Start at once; otherwise call `startMediaStreaming` later. */
  startMediaStreaming?: InputMaybe<Scalars['Boolean']['input']>;
  /** The wss:// URL ACS streams audio to. */
  transportUrl: Scalars['String']['input'];
};

/** Audio streaming to the client's transport URL started. */
export type MediaStreamingStarted = CallEvent & {
  __typename?: 'MediaStreamingStarted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Audio streaming stopped. */
export type MediaStreamingStopped = CallEvent & {
  __typename?: 'MediaStreamingStopped';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A call's audio streaming (ACS `mediaStreamingSubscription`). */
export type MediaStreamingSubscription = {
  __typename?: 'MediaStreamingSubscription';
  /** Whether it runs. */
  state?: Maybe<MediaSubscriptionState>;
};

/** The state of the call's media streaming, as ACS reports it. */
export type MediaStreamingUpdate = {
  __typename?: 'MediaStreamingUpdate';
  /** What is streamed (`Audio`). */
  contentType?: Maybe<Scalars['String']['output']>;
  /** e.g. `mediaStreamingStarted`, `mediaStreamingStopped`, `mediaStreamingFailed`. */
  mediaStreamingStatus?: Maybe<Scalars['String']['output']>;
  /** Why, e.g. `subscriptionStarted`, `streamConnectionInterrupted`. */
  mediaStreamingStatusDetails?: Maybe<Scalars['String']['output']>;
};

/** The state of a transcription or media streaming subscription (ACS spelling). */
export type MediaSubscriptionState =
  /** Running. */
  | 'ACTIVE'
  /** Not set up on connect. */
  | 'DISABLED'
  /** Set up, not running (not started yet, or stopped). */
  | 'INACTIVE';

/** A Microsoft Teams user (`8:orgid:…`). */
export type MicrosoftTeamsUserIdentifier = CommunicationIdentifier & {
  __typename?: 'MicrosoftTeamsUserIdentifier';
  /** The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`). */
  rawId: Scalars['String']['output'];
  /** The Entra ID object id of the Teams user. */
  userId: Scalars['String']['output'];
};

/** Moving a participant into this call failed; see `resultInformation`. */
export type MoveParticipantFailed = CallEvent & {
  __typename?: 'MoveParticipantFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The call connection the participant came from. */
  fromCall?: Maybe<Scalars['String']['output']>;
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant moved. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Whether the participant was moved into this call. The event that ended the action, read from the call's log. */
export type MoveParticipantOutcome = MoveParticipantFailed | MoveParticipantSucceeded;

/** A participant was moved into this call from another (`fromCall`). */
export type MoveParticipantSucceeded = CallEvent & {
  __typename?: 'MoveParticipantSucceeded';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The call connection the participant came from. */
  fromCall?: Maybe<Scalars['String']['output']>;
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant moved. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Moves participants from another call connection of this gateway into this call. One `MoveParticipantSucceeded` or `MoveParticipantFailed` per participant follows on this call. */
export type MoveParticipantsInput = {
  /** The call connection to move them into. */
  callConnectionId: Scalars['ID']['input'];
  /** The call connection of the call they are in now (the token needs both calls). */
  fromCallConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Who to move (1 to 20). */
  participants: Array<ParticipantInput>;
};

/** A move requested; one `MoveParticipantSucceeded` / `MoveParticipantFailed` per participant follows. */
export type MoveParticipantsPayload = {
  __typename?: 'MoveParticipantsPayload';
  /** The call they move into. */
  callConnectionId: Scalars['ID']['output'];
  /** The call they leave. */
  fromCallConnectionId: Scalars['ID']['output'];
  /** Carried by the MoveParticipant events. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<MoveParticipantOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A move requested; one `MoveParticipantSucceeded` / `MoveParticipantFailed` per participant follows. */
export type MoveParticipantsPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `moveParticipants`: its payload, or an `InputError` / `AcsError`. */
export type MoveParticipantsResult = AcsError | InputError | MoveParticipantsPayload;

/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Invites an ACS user, Teams user or phone number (PSTN dial-out) into the call. */
  addParticipant: AddParticipantResult;
  /** Answers an incoming call once: a second answer (on any replica, by any client) is an `InputError`. */
  answerCall: AnswerCallResult;
  /** Withdraws a pending invitation. */
  cancelAddParticipant: CancelAddParticipantResult;
  /** Cancels every queued and running play and recognize operation of the call. */
  cancelAllMediaOperations: CancelAllMediaOperationsResult;
  /** Joins the gateway to an ongoing call by its server call id, group call id or room id. */
  connectCall: ConnectCallResult;
  /** Joins the gateway to a room's ongoing call; subscribe to `callEvents` with the returned id. */
  connectRoomCall: ConnectRoomCallResult;
  /** Calls a phone or an ACS user (or several: a group call) from the resource, with the gateway in the call. */
  createCall: CreateCallResult;
  /** Creates a room. */
  createRoom: CreateRoomResult;
  /** Deletes a recording's files at ACS (a `calls:record` operation). */
  deleteRecording: DeleteRecordingResult;
  /** Deletes a room. */
  deleteRoom: DeleteRoomResult;
  /** Ends the call for everyone (default) or only takes the gateway out of it. */
  hangUp: HangUpResult;
  /** Puts a participant on hold, optionally with music. */
  holdParticipant: HoldParticipantResult;
  /** Moves participants from another of the gateway’s calls into this one (e.g. into a room call). */
  moveParticipants: MoveParticipantsResult;
  /** Mutes a participant (they can unmute themselves). */
  muteParticipant: MuteParticipantResult;
  /** Pauses a recording. */
  pauseRecording: PauseRecordingResult;
  /** Plays audio (file, text-to-speech or SSML) to everyone or to some participants. */
  playMedia: PlayMediaResult;
  /** Recognizes which option of a menu a participant says or presses. */
  recognizeChoice: RecognizeChoiceResult;
  /** Collects DTMF tones from a participant. */
  recognizeDtmf: RecognizeDtmfResult;
  /** Recognizes what a participant says (optionally: or presses). */
  recognizeSpeech: RecognizeSpeechResult;
  /** Sends an incoming call to another phone or ACS user without answering it (once, like `answerCall`). */
  redirectCall: RedirectCallResult;
  /** Refuses an incoming call (once, like `answerCall`). */
  rejectCall: RejectCallResult;
  /** Removes a participant from the call. */
  removeParticipant: RemoveParticipantResult;
  /** Takes users off a room roster. */
  removeRoomParticipants: RemoveRoomParticipantsResult;
  /** Resumes a paused recording. */
  resumeRecording: ResumeRecordingResult;
  /** Sends DTMF tones to a participant. */
  sendDtmfTones: SendDtmfTonesResult;
  /** Reports every tone a participant presses (`ContinuousDtmfRecognitionToneReceived`) until stopped. */
  startContinuousDtmfRecognition: StartContinuousDtmfRecognitionResult;
  /** Starts streaming audio to the transport URL set by `connectRoomCall(mediaStreaming:)`; `MediaStreamingStarted` follows. */
  startMediaStreaming: StartMediaStreamingResult;
  /** Starts recording the call. */
  startRecording: StartRecordingResult;
  /** Starts live transcription of the call. */
  startTranscription: StartTranscriptionResult;
  /** Stops continuous DTMF recognition for a participant. */
  stopContinuousDtmfRecognition: StopContinuousDtmfRecognitionResult;
  /** Stops audio streaming; `MediaStreamingStopped` follows. */
  stopMediaStreaming: StopMediaStreamingResult;
  /** Stops a recording for good. */
  stopRecording: StopRecordingResult;
  /** Stops live transcription; `TranscriptionStopped` follows. */
  stopTranscription: StopTranscriptionResult;
  /** Transfers a two-party call to another phone or ACS user; the gateway leaves once it is accepted. */
  transferCallToParticipant: TransferCallToParticipantResult;
  /** Takes a participant off hold. */
  unholdParticipant: UnholdParticipantResult;
  /** Changes the validity window or the PSTN dial-out flag of a room. */
  updateRoom: UpdateRoomResult;
  /** Switches live transcription to another locale. */
  updateTranscription: UpdateTranscriptionResult;
  /** Adds users to a room roster, or changes their role. */
  upsertRoomParticipants: UpsertRoomParticipantsResult;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationAddParticipantArgs = {
  input: AddParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationAnswerCallArgs = {
  input: AnswerCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationCancelAddParticipantArgs = {
  input: CancelAddParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationCancelAllMediaOperationsArgs = {
  input: CancelAllMediaOperationsInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationConnectCallArgs = {
  input: ConnectCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationConnectRoomCallArgs = {
  input: ConnectRoomCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationCreateCallArgs = {
  input: CreateCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationCreateRoomArgs = {
  input: CreateRoomInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationDeleteRecordingArgs = {
  input: DeleteRecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationDeleteRoomArgs = {
  input: DeleteRoomInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationHangUpArgs = {
  input: HangUpInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationHoldParticipantArgs = {
  input: HoldParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationMoveParticipantsArgs = {
  input: MoveParticipantsInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationMuteParticipantArgs = {
  input: MuteParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationPauseRecordingArgs = {
  input: PauseRecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationPlayMediaArgs = {
  input: PlayMediaInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRecognizeChoiceArgs = {
  input: RecognizeChoiceInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRecognizeDtmfArgs = {
  input: RecognizeDtmfInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRecognizeSpeechArgs = {
  input: RecognizeSpeechInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRedirectCallArgs = {
  input: RedirectCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRejectCallArgs = {
  input: RejectCallInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRemoveParticipantArgs = {
  input: RemoveParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRemoveRoomParticipantsArgs = {
  input: RemoveRoomParticipantsInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationResumeRecordingArgs = {
  input: ResumeRecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationSendDtmfTonesArgs = {
  input: SendDtmfTonesInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStartContinuousDtmfRecognitionArgs = {
  input: StartContinuousDtmfRecognitionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStartMediaStreamingArgs = {
  input: StartMediaStreamingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStartRecordingArgs = {
  input: StartRecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStartTranscriptionArgs = {
  input: StartTranscriptionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopContinuousDtmfRecognitionArgs = {
  input: StopContinuousDtmfRecognitionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopMediaStreamingArgs = {
  input: StopMediaStreamingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopRecordingArgs = {
  input: StopRecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopTranscriptionArgs = {
  input: StopTranscriptionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationTransferCallToParticipantArgs = {
  input: TransferCallToParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationUnholdParticipantArgs = {
  input: UnholdParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationUpdateRoomArgs = {
  input: UpdateRoomInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationUpdateTranscriptionArgs = {
  input: UpdateTranscriptionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationUpsertRoomParticipantsArgs = {
  input: UpsertRoomParticipantsInput;
};

/** A participant to mute. */
export type MuteParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  participant: ParticipantInput;
};

/** A participant muted (ACS sends no event for it). */
export type MuteParticipantPayload = CallActionPayload & {
  __typename?: 'MuteParticipantPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `muteParticipant`: its payload, or an `InputError` / `AcsError`. */
export type MuteParticipantResult = AcsError | InputError | MuteParticipantPayload;

/** Why `outcome` is null: data, not a request error. The action was done; its events still reach `callEvents`. */
export type OutcomeError = {
  __typename?: 'OutcomeError';
  /** What happened. */
  code: OutcomeErrorCode;
  /** A human-readable explanation, safe to show. */
  message: Scalars['String']['output'];
  /** How long the gateway was to wait. */
  timeoutSeconds: Scalars['Int']['output'];
};

/** Why an `outcome` is null. The action itself was done either way. */
export type OutcomeErrorCode =
  /** The caller already awaits as many outcomes as allowed (`OUTCOME_AWAITS_PER_SUBJECT`). */
  | 'OUTCOME_LIMIT_EXCEEDED'
  /** No event ended the action within `timeoutSeconds`. */
  | 'OUTCOME_TIMEOUT'
  /** The call's event log could not be read, the client left, or the gateway is shutting down. */
  | 'OUTCOME_UNAVAILABLE';

/** Where a page of a connection ends (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items may follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Names a call participant: set exactly one of `phoneNumber`, `communicationUserId` or `rawId` (GraphQL refuses any other input). */
export type ParticipantInput =
  /** An ACS user id, and only that: `8:acs:…`, `8:spool:…`, `8:dod-acs:…` or `8:gcch-acs:…` (anything else is an `InputError` for this field). */
  { communicationUserId: Scalars['String']['input']; phoneNumber?: never; rawId?: never; }
  |  /** A phone number (E.164), e.g. `+14255550123`. */
  { communicationUserId?: never; phoneNumber: Scalars['PhoneNumber']['input']; rawId?: never; }
  |  /** An identifier in raw-id form: a phone (`4:<E.164 number>`), an ACS user (`8:acs:…`), a Teams user (`8:orgid:…`, `8:dod:…`, `8:gcch:…`, `8:teamsvisitor:…`) or a Teams app (`28:orgid:…`). A phone needs the `calls:dial-out` scope wherever it may be called. */
  { communicationUserId?: never; phoneNumber?: never; rawId: Scalars['String']['input']; };

/** A snapshot of who is in the call now. */
export type ParticipantsUpdated = CallEvent & {
  __typename?: 'ParticipantsUpdated';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Everyone in the call. */
  participants: Array<CallParticipant>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** Increases with each snapshot (with gaps); ignore a snapshot older than one already seen. */
  sequenceNumber?: Maybe<Scalars['Int']['output']>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A recording to pause (`resumeRecording` continues it). */
export type PauseRecordingInput = {
  /** From `startRecording`. */
  recordingId: Scalars['ID']['input'];
};

/** The outcome of `pauseRecording`: its payload, or an `InputError` / `AcsError`. */
export type PauseRecordingResult = AcsError | InputError | RecordingPayload;

/** A phone (PSTN) participant; `rawId` is `4:<E.164 number>`. */
export type PhoneNumberIdentifier = CommunicationIdentifier & {
  __typename?: 'PhoneNumberIdentifier';
  /** True when the caller withheld the number; null when ACS did not say. */
  isAnonymous?: Maybe<Scalars['Boolean']['output']>;
  /** The E.164 number, or `anonymous`. */
  phoneNumber: Scalars['String']['output'];
  /** The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`). */
  rawId: Scalars['String']['output'];
};

/** A `playMedia` was cancelled. */
export type PlayCanceled = CallEvent & {
  __typename?: 'PlayCanceled';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A `playMedia` finished. */
export type PlayCompleted = CallEvent & {
  __typename?: 'PlayCompleted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A `playMedia` failed; `resultInformation` says why. */
export type PlayFailed = CallEvent & {
  __typename?: 'PlayFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** Index of the source in `sources` that failed. */
  failedPlaySourceIndex?: Maybe<Scalars['Int']['output']>;
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Audio to play into the call. */
export type PlayMediaInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Interrupt the current media operation (only when playing to everyone). */
  interruptCallMediaOperation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Repeat until cancelled. */
  loop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Who hears it; absent or empty = everyone. */
  playTo?: InputMaybe<Array<ParticipantInput>>;
  /** What to play, in order (1 to 10). */
  sources: Array<PlaySourceInput>;
};

/** A play queued; `PlayCompleted`, `PlayFailed` or `PlayCanceled` ends it. */
export type PlayMediaPayload = CallActionPayload & {
  __typename?: 'PlayMediaPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<PlayOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A play queued; `PlayCompleted`, `PlayFailed` or `PlayCanceled` ends it. */
export type PlayMediaPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `playMedia`: its payload, or an `InputError` / `AcsError`. */
export type PlayMediaResult = AcsError | InputError | PlayMediaPayload;

/** How the play ended: played to the end, failed, or cancelled. The event that ended the action, read from the call's log. */
export type PlayOutcome = PlayCanceled | PlayCompleted | PlayFailed;

/** Something to play: set exactly one of `text`, `file` or `ssml` (GraphQL refuses any other input). */
export type PlaySourceInput =
  /** An audio file to play. */
  { file: FileSourceInput; ssml?: never; text?: never; }
  |  /** SSML to speak. */
  { file?: never; ssml: SsmlSourceInput; text?: never; }
  |  /** Text to speak. */
  { file?: never; ssml?: never; text: TextSourceInput; };

/** A `playMedia` started playing. */
export type PlayStarted = CallEvent & {
  __typename?: 'PlayStarted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Reads: rooms, call connections and recordings. */
export type Query = {
  __typename?: 'Query';
  /** A call connection by id. After it ended, while its event log is retained: its final state (DISCONNECTED, its room, its newest cursor). Null when neither ACS nor the gateway knows it. */
  call?: Maybe<Call>;
  /** A recording by id. ACS forgets a recording once it stops: then, while the gateway keeps the files ACS announced for it, an INACTIVE recording with its `files`. Null when neither knows it. */
  recording?: Maybe<Recording>;
  /** A room by id; null when ACS knows no room by that id (404, or an id ACS calls invalid). */
  room?: Maybe<Room>;
  /** The rooms of the ACS resource, paged. */
  rooms: RoomConnection;
};


/** Reads: rooms, call connections and recordings. */
export type QueryCallArgs = {
  callConnectionId: Scalars['ID']['input'];
};


/** Reads: rooms, call connections and recordings. */
export type QueryRecordingArgs = {
  recordingId: Scalars['ID']['input'];
};


/** Reads: rooms, call connections and recordings. */
export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: rooms, call connections and recordings. */
export type QueryRoomsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One option of a menu: said as one of its phrases, or pressed as its tone. */
export type RecognitionChoiceInput = {
  /** Reported as `choiceResult.label`; unique per menu. */
  label: Scalars['String']['input'];
  /** What a participant may say for it (0 to 20). */
  phrases: Array<Scalars['String']['input']>;
  /** The key that picks it. */
  tone?: InputMaybe<DtmfTone>;
};

/** A recognize operation was cancelled. */
export type RecognizeCanceled = CallEvent & {
  __typename?: 'RecognizeCanceled';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Ask a participant to pick one of `choices` by voice or key; `RecognizeCompleted` carries `choiceResult`. Needs ACS_COGNITIVE_SERVICES_ENDPOINT. */
export type RecognizeChoiceInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** The options, 1 to 10. */
  choices: Array<RecognitionChoiceInput>;
  /** Silence allowed before the answer, 0 to 300 seconds. Default: 5. */
  initialSilenceTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Stop the prompt when the participant answers. */
  interruptPrompt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Played before listening. */
  prompt?: InputMaybe<PlaySourceInput>;
  /** The spoken language. Default: `en-US`. */
  speechLanguage?: InputMaybe<Scalars['String']['input']>;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechRecognitionModelEndpointId?: InputMaybe<Scalars['String']['input']>;
  /** Who to listen to. */
  target: ParticipantInput;
};

/** A choice recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeChoicePayload = CallActionPayload & {
  __typename?: 'RecognizeChoicePayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<RecognizeOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A choice recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeChoicePayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `recognizeChoice`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeChoiceResult = AcsError | InputError | RecognizeChoicePayload;

/** A recognize operation completed: the tones, the recognized speech or the chosen label. */
export type RecognizeCompleted = CallEvent & {
  __typename?: 'RecognizeCompleted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The choice matched, for `choices`. */
  choiceResult?: Maybe<ChoiceResult>;
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** What was recognized: `dtmf`, `speech` or `choices`. */
  recognitionType?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** What was said, for `speech`. */
  speechResult?: Maybe<SpeechResult>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The tones collected, in order. */
  tones?: Maybe<Array<DtmfTone>>;
  /** The kind of event. */
  type: CallEventType;
};

/** Collect DTMF tones from a participant (optionally after a prompt); `RecognizeCompleted` carries them. */
export type RecognizeDtmfInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Silence allowed before the first tone, 0 to 300 seconds. Default: 5. */
  initialSilenceTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Pause allowed between tones, 1 to 60 seconds. Default: 2. */
  interToneTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Stop the prompt when the first tone arrives. */
  interruptPrompt?: InputMaybe<Scalars['Boolean']['input']>;
  /** How many tones to collect, 1 to 32. */
  maxTonesToCollect: Scalars['Int']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Played before collecting. */
  prompt?: InputMaybe<PlaySourceInput>;
  /** Tones that end collection early. */
  stopTones?: InputMaybe<Array<DtmfTone>>;
  /** Whose tones to collect. */
  target: ParticipantInput;
};

/** A DTMF recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeDtmfPayload = CallActionPayload & {
  __typename?: 'RecognizeDtmfPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<RecognizeOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A DTMF recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeDtmfPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `recognizeDtmf`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeDtmfResult = AcsError | InputError | RecognizeDtmfPayload;

/** A recognize operation failed (e.g. 8510 initial silence timeout). */
export type RecognizeFailed = CallEvent & {
  __typename?: 'RecognizeFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** Index of the prompt source that failed, if the prompt failed. */
  failedPlaySourceIndex?: Maybe<Scalars['Int']['output']>;
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** How a recognize operation ended: the recognized input, a failure (e.g. silence) or a cancel. The event that ended the action, read from the call's log. */
export type RecognizeOutcome = RecognizeCanceled | RecognizeCompleted | RecognizeFailed;

/** Listen to what a participant says (or, with `dtmf`, says or presses); `RecognizeCompleted` carries `speechResult` (or `tones`). Needs ACS_COGNITIVE_SERVICES_ENDPOINT. */
export type RecognizeSpeechInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Accept keys too (speech or DTMF). */
  dtmf?: InputMaybe<SpeechOrDtmfInput>;
  /** Silence after speech that ends the answer, 1 to 10 seconds. Default: ACS (2). */
  endSilenceTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Silence allowed before the answer, 0 to 300 seconds. Default: 5. */
  initialSilenceTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Stop the prompt when the participant answers. */
  interruptPrompt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Played before listening. */
  prompt?: InputMaybe<PlaySourceInput>;
  /** The spoken language. Default: `en-US`. */
  speechLanguage?: InputMaybe<Scalars['String']['input']>;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechRecognitionModelEndpointId?: InputMaybe<Scalars['String']['input']>;
  /** Who to listen to. */
  target: ParticipantInput;
};

/** A speech recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeSpeechPayload = CallActionPayload & {
  __typename?: 'RecognizeSpeechPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<RecognizeOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A speech recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it. */
export type RecognizeSpeechPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `recognizeSpeech`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeSpeechResult = AcsError | InputError | RecognizeSpeechPayload;

/** A recording of a call. */
export type Recording = {
  __typename?: 'Recording';
  /** Its length in milliseconds, as ACS announced it with its files; null until then. */
  durationMs?: Maybe<Scalars['Float']['output']>;
  /** Its files, in order, as ACS announced them (Event Grid `RecordingFileStatusUpdated`, also the `RecordingFileReady` event); empty until ACS has stored them, some time after the recording stops. */
  files: Array<RecordingChunk>;
  /** The object id: the ACS recording id (the same as `recordingId`), so a normalized cache keeps one `Recording` per recording however it was fetched. */
  id: Scalars['ID']['output'];
  /** The ACS recording id. */
  recordingId: Scalars['ID']['output'];
  /** Whether it is capturing. */
  state: RecordingState;
};

/** How audio channels are recorded. */
export type RecordingChannel =
  /** All participants in one channel. */
  | 'MIXED'
  /** One channel per participant (up to 5). */
  | 'UNMIXED';

/** One file of a recording (ACS `recordingChunks[]`). */
export type RecordingChunk = {
  __typename?: 'RecordingChunk';
  /** The file's ACS URL. Download it from the gateway: `GET /api/recordings/content?contentLocation=<this URL, percent-encoded>` with a `calls:record` bearer token (it streams the file from ACS). */
  contentLocation?: Maybe<Scalars['String']['output']>;
  /** Pass it to the `deleteRecording` mutation to delete the recording's files at ACS. */
  deleteLocation?: Maybe<Scalars['String']['output']>;
  /** The ACS document id. */
  documentId?: Maybe<Scalars['String']['output']>;
  /** Why the chunk ended, e.g. `SessionEnded`. */
  endReason?: Maybe<Scalars['String']['output']>;
  /** Order in the recording, from 0. */
  index?: Maybe<Scalars['Int']['output']>;
  /** The ACS URL of the file's metadata (JSON). Download it from the gateway like the content: `GET /api/recordings/content?contentLocation=<this URL, percent-encoded>` (`calls:record`). */
  metadataLocation?: Maybe<Scalars['String']['output']>;
};

/** What a recording captures. */
export type RecordingContent =
  /** Audio only. */
  | 'AUDIO'
  /** Audio and video. */
  | 'AUDIO_VIDEO';

/** A recording's files are ready (ACS's Event Grid event `RecordingFileStatusUpdated`): download each chunk through `GET /api/recordings/content?contentLocation=`, delete them with `deleteRecording`. */
export type RecordingFileReady = CallEvent & {
  __typename?: 'RecordingFileReady';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** Its files, in order. */
  chunks: Array<RecordingChunk>;
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The id of the Event Grid event ACS sent; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Its length in milliseconds. */
  recordingDurationMs?: Maybe<Scalars['Float']['output']>;
  /** When the recording started. */
  recordingStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** Why the recording session ended, e.g. `CallEnded`. */
  sessionEndReason?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the Event Grid event (`eventTime`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** The file format of a recording. */
export type RecordingFormat =
  /** MP3 (audio, mixed). */
  | 'MP3'
  /** MP4 (audio and video, mixed). */
  | 'MP4'
  /** WAV (audio, unmixed or mixed). */
  | 'WAV';

/** A recording after a recording action. */
export type RecordingPayload = {
  __typename?: 'RecordingPayload';
  /** The recording, in the state the action leads to (ACS applies some asynchronously). */
  recording: Recording;
};

/** Whether a recording is capturing. */
export type RecordingState =
  /** Capturing. */
  | 'ACTIVE'
  /** Not capturing (not started yet, paused or stopped). */
  | 'INACTIVE';

/** A recording started, paused, resumed or stopped. */
export type RecordingStateChanged = CallEvent & {
  __typename?: 'RecordingStateChanged';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The recording. */
  recordingId?: Maybe<Scalars['ID']['output']>;
  /** Who records: `azureCommunicationServices`, `teams` or `teamsCompliance`. */
  recordingKind?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the recording started. */
  startDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Its new state. */
  state?: Maybe<RecordingState>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An incoming call to send elsewhere; the gateway stays out of it. */
export type RedirectCallInput = {
  /** The `incomingCallContext` of an `IncomingCall` from `incomingCalls`; usable while it rings (about 30 s). */
  incomingCallContext: Scalars['String']['input'];
  /** Where it rings instead: a phone number (the `calls:dial-out` scope) or an ACS user. */
  target: ParticipantInput;
};

/** The call rings its new target (ACS sends no event; subscribers of `incomingCalls` get `IncomingCallEnded`). */
export type RedirectCallPayload = {
  __typename?: 'RedirectCallPayload';
  /** The call acted on. */
  incomingCallContext: Scalars['String']['output'];
};

/** The outcome of `redirectCall`: its payload, or an `InputError` / `AcsError`. */
export type RedirectCallResult = AcsError | InputError | RedirectCallPayload;

/** An incoming call to refuse. */
export type RejectCallInput = {
  /** The `incomingCallContext` of an `IncomingCall` from `incomingCalls`; usable while it rings (about 30 s). */
  incomingCallContext: Scalars['String']['input'];
  /** Default NONE. */
  reason?: InputMaybe<CallRejectReason>;
};

/** The call was refused (ACS sends no event; subscribers of `incomingCalls` get `IncomingCallEnded`). */
export type RejectCallPayload = {
  __typename?: 'RejectCallPayload';
  /** The call acted on. */
  incomingCallContext: Scalars['String']['output'];
};

/** The outcome of `rejectCall`: its payload, or an `InputError` / `AcsError`. */
export type RejectCallResult = AcsError | InputError | RejectCallPayload;

/** Removing a participant failed. */
export type RemoveParticipantFailed = CallEvent & {
  __typename?: 'RemoveParticipantFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant concerned. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A participant to remove from the call. */
export type RemoveParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  participant: ParticipantInput;
};

/** Whether the participant was removed. The event that ended the action, read from the call's log. */
export type RemoveParticipantOutcome = RemoveParticipantFailed | RemoveParticipantSucceeded;

/** A removal requested; `RemoveParticipantSucceeded` or `RemoveParticipantFailed` follows. */
export type RemoveParticipantPayload = CallActionPayload & {
  __typename?: 'RemoveParticipantPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<RemoveParticipantOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A removal requested; `RemoveParticipantSucceeded` or `RemoveParticipantFailed` follows. */
export type RemoveParticipantPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `removeParticipant`: its payload, or an `InputError` / `AcsError`. */
export type RemoveParticipantResult = AcsError | InputError | RemoveParticipantPayload;

/** A participant was removed from the call. */
export type RemoveParticipantSucceeded = CallEvent & {
  __typename?: 'RemoveParticipantSucceeded';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant concerned. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Users to take off a roster (users not on it are ignored). */
export type RemoveRoomParticipantsInput = {
  /** The ACS user ids (1 to 100). */
  communicationUserIds: Array<Scalars['String']['input']>;
  /** The room. */
  roomId: Scalars['ID']['input'];
};

/** A room whose roster changed. */
export type RemoveRoomParticipantsPayload = {
  __typename?: 'RemoveRoomParticipantsPayload';
  /** The room as ACS now has it. */
  room: Room;
};

/** The outcome of `removeRoomParticipants`: its payload, or an `InputError` / `AcsError`. */
export type RemoveRoomParticipantsResult = AcsError | InputError | RemoveRoomParticipantsPayload;

/** The outcome ACS attaches to an event. */
export type ResultInformation = {
  __typename?: 'ResultInformation';
  /** An HTTP-like status, e.g. 200 or 486. */
  code?: Maybe<Scalars['Int']['output']>;
  /** The ACS explanation. */
  message?: Maybe<Scalars['String']['output']>;
  /** The Q.850 cause behind the outcome, when a phone leg was involved. */
  q850Details?: Maybe<SipDiagnosticInfo>;
  /** The SIP response behind the outcome, when a phone leg was involved. */
  sipDetails?: Maybe<SipDiagnosticInfo>;
  /** The ACS detail code, e.g. 7000 or 560486. */
  subCode?: Maybe<Scalars['Int']['output']>;
};

/** A paused recording to continue. */
export type ResumeRecordingInput = {
  /** From `startRecording`. */
  recordingId: Scalars['ID']['input'];
};

/** The outcome of `resumeRecording`: its payload, or an `InputError` / `AcsError`. */
export type ResumeRecordingResult = AcsError | InputError | RecordingPayload;

/** An ACS room: a roster and a validity window in which its participants can hold a call. */
export type Room = {
  __typename?: 'Room';
  /** When the room was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The ACS room id (a numeric string). */
  id: Scalars['ID']['output'];
  /** The roster, paged as ACS pages it. */
  participants: RoomParticipantConnection;
  /** Whether phone numbers may be dialled into the room call. */
  pstnDialOutEnabled: Scalars['Boolean']['output'];
  /** Start of the window in which the room can be joined. */
  validFrom: Scalars['DateTime']['output'];
  /** End of the window in which the room can be joined. */
  validUntil: Scalars['DateTime']['output'];
};


/** An ACS room: a roster and a validity window in which its participants can hold a call. */
export type RoomParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of rooms (newest first, as ACS lists them; expired rooms included). */
export type RoomConnection = {
  __typename?: 'RoomConnection';
  /** The rooms of this page. */
  edges: Array<RoomEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** A room in a page. */
export type RoomEdge = {
  __typename?: 'RoomEdge';
  /** Opaque position of this room in the listing. */
  cursor: Scalars['String']['output'];
  /** The room. */
  node: Room;
};

/** An ACS user on a room roster. */
export type RoomParticipant = {
  __typename?: 'RoomParticipant';
  /** The ACS user id (`8:acs:…`). */
  communicationUserId: Scalars['String']['output'];
  /** The raw id of the user (the same as `communicationUserId`). */
  rawId: Scalars['String']['output'];
  /** The role in the room. */
  role: RoomParticipantRole;
};

/** A page of a room roster. */
export type RoomParticipantConnection = {
  __typename?: 'RoomParticipantConnection';
  /** The participants of this page. */
  edges: Array<RoomParticipantEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
};

/** A room participant in a page. */
export type RoomParticipantEdge = {
  __typename?: 'RoomParticipantEdge';
  /** Opaque position of this participant in the roster. */
  cursor: Scalars['String']['output'];
  /** The participant. */
  node: RoomParticipant;
};

/** A roster entry to add or update. */
export type RoomParticipantInput = {
  /** The ACS user id (`8:acs:…`, `8:spool:…`, `8:dod-acs:…`, `8:gcch-acs:…`); nothing else. */
  communicationUserId: Scalars['String']['input'];
  /** The role. Default: ATTENDEE. */
  role?: InputMaybe<RoomParticipantRole>;
};

/** What a room participant may do in the room call (ACS Rooms roles). */
export type RoomParticipantRole =
  /** Sends and receives audio/video; cannot share. */
  | 'ATTENDEE'
  /** An attendee who can also share the screen. */
  | 'COLLABORATOR'
  /** Receives only. */
  | 'CONSUMER'
  /** Full rights: share, mute or remove others, dial out. */
  | 'PRESENTER';

/** The tones of a `sendDtmfTones` were sent. */
export type SendDtmfTonesCompleted = CallEvent & {
  __typename?: 'SendDtmfTonesCompleted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Sending tones failed; see `resultInformation`. */
export type SendDtmfTonesFailed = CallEvent & {
  __typename?: 'SendDtmfTonesFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Tones to send to a participant (e.g. to drive a phone menu). */
export type SendDtmfTonesInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** Who receives them. */
  target: ParticipantInput;
  /** The tones, in order (1 to 18). */
  tones: Array<DtmfTone>;
};

/** Whether the tones were sent. The event that ended the action, read from the call's log. */
export type SendDtmfTonesOutcome = SendDtmfTonesCompleted | SendDtmfTonesFailed;

/** Tones being sent; `SendDtmfTonesCompleted` or `SendDtmfTonesFailed` ends the action. */
export type SendDtmfTonesPayload = CallActionPayload & {
  __typename?: 'SendDtmfTonesPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<SendDtmfTonesOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Tones being sent; `SendDtmfTonesCompleted` or `SendDtmfTonesFailed` ends the action. */
export type SendDtmfTonesPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `sendDtmfTones`: its payload, or an `InputError` / `AcsError`. */
export type SendDtmfTonesResult = AcsError | InputError | SendDtmfTonesPayload;

/** A SIP response or Q.850 cause code behind an outcome, with its text. */
export type SipDiagnosticInfo = {
  __typename?: 'SipDiagnosticInfo';
  /** The SIP or Q.850 code. */
  code?: Maybe<Scalars['Int']['output']>;
  /** Its text. */
  message?: Maybe<Scalars['String']['output']>;
};

/** Keys that may answer instead of speech (ACS `speechOrDtmf`). */
export type SpeechOrDtmfInput = {
  /** Pause allowed between tones, 1 to 60 seconds. Default: 2. */
  interToneTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** How many tones end the answer, 1 to 32. */
  maxTonesToCollect: Scalars['Int']['input'];
  /** Tones that end it early. */
  stopTones?: InputMaybe<Array<DtmfTone>>;
};

/** What a participant said to a speech recognition. */
export type SpeechResult = {
  __typename?: 'SpeechResult';
  /** Confidence, 0 to 1. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The recognized text. */
  speech?: Maybe<Scalars['String']['output']>;
};

/** SSML spoken by Azure AI text-to-speech. */
export type SsmlSourceInput = {
  /** The SSML document. */
  ssmlText: Scalars['String']['input'];
};

/** A participant whose every tone to report, from now until `stopContinuousDtmfRecognition`. */
export type StartContinuousDtmfRecognitionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** Continuous DTMF recognition on; `ContinuousDtmfRecognitionToneReceived` follows each key. */
export type StartContinuousDtmfRecognitionPayload = CallActionPayload & {
  __typename?: 'StartContinuousDtmfRecognitionPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `startContinuousDtmfRecognition`: its payload, or an `InputError` / `AcsError`. */
export type StartContinuousDtmfRecognitionResult = AcsError | InputError | StartContinuousDtmfRecognitionPayload;

/** A call whose audio streaming to start. */
export type StartMediaStreamingInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** Whether audio streaming started. The event that ended the action, read from the call's log. */
export type StartMediaStreamingOutcome = MediaStreamingFailed | MediaStreamingStarted;

/** Audio streaming starting; `MediaStreamingStarted` or `MediaStreamingFailed` follows. */
export type StartMediaStreamingPayload = CallActionPayload & {
  __typename?: 'StartMediaStreamingPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StartMediaStreamingOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Audio streaming starting; `MediaStreamingStarted` or `MediaStreamingFailed` follows. */
export type StartMediaStreamingPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `startMediaStreaming`: its payload, or an `InputError` / `AcsError`. */
export type StartMediaStreamingResult = AcsError | InputError | StartMediaStreamingPayload;

/** A `startRecording` failed. */
export type StartRecordingFailed = CallEvent & {
  __typename?: 'StartRecordingFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The recording that failed. */
  recordingId?: Maybe<Scalars['ID']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A recording to start; `RecordingStateChanged` or `StartRecordingFailed` follows. */
export type StartRecordingInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Mixed or one channel per participant. */
  channel?: InputMaybe<RecordingChannel>;
  /** Audio only, or audio and video. */
  content?: InputMaybe<RecordingContent>;
  /** The file format. */
  format?: InputMaybe<RecordingFormat>;
  /** Start paused (resume with `resumeRecording`). */
  pauseOnStart?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether the recording started: its first state change, or its failure. The event that ended the action, read from the call's log. */
export type StartRecordingOutcome = RecordingStateChanged | StartRecordingFailed;

/** A recording started; `RecordingStateChanged` or `StartRecordingFailed` follows (ACS gives recordings no operationContext: its events carry `recordingId`). */
export type StartRecordingPayload = {
  __typename?: 'StartRecordingPayload';
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StartRecordingOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
  /** The recording, as ACS answered (its state may change asynchronously). */
  recording: Recording;
};


/** A recording started; `RecordingStateChanged` or `StartRecordingFailed` follows (ACS gives recordings no operationContext: its events carry `recordingId`). */
export type StartRecordingPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `startRecording`: its payload, or an `InputError` / `AcsError`. */
export type StartRecordingResult = AcsError | InputError | StartRecordingPayload;

/** A call whose transcription (set up by `connectRoomCall(transcription:)`) to start; `TranscriptionStarted` follows, then `TranscriptionData` lines. */
export type StartTranscriptionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Another locale than the one set on connect. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechModelEndpointId?: InputMaybe<Scalars['String']['input']>;
};

/** Whether transcription started. The event that ended the action, read from the call's log. */
export type StartTranscriptionOutcome = TranscriptionFailed | TranscriptionStarted;

/** Transcription starting; `TranscriptionStarted` or `TranscriptionFailed` follows. */
export type StartTranscriptionPayload = CallActionPayload & {
  __typename?: 'StartTranscriptionPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StartTranscriptionOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Transcription starting; `TranscriptionStarted` or `TranscriptionFailed` follows. */
export type StartTranscriptionPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `startTranscription`: its payload, or an `InputError` / `AcsError`. */
export type StartTranscriptionResult = AcsError | InputError | StartTranscriptionPayload;

/** A participant whose tones to stop reporting (started by `startContinuousDtmfRecognition`). */
export type StopContinuousDtmfRecognitionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** Continuous DTMF recognition stopped. The event that ended the action, read from the call's log. */
export type StopContinuousDtmfRecognitionOutcome = ContinuousDtmfRecognitionStopped;

/** Continuous DTMF recognition stopping; `ContinuousDtmfRecognitionStopped` follows. */
export type StopContinuousDtmfRecognitionPayload = CallActionPayload & {
  __typename?: 'StopContinuousDtmfRecognitionPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StopContinuousDtmfRecognitionOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Continuous DTMF recognition stopping; `ContinuousDtmfRecognitionStopped` follows. */
export type StopContinuousDtmfRecognitionPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `stopContinuousDtmfRecognition`: its payload, or an `InputError` / `AcsError`. */
export type StopContinuousDtmfRecognitionResult = AcsError | InputError | StopContinuousDtmfRecognitionPayload;

/** A call whose audio streaming to stop. */
export type StopMediaStreamingInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** Whether audio streaming stopped. The event that ended the action, read from the call's log. */
export type StopMediaStreamingOutcome = MediaStreamingFailed | MediaStreamingStopped;

/** Audio streaming stopping; `MediaStreamingStopped` or `MediaStreamingFailed` follows. */
export type StopMediaStreamingPayload = CallActionPayload & {
  __typename?: 'StopMediaStreamingPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StopMediaStreamingOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Audio streaming stopping; `MediaStreamingStopped` or `MediaStreamingFailed` follows. */
export type StopMediaStreamingPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `stopMediaStreaming`: its payload, or an `InputError` / `AcsError`. */
export type StopMediaStreamingResult = AcsError | InputError | StopMediaStreamingPayload;

/** A recording to stop for good (it cannot be resumed). */
export type StopRecordingInput = {
  /** From `startRecording`. */
  recordingId: Scalars['ID']['input'];
};

/** The outcome of `stopRecording`: its payload, or an `InputError` / `AcsError`. */
export type StopRecordingResult = AcsError | InputError | RecordingPayload;

/** A call whose transcription to stop. */
export type StopTranscriptionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** Whether transcription stopped. The event that ended the action, read from the call's log. */
export type StopTranscriptionOutcome = TranscriptionFailed | TranscriptionStopped;

/** Transcription stopping; `TranscriptionStopped` or `TranscriptionFailed` follows. */
export type StopTranscriptionPayload = CallActionPayload & {
  __typename?: 'StopTranscriptionPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<StopTranscriptionOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** Transcription stopping; `TranscriptionStopped` or `TranscriptionFailed` follows. */
export type StopTranscriptionPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `stopTranscription`: its payload, or an `InputError` / `AcsError`. */
export type StopTranscriptionResult = AcsError | InputError | StopTranscriptionPayload;

/** Live callback events of call connections. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Replays the call's retained log after the cursor `after` (from its start when `after` is absent), then streams live events, with no gap and no duplicate. Filter with `types`. Completes after the call's CallDisconnected once everything before it is delivered (at once when `after` is already past it); an id neither ACS nor the gateway knows is a NOT_FOUND error. */
  callEvents: CallEvent;
  /** Calls ringing the ACS resource (Event Grid `IncomingCall` at `/api/eventgrid`) and what became of them (`IncomingCallAnswered`, `IncomingCallEnded`), across every replica, each once per subscriber: the retained ones after `after` (from the start when absent), then live. ACS lets a call be answered for about 30 s only: calls older than that (`expiresAt`) are dropped, never delivered, and the log keeps nothing for long. Resume with the `cursor` of the last event you have. */
  incomingCalls: IncomingCallEvent;
};


/** Live callback events of call connections. */
export type SubscriptionCallEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  callConnectionId: Scalars['ID']['input'];
  types?: InputMaybe<Array<CallEventType>>;
};


/** Live callback events of call connections. */
export type SubscriptionIncomingCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<ParticipantInput>;
};

/** Text spoken by Azure AI text-to-speech. */
export type TextSourceInput = {
  /** The language of the text, e.g. `en-US`. */
  sourceLocale?: InputMaybe<Scalars['String']['input']>;
  /** The text to speak. */
  text: Scalars['String']['input'];
  /** An Azure neural voice, e.g. `en-US-JennyNeural`. */
  voiceName?: InputMaybe<Scalars['String']['input']>;
};

/** A live transcript line: what a participant said, from ACS's transcription stream (intermediate results are replaced by the final one for the same `offsetInTicks`). */
export type TranscriptionData = CallEvent & {
  __typename?: 'TranscriptionData';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** Confidence of the whole line, 0 to 1. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** How long the line lasts (1 tick = 100 ns). */
  durationInTicks?: Maybe<Scalars['Float']['output']>;
  /** The text format (`display`). */
  format?: Maybe<Scalars['String']['output']>;
  /** Made by the gateway from what identifies the line (call, transcription, offset, status and, for an intermediate result, its text), so a line delivered twice is stored once. Not an ACS id. */
  id: Scalars['ID']['output'];
  /** The transcription locale, e.g. `en-US`. */
  locale?: Maybe<Scalars['String']['output']>;
  /** Where the line starts (1 tick = 100 ns). */
  offsetInTicks?: Maybe<Scalars['Float']['output']>;
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Who spoke; null when ACS could not tell. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** Final, or intermediate (replaced later). */
  resultStatus?: Maybe<TranscriptionResultStatus>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** What was said (display form). */
  text: Scalars['String']['output'];
  /** When the gateway received the line on ACS's transcription WebSocket. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
  /** The words, in order. */
  words: Array<TranscriptionWord>;
};

/** Transcription failed; see `resultInformation` and `transcriptionUpdate`. */
export type TranscriptionFailed = CallEvent & {
  __typename?: 'TranscriptionFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The new state. */
  transcriptionUpdate?: Maybe<TranscriptionUpdate>;
  /** The kind of event. */
  type: CallEventType;
};

/** Live transcription of the call: ACS streams transcripts to the gateway, which delivers them as `TranscriptionData` events through `callEvents`. */
export type TranscriptionOptionsInput = {
  /** Also deliver provisional (INTERMEDIATE) lines before each final one. */
  enableIntermediateResults?: InputMaybe<Scalars['Boolean']['input']>;
  /** The spoken language, e.g. `en-US`. */
  locale: Scalars['String']['input'];
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechModelEndpointId?: InputMaybe<Scalars['String']['input']>;
  /** Start at once; otherwise call `startTranscription` later. */
  startTranscription?: InputMaybe<Scalars['Boolean']['input']>;
  /** A wss:// URL of your own transcript consumer. Default: the gateway's own (`<PUBLIC_BASE_URL>/api/media/transcription`), which feeds `callEvents`. */
  transportUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a transcript line is final. */
export type TranscriptionResultStatus =
  /** The final text of the line. */
  | 'FINAL'
  /** A provisional text; a later event with the same `offsetInTicks` replaces it. */
  | 'INTERMEDIATE';

/** Transcription started; `TranscriptionData` events follow. */
export type TranscriptionStarted = CallEvent & {
  __typename?: 'TranscriptionStarted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The new state. */
  transcriptionUpdate?: Maybe<TranscriptionUpdate>;
  /** The kind of event. */
  type: CallEventType;
};

/** Transcription stopped. */
export type TranscriptionStopped = CallEvent & {
  __typename?: 'TranscriptionStopped';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The new state. */
  transcriptionUpdate?: Maybe<TranscriptionUpdate>;
  /** The kind of event. */
  type: CallEventType;
};

/** A call's live transcription (ACS `transcriptionSubscription`). */
export type TranscriptionSubscription = {
  __typename?: 'TranscriptionSubscription';
  /** Its locale, e.g. `en-US`. */
  locale?: Maybe<Scalars['String']['output']>;
  /** Whether it runs. */
  state?: Maybe<MediaSubscriptionState>;
};

/** The state of the call's transcription, as ACS reports it. */
export type TranscriptionUpdate = {
  __typename?: 'TranscriptionUpdate';
  /** e.g. `transcriptionStarted`, `transcriptionStopped`, `transcriptionFailed`. */
  transcriptionStatus?: Maybe<Scalars['String']['output']>;
  /** Why, e.g. `subscriptionStarted`, `speechRecognitionLocaleUpdated`. */
  transcriptionStatusDetails?: Maybe<Scalars['String']['output']>;
};

/** Transcription changed (e.g. its locale). */
export type TranscriptionUpdated = CallEvent & {
  __typename?: 'TranscriptionUpdated';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The new state. */
  transcriptionUpdate?: Maybe<TranscriptionUpdate>;
  /** The kind of event. */
  type: CallEventType;
};

/** One word of a transcript line. 1 tick = 100 ns from the start of the transcription. */
export type TranscriptionWord = {
  __typename?: 'TranscriptionWord';
  /** How long it lasts. */
  durationInTicks?: Maybe<Scalars['Float']['output']>;
  /** Where the word starts. */
  offsetInTicks?: Maybe<Scalars['Float']['output']>;
  /** The word. */
  text: Scalars['String']['output'];
};

/** Hands the other party of a two-party call to `target`. `CallTransferAccepted` (then the gateway’s connection leaves the call: `CallDisconnected`) or `CallTransferFailed` follows. */
export type TransferCallToParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The caller id shown to a phone target (an ACS number of this resource). */
  sourceCallerIdNumber?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Who takes the call: a phone number (the `calls:dial-out` scope) or an ACS user. */
  target: ParticipantInput;
  /** Who is handed over, in a call with more than one other party. */
  transferee?: InputMaybe<ParticipantInput>;
};

/** A transfer requested; `CallTransferAccepted` or `CallTransferFailed` follows. */
export type TransferCallToParticipantPayload = {
  __typename?: 'TransferCallToParticipantPayload';
  /** The call connection transferring. */
  callConnectionId: Scalars['ID']['output'];
  /** Carried by CallTransferAccepted / CallTransferFailed. */
  operationContext: Scalars['String']['output'];
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<TransferOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A transfer requested; `CallTransferAccepted` or `CallTransferFailed` follows. */
export type TransferCallToParticipantPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `transferCallToParticipant`: its payload, or an `InputError` / `AcsError`. */
export type TransferCallToParticipantResult = AcsError | InputError | TransferCallToParticipantPayload;

/** Whether the transfer target accepted the call. The event that ended the action, read from the call's log. */
export type TransferOutcome = CallTransferAccepted | CallTransferFailed;

/** A participant to take off hold. */
export type UnholdParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** A participant taken off hold; `ParticipantsUpdated` shows it. */
export type UnholdParticipantPayload = CallActionPayload & {
  __typename?: 'UnholdParticipantPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
};

/** The outcome of `unholdParticipant`: its payload, or an `InputError` / `AcsError`. */
export type UnholdParticipantResult = AcsError | InputError | UnholdParticipantPayload;

/** An ACS event type this gateway does not know yet: passed on, never dropped. */
export type UnknownCallEvent = CallEvent & {
  __typename?: 'UnknownCallEvent';
  /** The CloudEvent type as ACS sent it. */
  acsType: Scalars['String']['output'];
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent data as ACS sent it. */
  data: Scalars['JSON']['output'];
  /** The CloudEvent id ACS sent the callback with; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event; null when no action did (ParticipantsUpdated, TranscriptionData, RecordingFileReady, EventsLost). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports; null when it reports none (and on events the gateway makes). */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event (the CloudEvent `time`). */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** An identifier the gateway does not classify (Teams apps included); only its raw id is known. */
export type UnknownIdentifier = CommunicationIdentifier & {
  __typename?: 'UnknownIdentifier';
  /** The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`). */
  rawId: Scalars['String']['output'];
};

/** Changes to a room; absent fields stay as they are. */
export type UpdateRoomInput = {
  /** The room to change. */
  id: Scalars['ID']['input'];
  /** Allow or forbid dialling phone numbers into the room call. */
  pstnDialOutEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** New start of the validity window. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** New end of the validity window. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** An updated room. */
export type UpdateRoomPayload = {
  __typename?: 'UpdateRoomPayload';
  /** The room as ACS now has it. */
  room: Room;
};

/** The outcome of `updateRoom`: its payload, or an `InputError` / `AcsError`. */
export type UpdateRoomResult = AcsError | InputError | UpdateRoomPayload;

/** Switches a running transcription to another locale; `TranscriptionUpdated` follows. */
export type UpdateTranscriptionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** The new locale, e.g. `fr-FR`. */
  locale: Scalars['String']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** A custom speech model (Azure Speech Studio endpoint id). */
  speechModelEndpointId?: InputMaybe<Scalars['String']['input']>;
};

/** Whether transcription took the change. The event that ended the action, read from the call's log. */
export type UpdateTranscriptionOutcome = TranscriptionFailed | TranscriptionUpdated;

/** A transcription change requested; `TranscriptionUpdated` or `TranscriptionFailed` follows. */
export type UpdateTranscriptionPayload = CallActionPayload & {
  __typename?: 'UpdateTranscriptionPayload';
  /** The call connection acted on. */
  callConnectionId: Scalars['ID']['output'];
  /** The operationContext the matching events will carry (null for actions ACS gives none). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Selecting it makes the mutation answer once the event that ends the action is in the call's log (whichever replica received it); null, with `outcomeError`, when none came in time. Not selected: nothing is awaited. One await per payload: every alias shares the first `timeoutSeconds`. */
  outcome?: Maybe<UpdateTranscriptionOutcome>;
  /** Why `outcome` is null (e.g. `OUTCOME_TIMEOUT`); null when `outcome` holds the event or is not selected. */
  outcomeError?: Maybe<OutcomeError>;
};


/** A transcription change requested; `TranscriptionUpdated` or `TranscriptionFailed` follows. */
export type UpdateTranscriptionPayloadOutcomeArgs = {
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of `updateTranscription`: its payload, or an `InputError` / `AcsError`. */
export type UpdateTranscriptionResult = AcsError | InputError | UpdateTranscriptionPayload;

/** Roster entries to add, or whose role to change. */
export type UpsertRoomParticipantsInput = {
  /** The entries (1 to 100). */
  participants: Array<RoomParticipantInput>;
  /** The room. */
  roomId: Scalars['ID']['input'];
};

/** A room whose roster changed. */
export type UpsertRoomParticipantsPayload = {
  __typename?: 'UpsertRoomParticipantsPayload';
  /** The room as ACS now has it. */
  room: Room;
};

/** The outcome of `upsertRoomParticipants`: its payload, or an `InputError` / `AcsError`. */
export type UpsertRoomParticipantsResult = AcsError | InputError | UpsertRoomParticipantsPayload;

export type CreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CreateCallMutation = { __typename?: 'Mutation', createCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CreateCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null } }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type ConnectCallMutationVariables = Exact<{
  input: ConnectCallInput;
}>;


export type ConnectCallMutation = { __typename?: 'Mutation', connectCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'ConnectCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null } }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type AnswerCallMutationVariables = Exact<{
  input: AnswerCallInput;
}>;


export type AnswerCallMutation = { __typename?: 'Mutation', answerCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'AnswerCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null } }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RejectCallMutationVariables = Exact<{
  input: RejectCallInput;
}>;


export type RejectCallMutation = { __typename?: 'Mutation', rejectCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RejectCallPayload', incomingCallContext: string }
   };

export type RedirectCallMutationVariables = Exact<{
  input: RedirectCallInput;
}>;


export type RedirectCallMutation = { __typename?: 'Mutation', redirectCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RedirectCallPayload', incomingCallContext: string }
   };

export type TransferCallToParticipantMutationVariables = Exact<{
  input: TransferCallToParticipantInput;
}>;


export type TransferCallToParticipantMutation = { __typename?: 'Mutation', transferCallToParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'TransferCallToParticipantPayload', callConnectionId: string, operationContext: string }
   };

export type MoveParticipantsMutationVariables = Exact<{
  input: MoveParticipantsInput;
}>;


export type MoveParticipantsMutation = { __typename?: 'Mutation', moveParticipants:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'MoveParticipantsPayload', callConnectionId: string, fromCallConnectionId: string, operationContext: string }
   };

export type IncomingCallsSubscriptionVariables = Exact<{
  to?: InputMaybe<ParticipantInput>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncomingCallsSubscription = { __typename?: 'Subscription', incomingCalls:
    | { __typename: 'IncomingCall', cursor: string, time: string, incomingCallContext: string, serverCallId?: string | null, correlationId?: string | null, callerDisplayName?: string | null, expiresAt: string, from:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
      , to:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       }
    | { __typename: 'IncomingCallAnswered', callConnectionId: string, cursor: string, time: string, incomingCallContext: string, serverCallId?: string | null, correlationId?: string | null, callerDisplayName?: string | null, expiresAt: string, from:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
      , to:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       }
    | { __typename: 'IncomingCallEnded', reason: IncomingCallEndReason, cursor: string, time: string, incomingCallContext: string, serverCallId?: string | null, correlationId?: string | null, callerDisplayName?: string | null, expiresAt: string, from:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
      , to:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       }
   };

export type ConnectRoomCallMutationVariables = Exact<{
  input: ConnectRoomCallInput;
}>;


export type ConnectRoomCallMutation = { __typename?: 'Mutation', connectRoomCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'ConnectRoomCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null } }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type AddParticipantMutationVariables = Exact<{
  input: AddParticipantInput;
}>;


export type AddParticipantMutation = { __typename?: 'Mutation', addParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'AddParticipantPayload', operationContext: string, invitationId?: string | null, participant?: { __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         } | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type CancelAddParticipantMutationVariables = Exact<{
  input: CancelAddParticipantInput;
}>;


export type CancelAddParticipantMutation = { __typename?: 'Mutation', cancelAddParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CancelAddParticipantPayload', operationContext: string, invitationId: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RemoveParticipantMutationVariables = Exact<{
  input: RemoveParticipantInput;
}>;


export type RemoveParticipantMutation = { __typename?: 'Mutation', removeParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RemoveParticipantPayload', callConnectionId: string, operationContext?: string | null }
   };

export type MuteParticipantMutationVariables = Exact<{
  input: MuteParticipantInput;
}>;


export type MuteParticipantMutation = { __typename?: 'Mutation', muteParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'MuteParticipantPayload', callConnectionId: string, operationContext?: string | null }
   };

export type HoldParticipantMutationVariables = Exact<{
  input: HoldParticipantInput;
}>;


export type HoldParticipantMutation = { __typename?: 'Mutation', holdParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'HoldParticipantPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type UnholdParticipantMutationVariables = Exact<{
  input: UnholdParticipantInput;
}>;


export type UnholdParticipantMutation = { __typename?: 'Mutation', unholdParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'UnholdParticipantPayload', callConnectionId: string, operationContext?: string | null }
   };

export type SendDtmfTonesMutationVariables = Exact<{
  input: SendDtmfTonesInput;
}>;


export type SendDtmfTonesMutation = { __typename?: 'Mutation', sendDtmfTones:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'SendDtmfTonesPayload', callConnectionId: string, operationContext?: string | null }
   };

export type StartContinuousDtmfRecognitionMutationVariables = Exact<{
  input: StartContinuousDtmfRecognitionInput;
}>;


export type StartContinuousDtmfRecognitionMutation = { __typename?: 'Mutation', startContinuousDtmfRecognition:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StartContinuousDtmfRecognitionPayload', callConnectionId: string, operationContext?: string | null }
   };

export type StopContinuousDtmfRecognitionMutationVariables = Exact<{
  input: StopContinuousDtmfRecognitionInput;
}>;


export type StopContinuousDtmfRecognitionMutation = { __typename?: 'Mutation', stopContinuousDtmfRecognition:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StopContinuousDtmfRecognitionPayload', callConnectionId: string, operationContext?: string | null }
   };

export type PlayMediaMutationVariables = Exact<{
  input: PlayMediaInput;
}>;


export type PlayMediaMutation = { __typename?: 'Mutation', playMedia:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'PlayMediaPayload', callConnectionId: string, operationContext?: string | null }
   };

export type RecognizeDtmfMutationVariables = Exact<{
  input: RecognizeDtmfInput;
}>;


export type RecognizeDtmfMutation = { __typename?: 'Mutation', recognizeDtmf:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeDtmfPayload', callConnectionId: string, operationContext?: string | null }
   };

export type CancelAllMediaOperationsMutationVariables = Exact<{
  input: CancelAllMediaOperationsInput;
}>;


export type CancelAllMediaOperationsMutation = { __typename?: 'Mutation', cancelAllMediaOperations:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CancelAllMediaOperationsPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StartRecordingMutationVariables = Exact<{
  input: StartRecordingInput;
}>;


export type StartRecordingMutation = { __typename?: 'Mutation', startRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StartRecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type PauseRecordingMutationVariables = Exact<{
  input: PauseRecordingInput;
}>;


export type PauseRecordingMutation = { __typename?: 'Mutation', pauseRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type ResumeRecordingMutationVariables = Exact<{
  input: ResumeRecordingInput;
}>;


export type ResumeRecordingMutation = { __typename?: 'Mutation', resumeRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type StopRecordingMutationVariables = Exact<{
  input: StopRecordingInput;
}>;


export type StopRecordingMutation = { __typename?: 'Mutation', stopRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type HangUpMutationVariables = Exact<{
  input: HangUpInput;
}>;


export type HangUpMutation = { __typename?: 'Mutation', hangUp:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'HangUpPayload', callConnectionId: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RecognizeSpeechMutationVariables = Exact<{
  input: RecognizeSpeechInput;
}>;


export type RecognizeSpeechMutation = { __typename?: 'Mutation', recognizeSpeech:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeSpeechPayload', callConnectionId: string, operationContext?: string | null }
   };

export type RecognizeChoiceMutationVariables = Exact<{
  input: RecognizeChoiceInput;
}>;


export type RecognizeChoiceMutation = { __typename?: 'Mutation', recognizeChoice:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeChoicePayload', callConnectionId: string, operationContext?: string | null }
   };

export type StartTranscriptionMutationVariables = Exact<{
  input: StartTranscriptionInput;
}>;


export type StartTranscriptionMutation = { __typename?: 'Mutation', startTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StartTranscriptionPayload', callConnectionId: string, operationContext?: string | null }
   };

export type StopTranscriptionMutationVariables = Exact<{
  input: StopTranscriptionInput;
}>;


export type StopTranscriptionMutation = { __typename?: 'Mutation', stopTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StopTranscriptionPayload', callConnectionId: string, operationContext?: string | null }
   };

export type UpdateTranscriptionMutationVariables = Exact<{
  input: UpdateTranscriptionInput;
}>;


export type UpdateTranscriptionMutation = { __typename?: 'Mutation', updateTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'UpdateTranscriptionPayload', callConnectionId: string, operationContext?: string | null }
   };

export type StartMediaStreamingMutationVariables = Exact<{
  input: StartMediaStreamingInput;
}>;


export type StartMediaStreamingMutation = { __typename?: 'Mutation', startMediaStreaming:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StartMediaStreamingPayload', callConnectionId: string, operationContext?: string | null }
   };

export type StopMediaStreamingMutationVariables = Exact<{
  input: StopMediaStreamingInput;
}>;


export type StopMediaStreamingMutation = { __typename?: 'Mutation', stopMediaStreaming:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StopMediaStreamingPayload', callConnectionId: string, operationContext?: string | null }
   };

export type DeleteRecordingMutationVariables = Exact<{
  input: DeleteRecordingInput;
}>;


export type DeleteRecordingMutation = { __typename?: 'Mutation', deleteRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'DeleteRecordingPayload', deleteLocation: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

type ErrorFields_AcsError_Fragment = { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string };

type ErrorFields_InputError_Fragment = { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string };

export type ErrorFieldsFragment =
  | ErrorFields_AcsError_Fragment
  | ErrorFields_InputError_Fragment
;

type IdentifierFields_CommunicationUserIdentifier_Fragment = { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string };

type IdentifierFields_MicrosoftTeamsUserIdentifier_Fragment = { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string };

type IdentifierFields_PhoneNumberIdentifier_Fragment = { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string };

type IdentifierFields_UnknownIdentifier_Fragment = { __typename: 'UnknownIdentifier', rawId: string };

export type IdentifierFieldsFragment =
  | IdentifierFields_CommunicationUserIdentifier_Fragment
  | IdentifierFields_MicrosoftTeamsUserIdentifier_Fragment
  | IdentifierFields_PhoneNumberIdentifier_Fragment
  | IdentifierFields_UnknownIdentifier_Fragment
;

export type CallParticipantFieldsFragment = { __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
    | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
    | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
    | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
    | { __typename: 'UnknownIdentifier', rawId: string }
   };

export type RoomFieldsFragment = { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean };

export type RoomParticipantFieldsFragment = { __typename?: 'RoomParticipant', communicationUserId: string, rawId: string, role: RoomParticipantRole };

export type CallFieldsFragment = { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null };

type CallActionFields_CancelAllMediaOperationsPayload_Fragment = { __typename?: 'CancelAllMediaOperationsPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_HoldParticipantPayload_Fragment = { __typename?: 'HoldParticipantPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_MuteParticipantPayload_Fragment = { __typename?: 'MuteParticipantPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_PlayMediaPayload_Fragment = { __typename?: 'PlayMediaPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_RecognizeChoicePayload_Fragment = { __typename?: 'RecognizeChoicePayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_RecognizeDtmfPayload_Fragment = { __typename?: 'RecognizeDtmfPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_RecognizeSpeechPayload_Fragment = { __typename?: 'RecognizeSpeechPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_RemoveParticipantPayload_Fragment = { __typename?: 'RemoveParticipantPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_SendDtmfTonesPayload_Fragment = { __typename?: 'SendDtmfTonesPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StartContinuousDtmfRecognitionPayload_Fragment = { __typename?: 'StartContinuousDtmfRecognitionPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StartMediaStreamingPayload_Fragment = { __typename?: 'StartMediaStreamingPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StartTranscriptionPayload_Fragment = { __typename?: 'StartTranscriptionPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StopContinuousDtmfRecognitionPayload_Fragment = { __typename?: 'StopContinuousDtmfRecognitionPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StopMediaStreamingPayload_Fragment = { __typename?: 'StopMediaStreamingPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_StopTranscriptionPayload_Fragment = { __typename?: 'StopTranscriptionPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_UnholdParticipantPayload_Fragment = { __typename?: 'UnholdParticipantPayload', callConnectionId: string, operationContext?: string | null };

type CallActionFields_UpdateTranscriptionPayload_Fragment = { __typename?: 'UpdateTranscriptionPayload', callConnectionId: string, operationContext?: string | null };

export type CallActionFieldsFragment =
  | CallActionFields_CancelAllMediaOperationsPayload_Fragment
  | CallActionFields_HoldParticipantPayload_Fragment
  | CallActionFields_MuteParticipantPayload_Fragment
  | CallActionFields_PlayMediaPayload_Fragment
  | CallActionFields_RecognizeChoicePayload_Fragment
  | CallActionFields_RecognizeDtmfPayload_Fragment
  | CallActionFields_RecognizeSpeechPayload_Fragment
  | CallActionFields_RemoveParticipantPayload_Fragment
  | CallActionFields_SendDtmfTonesPayload_Fragment
  | CallActionFields_StartContinuousDtmfRecognitionPayload_Fragment
  | CallActionFields_StartMediaStreamingPayload_Fragment
  | CallActionFields_StartTranscriptionPayload_Fragment
  | CallActionFields_StopContinuousDtmfRecognitionPayload_Fragment
  | CallActionFields_StopMediaStreamingPayload_Fragment
  | CallActionFields_StopTranscriptionPayload_Fragment
  | CallActionFields_UnholdParticipantPayload_Fragment
  | CallActionFields_UpdateTranscriptionPayload_Fragment
;

export type RecordingFieldsFragment = { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> };

type CallEventFields_AddParticipantFailed_Fragment = { __typename: 'AddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
    | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
    | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
    | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
    | { __typename: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_AddParticipantSucceeded_Fragment = { __typename: 'AddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
    | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
    | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
    | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
    | { __typename: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_AnswerFailed_Fragment = { __typename: 'AnswerFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CallConnected_Fragment = { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CallDisconnected_Fragment = { __typename: 'CallDisconnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CallTransferAccepted_Fragment = { __typename: 'CallTransferAccepted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CallTransferFailed_Fragment = { __typename: 'CallTransferFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CancelAddParticipantFailed_Fragment = { __typename: 'CancelAddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CancelAddParticipantSucceeded_Fragment = { __typename: 'CancelAddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_ConnectFailed_Fragment = { __typename: 'ConnectFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_ContinuousDtmfRecognitionStopped_Fragment = { __typename: 'ContinuousDtmfRecognitionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_ContinuousDtmfRecognitionToneFailed_Fragment = { __typename: 'ContinuousDtmfRecognitionToneFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_ContinuousDtmfRecognitionToneReceived_Fragment = { __typename: 'ContinuousDtmfRecognitionToneReceived', tone?: DtmfTone | null, sequenceId?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_CreateCallFailed_Fragment = { __typename: 'CreateCallFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_EventsLost_Fragment = { __typename: 'EventsLost', requestedAfter: string, oldestRetainedCursor?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_HoldFailed_Fragment = { __typename: 'HoldFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_MediaStreamingFailed_Fragment = { __typename: 'MediaStreamingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_MediaStreamingStarted_Fragment = { __typename: 'MediaStreamingStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_MediaStreamingStopped_Fragment = { __typename: 'MediaStreamingStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_MoveParticipantFailed_Fragment = { __typename: 'MoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_MoveParticipantSucceeded_Fragment = { __typename: 'MoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_ParticipantsUpdated_Fragment = { __typename: 'ParticipantsUpdated', sequenceNumber?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participants: Array<{ __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
      | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
      | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
      | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
      | { __typename: 'UnknownIdentifier', rawId: string }
     }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_PlayCanceled_Fragment = { __typename: 'PlayCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_PlayCompleted_Fragment = { __typename: 'PlayCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_PlayFailed_Fragment = { __typename: 'PlayFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_PlayStarted_Fragment = { __typename: 'PlayStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RecognizeCanceled_Fragment = { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RecognizeCompleted_Fragment = { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RecognizeFailed_Fragment = { __typename: 'RecognizeFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RecordingFileReady_Fragment = { __typename: 'RecordingFileReady', recordingDurationMs?: number | null, sessionEndReason?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, chunks: Array<{ __typename?: 'RecordingChunk', index?: number | null, contentLocation?: string | null, deleteLocation?: string | null }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RecordingStateChanged_Fragment = { __typename: 'RecordingStateChanged', recordingId?: string | null, state?: RecordingState | null, startDateTime?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RemoveParticipantFailed_Fragment = { __typename: 'RemoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
    | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
    | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
    | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
    | { __typename: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_RemoveParticipantSucceeded_Fragment = { __typename: 'RemoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
    | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
    | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
    | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
    | { __typename: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_SendDtmfTonesCompleted_Fragment = { __typename: 'SendDtmfTonesCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_SendDtmfTonesFailed_Fragment = { __typename: 'SendDtmfTonesFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_StartRecordingFailed_Fragment = { __typename: 'StartRecordingFailed', recordingId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_TranscriptionData_Fragment = { __typename: 'TranscriptionData', text: string, resultStatus?: TranscriptionResultStatus | null, offsetInTicks?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
    | { __typename?: 'CommunicationUserIdentifier', rawId: string }
    | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
    | { __typename?: 'PhoneNumberIdentifier', rawId: string }
    | { __typename?: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_TranscriptionFailed_Fragment = { __typename: 'TranscriptionFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_TranscriptionStarted_Fragment = { __typename: 'TranscriptionStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_TranscriptionStopped_Fragment = { __typename: 'TranscriptionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_TranscriptionUpdated_Fragment = { __typename: 'TranscriptionUpdated', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type CallEventFields_UnknownCallEvent_Fragment = { __typename: 'UnknownCallEvent', acsType: string, data: unknown, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

export type CallEventFieldsFragment =
  | CallEventFields_AddParticipantFailed_Fragment
  | CallEventFields_AddParticipantSucceeded_Fragment
  | CallEventFields_AnswerFailed_Fragment
  | CallEventFields_CallConnected_Fragment
  | CallEventFields_CallDisconnected_Fragment
  | CallEventFields_CallTransferAccepted_Fragment
  | CallEventFields_CallTransferFailed_Fragment
  | CallEventFields_CancelAddParticipantFailed_Fragment
  | CallEventFields_CancelAddParticipantSucceeded_Fragment
  | CallEventFields_ConnectFailed_Fragment
  | CallEventFields_ContinuousDtmfRecognitionStopped_Fragment
  | CallEventFields_ContinuousDtmfRecognitionToneFailed_Fragment
  | CallEventFields_ContinuousDtmfRecognitionToneReceived_Fragment
  | CallEventFields_CreateCallFailed_Fragment
  | CallEventFields_EventsLost_Fragment
  | CallEventFields_HoldFailed_Fragment
  | CallEventFields_MediaStreamingFailed_Fragment
  | CallEventFields_MediaStreamingStarted_Fragment
  | CallEventFields_MediaStreamingStopped_Fragment
  | CallEventFields_MoveParticipantFailed_Fragment
  | CallEventFields_MoveParticipantSucceeded_Fragment
  | CallEventFields_ParticipantsUpdated_Fragment
  | CallEventFields_PlayCanceled_Fragment
  | CallEventFields_PlayCompleted_Fragment
  | CallEventFields_PlayFailed_Fragment
  | CallEventFields_PlayStarted_Fragment
  | CallEventFields_RecognizeCanceled_Fragment
  | CallEventFields_RecognizeCompleted_Fragment
  | CallEventFields_RecognizeFailed_Fragment
  | CallEventFields_RecordingFileReady_Fragment
  | CallEventFields_RecordingStateChanged_Fragment
  | CallEventFields_RemoveParticipantFailed_Fragment
  | CallEventFields_RemoveParticipantSucceeded_Fragment
  | CallEventFields_SendDtmfTonesCompleted_Fragment
  | CallEventFields_SendDtmfTonesFailed_Fragment
  | CallEventFields_StartRecordingFailed_Fragment
  | CallEventFields_TranscriptionData_Fragment
  | CallEventFields_TranscriptionFailed_Fragment
  | CallEventFields_TranscriptionStarted_Fragment
  | CallEventFields_TranscriptionStopped_Fragment
  | CallEventFields_TranscriptionUpdated_Fragment
  | CallEventFields_UnknownCallEvent_Fragment
;

type OutcomeFields_AddParticipantFailed_Fragment = { __typename: 'AddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, participant?:
    | { __typename?: 'CommunicationUserIdentifier', rawId: string }
    | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
    | { __typename?: 'PhoneNumberIdentifier', rawId: string }
    | { __typename?: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_AddParticipantSucceeded_Fragment = { __typename: 'AddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, participant?:
    | { __typename?: 'CommunicationUserIdentifier', rawId: string }
    | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
    | { __typename?: 'PhoneNumberIdentifier', rawId: string }
    | { __typename?: 'UnknownIdentifier', rawId: string }
   | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_AnswerFailed_Fragment = { __typename: 'AnswerFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CallConnected_Fragment = { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CallDisconnected_Fragment = { __typename: 'CallDisconnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CallTransferAccepted_Fragment = { __typename: 'CallTransferAccepted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CallTransferFailed_Fragment = { __typename: 'CallTransferFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CancelAddParticipantFailed_Fragment = { __typename: 'CancelAddParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CancelAddParticipantSucceeded_Fragment = { __typename: 'CancelAddParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_ConnectFailed_Fragment = { __typename: 'ConnectFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_ContinuousDtmfRecognitionStopped_Fragment = { __typename: 'ContinuousDtmfRecognitionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_ContinuousDtmfRecognitionToneFailed_Fragment = { __typename: 'ContinuousDtmfRecognitionToneFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_ContinuousDtmfRecognitionToneReceived_Fragment = { __typename: 'ContinuousDtmfRecognitionToneReceived', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_CreateCallFailed_Fragment = { __typename: 'CreateCallFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_EventsLost_Fragment = { __typename: 'EventsLost', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_HoldFailed_Fragment = { __typename: 'HoldFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_MediaStreamingFailed_Fragment = { __typename: 'MediaStreamingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_MediaStreamingStarted_Fragment = { __typename: 'MediaStreamingStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_MediaStreamingStopped_Fragment = { __typename: 'MediaStreamingStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_MoveParticipantFailed_Fragment = { __typename: 'MoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_MoveParticipantSucceeded_Fragment = { __typename: 'MoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_ParticipantsUpdated_Fragment = { __typename: 'ParticipantsUpdated', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_PlayCanceled_Fragment = { __typename: 'PlayCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_PlayCompleted_Fragment = { __typename: 'PlayCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_PlayFailed_Fragment = { __typename: 'PlayFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_PlayStarted_Fragment = { __typename: 'PlayStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RecognizeCanceled_Fragment = { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RecognizeCompleted_Fragment = { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, speechResult?: { __typename?: 'SpeechResult', speech?: string | null, confidence?: number | null } | null, choiceResult?: { __typename?: 'ChoiceResult', label?: string | null, recognizedPhrase?: string | null } | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RecognizeFailed_Fragment = { __typename: 'RecognizeFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RecordingFileReady_Fragment = { __typename: 'RecordingFileReady', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RecordingStateChanged_Fragment = { __typename: 'RecordingStateChanged', recordingId?: string | null, state?: RecordingState | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RemoveParticipantFailed_Fragment = { __typename: 'RemoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_RemoveParticipantSucceeded_Fragment = { __typename: 'RemoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_SendDtmfTonesCompleted_Fragment = { __typename: 'SendDtmfTonesCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_SendDtmfTonesFailed_Fragment = { __typename: 'SendDtmfTonesFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_StartRecordingFailed_Fragment = { __typename: 'StartRecordingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_TranscriptionData_Fragment = { __typename: 'TranscriptionData', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_TranscriptionFailed_Fragment = { __typename: 'TranscriptionFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_TranscriptionStarted_Fragment = { __typename: 'TranscriptionStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_TranscriptionStopped_Fragment = { __typename: 'TranscriptionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_TranscriptionUpdated_Fragment = { __typename: 'TranscriptionUpdated', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

type OutcomeFields_UnknownCallEvent_Fragment = { __typename: 'UnknownCallEvent', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

export type OutcomeFieldsFragment =
  | OutcomeFields_AddParticipantFailed_Fragment
  | OutcomeFields_AddParticipantSucceeded_Fragment
  | OutcomeFields_AnswerFailed_Fragment
  | OutcomeFields_CallConnected_Fragment
  | OutcomeFields_CallDisconnected_Fragment
  | OutcomeFields_CallTransferAccepted_Fragment
  | OutcomeFields_CallTransferFailed_Fragment
  | OutcomeFields_CancelAddParticipantFailed_Fragment
  | OutcomeFields_CancelAddParticipantSucceeded_Fragment
  | OutcomeFields_ConnectFailed_Fragment
  | OutcomeFields_ContinuousDtmfRecognitionStopped_Fragment
  | OutcomeFields_ContinuousDtmfRecognitionToneFailed_Fragment
  | OutcomeFields_ContinuousDtmfRecognitionToneReceived_Fragment
  | OutcomeFields_CreateCallFailed_Fragment
  | OutcomeFields_EventsLost_Fragment
  | OutcomeFields_HoldFailed_Fragment
  | OutcomeFields_MediaStreamingFailed_Fragment
  | OutcomeFields_MediaStreamingStarted_Fragment
  | OutcomeFields_MediaStreamingStopped_Fragment
  | OutcomeFields_MoveParticipantFailed_Fragment
  | OutcomeFields_MoveParticipantSucceeded_Fragment
  | OutcomeFields_ParticipantsUpdated_Fragment
  | OutcomeFields_PlayCanceled_Fragment
  | OutcomeFields_PlayCompleted_Fragment
  | OutcomeFields_PlayFailed_Fragment
  | OutcomeFields_PlayStarted_Fragment
  | OutcomeFields_RecognizeCanceled_Fragment
  | OutcomeFields_RecognizeCompleted_Fragment
  | OutcomeFields_RecognizeFailed_Fragment
  | OutcomeFields_RecordingFileReady_Fragment
  | OutcomeFields_RecordingStateChanged_Fragment
  | OutcomeFields_RemoveParticipantFailed_Fragment
  | OutcomeFields_RemoveParticipantSucceeded_Fragment
  | OutcomeFields_SendDtmfTonesCompleted_Fragment
  | OutcomeFields_SendDtmfTonesFailed_Fragment
  | OutcomeFields_StartRecordingFailed_Fragment
  | OutcomeFields_TranscriptionData_Fragment
  | OutcomeFields_TranscriptionFailed_Fragment
  | OutcomeFields_TranscriptionStarted_Fragment
  | OutcomeFields_TranscriptionStopped_Fragment
  | OutcomeFields_TranscriptionUpdated_Fragment
  | OutcomeFields_UnknownCallEvent_Fragment
;

export type OutcomeErrorFieldsFragment = { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number };

export type ConnectRoomCallAndWaitMutationVariables = Exact<{
  input: ConnectRoomCallInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConnectRoomCallAndWaitMutation = { __typename?: 'Mutation', connectRoomCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'ConnectRoomCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null }, outcome?:
        | { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'ConnectFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type AddParticipantAndWaitMutationVariables = Exact<{
  input: AddParticipantInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AddParticipantAndWaitMutation = { __typename?: 'Mutation', addParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'AddParticipantPayload', operationContext: string, invitationId?: string | null, outcome?:
        | { __typename: 'AddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, participant?:
            | { __typename?: 'CommunicationUserIdentifier', rawId: string }
            | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
            | { __typename?: 'PhoneNumberIdentifier', rawId: string }
            | { __typename?: 'UnknownIdentifier', rawId: string }
           | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'AddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, participant?:
            | { __typename?: 'CommunicationUserIdentifier', rawId: string }
            | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
            | { __typename?: 'PhoneNumberIdentifier', rawId: string }
            | { __typename?: 'UnknownIdentifier', rawId: string }
           | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RemoveParticipantAndWaitMutationVariables = Exact<{
  input: RemoveParticipantInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RemoveParticipantAndWaitMutation = { __typename?: 'Mutation', removeParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RemoveParticipantPayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'RemoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RemoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type PlayMediaAndWaitMutationVariables = Exact<{
  input: PlayMediaInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PlayMediaAndWaitMutation = { __typename?: 'Mutation', playMedia:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'PlayMediaPayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'PlayCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'PlayCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'PlayFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type SendDtmfTonesAndWaitMutationVariables = Exact<{
  input: SendDtmfTonesInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SendDtmfTonesAndWaitMutation = { __typename?: 'Mutation', sendDtmfTones:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'SendDtmfTonesPayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'SendDtmfTonesCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'SendDtmfTonesFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type RecognizeDtmfAndWaitMutationVariables = Exact<{
  input: RecognizeDtmfInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecognizeDtmfAndWaitMutation = { __typename?: 'Mutation', recognizeDtmf:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeDtmfPayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, speechResult?: { __typename?: 'SpeechResult', speech?: string | null, confidence?: number | null } | null, choiceResult?: { __typename?: 'ChoiceResult', label?: string | null, recognizedPhrase?: string | null } | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type RecognizeSpeechAndWaitMutationVariables = Exact<{
  input: RecognizeSpeechInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecognizeSpeechAndWaitMutation = { __typename?: 'Mutation', recognizeSpeech:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeSpeechPayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, speechResult?: { __typename?: 'SpeechResult', speech?: string | null, confidence?: number | null } | null, choiceResult?: { __typename?: 'ChoiceResult', label?: string | null, recognizedPhrase?: string | null } | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type RecognizeChoiceAndWaitMutationVariables = Exact<{
  input: RecognizeChoiceInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecognizeChoiceAndWaitMutation = { __typename?: 'Mutation', recognizeChoice:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecognizeChoicePayload', callConnectionId: string, operationContext?: string | null, outcome?:
        | { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, speechResult?: { __typename?: 'SpeechResult', speech?: string | null, confidence?: number | null } | null, choiceResult?: { __typename?: 'ChoiceResult', label?: string | null, recognizedPhrase?: string | null } | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'RecognizeFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type StartRecordingAndWaitMutationVariables = Exact<{
  input: StartRecordingInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StartRecordingAndWaitMutation = { __typename?: 'Mutation', startRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'StartRecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> }, outcome?:
        | { __typename: 'RecordingStateChanged', recordingId?: string | null, state?: RecordingState | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'StartRecordingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type CreateCallAndWaitMutationVariables = Exact<{
  input: CreateCallInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateCallAndWaitMutation = { __typename?: 'Mutation', createCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CreateCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null }, outcome?:
        | { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'CreateCallFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type AnswerCallAndWaitMutationVariables = Exact<{
  input: AnswerCallInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AnswerCallAndWaitMutation = { __typename?: 'Mutation', answerCall:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'AnswerCallPayload', operationContext: string, call: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null }, outcome?:
        | { __typename: 'AnswerFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type TransferCallToParticipantAndWaitMutationVariables = Exact<{
  input: TransferCallToParticipantInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TransferCallToParticipantAndWaitMutation = { __typename?: 'Mutation', transferCallToParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'TransferCallToParticipantPayload', callConnectionId: string, operationContext: string, outcome?:
        | { __typename: 'CallTransferAccepted', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'CallTransferFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type MoveParticipantsAndWaitMutationVariables = Exact<{
  input: MoveParticipantsInput;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MoveParticipantsAndWaitMutation = { __typename?: 'Mutation', moveParticipants:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'MoveParticipantsPayload', callConnectionId: string, fromCallConnectionId: string, operationContext: string, outcome?:
        | { __typename: 'MoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
        | { __typename: 'MoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
       | null, outcomeError?: { __typename?: 'OutcomeError', code: OutcomeErrorCode, message: string, timeoutSeconds: number } | null }
   };

export type RoomsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoomsQuery = { __typename?: 'Query', rooms: { __typename?: 'RoomConnection', edges: Array<{ __typename?: 'RoomEdge', cursor: string, node: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RoomQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  participantsFirst?: InputMaybe<Scalars['Int']['input']>;
  participantsAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type RoomQuery = { __typename?: 'Query', room?: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean, participants: { __typename?: 'RoomParticipantConnection', edges: Array<{ __typename?: 'RoomParticipantEdge', cursor: string, node: { __typename?: 'RoomParticipant', communicationUserId: string, rawId: string, role: RoomParticipantRole } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CallQueryVariables = Exact<{
  callConnectionId: Scalars['ID']['input'];
}>;


export type CallQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, state: CallConnectionState, cursor?: string | null, roomId?: string | null, participants: Array<{ __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       }> } | null };

export type CallEventHistoryQueryVariables = Exact<{
  callConnectionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallEventHistoryQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, callConnectionId: string, events: Array<
      | { __typename: 'AddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'AddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'AnswerFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CallDisconnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CallTransferAccepted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CallTransferFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CancelAddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CancelAddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'ConnectFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'ContinuousDtmfRecognitionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'ContinuousDtmfRecognitionToneFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'ContinuousDtmfRecognitionToneReceived', tone?: DtmfTone | null, sequenceId?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'CreateCallFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'EventsLost', requestedAfter: string, oldestRetainedCursor?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'HoldFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'MediaStreamingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'MediaStreamingStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'MediaStreamingStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'MoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'MoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'ParticipantsUpdated', sequenceNumber?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participants: Array<{ __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
            | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
            | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
            | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
            | { __typename: 'UnknownIdentifier', rawId: string }
           }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'PlayCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'PlayCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'PlayFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'PlayStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RecognizeFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RecordingFileReady', recordingDurationMs?: number | null, sessionEndReason?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, chunks: Array<{ __typename?: 'RecordingChunk', index?: number | null, contentLocation?: string | null, deleteLocation?: string | null }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RecordingStateChanged', recordingId?: string | null, state?: RecordingState | null, startDateTime?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RemoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'RemoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'SendDtmfTonesCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'SendDtmfTonesFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'StartRecordingFailed', recordingId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'TranscriptionData', text: string, resultStatus?: TranscriptionResultStatus | null, offsetInTicks?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
          | { __typename?: 'CommunicationUserIdentifier', rawId: string }
          | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
          | { __typename?: 'PhoneNumberIdentifier', rawId: string }
          | { __typename?: 'UnknownIdentifier', rawId: string }
         | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'TranscriptionFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'TranscriptionStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'TranscriptionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'TranscriptionUpdated', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
      | { __typename: 'UnknownCallEvent', acsType: string, data: unknown, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    > } | null };

export type RecordingQueryVariables = Exact<{
  recordingId: Scalars['ID']['input'];
}>;


export type RecordingQuery = { __typename?: 'Query', recording?: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } | null };

export type CallEventsSubscriptionVariables = Exact<{
  callConnectionId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<CallEventType> | CallEventType>;
}>;


export type CallEventsSubscription = { __typename?: 'Subscription', callEvents:
    | { __typename: 'AddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'AddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'AnswerFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CallConnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CallDisconnected', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CallTransferAccepted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CallTransferFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CancelAddParticipantFailed', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CancelAddParticipantSucceeded', invitationId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'ConnectFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'ContinuousDtmfRecognitionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'ContinuousDtmfRecognitionToneFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'ContinuousDtmfRecognitionToneReceived', tone?: DtmfTone | null, sequenceId?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'CreateCallFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'EventsLost', requestedAfter: string, oldestRetainedCursor?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'HoldFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'MediaStreamingFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'MediaStreamingStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'MediaStreamingStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'MoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'MoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'ParticipantsUpdated', sequenceNumber?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participants: Array<{ __typename?: 'CallParticipant', isMuted: boolean, isOnHold: boolean, identifier:
          | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
          | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
          | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
          | { __typename: 'UnknownIdentifier', rawId: string }
         }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'PlayCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'PlayCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'PlayFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'PlayStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RecognizeCanceled', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RecognizeCompleted', recognitionType?: string | null, tones?: Array<DtmfTone> | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RecognizeFailed', failedPlaySourceIndex?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RecordingFileReady', recordingDurationMs?: number | null, sessionEndReason?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, chunks: Array<{ __typename?: 'RecordingChunk', index?: number | null, contentLocation?: string | null, deleteLocation?: string | null }>, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RecordingStateChanged', recordingId?: string | null, state?: RecordingState | null, startDateTime?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RemoveParticipantFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'RemoveParticipantSucceeded', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
        | { __typename: 'CommunicationUserIdentifier', communicationUserId: string, rawId: string }
        | { __typename: 'MicrosoftTeamsUserIdentifier', userId: string, rawId: string }
        | { __typename: 'PhoneNumberIdentifier', phoneNumber: string, rawId: string }
        | { __typename: 'UnknownIdentifier', rawId: string }
       | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'SendDtmfTonesCompleted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'SendDtmfTonesFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'StartRecordingFailed', recordingId?: string | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'TranscriptionData', text: string, resultStatus?: TranscriptionResultStatus | null, offsetInTicks?: number | null, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, participant?:
        | { __typename?: 'CommunicationUserIdentifier', rawId: string }
        | { __typename?: 'MicrosoftTeamsUserIdentifier', rawId: string }
        | { __typename?: 'PhoneNumberIdentifier', rawId: string }
        | { __typename?: 'UnknownIdentifier', rawId: string }
       | null, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'TranscriptionFailed', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'TranscriptionStarted', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'TranscriptionStopped', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'TranscriptionUpdated', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
    | { __typename: 'UnknownCallEvent', acsType: string, data: unknown, id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
   };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { __typename?: 'Mutation', createRoom:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CreateRoomPayload', room: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean } }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type UpdateRoomMutationVariables = Exact<{
  input: UpdateRoomInput;
}>;


export type UpdateRoomMutation = { __typename?: 'Mutation', updateRoom:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'UpdateRoomPayload', room: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean } }
   };

export type DeleteRoomMutationVariables = Exact<{
  input: DeleteRoomInput;
}>;


export type DeleteRoomMutation = { __typename?: 'Mutation', deleteRoom:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'DeleteRoomPayload', deletedRoomId: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type UpsertRoomParticipantsMutationVariables = Exact<{
  input: UpsertRoomParticipantsInput;
}>;


export type UpsertRoomParticipantsMutation = { __typename?: 'Mutation', upsertRoomParticipants:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'UpsertRoomParticipantsPayload', room: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean } }
   };

export type RemoveRoomParticipantsMutationVariables = Exact<{
  input: RemoveRoomParticipantsInput;
}>;


export type RemoveRoomParticipantsMutation = { __typename?: 'Mutation', removeRoomParticipants:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RemoveRoomParticipantsPayload', room: { __typename?: 'Room', id: string, createdAt: string, validFrom: string, validUntil: string, pstnDialOutEnabled: boolean } }
   };

export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const RoomFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<RoomFieldsFragment, unknown>;
export const RoomParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RoomParticipantFieldsFragment, unknown>;
export const CallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]} as unknown as DocumentNode<CallFieldsFragment, unknown>;
export const CallActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<CallActionFieldsFragment, unknown>;
export const RecordingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<RecordingFieldsFragment, unknown>;
export const IdentifierFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<IdentifierFieldsFragment, unknown>;
export const CallParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<CallParticipantFieldsFragment, unknown>;
export const CallEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFileReady"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingDurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndReason"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptionData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"resultStatus"}},{"kind":"Field","name":{"kind":"Name","value":"offsetInTicks"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}}]} as unknown as DocumentNode<CallEventFieldsFragment, unknown>;
export const OutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OutcomeFieldsFragment, unknown>;
export const OutcomeErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}}]} as unknown as DocumentNode<OutcomeErrorFieldsFragment, unknown>;
export const CreateCallDocument = {"__meta__":{"hash":"7523eef4311244480339f6671bd347e739c55d6a01d77c72d873900b9304def9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateCallMutation, CreateCallMutationVariables>;
export const ConnectCallDocument = {"__meta__":{"hash":"acf51a4218ec24acdfb55a2bc48107808b6537e7b574cb0d644d3ee473f79733"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ConnectCallMutation, ConnectCallMutationVariables>;
export const AnswerCallDocument = {"__meta__":{"hash":"f6c7963e367a765fbe78107d9434d7c0825bc4756071acf4fc731f9bf6cc074d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AnswerCallMutation, AnswerCallMutationVariables>;
export const RejectCallDocument = {"__meta__":{"hash":"3a7983f0628f04acc79d8e635fadbf4b4a865e11f3ba9c59c749066c5d44c1e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RejectCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingCallContext"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RejectCallMutation, RejectCallMutationVariables>;
export const RedirectCallDocument = {"__meta__":{"hash":"74a932ef59c5225e3c6abc352a6c49ab2f7f765193aa9cb9d210d021c8a4f10f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedirectCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedirectCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redirectCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RedirectCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingCallContext"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RedirectCallMutation, RedirectCallMutationVariables>;
export const TransferCallToParticipantDocument = {"__meta__":{"hash":"3919d1b3186ca64d2cd5a68f7435318f1743341cba6525fe0458b3e9993151fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCallToParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCallToParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCallToParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCallToParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<TransferCallToParticipantMutation, TransferCallToParticipantMutationVariables>;
export const MoveParticipantsDocument = {"__meta__":{"hash":"5b3149e41fabf9f40bb8e0f43f305867d88836a853b6a0eec13a4b6c285e3642"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoveParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCallConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<MoveParticipantsMutation, MoveParticipantsMutationVariables>;
export const IncomingCallsDocument = {"__meta__":{"hash":"8a27cb66aab2d456b4a6808116916168d632dc671342a41d6ed4e86157e39620"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncomingCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"incomingCallContext"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"callerDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingCallAnswered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingCallEnded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<IncomingCallsSubscription, IncomingCallsSubscriptionVariables>;
export const ConnectRoomCallDocument = {"__meta__":{"hash":"e87ec7f04daffff45c98f73dcb149e60eef6dced076abea4a99905efceffe6b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectRoomCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRoomCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ConnectRoomCallMutation, ConnectRoomCallMutationVariables>;
export const AddParticipantDocument = {"__meta__":{"hash":"796c22591bafde368d315c2f99cbb2a19abcc811daacb693887cb3b91c271027"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const CancelAddParticipantDocument = {"__meta__":{"hash":"5ee5f610a1366a612c5f5dbce6911696eaef7076d2039c29dbb75ea313b81ae5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAddParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CancelAddParticipantMutation, CancelAddParticipantMutationVariables>;
export const RemoveParticipantDocument = {"__meta__":{"hash":"0e8c72e2ee772c109353c4ad166f0cae3105f8c7d0ff379fe294ec96045ff810"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const MuteParticipantDocument = {"__meta__":{"hash":"6b22605dfc1f5affada14edaf4832db3a8f87d1ef882fc30d89f89a47e200884"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<MuteParticipantMutation, MuteParticipantMutationVariables>;
export const HoldParticipantDocument = {"__meta__":{"hash":"0e84c54c41a095326246701fede5ce53450b31f4de2a410ac770d62b9b6f8bd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<HoldParticipantMutation, HoldParticipantMutationVariables>;
export const UnholdParticipantDocument = {"__meta__":{"hash":"76b7b08f62ea969143f7e013a1211b03b7657592a406515920c102cb3965e311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnholdParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnholdParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unholdParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UnholdParticipantMutation, UnholdParticipantMutationVariables>;
export const SendDtmfTonesDocument = {"__meta__":{"hash":"6191a2bf2fd46b10e975ff67b2135b2f63f9dbf8d289a8963e24ad1a95f2779a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDtmfTones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendDtmfTonesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDtmfTones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SendDtmfTonesMutation, SendDtmfTonesMutationVariables>;
export const StartContinuousDtmfRecognitionDocument = {"__meta__":{"hash":"587c38b1f81aef8d0698d3ee3fdd5fe5bb5bfe2153758dfce68cb23c66e7b2a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartContinuousDtmfRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartContinuousDtmfRecognitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startContinuousDtmfRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartContinuousDtmfRecognitionMutation, StartContinuousDtmfRecognitionMutationVariables>;
export const StopContinuousDtmfRecognitionDocument = {"__meta__":{"hash":"3a071609ce9d747d4e754a101f0f61991b0091bc3ea5752a662ef9ef51d695f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopContinuousDtmfRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopContinuousDtmfRecognitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopContinuousDtmfRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StopContinuousDtmfRecognitionMutation, StopContinuousDtmfRecognitionMutationVariables>;
export const PlayMediaDocument = {"__meta__":{"hash":"ee57c3eb546da687ee625b290b2d7b212c268b36f9bfa615005110a7ba5a4a9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlayMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlayMediaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"playMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<PlayMediaMutation, PlayMediaMutationVariables>;
export const RecognizeDtmfDocument = {"__meta__":{"hash":"3ffaa434a0003d311e9237dce236d30675440fafc124b79e8815fd86a6deee7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeDtmf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeDtmfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeDtmf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeDtmfMutation, RecognizeDtmfMutationVariables>;
export const CancelAllMediaOperationsDocument = {"__meta__":{"hash":"539fb82e7b44450af548db8ef567156e7a64c2683ac458331860c7d239c90ad1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllMediaOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAllMediaOperationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllMediaOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CancelAllMediaOperationsMutation, CancelAllMediaOperationsMutationVariables>;
export const StartRecordingDocument = {"__meta__":{"hash":"268ec34d76fdfb00dcee791d4465c09ba6adb95e828f8d02e462e01d8b866679"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartRecordingMutation, StartRecordingMutationVariables>;
export const PauseRecordingDocument = {"__meta__":{"hash":"1ddd97b81632e6df66f65e693c6b5564a8741ab08b7d570ae39ec4ff1c426113"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PauseRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<PauseRecordingMutation, PauseRecordingMutationVariables>;
export const ResumeRecordingDocument = {"__meta__":{"hash":"9ab956f14f6a94991287c53a5cb8875572885d850f89804dbc80b82308fcf7a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ResumeRecordingMutation, ResumeRecordingMutationVariables>;
export const StopRecordingDocument = {"__meta__":{"hash":"9fcc4700eedabe927790a11e5ace5891803d76e4e1ac13b12ad240fb43baf157"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StopRecordingMutation, StopRecordingMutationVariables>;
export const HangUpDocument = {"__meta__":{"hash":"f6f82c8ffdfa7fd32415ea6b1dd86664e9e07fb15b2ef0bf2998ae96bf5dce93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HangUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HangUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hangUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HangUpPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<HangUpMutation, HangUpMutationVariables>;
export const RecognizeSpeechDocument = {"__meta__":{"hash":"594b38de4672cdfa4472ede7893952fc6b7a4da745c2b64306875bc2e2a427d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeSpeech"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeSpeechInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeSpeech"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeSpeechMutation, RecognizeSpeechMutationVariables>;
export const RecognizeChoiceDocument = {"__meta__":{"hash":"345e13e212a638c160c21b14ccc685364fe0e60ce9c0046becf91d4e4fd8d171"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeChoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeChoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeChoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeChoiceMutation, RecognizeChoiceMutationVariables>;
export const StartTranscriptionDocument = {"__meta__":{"hash":"b9cbf8851913794aad259432153fa1cb4930f79ee5e68befb339972ecc6d13d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartTranscriptionMutation, StartTranscriptionMutationVariables>;
export const StopTranscriptionDocument = {"__meta__":{"hash":"4756ab9fae11419aa1d677c3d5750d2a5e78295877363567e7be4118cd594017"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StopTranscriptionMutation, StopTranscriptionMutationVariables>;
export const UpdateTranscriptionDocument = {"__meta__":{"hash":"b854ad8f9fd72c9bf06509cb214836b162175a3b2fa4ba638e1223d804827395"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateTranscriptionMutation, UpdateTranscriptionMutationVariables>;
export const StartMediaStreamingDocument = {"__meta__":{"hash":"3f86071a014b89dbb214a4e989d4e97a3bf2d8fa4271544a99ed34191ac557b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMediaStreaming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMediaStreamingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMediaStreaming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartMediaStreamingMutation, StartMediaStreamingMutationVariables>;
export const StopMediaStreamingDocument = {"__meta__":{"hash":"e6c31a4d56021c514999cbcd11e1ec052311ccf1eb43e5dced20d7bb6a108c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopMediaStreaming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopMediaStreamingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopMediaStreaming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StopMediaStreamingMutation, StopMediaStreamingMutationVariables>;
export const DeleteRecordingDocument = {"__meta__":{"hash":"1a0177c29d17e9e093c892651d3b1564847e64642039a91f12e9c114ef4963c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteRecordingMutation, DeleteRecordingMutationVariables>;
export const ConnectRoomCallAndWaitDocument = {"__meta__":{"hash":"22583ad4dd6cc7a50d8e322b112b20e82da0969d57d617ebe222ceca24fe1eb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectRoomCallAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRoomCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ConnectRoomCallAndWaitMutation, ConnectRoomCallAndWaitMutationVariables>;
export const AddParticipantAndWaitDocument = {"__meta__":{"hash":"e83d13253a2cc998b1b82d3a3ed2e4b660ff5f327384abd46721975d7fe00357"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipantAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AddParticipantAndWaitMutation, AddParticipantAndWaitMutationVariables>;
export const RemoveParticipantAndWaitDocument = {"__meta__":{"hash":"bbbf9cac5bbdc7d8c1215926ea2a65a39586e083f039d21c06b00f9fd0b8117b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipantAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RemoveParticipantAndWaitMutation, RemoveParticipantAndWaitMutationVariables>;
export const PlayMediaAndWaitDocument = {"__meta__":{"hash":"09444437b7bddb3f1e294538c3a34234f2ced06049b413dd8a06b5286aabf8b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlayMediaAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlayMediaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"playMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayMediaPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<PlayMediaAndWaitMutation, PlayMediaAndWaitMutationVariables>;
export const SendDtmfTonesAndWaitDocument = {"__meta__":{"hash":"55787c285021439f150552ecdc8436d8c5840e8af610dac75e2b37528c2464e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDtmfTonesAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendDtmfTonesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDtmfTones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SendDtmfTonesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SendDtmfTonesAndWaitMutation, SendDtmfTonesAndWaitMutationVariables>;
export const RecognizeDtmfAndWaitDocument = {"__meta__":{"hash":"c393792805b658e3215234b653f1a84987234cdf6d70c9b1c79c8661ea2a873b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeDtmfAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeDtmfInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeDtmf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeDtmfPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeDtmfAndWaitMutation, RecognizeDtmfAndWaitMutationVariables>;
export const RecognizeSpeechAndWaitDocument = {"__meta__":{"hash":"b60dc30351b7af30667ac44eb35bf55a77e0b77baf5febf0a71eff5050e9c2c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeSpeechAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeSpeechInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeSpeech"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeSpeechPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeSpeechAndWaitMutation, RecognizeSpeechAndWaitMutationVariables>;
export const RecognizeChoiceAndWaitDocument = {"__meta__":{"hash":"0f73cef6f7810d1ad0a91a5fc9568901a558ee8cb5d81e456f4f8e95d40c8209"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeChoiceAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeChoiceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeChoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeChoicePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RecognizeChoiceAndWaitMutation, RecognizeChoiceAndWaitMutationVariables>;
export const StartRecordingAndWaitDocument = {"__meta__":{"hash":"48ca897ef61bbeb9d5226750a76d29e349331c8407e659d00262ed6f1c23e168"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRecordingAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartRecordingAndWaitMutation, StartRecordingAndWaitMutationVariables>;
export const CreateCallAndWaitDocument = {"__meta__":{"hash":"81687c7ded22508d5e6b9b639ae4a7271b89307e724344ef236fff816316bd0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCallAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateCallAndWaitMutation, CreateCallAndWaitMutationVariables>;
export const AnswerCallAndWaitDocument = {"__meta__":{"hash":"fe70ab537db66ec7bdbc9c51f9d2ce8890cba0593d3254283ff23234651f66af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCallAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AnswerCallAndWaitMutation, AnswerCallAndWaitMutationVariables>;
export const TransferCallToParticipantAndWaitDocument = {"__meta__":{"hash":"566fe76462d3381bc8bac997c1d18e2ad780dfa223ff34657e1224e8f1d966c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCallToParticipantAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCallToParticipantInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCallToParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCallToParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<TransferCallToParticipantAndWaitMutation, TransferCallToParticipantAndWaitMutationVariables>;
export const MoveParticipantsAndWaitDocument = {"__meta__":{"hash":"6fd84acae14bd9bdb8d2723db86e0c8a41ab89c6309ce547032fb40edc8ebd70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveParticipantsAndWait"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveParticipantsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoveParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"fromCallConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeoutSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeoutSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeErrorFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}},{"kind":"Field","name":{"kind":"Name","value":"speechResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choiceResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedPhrase"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<MoveParticipantsAndWaitMutation, MoveParticipantsAndWaitMutationVariables>;
export const RoomsDocument = {"__meta__":{"hash":"b7a951405420f1e22dfafb187904e0f3158506d22ce53966efc66cf8e1ace408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<RoomsQuery, RoomsQueryVariables>;
export const RoomDocument = {"__meta__":{"hash":"f3192b7dc6b0df50859101ce839c519efd1e386f693c6ef1ae8b3a8e08b3679b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Room"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomParticipantFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RoomQuery, RoomQueryVariables>;
export const CallDocument = {"__meta__":{"hash":"9fd49e86722fd7c87620288179bf886bb6d38a4881088830795d100c6a59b4b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CallEventHistoryDocument = {"__meta__":{"hash":"2624b91c25f5593a95b36d6088b9520904e74e6cec8342c9978e482353a5ff33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallEventHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFileReady"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingDurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndReason"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptionData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"resultStatus"}},{"kind":"Field","name":{"kind":"Name","value":"offsetInTicks"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CallEventHistoryQuery, CallEventHistoryQueryVariables>;
export const RecordingDocument = {"__meta__":{"hash":"9cdc412b57f8b91c8a92876819166d445cbf45af3a5d3da7d535f108c28cfa2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<RecordingQuery, RecordingQueryVariables>;
export const CallEventsDocument = {"__meta__":{"hash":"38555a6e9440879a64db31f54b27be6e235f659e7dda957428b8843c175258ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFileReady"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingDurationMs"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndReason"}},{"kind":"Field","name":{"kind":"Name","value":"chunks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranscriptionData"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rawId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"resultStatus"}},{"kind":"Field","name":{"kind":"Name","value":"offsetInTicks"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CallEventsSubscription, CallEventsSubscriptionVariables>;
export const CreateRoomDocument = {"__meta__":{"hash":"2c7131cfc4f1877e3004c0fbb55b815cf9cecce8b4d24f2732507361931dcc40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = {"__meta__":{"hash":"6f524f425fdb55e1c3a8aaa3b3a2ff7d3365b1d3063721eec2934302af63a353"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const DeleteRoomDocument = {"__meta__":{"hash":"5a98f0de583369532f25174b02baf05dec0dbda396b4f0bb8b80ff9a18633fab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoomId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteRoomMutation, DeleteRoomMutationVariables>;
export const UpsertRoomParticipantsDocument = {"__meta__":{"hash":"6beda0f9c5f32a2a38e1708995432c23b3cb4592eea12705f1f5aff64e48127e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRoomParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertRoomParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRoomParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpsertRoomParticipantsMutation, UpsertRoomParticipantsMutationVariables>;
export const RemoveRoomParticipantsDocument = {"__meta__":{"hash":"424a7a8bf36023f214be86e311d82348fc92122472fa6aa8e47df7f0c22bb1f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRoomParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoomParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRoomParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RemoveRoomParticipantsMutation, RemoveRoomParticipantsMutationVariables>;