import type { ResultInformation } from '../domain/call.ts';
import type { CallEvent, CallEventKind } from '../domain/call-event.ts';
import { readCallEvents, subscribeCallEvents } from '../resolvers/events.ts';
import type { Builder, Types } from './builder.ts';
import type { addCallTypes } from './call.ts';
import { asRequestErrors, toGraphQLError } from './errors.ts';
import type { addIdentifierTypes } from './identifier.ts';

type EventOf<K extends CallEventKind> = CallEvent & { kind: K };

/** `CallEventType` values → event kinds, with what each event means. */
const EVENT_TYPES: Record<string, { value: CallEventKind; description: string }> = {
  CALL_CONNECTED: { value: 'CallConnected', description: 'The gateway joined the call.' },
  CONNECT_FAILED: { value: 'ConnectFailed', description: 'Joining the call failed.' },
  CALL_DISCONNECTED: { value: 'CallDisconnected', description: 'The gateway is out of the call.' },
  PARTICIPANTS_UPDATED: { value: 'ParticipantsUpdated', description: 'The participant list changed.' },
  ADD_PARTICIPANT_SUCCEEDED: { value: 'AddParticipantSucceeded', description: 'An invitee joined.' },
  ADD_PARTICIPANT_FAILED: {
    value: 'AddParticipantFailed',
    description: 'An invitation failed (busy, no answer, …).',
  },
  REMOVE_PARTICIPANT_SUCCEEDED: {
    value: 'RemoveParticipantSucceeded',
    description: 'A participant was removed.',
  },
  REMOVE_PARTICIPANT_FAILED: {
    value: 'RemoveParticipantFailed',
    description: 'Removing a participant failed.',
  },
  CANCEL_ADD_PARTICIPANT_SUCCEEDED: {
    value: 'CancelAddParticipantSucceeded',
    description: 'An invitation was withdrawn.',
  },
  CANCEL_ADD_PARTICIPANT_FAILED: {
    value: 'CancelAddParticipantFailed',
    description: 'Withdrawing an invitation failed.',
  },
  SEND_DTMF_TONES_COMPLETED: { value: 'SendDtmfTonesCompleted', description: 'Tones were sent.' },
  SEND_DTMF_TONES_FAILED: { value: 'SendDtmfTonesFailed', description: 'Sending tones failed.' },
  PLAY_STARTED: { value: 'PlayStarted', description: 'Playing started.' },
  PLAY_COMPLETED: { value: 'PlayCompleted', description: 'Playing finished.' },
  PLAY_FAILED: { value: 'PlayFailed', description: 'Playing failed.' },
  PLAY_CANCELED: { value: 'PlayCanceled', description: 'Playing was cancelled.' },
  RECOGNIZE_COMPLETED: { value: 'RecognizeCompleted', description: 'Tones were collected.' },
  RECOGNIZE_FAILED: {
    value: 'RecognizeFailed',
    description: 'Collecting tones failed (e.g. silence timeout).',
  },
  RECOGNIZE_CANCELED: { value: 'RecognizeCanceled', description: 'Collecting tones was cancelled.' },
  CONTINUOUS_DTMF_RECOGNITION_TONE_RECEIVED: {
    value: 'ContinuousDtmfRecognitionToneReceived',
    description: 'A participant pressed a key.',
  },
  CONTINUOUS_DTMF_RECOGNITION_TONE_FAILED: {
    value: 'ContinuousDtmfRecognitionToneFailed',
    description: 'Continuous recognition failed.',
  },
  CONTINUOUS_DTMF_RECOGNITION_STOPPED: {
    value: 'ContinuousDtmfRecognitionStopped',
    description: 'Continuous recognition stopped.',
  },
  HOLD_FAILED: { value: 'HoldFailed', description: 'Holding (or its music) failed.' },
  RECORDING_STATE_CHANGED: {
    value: 'RecordingStateChanged',
    description: 'A recording started, paused or stopped.',
  },
  START_RECORDING_FAILED: { value: 'StartRecordingFailed', description: 'A recording could not start.' },
  CALL_TRANSFER_ACCEPTED: { value: 'CallTransferAccepted', description: 'A transfer was accepted.' },
  CALL_TRANSFER_FAILED: { value: 'CallTransferFailed', description: 'A transfer failed.' },
  UNKNOWN: {
    value: 'Unknown',
    description: 'An ACS event type this gateway does not know yet (`UnknownCallEvent`).',
  },
  EVENTS_LOST: {
    value: 'EventsLost',
    description:
      'Made by the gateway: events between the requested cursor and the oldest retained one are gone.',
  },
};

/** Event kinds with no fields beyond the common ones. */
const PLAIN_EVENTS: { kind: CallEventKind; description: string }[] = [
  { kind: 'CallConnected', description: 'The gateway joined the call (after `connectRoomCall`).' },
  { kind: 'ConnectFailed', description: 'The gateway could not join the call; see `resultInformation`.' },
  {
    kind: 'CallDisconnected',
    description: "The gateway's connection left the call (hang-up, or the call ended).",
  },
  { kind: 'SendDtmfTonesCompleted', description: 'The tones of a `sendDtmfTones` were sent.' },
  { kind: 'SendDtmfTonesFailed', description: 'Sending tones failed; see `resultInformation`.' },
  { kind: 'PlayStarted', description: 'A `playMedia` started playing.' },
  { kind: 'PlayCompleted', description: 'A `playMedia` finished.' },
  { kind: 'PlayCanceled', description: 'A `playMedia` was cancelled.' },
  { kind: 'RecognizeCanceled', description: 'A `recognizeDtmf` was cancelled.' },
  { kind: 'ContinuousDtmfRecognitionToneFailed', description: 'Continuous DTMF recognition failed.' },
  { kind: 'ContinuousDtmfRecognitionStopped', description: 'Continuous DTMF recognition stopped.' },
  { kind: 'HoldFailed', description: 'A hold (or its music) failed; see `resultInformation`.' },
  { kind: 'CallTransferAccepted', description: 'A transfer was accepted.' },
  { kind: 'CallTransferFailed', description: 'A transfer failed.' },
];

/** Registers the `CallEvent` interface, one object type per event, `Call.events` and `callEvents`. */
export function addCallEventTypes(
  builder: Builder,
  {
    CallRef,
    CallParticipantRef,
    DtmfToneEnum,
    RecordingStateEnum,
    CommunicationIdentifierInterface,
  }: ReturnType<typeof addCallTypes> & ReturnType<typeof addIdentifierTypes>,
) {
  const CallEventTypeEnum = builder.enumType('CallEventType', {
    description: 'The kind of a call event (the ACS event name in SCREAMING_SNAKE case).',
    values: EVENT_TYPES,
  });

  const ResultInformationRef = builder.objectRef<ResultInformation>('ResultInformation').implement({
    description: 'The outcome ACS attaches to an event.',
    fields: (t) => ({
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

  const CallEventInterface = builder.interfaceRef<CallEvent>('CallEvent').implement({
    description: 'A callback event of a call connection, as ACS sent it (normalized), with its log cursor.',
    resolveType: (event) => (event.kind === 'Unknown' ? 'UnknownCallEvent' : event.kind),
    fields: (t) => commonFields(t),
  });

  const eventType = <K extends CallEventKind>(
    kind: K,
    name: string,
    description: string,
    fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, EventOf<K>>) => Record<string, unknown>,
  ) =>
    builder.objectRef<EventOf<K>>(name).implement({
      description,
      interfaces: [CallEventInterface],
      isTypeOf: (value) => (value as CallEvent).kind === kind,
      // biome-ignore lint/suspicious/noExplicitAny: Pothos field maps are heterogeneous; each field is typed where it is built.
      fields: (t) => ({ ...commonFields(t as never), ...((fields?.(t) ?? {}) as any) }),
    });

  for (const { kind, description } of PLAIN_EVENTS) eventType(kind, kind, description);

  eventType('ParticipantsUpdated', 'ParticipantsUpdated', 'A snapshot of who is in the call now.', (t) => ({
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
  const participantEvent = (kind: 'AddParticipantSucceeded' | 'AddParticipantFailed', description: string) =>
    eventType(kind, kind, description, (t) => ({
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
  participantEvent('AddParticipantSucceeded', 'An invitee joined the call.');
  participantEvent(
    'AddParticipantFailed',
    'An invitation failed; `resultInformation` says why (486 busy, 480 no answer, …).',
  );
  const removeEvent = (kind: 'RemoveParticipantSucceeded' | 'RemoveParticipantFailed', description: string) =>
    eventType(kind, kind, description, (t) => ({
      participant: t.field({
        type: CommunicationIdentifierInterface,
        nullable: true,
        description: 'The participant concerned.',
        resolve: (e) => e.participant,
      }),
    }));
  removeEvent('RemoveParticipantSucceeded', 'A participant was removed from the call.');
  removeEvent('RemoveParticipantFailed', 'Removing a participant failed.');
  const cancelEvent = (
    kind: 'CancelAddParticipantSucceeded' | 'CancelAddParticipantFailed',
    description: string,
  ) =>
    eventType(kind, kind, description, (t) => ({
      invitationId: t.string({
        nullable: true,
        description: 'The invitation concerned.',
        resolve: (e) => e.invitationId,
      }),
    }));
  cancelEvent('CancelAddParticipantSucceeded', 'An invitation was withdrawn.');
  cancelEvent('CancelAddParticipantFailed', 'Withdrawing an invitation failed.');
  eventType('PlayFailed', 'PlayFailed', 'A `playMedia` failed; `resultInformation` says why.', (t) => ({
    failedPlaySourceIndex: t.int({
      nullable: true,
      description: 'Index of the source in `sources` that failed.',
      resolve: (e) => e.failedPlaySourceIndex,
    }),
  }));
  eventType('RecognizeCompleted', 'RecognizeCompleted', 'A `recognizeDtmf` collected its tones.', (t) => ({
    recognitionType: t.string({
      nullable: true,
      description: 'What was recognized (`dtmf`).',
      resolve: (e) => e.recognitionType,
    }),
    tones: t.field({
      type: [DtmfToneEnum],
      nullable: true,
      description: 'The tones collected, in order.',
      resolve: (e) => e.tones,
    }),
  }));
  eventType(
    'RecognizeFailed',
    'RecognizeFailed',
    'A `recognizeDtmf` failed (e.g. 8510 initial silence timeout).',
    (t) => ({
      failedPlaySourceIndex: t.int({
        nullable: true,
        description: 'Index of the prompt source that failed, if the prompt failed.',
        resolve: (e) => e.failedPlaySourceIndex,
      }),
    }),
  );
  eventType(
    'ContinuousDtmfRecognitionToneReceived',
    'ContinuousDtmfRecognitionToneReceived',
    'A participant pressed a key during continuous DTMF recognition.',
    (t) => ({
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
    }),
  );
  eventType(
    'RecordingStateChanged',
    'RecordingStateChanged',
    'A recording started, paused, resumed or stopped.',
    (t) => ({
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
    }),
  );
  eventType('StartRecordingFailed', 'StartRecordingFailed', 'A `startRecording` failed.', (t) => ({
    recordingId: t.id({
      nullable: true,
      description: 'The recording that failed.',
      resolve: (e) => e.recordingId,
    }),
  }));
  eventType(
    'Unknown',
    'UnknownCallEvent',
    'An ACS event type this gateway does not know yet: passed on, never dropped.',
    (t) => ({
      acsType: t.exposeString('acsType', { description: 'The CloudEvent type as ACS sent it.' }),
      data: t.field({
        type: 'JSON',
        description: 'The CloudEvent data as ACS sent it.',
        resolve: (e) => e.data ?? null,
      }),
    }),
  );
  eventType(
    'EventsLost',
    'EventsLost',
    'Made by the gateway, never by ACS: the log no longer holds events after `requestedAfter` (trimmed or expired); ' +
      'they are gone. Delivered whatever `types` filter is set.',
    (t) => ({
      requestedAfter: t.exposeString('requestedAfter', {
        description: 'The cursor the subscriber asked to resume after.',
      }),
      oldestRetainedCursor: t.string({
        nullable: true,
        description: 'The oldest cursor the log still holds; null when it holds nothing for this call.',
        resolve: (e) => e.oldestRetainedCursor,
      }),
    }),
  );

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
        asRequestErrors(() =>
          readCallEvents(call.callConnectionId, { after: args.after, last: args.last ?? 50 }, ctx),
        ),
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
        asRequestErrors(async () =>
          mapErrors(
            await subscribeCallEvents(
              { callConnectionId: String(args.callConnectionId), after: args.after, types: args.types },
              ctx,
            ),
          ),
        ),
      resolve: (event) => event,
    }),
  );
}

/** The iterator with `DomainError`s turned into request errors (`toGraphQLError`). */
function mapErrors<T>(iterator: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  const wrapped: AsyncIterableIterator<T> = {
    async next() {
      try {
        return await iterator.next();
      } catch (error) {
        throw toGraphQLError(error);
      }
    },
    return: () => iterator.return?.() ?? Promise.resolve({ done: true, value: undefined }),
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}
