import {
  type ConnectCallInput as ConnectCallInputShape,
  type CreateCallInput as CreateCallInputShape,
  connectCall,
  createCall,
  type MoveParticipantsInput as MoveParticipantsInputShape,
  moveParticipants,
  type TransferCallToParticipantInput as TransferCallToParticipantInputShape,
  transferCallToParticipant,
} from '../resolvers/call-lifecycle.ts';
import type { CallView, JoinedCall } from '../resolvers/calls.ts';
import type { Builder } from './builder.ts';
import {
  type addCallTypes,
  callConnectionIdField,
  type InputFieldBuilder,
  operationContextField,
} from './call.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';

type Refs = ReturnType<typeof addCallTypes> & ReturnType<typeof addIdentifierTypes>;

/** The payload type of a mutation that makes a new call connection (`createCall`, `connectCall`, `answerCall`). */
export function joinedCallPayload(
  builder: Builder,
  name: string,
  description: string,
  { CallRef }: Pick<Refs, 'CallRef'>,
) {
  return builder.objectRef<JoinedCall>(name).implement({
    description,
    fields: (t) => ({
      call: t.field({
        type: CallRef,
        description: 'The new call connection (state CONNECTING); subscribe to `callEvents` with its id.',
        resolve: (p): CallView => p.call,
      }),
      operationContext: t.exposeString('operationContext', {
        description: 'Carried by CallConnected and by the failure event.',
      }),
    }),
  });
}

/** The transcription and media streaming fields of every input that makes a call connection. */
export function callSetupFields(
  t: InputFieldBuilder,
  { TranscriptionOptionsInputRef, MediaStreamingOptionsInputRef }: Refs,
) {
  return {
    operationContext: operationContextField(t),
    transcription: t.field({
      type: TranscriptionOptionsInputRef,
      required: false,
      description: 'Set up live transcription (needs the `calls:record` scope).',
    }),
    mediaStreaming: t.field({
      type: MediaStreamingOptionsInputRef,
      required: false,
      description: 'Set up audio streaming to your own consumer (needs the `calls:record` scope).',
    }),
  };
}

/** Registers `createCall`, `connectCall`, `transferCallToParticipant` and `moveParticipants`. */
export function addCallLifecycleTypes(builder: Builder, refs: Refs) {
  const { ParticipantInputRef } = refs;

  const CreateCallInput = builder.inputRef<CreateCallInputShape>('CreateCallInput').implement({
    description:
      'An outbound call from the ACS resource: one target, or several (a group call). The gateway is in the ' +
      'call from the start; `CallConnected` follows once a target answers, `CreateCallFailed` when none does.',
    fields: (t) => ({
      targets: t.field({
        type: [ParticipantInputRef],
        required: true,
        description:
          'Who to call (1 to 20): phone numbers (billable; the `calls:dial-out` scope) or ACS users.',
      }),
      sourceCallerIdNumber: t.field({
        type: 'PhoneNumber',
        required: false,
        description:
          'The caller id shown to phone targets: an ACS number of this resource. Required for a phone.',
      }),
      sourceDisplayName: t.string({
        required: false,
        description: 'The display name shown to phone targets.',
      }),
      ...callSetupFields(t, refs),
    }),
  });
  const ConnectCallInput = builder.inputRef<ConnectCallInputShape>('ConnectCallInput').implement({
    description:
      'An ongoing call to join, by exactly one of `serverCallId`, `groupCallId` or `roomId` (otherwise an ' +
      '`InputError`). `connectRoomCall` remains the way to join a room call with only a room id.',
    fields: (t) => ({
      serverCallId: t.string({
        required: false,
        description: 'The ACS server call id of any call (e.g. `Call.serverCallId`, or an incoming call’s).',
      }),
      groupCallId: t.string({ required: false, description: 'A group call id (a GUID).' }),
      roomId: t.id({ required: false, description: 'A room whose call is in progress.' }),
      ...callSetupFields(t, refs),
    }),
  });
  const TransferCallToParticipantInput = builder
    .inputRef<TransferCallToParticipantInputShape>('TransferCallToParticipantInput')
    .implement({
      description:
        'Hands the other party of a two-party call to `target`. `CallTransferAccepted` (then the gateway’s ' +
        'connection leaves the call: `CallDisconnected`) or `CallTransferFailed` follows.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        target: t.field({
          type: ParticipantInputRef,
          required: true,
          description: 'Who takes the call: a phone number (the `calls:dial-out` scope) or an ACS user.',
        }),
        transferee: t.field({
          type: ParticipantInputRef,
          required: false,
          description: 'Who is handed over, in a call with more than one other party.',
        }),
        sourceCallerIdNumber: t.field({
          type: 'PhoneNumber',
          required: false,
          description: 'The caller id shown to a phone target (an ACS number of this resource).',
        }),
        operationContext: operationContextField(t),
      }),
    });
  const MoveParticipantsInput = builder
    .inputRef<MoveParticipantsInputShape>('MoveParticipantsInput')
    .implement({
      description:
        'Moves participants from another call connection of this gateway into this call. One ' +
        '`MoveParticipantSucceeded` or `MoveParticipantFailed` per participant follows on this call.',
      fields: (t) => ({
        callConnectionId: t.id({ required: true, description: 'The call connection to move them into.' }),
        fromCallConnectionId: t.id({
          required: true,
          description: 'The call connection of the call they are in now (the token needs both calls).',
        }),
        participants: t.field({
          type: [ParticipantInputRef],
          required: true,
          description: 'Who to move (1 to 20).',
        }),
        operationContext: operationContextField(t),
      }),
    });

  const CreateCallPayload = joinedCallPayload(
    builder,
    'CreateCallPayload',
    'A call being placed; `CallConnected` or `CreateCallFailed` follows on `callEvents`.',
    refs,
  );
  const ConnectCallPayload = joinedCallPayload(
    builder,
    'ConnectCallPayload',
    'The gateway joining an ongoing call; `CallConnected` or `ConnectFailed` follows on `callEvents`.',
    refs,
  );
  const TransferCallToParticipantPayload = builder
    .objectRef<{ callConnectionId: string; operationContext: string }>('TransferCallToParticipantPayload')
    .implement({
      description: 'A transfer requested; `CallTransferAccepted` or `CallTransferFailed` follows.',
      fields: (t) => ({
        callConnectionId: t.exposeID('callConnectionId', {
          description: 'The call connection transferring.',
        }),
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by CallTransferAccepted / CallTransferFailed.',
        }),
      }),
    });
  const MoveParticipantsPayload = builder
    .objectRef<{ callConnectionId: string; operationContext: string; fromCallConnectionId: string }>(
      'MoveParticipantsPayload',
    )
    .implement({
      description:
        'A move requested; one `MoveParticipantSucceeded` / `MoveParticipantFailed` per participant follows.',
      fields: (t) => ({
        callConnectionId: t.exposeID('callConnectionId', { description: 'The call they move into.' }),
        fromCallConnectionId: t.exposeID('fromCallConnectionId', { description: 'The call they leave.' }),
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by the MoveParticipant events.',
        }),
      }),
    });

  const joinedCallRun = (p: JoinedCall) => ({
    callConnectionId: p.call.callConnectionId,
    key: p.operationContext,
  });
  const actionRun = (p: { callConnectionId: string; operationContext: string }) => ({
    callConnectionId: p.callConnectionId,
    key: p.operationContext,
  });
  refs.outcomes.attach(CreateCallPayload, 'createCall', joinedCallRun);
  refs.outcomes.attach(ConnectCallPayload, 'connectCall', joinedCallRun);
  refs.outcomes.attach(TransferCallToParticipantPayload, 'transferCallToParticipant', actionRun);
  refs.outcomes.attach(MoveParticipantsPayload, 'moveParticipants', actionRun);

  addMutation(builder, 'createCall', {
    description:
      'Calls a phone or an ACS user (or several: a group call) from the resource, with the gateway in the call.',
    input: CreateCallInput,
    payload: CreateCallPayload,
    resolve: createCall,
  });
  addMutation(builder, 'connectCall', {
    description: 'Joins the gateway to an ongoing call by its server call id, group call id or room id.',
    input: ConnectCallInput,
    payload: ConnectCallPayload,
    resolve: connectCall,
  });
  addMutation(builder, 'transferCallToParticipant', {
    description:
      'Transfers a two-party call to another phone or ACS user; the gateway leaves once it is accepted.',
    input: TransferCallToParticipantInput,
    payload: TransferCallToParticipantPayload,
    resolve: transferCallToParticipant,
  });
  addMutation(builder, 'moveParticipants', {
    description:
      'Moves participants from another of the gateway’s calls into this one (e.g. into a room call).',
    input: MoveParticipantsInput,
    payload: MoveParticipantsPayload,
    resolve: moveParticipants,
  });
}
