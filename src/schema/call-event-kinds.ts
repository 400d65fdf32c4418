import type { ObjectRef } from '@pothos/core';
import type {
  CallEvent,
  CallEventKind,
  MediaStreamingStatusEvent,
  RecognizeCompletedEvent,
  TranscriptionDataEvent,
  TranscriptionStatusEvent,
} from '../domain/call-event.ts';
import {
  CALL_EVENT_KIND_NAMES,
  CALL_EVENT_KINDS,
  type CommonFieldsKind,
} from '../domain/call-event-kinds.ts';
import type { Builder, Types } from './builder.ts';
import { type addCallEventTypes, typeName } from './call-event.ts';
import type { addCallMediaTypes } from './call-media.ts';
import type { addCallParticipantTypes } from './call-participants.ts';
import type { addCallRecordingTypes } from './call-recording.ts';
import type { addIdentifierTypes } from './identifier.ts';

type EventOf<K extends CallEventKind> = CallEvent & { kind: K };

/** Registers one object type per event kind of the table of kinds, each implementing `CallEvent`. */
export function addCallEventKindTypes(
  builder: Builder,
  {
    CallEventInterface,
    callEventFields: commonFields,
    CallParticipantRef,
    DtmfToneEnum,
    RecordingStateEnum,
    RecordingChunkRef,
    CommunicationIdentifierInterface,
  }: ReturnType<typeof addCallEventTypes> &
    ReturnType<typeof addCallMediaTypes> &
    ReturnType<typeof addCallParticipantTypes> &
    ReturnType<typeof addCallRecordingTypes> &
    ReturnType<typeof addIdentifierTypes>,
) {
  const SpeechResultRef = builder
    .objectRef<NonNullable<RecognizeCompletedEvent['speechResult']>>('SpeechResult')
    .implement({
      description: 'What a participant said to a speech recognition.',
      fields: (t) => ({
        speech: t.string({ nullable: true, description: 'The recognized text.', resolve: (r) => r.speech }),
        confidence: t.float({
          nullable: true,
          description: 'Confidence, 0 to 1.',
          resolve: (r) => r.confidence,
        }),
      }),
    });
  const ChoiceResultRef = builder
    .objectRef<NonNullable<RecognizeCompletedEvent['choiceResult']>>('ChoiceResult')
    .implement({
      description: 'The choice a participant made by voice or key.',
      fields: (t) => ({
        label: t.string({
          nullable: true,
          description: 'The label of the choice matched.',
          resolve: (r) => r.label,
        }),
        recognizedPhrase: t.string({
          nullable: true,
          description: 'The phrase (or tone) that matched it.',
          resolve: (r) => r.recognizedPhrase,
        }),
        confidence: t.float({
          nullable: true,
          description: 'Confidence, 0 to 1.',
          resolve: (r) => r.confidence,
        }),
      }),
    });
  const eventTypes = new Map<CallEventKind, ObjectRef<Types, unknown>>();
  /** The object type of `kind`, named and described by the table of kinds. */
  const eventType = <K extends CallEventKind>(
    kind: K,
    fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, EventOf<K>>) => Record<string, unknown>,
  ) => {
    const ref = builder.objectRef<EventOf<K>>(typeName(kind)).implement({
      description: CALL_EVENT_KINDS[kind].description,
      interfaces: [CallEventInterface],
      isTypeOf: (value) => (value as CallEvent).kind === kind,
      // biome-ignore lint/suspicious/noExplicitAny: Pothos field maps are heterogeneous; each field is typed where it is built.
      fields: (t) => ({ ...commonFields(t as never, kind), ...((fields?.(t) ?? {}) as any) }),
    });
    eventTypes.set(kind, ref as ObjectRef<Types, unknown>);
    return ref;
  };

  for (const kind of CALL_EVENT_KIND_NAMES) {
    if (CALL_EVENT_KINDS[kind].fields === 'common') eventType(kind as CommonFieldsKind);
  }

  eventType('ParticipantsUpdated', (t) => ({
    sequenceNumber: t.int({
      nullable: true,
      description: 'Increases with each snapshot (with gaps); ignore a snapshot older than one already seen.',
      resolve: (e) => e.sequenceNumber,
    }),
    participants: t.field({
      type: [CallParticipantRef],
      description: 'Everyone in the call.',
      resolve: (e) => e.participants,
    }),
  }));
  const participantEvent = (kind: 'AddParticipantSucceeded' | 'AddParticipantFailed') =>
    eventType(kind, (t) => ({
      participant: t.field({
        type: CommunicationIdentifierInterface,
        nullable: true,
        description: 'The invited participant.',
        resolve: (e) => e.participant,
      }),
      invitationId: t.string({
        nullable: true,
        description: 'The invitation, when ACS sends it.',
        resolve: (e) => e.invitationId,
      }),
    }));
  participantEvent('AddParticipantSucceeded');
  participantEvent('AddParticipantFailed');
  const removeEvent = (kind: 'RemoveParticipantSucceeded' | 'RemoveParticipantFailed') =>
    eventType(kind, (t) => ({
      participant: t.field({
        type: CommunicationIdentifierInterface,
        nullable: true,
        description: 'The participant concerned.',
        resolve: (e) => e.participant,
      }),
    }));
  for (const kind of ['MoveParticipantSucceeded', 'MoveParticipantFailed'] as const) {
    eventType(kind, (t) => ({
      participant: t.field({
        type: CommunicationIdentifierInterface,
        nullable: true,
        description: 'The participant moved.',
        resolve: (e) => e.participant,
      }),
      fromCall: t.string({
        nullable: true,
        description: 'The call connection the participant came from.',
        resolve: (e) => e.fromCall,
      }),
    }));
  }
  removeEvent('RemoveParticipantSucceeded');
  removeEvent('RemoveParticipantFailed');
  const cancelEvent = (kind: 'CancelAddParticipantSucceeded' | 'CancelAddParticipantFailed') =>
    eventType(kind, (t) => ({
      invitationId: t.string({
        nullable: true,
        description: 'The invitation concerned.',
        resolve: (e) => e.invitationId,
      }),
    }));
  cancelEvent('CancelAddParticipantSucceeded');
  cancelEvent('CancelAddParticipantFailed');
  eventType('PlayFailed', (t) => ({
    failedPlaySourceIndex: t.int({
      nullable: true,
      description: 'Index of the source in `sources` that failed.',
      resolve: (e) => e.failedPlaySourceIndex,
    }),
  }));
  eventType('RecognizeCompleted', (t) => ({
    recognitionType: t.string({
      nullable: true,
      description: 'What was recognized: `dtmf`, `speech` or `choices`.',
      resolve: (e) => e.recognitionType,
    }),
    speechResult: t.field({
      type: SpeechResultRef,
      nullable: true,
      description: 'What was said, for `speech`.',
      resolve: (e) => e.speechResult,
    }),
    choiceResult: t.field({
      type: ChoiceResultRef,
      nullable: true,
      description: 'The choice matched, for `choices`.',
      resolve: (e) => e.choiceResult,
    }),
    tones: t.field({
      type: [DtmfToneEnum],
      nullable: true,
      description: 'The tones collected, in order.',
      resolve: (e) => e.tones,
    }),
  }));
  eventType('RecognizeFailed', (t) => ({
    failedPlaySourceIndex: t.int({
      nullable: true,
      description: 'Index of the prompt source that failed, if the prompt failed.',
      resolve: (e) => e.failedPlaySourceIndex,
    }),
  }));
  eventType('ContinuousDtmfRecognitionToneReceived', (t) => ({
    tone: t.field({
      type: DtmfToneEnum,
      nullable: true,
      description: 'The key pressed.',
      resolve: (e) => e.tone,
    }),
    sequenceId: t.int({
      nullable: true,
      description: 'Orders the tones of one recognition.',
      resolve: (e) => e.sequenceId,
    }),
  }));
  eventType('RecordingStateChanged', (t) => ({
    recordingId: t.id({ nullable: true, description: 'The recording.', resolve: (e) => e.recordingId }),
    state: t.field({
      type: RecordingStateEnum,
      nullable: true,
      description: 'Its new state.',
      resolve: (e) => e.state,
    }),
    startDateTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the recording started.',
      resolve: (e) => e.startDateTime,
    }),
    recordingKind: t.string({
      nullable: true,
      description: 'Who records: `azureCommunicationServices`, `teams` or `teamsCompliance`.',
      resolve: (e) => e.recordingKind,
    }),
  }));
  eventType('StartRecordingFailed', (t) => ({
    recordingId: t.id({
      nullable: true,
      description: 'The recording that failed.',
      resolve: (e) => e.recordingId,
    }),
  }));
  eventType('Unknown', (t) => ({
    acsType: t.exposeString('acsType', { description: 'The CloudEvent type as ACS sent it.' }),
    data: t.field({
      type: 'JSON',
      description: 'The CloudEvent data as ACS sent it.',
      resolve: (e) => e.data ?? null,
    }),
  }));
  eventType('EventsLost', (t) => ({
    requestedAfter: t.exposeString('requestedAfter', {
      description: 'The cursor the subscriber asked to resume after.',
    }),
    oldestRetainedCursor: t.string({
      nullable: true,
      description: 'The oldest cursor the log still holds; null when it holds nothing for this call.',
      resolve: (e) => e.oldestRetainedCursor,
    }),
  }));

  const TranscriptionUpdateRef = builder
    .objectRef<NonNullable<TranscriptionStatusEvent['transcriptionUpdate']>>('TranscriptionUpdate')
    .implement({
      description: "The state of the call's transcription, as ACS reports it.",
      fields: (t) => ({
        transcriptionStatus: t.string({
          nullable: true,
          description: 'e.g. `transcriptionStarted`, `transcriptionStopped`, `transcriptionFailed`.',
          resolve: (u) => u.transcriptionStatus,
        }),
        transcriptionStatusDetails: t.string({
          nullable: true,
          description: 'Why, e.g. `subscriptionStarted`, `speechRecognitionLocaleUpdated`.',
          resolve: (u) => u.transcriptionStatusDetails,
        }),
      }),
    });
  for (const kind of [
    'TranscriptionStarted',
    'TranscriptionStopped',
    'TranscriptionUpdated',
    'TranscriptionFailed',
  ] as const) {
    eventType(kind, (t) => ({
      transcriptionUpdate: t.field({
        type: TranscriptionUpdateRef,
        nullable: true,
        description: 'The new state.',
        resolve: (e) => e.transcriptionUpdate,
      }),
    }));
  }
  const MediaStreamingUpdateRef = builder
    .objectRef<NonNullable<MediaStreamingStatusEvent['mediaStreamingUpdate']>>('MediaStreamingUpdate')
    .implement({
      description: "The state of the call's media streaming, as ACS reports it.",
      fields: (t) => ({
        contentType: t.string({
          nullable: true,
          description: 'What is streamed (`Audio`).',
          resolve: (u) => u.contentType,
        }),
        mediaStreamingStatus: t.string({
          nullable: true,
          description: 'e.g. `mediaStreamingStarted`, `mediaStreamingStopped`, `mediaStreamingFailed`.',
          resolve: (u) => u.mediaStreamingStatus,
        }),
        mediaStreamingStatusDetails: t.string({
          nullable: true,
          description: 'Why, e.g. `subscriptionStarted`, `streamConnectionInterrupted`.',
          resolve: (u) => u.mediaStreamingStatusDetails,
        }),
      }),
    });
  for (const kind of ['MediaStreamingStarted', 'MediaStreamingStopped', 'MediaStreamingFailed'] as const) {
    eventType(kind, (t) => ({
      mediaStreamingUpdate: t.field({
        type: MediaStreamingUpdateRef,
        nullable: true,
        description: 'The new state.',
        resolve: (e) => e.mediaStreamingUpdate,
      }),
    }));
  }

  eventType('RecordingFileReady', (t) => ({
    recordingStartTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the recording started.',
      resolve: (e) => e.recordingStartTime,
    }),
    recordingDurationMs: t.float({
      nullable: true,
      description: 'Its length in milliseconds.',
      resolve: (e) => e.recordingDurationMs,
    }),
    sessionEndReason: t.string({
      nullable: true,
      description: 'Why the recording session ended, e.g. `CallEnded`.',
      resolve: (e) => e.sessionEndReason,
    }),
    chunks: t.field({
      type: [RecordingChunkRef],
      description: 'Its files, in order.',
      resolve: (e) => e.chunks,
    }),
  }));

  const TranscriptionResultStatusEnum = builder.enumType('TranscriptionResultStatus', {
    description: 'Whether a transcript line is final.',
    values: {
      FINAL: { value: 'final', description: 'The final text of the line.' },
      INTERMEDIATE: {
        value: 'intermediate',
        description: 'A provisional text; a later event with the same `offsetInTicks` replaces it.',
      },
    } satisfies Record<
      string,
      { value: NonNullable<TranscriptionDataEvent['resultStatus']>; description: string }
    >,
  });
  const TranscriptionWordRef = builder
    .objectRef<TranscriptionDataEvent['words'][number]>('TranscriptionWord')
    .implement({
      description: 'One word of a transcript line. 1 tick = 100 ns from the start of the transcription.',
      fields: (t) => ({
        text: t.exposeString('text', { description: 'The word.' }),
        offsetInTicks: t.float({
          nullable: true,
          description: 'Where the word starts.',
          resolve: (w) => w.offsetInTicks,
        }),
        durationInTicks: t.float({
          nullable: true,
          description: 'How long it lasts.',
          resolve: (w) => w.durationInTicks,
        }),
      }),
    });
  eventType('TranscriptionData', (t) => ({
    text: t.exposeString('text', { description: 'What was said (display form).' }),
    format: t.string({
      nullable: true,
      description: 'The text format (`display`).',
      resolve: (e) => e.format,
    }),
    confidence: t.float({
      nullable: true,
      description: 'Confidence of the whole line, 0 to 1.',
      resolve: (e) => e.confidence,
    }),
    offsetInTicks: t.float({
      nullable: true,
      description: 'Where the line starts (1 tick = 100 ns).',
      resolve: (e) => e.offsetInTicks,
    }),
    durationInTicks: t.float({
      nullable: true,
      description: 'How long the line lasts (1 tick = 100 ns).',
      resolve: (e) => e.durationInTicks,
    }),
    words: t.field({
      type: [TranscriptionWordRef],
      description: 'The words, in order.',
      resolve: (e) => e.words,
    }),
    participant: t.field({
      type: CommunicationIdentifierInterface,
      nullable: true,
      description: 'Who spoke; null when ACS could not tell.',
      resolve: (e) => e.participant,
    }),
    resultStatus: t.field({
      type: TranscriptionResultStatusEnum,
      nullable: true,
      description: 'Final, or intermediate (replaced later).',
      resolve: (e) => e.resultStatus,
    }),
    locale: t.string({
      nullable: true,
      description: 'The transcription locale, e.g. `en-US`.',
      resolve: (e) => e.locale,
    }),
  }));

  return {
    /** The object type of an event kind (every kind of the table has one). */
    eventTypeOf(kind: CallEventKind): ObjectRef<Types, unknown> {
      const ref = eventTypes.get(kind);
      if (!ref) throw new Error(`no object type for the event kind ${kind}`);
      return ref;
    },
  };
}
