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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation, when ACS sends it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The invited participant. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** An invitation sent; `AddParticipantSucceeded` or `AddParticipantFailed` follows. */
export type AddParticipantPayload = {
  __typename?: 'AddParticipantPayload';
  /** The invitation; pass it to `cancelAddParticipant` to withdraw it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** Carried by the events of this invitation. */
  operationContext: Scalars['String']['output'];
  /** The invited participant, as ACS reports it. */
  participant?: Maybe<CallParticipant>;
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation, when ACS sends it. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The invited participant. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Answering an incoming call failed. */
export type AnswerFailed = CallEvent & {
  __typename?: 'AnswerFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The call's retained events, oldest first: the newest `last`, or the first `last` after `after`. */
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
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Used by every call action that only acknowledges (remove, mute, DTMF, play, recognize, hold, …). */
export type CallActionPayload = {
  __typename?: 'CallActionPayload';
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** A recording's files are ready to download (from ACS's Event Grid event `RecordingFileStatusUpdated`). */
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

/** A transfer was accepted. */
export type CallTransferAccepted = CallEvent & {
  __typename?: 'CallTransferAccepted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation concerned. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** A cancellation requested; `CancelAddParticipantSucceeded` or `…Failed` follows. */
export type CancelAddParticipantPayload = {
  __typename?: 'CancelAddParticipantPayload';
  /** The invitation being cancelled. */
  invitationId: Scalars['String']['output'];
  /** Carried by the cancellation events. */
  operationContext: Scalars['String']['output'];
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The invitation concerned. */
  invitationId?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** A call whose queued and running play/recognize operations to cancel. */
export type CancelAllMediaOperationsInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
};

/** The outcome of `cancelAllMediaOperations`: its payload, or an `InputError` / `AcsError`. */
export type CancelAllMediaOperationsResult = AcsError | CallActionPayload | InputError;

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

/** The gateway could not join the call; see `resultInformation`. */
export type ConnectFailed = CallEvent & {
  __typename?: 'ConnectFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

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
};

/** The outcome of `connectRoomCall`: its payload, or an `InputError` / `AcsError`. */
export type ConnectRoomCallResult = AcsError | ConnectRoomCallPayload | InputError;

/** A participant whose tones to report, or stop reporting. */
export type ContinuousDtmfRecognitionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** Continuous DTMF recognition stopped. */
export type ContinuousDtmfRecognitionStopped = CallEvent & {
  __typename?: 'ContinuousDtmfRecognitionStopped';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** Orders the tones of one recognition. */
  sequenceId?: Maybe<Scalars['Int']['output']>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

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

/** A recording file to delete. */
export type DeleteRecordingInput = {
  /** From `RecordingFileReady.chunks[].deleteLocation`. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The oldest cursor the log still holds; null when it holds nothing for this call. */
  oldestRetainedCursor?: Maybe<Scalars['String']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The cursor the subscriber asked to resume after. */
  requestedAfter: Scalars['String']['output'];
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `holdParticipant`: its payload, or an `InputError` / `AcsError`. */
export type HoldParticipantResult = AcsError | CallActionPayload | InputError;

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The new state. */
  mediaStreamingUpdate?: Maybe<MediaStreamingUpdate>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant moved. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant moved. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Invites an ACS user, Teams user or phone number (PSTN dial-out) into the call. */
  addParticipant: AddParticipantResult;
  /** Withdraws a pending invitation. */
  cancelAddParticipant: CancelAddParticipantResult;
  /** Cancels every queued and running play and recognize operation of the call. */
  cancelAllMediaOperations: CancelAllMediaOperationsResult;
  /** Joins the gateway to a room's ongoing call; subscribe to `callEvents` with the returned id. */
  connectRoomCall: ConnectRoomCallResult;
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
export type MutationCancelAddParticipantArgs = {
  input: CancelAddParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationCancelAllMediaOperationsArgs = {
  input: CancelAllMediaOperationsInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationConnectRoomCallArgs = {
  input: ConnectRoomCallInput;
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
export type MutationMuteParticipantArgs = {
  input: MuteParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationPauseRecordingArgs = {
  input: RecordingInput;
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
export type MutationRemoveParticipantArgs = {
  input: RemoveParticipantInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationRemoveRoomParticipantsArgs = {
  input: RemoveRoomParticipantsInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationResumeRecordingArgs = {
  input: RecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationSendDtmfTonesArgs = {
  input: SendDtmfTonesInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStartContinuousDtmfRecognitionArgs = {
  input: ContinuousDtmfRecognitionInput;
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
  input: ContinuousDtmfRecognitionInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopMediaStreamingArgs = {
  input: StopMediaStreamingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopRecordingArgs = {
  input: RecordingInput;
};


/** Actions on ACS rooms and room calls. Every mutation takes one `input` and returns a union of its payload, `InputError` and `AcsError`. */
export type MutationStopTranscriptionArgs = {
  input: StopTranscriptionInput;
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

/** The outcome of `muteParticipant`: its payload, or an `InputError` / `AcsError`. */
export type MuteParticipantResult = AcsError | CallActionPayload | InputError;

/** Where a page of a connection ends (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items may follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Names a call participant. Exactly one field must be set (@oneOf); otherwise the mutation returns an `InputError` for this field. (The rule is checked by the gateway rather than by GraphQL `@oneOf`, so that a violation is an `InputError` in the result instead of a request error.) */
export type ParticipantInput = {
  /** An ACS user id (`8:acs:…`). */
  communicationUserId?: InputMaybe<Scalars['String']['input']>;
  /** A phone number (E.164), e.g. `+14255550123`. */
  phoneNumber?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Any identifier in raw-id form (`8:acs:…`, `4:+1…`, `8:orgid:…`, `28:orgid:…`). */
  rawId?: InputMaybe<Scalars['String']['input']>;
};

/** A snapshot of who is in the call now. */
export type ParticipantsUpdated = CallEvent & {
  __typename?: 'ParticipantsUpdated';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Everyone in the call. */
  participants: Array<CallParticipant>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** Increases with each snapshot (with gaps); ignore a snapshot older than one already seen. */
  sequenceNumber?: Maybe<Scalars['Int']['output']>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `playMedia`: its payload, or an `InputError` / `AcsError`. */
export type PlayMediaResult = AcsError | CallActionPayload | InputError;

/** Something to play. Exactly one field must be set (@oneOf); otherwise the mutation returns an `InputError` for this field (checked by the gateway, not by GraphQL `@oneOf`, so that it is an `InputError`). */
export type PlaySourceInput = {
  /** An audio file to play. */
  file?: InputMaybe<FileSourceInput>;
  /** SSML to speak. */
  ssml?: InputMaybe<SsmlSourceInput>;
  /** Text to speak. */
  text?: InputMaybe<TextSourceInput>;
};

/** A `playMedia` started playing. */
export type PlayStarted = CallEvent & {
  __typename?: 'PlayStarted';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `recognizeChoice`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeChoiceResult = AcsError | CallActionPayload | InputError;

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** What was recognized: `dtmf`, `speech` or `choices`. */
  recognitionType?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** What was said, for `speech`. */
  speechResult?: Maybe<SpeechResult>;
  /** When ACS emitted the event. */
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

/** The outcome of `recognizeDtmf`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeDtmfResult = AcsError | CallActionPayload | InputError;

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

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

/** The outcome of `recognizeSpeech`: its payload, or an `InputError` / `AcsError`. */
export type RecognizeSpeechResult = AcsError | CallActionPayload | InputError;

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
  /** Where ACS serves the recording content (download it with the ACS SDK). */
  contentLocation?: Maybe<Scalars['String']['output']>;
  /** What to DELETE (with the ACS SDK) to remove the recording. */
  deleteLocation?: Maybe<Scalars['String']['output']>;
  /** The ACS document id. */
  documentId?: Maybe<Scalars['String']['output']>;
  /** Why the chunk ended, e.g. `SessionEnded`. */
  endReason?: Maybe<Scalars['String']['output']>;
  /** Order in the recording, from 0. */
  index?: Maybe<Scalars['Int']['output']>;
  /** Where ACS serves the recording metadata. */
  metadataLocation?: Maybe<Scalars['String']['output']>;
};

/** What a recording captures. */
export type RecordingContent =
  /** Audio only. */
  | 'AUDIO'
  /** Audio and video. */
  | 'AUDIO_VIDEO';

/** A recording's files are ready to download (from ACS's Event Grid event `RecordingFileStatusUpdated`). */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Its length in milliseconds. */
  recordingDurationMs?: Maybe<Scalars['Float']['output']>;
  /** When the recording started. */
  recordingStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** Why the recording session ended, e.g. `CallEnded`. */
  sessionEndReason?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** A recording to act on. */
export type RecordingInput = {
  /** From `startRecording`. */
  recordingId: Scalars['ID']['input'];
};

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The recording. */
  recordingId?: Maybe<Scalars['ID']['output']>;
  /** Who records: `azureCommunicationServices`, `teams` or `teamsCompliance`. */
  recordingKind?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When the recording started. */
  startDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Its new state. */
  state?: Maybe<RecordingState>;
  /** When ACS emitted the event. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: CallEventType;
};

/** Removing a participant failed. */
export type RemoveParticipantFailed = CallEvent & {
  __typename?: 'RemoveParticipantFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant concerned. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `removeParticipant`: its payload, or an `InputError` / `AcsError`. */
export type RemoveParticipantResult = AcsError | CallActionPayload | InputError;

/** A participant was removed from the call. */
export type RemoveParticipantSucceeded = CallEvent & {
  __typename?: 'RemoveParticipantSucceeded';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The participant concerned. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The ACS user id (`8:acs:…`). */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `sendDtmfTones`: its payload, or an `InputError` / `AcsError`. */
export type SendDtmfTonesResult = AcsError | CallActionPayload | InputError;

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

/** The outcome of `startContinuousDtmfRecognition`: its payload, or an `InputError` / `AcsError`. */
export type StartContinuousDtmfRecognitionResult = AcsError | CallActionPayload | InputError;

/** A call whose audio streaming to start. */
export type StartMediaStreamingInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of `startMediaStreaming`: its payload, or an `InputError` / `AcsError`. */
export type StartMediaStreamingResult = AcsError | CallActionPayload | InputError;

/** A `startRecording` failed. */
export type StartRecordingFailed = CallEvent & {
  __typename?: 'StartRecordingFailed';
  /** The call connection the event belongs to. */
  callConnectionId: Scalars['ID']['output'];
  /** The ACS correlation id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** Position in the call's event log; pass as `after` to resume. */
  cursor: Scalars['String']['output'];
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The recording that failed. */
  recordingId?: Maybe<Scalars['ID']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** What to capture. */
  content?: InputMaybe<RecordingContent>;
  /** The file format. */
  format?: InputMaybe<RecordingFormat>;
  /** Start paused (resume with `resumeRecording`). */
  pauseOnStart?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The outcome of `startRecording`: its payload, or an `InputError` / `AcsError`. */
export type StartRecordingResult = AcsError | InputError | RecordingPayload;

/** Starts the transcription set up by `connectRoomCall(transcription:)`; `TranscriptionStarted` follows, then `TranscriptionData` lines. */
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

/** The outcome of `startTranscription`: its payload, or an `InputError` / `AcsError`. */
export type StartTranscriptionResult = AcsError | CallActionPayload | InputError;

/** The outcome of `stopContinuousDtmfRecognition`: its payload, or an `InputError` / `AcsError`. */
export type StopContinuousDtmfRecognitionResult = AcsError | CallActionPayload | InputError;

/** A call whose audio streaming to stop. */
export type StopMediaStreamingInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of `stopMediaStreaming`: its payload, or an `InputError` / `AcsError`. */
export type StopMediaStreamingResult = AcsError | CallActionPayload | InputError;

/** The outcome of `stopRecording`: its payload, or an `InputError` / `AcsError`. */
export type StopRecordingResult = AcsError | InputError | RecordingPayload;

/** A call whose transcription to stop. */
export type StopTranscriptionInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of `stopTranscription`: its payload, or an `InputError` / `AcsError`. */
export type StopTranscriptionResult = AcsError | CallActionPayload | InputError;

/** Live callback events of call connections. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Replays the call's retained log after the cursor `after` (from its start when `after` is absent), then streams live events, with no gap and no duplicate. Filter with `types`. Completes after the call's CallDisconnected once everything before it is delivered (at once when `after` is already past it); an id neither ACS nor the gateway knows is a NOT_FOUND error. */
  callEvents: CallEvent;
};


/** Live callback events of call connections. */
export type SubscriptionCallEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  callConnectionId: Scalars['ID']['input'];
  types?: InputMaybe<Array<CallEventType>>;
};

/** Text spoken by Azure AI text-to-speech. */
export type TextSourceInput = {
  /** The language of the text, e.g. `en-US`. */
  sourceLocale?: InputMaybe<Scalars['String']['input']>;
  /** What to say. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The transcription locale, e.g. `en-US`. */
  locale?: Maybe<Scalars['String']['output']>;
  /** Where the line starts (1 tick = 100 ns). */
  offsetInTicks?: Maybe<Scalars['Float']['output']>;
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** Who spoke; null when ACS could not tell. */
  participant?: Maybe<CommunicationIdentifier>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** Final, or intermediate (replaced later). */
  resultStatus?: Maybe<TranscriptionResultStatus>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** What was said (display form). */
  text: Scalars['String']['output'];
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** A participant to take off hold. */
export type UnholdParticipantInput = {
  /** The call connection to act on. */
  callConnectionId: Scalars['ID']['input'];
  /** Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent. */
  operationContext?: InputMaybe<Scalars['String']['input']>;
  /** The participant. */
  target: ParticipantInput;
};

/** The outcome of `unholdParticipant`: its payload, or an `InputError` / `AcsError`. */
export type UnholdParticipantResult = AcsError | CallActionPayload | InputError;

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
  /** The CloudEvent id; unique per event. */
  id: Scalars['ID']['output'];
  /** The operationContext of the action that caused the event (absent on ParticipantsUpdated). */
  operationContext?: Maybe<Scalars['String']['output']>;
  /** The outcome ACS reports. */
  resultInformation?: Maybe<ResultInformation>;
  /** The ACS server call id. */
  serverCallId?: Maybe<Scalars['String']['output']>;
  /** When ACS emitted the event. */
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

/** The outcome of `updateTranscription`: its payload, or an `InputError` / `AcsError`. */
export type UpdateTranscriptionResult = AcsError | CallActionPayload | InputError;

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
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type MuteParticipantMutationVariables = Exact<{
  input: MuteParticipantInput;
}>;


export type MuteParticipantMutation = { __typename?: 'Mutation', muteParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type HoldParticipantMutationVariables = Exact<{
  input: HoldParticipantInput;
}>;


export type HoldParticipantMutation = { __typename?: 'Mutation', holdParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type UnholdParticipantMutationVariables = Exact<{
  input: UnholdParticipantInput;
}>;


export type UnholdParticipantMutation = { __typename?: 'Mutation', unholdParticipant:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type SendDtmfTonesMutationVariables = Exact<{
  input: SendDtmfTonesInput;
}>;


export type SendDtmfTonesMutation = { __typename?: 'Mutation', sendDtmfTones:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StartContinuousDtmfRecognitionMutationVariables = Exact<{
  input: ContinuousDtmfRecognitionInput;
}>;


export type StartContinuousDtmfRecognitionMutation = { __typename?: 'Mutation', startContinuousDtmfRecognition:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StopContinuousDtmfRecognitionMutationVariables = Exact<{
  input: ContinuousDtmfRecognitionInput;
}>;


export type StopContinuousDtmfRecognitionMutation = { __typename?: 'Mutation', stopContinuousDtmfRecognition:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type PlayMediaMutationVariables = Exact<{
  input: PlayMediaInput;
}>;


export type PlayMediaMutation = { __typename?: 'Mutation', playMedia:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RecognizeDtmfMutationVariables = Exact<{
  input: RecognizeDtmfInput;
}>;


export type RecognizeDtmfMutation = { __typename?: 'Mutation', recognizeDtmf:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type CancelAllMediaOperationsMutationVariables = Exact<{
  input: CancelAllMediaOperationsInput;
}>;


export type CancelAllMediaOperationsMutation = { __typename?: 'Mutation', cancelAllMediaOperations:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StartRecordingMutationVariables = Exact<{
  input: StartRecordingInput;
}>;


export type StartRecordingMutation = { __typename?: 'Mutation', startRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type PauseRecordingMutationVariables = Exact<{
  input: RecordingInput;
}>;


export type PauseRecordingMutation = { __typename?: 'Mutation', pauseRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type ResumeRecordingMutationVariables = Exact<{
  input: RecordingInput;
}>;


export type ResumeRecordingMutation = { __typename?: 'Mutation', resumeRecording:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
    | { __typename: 'RecordingPayload', recording: { __typename?: 'Recording', id: string, recordingId: string, state: RecordingState, durationMs?: number | null, files: Array<{ __typename?: 'RecordingChunk', documentId?: string | null, index?: number | null, endReason?: string | null, contentLocation?: string | null, metadataLocation?: string | null, deleteLocation?: string | null }> } }
   };

export type StopRecordingMutationVariables = Exact<{
  input: RecordingInput;
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
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type RecognizeChoiceMutationVariables = Exact<{
  input: RecognizeChoiceInput;
}>;


export type RecognizeChoiceMutation = { __typename?: 'Mutation', recognizeChoice:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StartTranscriptionMutationVariables = Exact<{
  input: StartTranscriptionInput;
}>;


export type StartTranscriptionMutation = { __typename?: 'Mutation', startTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StopTranscriptionMutationVariables = Exact<{
  input: StopTranscriptionInput;
}>;


export type StopTranscriptionMutation = { __typename?: 'Mutation', stopTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type UpdateTranscriptionMutationVariables = Exact<{
  input: UpdateTranscriptionInput;
}>;


export type UpdateTranscriptionMutation = { __typename?: 'Mutation', updateTranscription:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StartMediaStreamingMutationVariables = Exact<{
  input: StartMediaStreamingInput;
}>;


export type StartMediaStreamingMutation = { __typename?: 'Mutation', startMediaStreaming:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
   };

export type StopMediaStreamingMutationVariables = Exact<{
  input: StopMediaStreamingInput;
}>;


export type StopMediaStreamingMutation = { __typename?: 'Mutation', stopMediaStreaming:
    | { __typename: 'AcsError', status?: number | null, acsCode?: string | null, retryAfterSeconds?: number | null, code: ErrorCode, message: string }
    | { __typename: 'CallActionPayload', callConnectionId: string, operationContext?: string | null }
    | { __typename: 'InputError', field?: string | null, code: ErrorCode, message: string }
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

export type CallActionFieldsFragment = { __typename?: 'CallActionPayload', callConnectionId: string, operationContext?: string | null };

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

type CallEventFields_RecordingFileReady_Fragment = { __typename: 'RecordingFileReady', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

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

type CallEventFields_TranscriptionData_Fragment = { __typename: 'TranscriptionData', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null };

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
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
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
      | { __typename: 'RecordingFileReady', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
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
      | { __typename: 'TranscriptionData', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
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
    | { __typename: 'RecordingFileReady', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
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
    | { __typename: 'TranscriptionData', id: string, cursor: string, type: CallEventType, callConnectionId: string, serverCallId?: string | null, correlationId?: string | null, operationContext?: string | null, time: string, resultInformation?: { __typename?: 'ResultInformation', code?: number | null, subCode?: number | null, message?: string | null } | null }
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
export const CallEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}}]} as unknown as DocumentNode<CallEventFieldsFragment, unknown>;
export const ConnectRoomCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectRoomCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectRoomCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectRoomCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]} as unknown as DocumentNode<ConnectRoomCallMutation, ConnectRoomCallMutationVariables>;
export const AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}}]} as unknown as DocumentNode<AddParticipantMutation, AddParticipantMutationVariables>;
export const CancelAddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAddParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CancelAddParticipantMutation, CancelAddParticipantMutationVariables>;
export const RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<RemoveParticipantMutation, RemoveParticipantMutationVariables>;
export const MuteParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<MuteParticipantMutation, MuteParticipantMutationVariables>;
export const HoldParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<HoldParticipantMutation, HoldParticipantMutationVariables>;
export const UnholdParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnholdParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnholdParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unholdParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<UnholdParticipantMutation, UnholdParticipantMutationVariables>;
export const SendDtmfTonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendDtmfTones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendDtmfTonesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDtmfTones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<SendDtmfTonesMutation, SendDtmfTonesMutationVariables>;
export const StartContinuousDtmfRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartContinuousDtmfRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startContinuousDtmfRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StartContinuousDtmfRecognitionMutation, StartContinuousDtmfRecognitionMutationVariables>;
export const StopContinuousDtmfRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopContinuousDtmfRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopContinuousDtmfRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StopContinuousDtmfRecognitionMutation, StopContinuousDtmfRecognitionMutationVariables>;
export const PlayMediaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlayMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlayMediaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"playMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<PlayMediaMutation, PlayMediaMutationVariables>;
export const RecognizeDtmfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeDtmf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeDtmfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeDtmf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<RecognizeDtmfMutation, RecognizeDtmfMutationVariables>;
export const CancelAllMediaOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAllMediaOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAllMediaOperationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAllMediaOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<CancelAllMediaOperationsMutation, CancelAllMediaOperationsMutationVariables>;
export const StartRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<StartRecordingMutation, StartRecordingMutationVariables>;
export const PauseRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<PauseRecordingMutation, PauseRecordingMutationVariables>;
export const ResumeRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<ResumeRecordingMutation, ResumeRecordingMutationVariables>;
export const StopRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<StopRecordingMutation, StopRecordingMutationVariables>;
export const HangUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HangUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HangUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hangUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HangUpPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<HangUpMutation, HangUpMutationVariables>;
export const RecognizeSpeechDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeSpeech"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeSpeechInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeSpeech"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<RecognizeSpeechMutation, RecognizeSpeechMutationVariables>;
export const RecognizeChoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecognizeChoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeChoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeChoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<RecognizeChoiceMutation, RecognizeChoiceMutationVariables>;
export const StartTranscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StartTranscriptionMutation, StartTranscriptionMutationVariables>;
export const StopTranscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StopTranscriptionMutation, StopTranscriptionMutationVariables>;
export const UpdateTranscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTranscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTranscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTranscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<UpdateTranscriptionMutation, UpdateTranscriptionMutationVariables>;
export const StartMediaStreamingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMediaStreaming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMediaStreamingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMediaStreaming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StartMediaStreamingMutation, StartMediaStreamingMutationVariables>;
export const StopMediaStreamingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopMediaStreaming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopMediaStreamingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopMediaStreaming"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallActionFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallActionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}}]}}]} as unknown as DocumentNode<StopMediaStreamingMutation, StopMediaStreamingMutationVariables>;
export const DeleteRecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRecording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteRecordingMutation, DeleteRecordingMutationVariables>;
export const RoomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rooms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<RoomsQuery, RoomsQueryVariables>;
export const RoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Room"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participantsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participantsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomParticipantFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<RoomQuery, RoomQueryVariables>;
export const CallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CallEventHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallEventHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CallEventHistoryQuery, CallEventHistoryQueryVariables>;
export const RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"contentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"metadataLocation"}},{"kind":"Field","name":{"kind":"Name","value":"deleteLocation"}}]}}]}}]} as unknown as DocumentNode<RecordingQuery, RecordingQueryVariables>;
export const CallEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallEventType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callConnectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callConnectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentifierFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rawId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationUserId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MicrosoftTeamsUserIdentifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isMuted"}},{"kind":"Field","name":{"kind":"Name","value":"isOnHold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"callConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"serverCallId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationContext"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"resultInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantsUpdated"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallParticipantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAddParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantSucceeded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveParticipantFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentifierFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlayFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionType"}},{"kind":"Field","name":{"kind":"Name","value":"tones"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedPlaySourceIndex"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContinuousDtmfRecognitionToneReceived"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"sequenceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingStateChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startDateTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartRecordingFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventsLost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRetainedCursor"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCallEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acsType"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CallEventsSubscription, CallEventsSubscriptionVariables>;
export const CreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const DeleteRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoomPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoomId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteRoomMutation, DeleteRoomMutationVariables>;
export const UpsertRoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRoomParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertRoomParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRoomParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<UpsertRoomParticipantsMutation, UpsertRoomParticipantsMutationVariables>;
export const RemoveRoomParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoomParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRoomParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoomParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRoomParticipantsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcsError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acsCode"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pstnDialOutEnabled"}}]}}]} as unknown as DocumentNode<RemoveRoomParticipantsMutation, RemoveRoomParticipantsMutationVariables>;