import type { ResultInformation, SipDiagnosticInfo } from '../domain/call.ts';
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
import { type DrivenStream, iterate } from '../events/stream.ts';
import { readCallEvents, subscribeCallEvents } from '../resolvers/events.ts';
import type { Builder, Types } from './builder.ts';
import type { addCallTypes } from './call.ts';
import type { addCallMediaTypes } from './call-media.ts';
import type { addCallParticipantTypes } from './call-participants.ts';
import type { addCallRecordingTypes } from './call-recording.ts';
import { toGraphQLError } from './errors.ts';
import type { addIdentifierTypes } from './identifier.ts';

type EventOf<K extends CallEventKind> = CallEvent & { kind: K };

/** `CallConnected` → `CALL_CONNECTED`: the ACS name in SCREAMING_SNAKE case. */
const screamingSnake = (kind: string) => kind.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** `CallEventType` values → event kinds, from the one table of kinds. */
const EVENT_TYPES = Object.fromEntries(
  CALL_EVENT_KIND_NAMES.map((kind) => [
    screamingSnake(kind),
    { value: kind, description: CALL_EVENT_KINDS[kind].description },
  ]),
) as Record<string, { value: CallEventKind; description: string }>;

/** The GraphQL object type of each kind: its ACS name, except `Unknown`. */
const typeName = (kind: CallEventKind) => (kind === 'Unknown' ? 'UnknownCallEvent' : kind);

/** Registers the `CallEvent` interface, one object type per event, `Call.events` and `callEvents`. */
export function addCallEventTypes(
  builder: Builder,
  {
    CallRef,
    CallParticipantRef,
    DtmfToneEnum,
    RecordingStateEnum,
    RecordingChunkRef,
    CommunicationIdentifierInterface,
  }: ReturnType<typeof addCallTypes> &
    ReturnType<typeof addCallMediaTypes> &
    ReturnType<typeof addCallParticipantTypes> &
    ReturnType<typeof addCallRecordingTypes> &
    ReturnType<typeof addIdentifierTypes>,
) {
  const CallEventTypeEnum = builder.enumType('CallEventType', {
    description: 'The kind of a call event (the ACS event name in SCREAMING_SNAKE case).',
    values: EVENT_TYPES,
  });

  const SipDiagnosticInfoRef = builder.objectRef<SipDiagnosticInfo>('SipDiagnosticInfo').implement({
    description: 'A SIP response or Q.850 cause code behind an outcome, with its text.',
    fields: (t) => ({
      code: t.int({ nullable: true, description: 'The SIP or Q.850 code.', resolve: (d) => d.code }),
      message: t.string({ nullable: true, description: 'Its text.', resolve: (d) => d.message }),
    }),
  });
  const ResultInformationRef = builder.objectRef<ResultInformation>('ResultInformation').implement({
    description: 'The outcome ACS attaches to an event.',
    fields: (t) => ({
      sipDetails: t.field({
        type: SipDiagnosticInfoRef,
        nullable: true,
        description: 'The SIP response behind the outcome, when a phone leg was involved.',
        resolve: (r) => r.sipDetails ?? null,
      }),
      q850Details: t.field({
        type: SipDiagnosticInfoRef,
        nullable: true,
        description: 'The Q.850 cause behind the outcome, when a phone leg was involved.',
        resolve: (r) => r.q850Details ?? null,
      }),
      code: t.int({
        nullable: true,
        description: 'An HTTP-like status, e.g. 200 or 486.',
        resolve: (r) => r.code,
      }),
      subCode: t.int({
        nullable: true,
        description: 'The ACS detail code, e.g. 7000 or 560486.',
        resolve: (r) => r.subCode,
      }),
      message: t.string({ nullable: true, description: 'The ACS explanation.', resolve: (r) => r.message }),
    }),
  });

  const commonFields = (
    t:
      | PothosSchemaTypes.InterfaceFieldBuilder<Types, CallEvent>
      | PothosSchemaTypes.ObjectFieldBuilder<Types, CallEvent>,
  ) => ({
    id: t.exposeID('id', { description: 'The CloudEvent id; unique per event.' }),
    cursor: t.exposeString('cursor', {
      description: "Position in the call's event log; pass as `after` to resume.",
    }),
    type: t.field({
      type: CallEventTypeEnum,
      description: 'The kind of event.',
      resolve: (e: CallEvent) => e.kind,
    }),
    callConnectionId: t.exposeID('callConnectionId', {
      description: 'The call connection the event belongs to.',
    }),
    serverCallId: t.string({
      nullable: true,
      description: 'The ACS server call id.',
      resolve: (e: CallEvent) => e.serverCallId,
    }),
    correlationId: t.string({
      nullable: true,
      description: 'The ACS correlation id.',
      resolve: (e: CallEvent) => e.correlationId,
    }),
    operationContext: t.string({
      nullable: true,
      description:
        'The operationContext of the action that caused the event (absent on ParticipantsUpdated).',
      resolve: (e: CallEvent) => e.operationContext,
    }),
    time: t.field({
      type: 'DateTime',
      description: 'When ACS emitted the event.',
      resolve: (e: CallEvent) => e.time,
    }),
    resultInformation: t.field({
      type: ResultInformationRef,
      nullable: true,
      description: 'The outcome ACS reports.',
      resolve: (e: CallEvent) => e.resultInformation,
    }),
  });

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

  const CallEventInterface = builder.interfaceRef<CallEvent>('CallEvent').implement({
    description: 'A callback event of a call connection, as ACS sent it (normalized), with its log cursor.',
    resolveType: (event) => typeName(event.kind),
    fields: (t) => commonFields(t),
  });

  /** The object type of `kind`, named and described by the table of kinds. */
  const eventType = <K extends CallEventKind>(
    kind: K,
    fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, EventOf<K>>) => Record<string, unknown>,
  ) =>
    builder.objectRef<EventOf<K>>(typeName(kind)).implement({
      description: CALL_EVENT_KINDS[kind].description,
      interfaces: [CallEventInterface],
      isTypeOf: (value) => (value as CallEvent).kind === kind,
      // biome-ignore lint/suspicious/noExplicitAny: Pothos field maps are heterogeneous; each field is typed where it is built.
      fields: (t) => ({ ...commonFields(t as never), ...((fields?.(t) ?? {}) as any) }),
    });

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

  builder.objectField(CallRef, 'events', (t) =>
    t.field({
      type: [CallEventInterface],
      description:
        "The call's retained events, oldest first: the newest `last`, or the first `last` after `after`.",
      args: {
        after: t.arg.string({ description: 'A cursor; only events after it.' }),
        last: t.arg.int({ defaultValue: 50, description: 'How many events, 1 to 1000.' }),
      },
      resolve: (call, args, ctx) =>
        readCallEvents(call.callConnectionId, { after: args.after, last: args.last ?? 50 }, ctx),
    }),
  );

  builder.subscriptionField('callEvents', (t) =>
    t.field({
      type: CallEventInterface,
      description:
        "Replays the call's retained log after the cursor `after` (from its start when `after` is absent), " +
        'then streams live events, with no gap and no duplicate. Filter with `types`. Completes after the ' +
        "call's CallDisconnected once everything before it is delivered (at once when `after` is already past " +
        'it); an id neither ACS nor the gateway knows is a NOT_FOUND error.',
      args: {
        callConnectionId: t.arg.id({ required: true, description: 'The call connection.' }),
        after: t.arg.string({ description: 'Resume after this cursor (from an event you already have).' }),
        types: t.arg({
          type: [CallEventTypeEnum],
          description: 'Only these kinds (all when absent or empty).',
        }),
      },
      subscribe: (_root, args, ctx) =>
        subscribeCallEvents(
          { callConnectionId: String(args.callConnectionId), after: args.after, types: args.types },
          ctx,
        ).then(mapErrors),
      resolve: (event) => event,
    }),
  );
}

/** The stream with `DomainError`s it fails with turned into request errors (`toGraphQLError`). */
function mapErrors<T>(stream: DrivenStream<T>): DrivenStream<T> & AsyncIterable<T> {
  const mapped: DrivenStream<T> & AsyncIterable<T> = {
    drive: (sink) =>
      stream.drive({
        push: (item) => sink.push(item),
        end: () => sink.end(),
        fail: (error) => sink.fail(toGraphQLError(error)),
      }),
    resume: () => stream.resume(),
    end: () => stream.end(),
    [Symbol.asyncIterator]: () => iterate(mapped),
  };
  return mapped;
}
