/**
 * THE table of call event kinds. The event model (`call-event.ts`), the callback normalizer's list of
 * known ACS types, the transcription and Event Grid receivers, and the GraphQL `CallEventType` enum and
 * event object types all derive from it, so adding an ACS event is one edit here — plus, for a kind
 * with fields of its own, its interface in `call-event.ts`, its case in the normalizer and its GraphQL fields.
 *
 * The key is the ACS event name (the CloudEvent `type` without `Microsoft.Communication.`), which is also
 * the GraphQL object type's name (except `Unknown`, served as `UnknownCallEvent`).
 */

/** Where events of a kind come from. */
export type CallEventOrigin =
  /** A Call Automation callback (`POST /api/callbacks`, CloudEvent `Microsoft.Communication.<kind>`). */
  | 'callback'
  /** A message on ACS's transcription WebSocket, hosted by the gateway. */
  | 'transcription'
  /** An Event Grid event from the ACS resource (`POST /api/eventgrid`). */
  | 'eventGrid'
  /** Made by the gateway itself, never by ACS. */
  | 'gateway';

export interface CallEventKindInfo {
  origin: CallEventOrigin;
  /**
   * `common`: the kind carries only the fields every event has (`CallEventBase`), so nothing else has to
   * be written for it. `own`: it has an interface in `call-event.ts`, a normalizer case and GraphQL fields.
   */
  fields: 'common' | 'own';
  /** What an event of this kind means (the GraphQL description of its type and enum value). */
  description: string;
}

export const CALL_EVENT_KINDS = {
  CallConnected: {
    origin: 'callback',
    fields: 'common',
    description: 'The gateway joined the call (after `connectRoomCall`).',
  },
  ConnectFailed: {
    origin: 'callback',
    fields: 'common',
    description: 'The gateway could not join the call; see `resultInformation`.',
  },
  CallDisconnected: {
    origin: 'callback',
    fields: 'common',
    description: "The gateway's connection left the call (hang-up, or the call ended).",
  },
  ParticipantsUpdated: {
    origin: 'callback',
    fields: 'own',
    description: 'A snapshot of who is in the call now.',
  },
  AddParticipantSucceeded: { origin: 'callback', fields: 'own', description: 'An invitee joined the call.' },
  AddParticipantFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'An invitation failed; `resultInformation` says why (486 busy, 480 no answer, …).',
  },
  RemoveParticipantSucceeded: {
    origin: 'callback',
    fields: 'own',
    description: 'A participant was removed from the call.',
  },
  RemoveParticipantFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'Removing a participant failed.',
  },
  CancelAddParticipantSucceeded: {
    origin: 'callback',
    fields: 'own',
    description: 'An invitation was withdrawn.',
  },
  CancelAddParticipantFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'Withdrawing an invitation failed.',
  },
  SendDtmfTonesCompleted: {
    origin: 'callback',
    fields: 'common',
    description: 'The tones of a `sendDtmfTones` were sent.',
  },
  SendDtmfTonesFailed: {
    origin: 'callback',
    fields: 'common',
    description: 'Sending tones failed; see `resultInformation`.',
  },
  PlayStarted: { origin: 'callback', fields: 'common', description: 'A `playMedia` started playing.' },
  PlayCompleted: { origin: 'callback', fields: 'common', description: 'A `playMedia` finished.' },
  PlayFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'A `playMedia` failed; `resultInformation` says why.',
  },
  PlayCanceled: { origin: 'callback', fields: 'common', description: 'A `playMedia` was cancelled.' },
  RecognizeCompleted: {
    origin: 'callback',
    fields: 'own',
    description: 'A recognize operation completed: the tones, the recognized speech or the chosen label.',
  },
  RecognizeFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'A recognize operation failed (e.g. 8510 initial silence timeout).',
  },
  RecognizeCanceled: {
    origin: 'callback',
    fields: 'common',
    description: 'A recognize operation was cancelled.',
  },
  ContinuousDtmfRecognitionToneReceived: {
    origin: 'callback',
    fields: 'own',
    description: 'A participant pressed a key during continuous DTMF recognition.',
  },
  ContinuousDtmfRecognitionToneFailed: {
    origin: 'callback',
    fields: 'common',
    description: 'Continuous DTMF recognition failed.',
  },
  ContinuousDtmfRecognitionStopped: {
    origin: 'callback',
    fields: 'common',
    description: 'Continuous DTMF recognition stopped.',
  },
  HoldFailed: {
    origin: 'callback',
    fields: 'common',
    description: 'A hold (or its music) failed; see `resultInformation`.',
  },
  RecordingStateChanged: {
    origin: 'callback',
    fields: 'own',
    description: 'A recording started, paused, resumed or stopped.',
  },
  StartRecordingFailed: { origin: 'callback', fields: 'own', description: 'A `startRecording` failed.' },
  MoveParticipantSucceeded: {
    origin: 'callback',
    fields: 'own',
    description: 'A participant was moved into this call from another (`fromCall`).',
  },
  MoveParticipantFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'Moving a participant into this call failed; see `resultInformation`.',
  },
  // Outcomes of createCall and answerCall: not room-call operations, but sent to the same callback URI.
  CreateCallFailed: {
    origin: 'callback',
    fields: 'common',
    description: 'A call created by Call Automation failed to connect.',
  },
  AnswerFailed: { origin: 'callback', fields: 'common', description: 'Answering an incoming call failed.' },
  CallTransferAccepted: { origin: 'callback', fields: 'common', description: 'A transfer was accepted.' },
  CallTransferFailed: { origin: 'callback', fields: 'common', description: 'A transfer failed.' },
  TranscriptionStarted: {
    origin: 'callback',
    fields: 'own',
    description: 'Transcription started; `TranscriptionData` events follow.',
  },
  TranscriptionStopped: { origin: 'callback', fields: 'own', description: 'Transcription stopped.' },
  TranscriptionUpdated: {
    origin: 'callback',
    fields: 'own',
    description: 'Transcription changed (e.g. its locale).',
  },
  TranscriptionFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'Transcription failed; see `resultInformation` and `transcriptionUpdate`.',
  },
  MediaStreamingStarted: {
    origin: 'callback',
    fields: 'own',
    description: "Audio streaming to the client's transport URL started.",
  },
  MediaStreamingStopped: { origin: 'callback', fields: 'own', description: 'Audio streaming stopped.' },
  MediaStreamingFailed: {
    origin: 'callback',
    fields: 'own',
    description: 'Audio streaming failed; see `resultInformation` and `mediaStreamingUpdate`.',
  },
  TranscriptionData: {
    origin: 'transcription',
    fields: 'own',
    description:
      "A live transcript line: what a participant said, from ACS's transcription stream (intermediate results " +
      'are replaced by the final one for the same `offsetInTicks`).',
  },
  RecordingFileReady: {
    origin: 'eventGrid',
    fields: 'own',
    description:
      "A recording's files are ready (ACS's Event Grid event `RecordingFileStatusUpdated`): download each chunk " +
      'through `GET /api/recordings/content?contentLocation=`, delete them with `deleteRecording`.',
  },
  Unknown: {
    origin: 'gateway',
    fields: 'own',
    description: 'An ACS event type this gateway does not know yet: passed on, never dropped.',
  },
  EventsLost: {
    origin: 'gateway',
    fields: 'own',
    description:
      'Made by the gateway, never by ACS: the log no longer holds events after `requestedAfter` (trimmed or expired); ' +
      'they are gone. Delivered whatever `types` filter is set.',
  },
} as const satisfies Record<string, CallEventKindInfo>;

type Table = typeof CALL_EVENT_KINDS;

/** Every event kind. */
export type CallEventKindName = keyof Table;

/** Kinds with no fields beyond the common ones. */
export type CommonFieldsKind = {
  [K in CallEventKindName]: Table[K]['fields'] extends 'common' ? K : never;
}[CallEventKindName];

/** Kinds ACS sends as Call Automation callbacks. */
export type CallbackKind = {
  [K in CallEventKindName]: Table[K]['origin'] extends 'callback' ? K : never;
}[CallEventKindName];

/** Every kind, in table order. */
export const CALL_EVENT_KIND_NAMES = Object.keys(CALL_EVENT_KINDS) as CallEventKindName[];

/** The ACS event names the callback normalizer maps (anything else becomes `Unknown`). */
export const CALLBACK_KINDS: ReadonlySet<string> = new Set(
  CALL_EVENT_KIND_NAMES.filter((kind) => CALL_EVENT_KINDS[kind].origin === 'callback'),
);
