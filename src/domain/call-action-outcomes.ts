import type { CallEvent } from './call-event.ts';
import type { CallEventKindName } from './call-event-kinds.ts';

/**
 * THE table of call action outcomes: for each call action ACS answers with an event, the event kinds that end
 * it (acs.md §4.5) and what ties such an event to one run of the action. The GraphQL `outcome` field of each
 * action's payload (a union of exactly these kinds) and the await that reads them from the call's log derive
 * from it. Actions ACS answers with no event of their own (mute, unhold, hangUp, cancelAllMediaOperations,
 * startContinuousDtmfRecognition; hold only reports a failure) have no row.
 */
export interface CallActionOutcome {
  /** The GraphQL union of the ending kinds (shared by actions that end the same way, e.g. every recognize). */
  union: string;
  /** What the union means, for its GraphQL description. */
  description: string;
  /** The kinds that end the action, each echoing the action's key. */
  kinds: readonly CallEventKindName[];
  /**
   * What an ending event carries of the action: the `operationContext` it was sent with, or (recording, which
   * ACS gives no operationContext) the `recordingId` ACS answered.
   */
  key: 'operationContext' | 'recordingId';
}

const RECOGNIZE: CallActionOutcome = {
  union: 'RecognizeOutcome',
  description: 'How a recognize operation ended: the recognized input, a failure (e.g. silence) or a cancel.',
  kinds: ['RecognizeCompleted', 'RecognizeFailed', 'RecognizeCanceled'],
  key: 'operationContext',
};

export const CALL_ACTION_OUTCOMES = {
  connectRoomCall: {
    union: 'ConnectOutcome',
    description: 'Whether the gateway joined the call.',
    kinds: ['CallConnected', 'ConnectFailed'],
    key: 'operationContext',
  },
  connectCall: {
    union: 'ConnectOutcome',
    description: 'Whether the gateway joined the call.',
    kinds: ['CallConnected', 'ConnectFailed'],
    key: 'operationContext',
  },
  createCall: {
    union: 'CreateCallOutcome',
    description: 'Whether the call Call Automation placed connected.',
    kinds: ['CallConnected', 'CreateCallFailed'],
    key: 'operationContext',
  },
  answerCall: {
    union: 'AnswerCallOutcome',
    description: 'Whether answering the incoming call connected it.',
    kinds: ['CallConnected', 'AnswerFailed'],
    key: 'operationContext',
  },
  transferCallToParticipant: {
    union: 'TransferOutcome',
    description: 'Whether the transfer target accepted the call.',
    kinds: ['CallTransferAccepted', 'CallTransferFailed'],
    key: 'operationContext',
  },
  // A cancelled invitation ends as AddParticipantFailed with the invitation's own operationContext (acs.md §4.5).
  addParticipant: {
    union: 'AddParticipantOutcome',
    description:
      'How the invitation ended: the invitee joined, or it failed (busy, declined, no answer, cancelled).',
    kinds: ['AddParticipantSucceeded', 'AddParticipantFailed'],
    key: 'operationContext',
  },
  cancelAddParticipant: {
    union: 'CancelAddParticipantOutcome',
    description: 'Whether the invitation was withdrawn.',
    kinds: ['CancelAddParticipantSucceeded', 'CancelAddParticipantFailed'],
    key: 'operationContext',
  },
  removeParticipant: {
    union: 'RemoveParticipantOutcome',
    description: 'Whether the participant was removed.',
    kinds: ['RemoveParticipantSucceeded', 'RemoveParticipantFailed'],
    key: 'operationContext',
  },
  moveParticipants: {
    union: 'MoveParticipantOutcome',
    description: 'Whether the participant was moved into this call.',
    kinds: ['MoveParticipantSucceeded', 'MoveParticipantFailed'],
    key: 'operationContext',
  },
  sendDtmfTones: {
    union: 'SendDtmfTonesOutcome',
    description: 'Whether the tones were sent.',
    kinds: ['SendDtmfTonesCompleted', 'SendDtmfTonesFailed'],
    key: 'operationContext',
  },
  playMedia: {
    union: 'PlayOutcome',
    description: 'How the play ended: played to the end, failed, or cancelled.',
    kinds: ['PlayCompleted', 'PlayFailed', 'PlayCanceled'],
    key: 'operationContext',
  },
  recognizeDtmf: RECOGNIZE,
  recognizeSpeech: RECOGNIZE,
  recognizeChoice: RECOGNIZE,
  stopContinuousDtmfRecognition: {
    union: 'StopContinuousDtmfRecognitionOutcome',
    description: 'Continuous DTMF recognition stopped.',
    kinds: ['ContinuousDtmfRecognitionStopped'],
    key: 'operationContext',
  },
  startTranscription: {
    union: 'StartTranscriptionOutcome',
    description: 'Whether transcription started.',
    kinds: ['TranscriptionStarted', 'TranscriptionFailed'],
    key: 'operationContext',
  },
  stopTranscription: {
    union: 'StopTranscriptionOutcome',
    description: 'Whether transcription stopped.',
    kinds: ['TranscriptionStopped', 'TranscriptionFailed'],
    key: 'operationContext',
  },
  updateTranscription: {
    union: 'UpdateTranscriptionOutcome',
    description: 'Whether transcription took the change.',
    kinds: ['TranscriptionUpdated', 'TranscriptionFailed'],
    key: 'operationContext',
  },
  startMediaStreaming: {
    union: 'StartMediaStreamingOutcome',
    description: 'Whether audio streaming started.',
    kinds: ['MediaStreamingStarted', 'MediaStreamingFailed'],
    key: 'operationContext',
  },
  stopMediaStreaming: {
    union: 'StopMediaStreamingOutcome',
    description: 'Whether audio streaming stopped.',
    kinds: ['MediaStreamingStopped', 'MediaStreamingFailed'],
    key: 'operationContext',
  },
  startRecording: {
    union: 'StartRecordingOutcome',
    description: 'Whether the recording started: its first state change, or its failure.',
    kinds: ['RecordingStateChanged', 'StartRecordingFailed'],
    key: 'recordingId',
  },
} as const satisfies Record<string, CallActionOutcome>;

/** A call action with an outcome to await. */
export type CallActionWithOutcome = keyof typeof CALL_ACTION_OUTCOMES;

/** The payload type of a mutation (`addParticipant` → `AddParticipantPayload`): where its `outcome` field is. */
export const payloadTypeName = (mutation: string): string =>
  `${mutation.slice(0, 1).toUpperCase()}${mutation.slice(1)}Payload`;

/** One run of an action: where its ending event will be logged and the key it will carry. */
export interface OutcomeTarget {
  callConnectionId: string;
  /** The `operationContext` or `recordingId` of this run (see `CallActionOutcome.key`). */
  key: string;
}

/** Whether `event` ends the run of `action` whose key is `key`. */
export function endsAction(action: CallActionWithOutcome, key: string, event: CallEvent): boolean {
  const outcome: CallActionOutcome = CALL_ACTION_OUTCOMES[action];
  if (!outcome.kinds.includes(event.kind)) return false;
  const carried =
    outcome.key === 'operationContext'
      ? event.operationContext
      : (event as { recordingId?: string | null }).recordingId;
  return carried === key;
}
