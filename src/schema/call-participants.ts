import type { CallParticipant } from '../domain/call.ts';
import {
  type AddParticipantInput,
  addParticipant,
  cancelAddParticipant,
  holdParticipant,
  listCallParticipants,
  muteParticipant,
  removeParticipant,
  unholdParticipant,
} from '../resolvers/participants.ts';
import type { ParticipantInput, PlaySourceInput } from '../resolvers/validate.ts';
import type { Builder } from './builder.ts';
import { type addCallTypes, callConnectionIdField, operationContextField } from './call.ts';
import type { addCallMediaTypes } from './call-media.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';

/** Registers call participants, `Call.participants` and the actions on participants. */
export function addCallParticipantTypes(
  builder: Builder,
  {
    CallRef,
    callActionPayload,
    callActionPayloadWithOutcome,
    outcomes,
    CommunicationIdentifierInterface,
    ParticipantInputRef,
    PlaySourceInputRef,
  }: ReturnType<typeof addCallTypes> &
    ReturnType<typeof addCallMediaTypes> &
    ReturnType<typeof addIdentifierTypes>,
) {
  const CallParticipantRef = builder.objectRef<CallParticipant>('CallParticipant').implement({
    description: 'A participant of a call, as ACS reports it.',
    fields: (t) => ({
      identifier: t.field({
        type: CommunicationIdentifierInterface,
        description: 'Who the participant is.',
        resolve: (p) => p.identifier,
      }),
      isMuted: t.exposeBoolean('isMuted', { description: 'Whether the participant is muted.' }),
      isOnHold: t.exposeBoolean('isOnHold', { description: 'Whether the participant is on hold.' }),
    }),
  });

  builder.objectField(CallRef, 'participants', (t) =>
    t.field({
      type: [CallParticipantRef],
      description: 'Who is in the call now (read from ACS); empty once the call is DISCONNECTED.',
      resolve: (c, _args, ctx) => listCallParticipants(c, ctx),
    }),
  );

  // ─── payloads ───

  const AddParticipantPayload = builder
    .objectRef<{
      callConnectionId: string;
      operationContext: string;
      invitationId: string | null;
      participant: CallParticipant | null;
    }>('AddParticipantPayload')
    .implement({
      description: 'An invitation sent; `AddParticipantSucceeded` or `AddParticipantFailed` follows.',
      fields: (t) => ({
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by the events of this invitation.',
        }),
        invitationId: t.string({
          nullable: true,
          description: 'The invitation; pass it to `cancelAddParticipant` to withdraw it.',
          resolve: (p) => p.invitationId,
        }),
        participant: t.field({
          type: CallParticipantRef,
          nullable: true,
          description: 'The invited participant, as ACS reports it.',
          resolve: (p) => p.participant,
        }),
      }),
    });
  const CancelAddParticipantPayload = builder
    .objectRef<{ callConnectionId: string; operationContext: string; invitationId: string }>(
      'CancelAddParticipantPayload',
    )
    .implement({
      description: 'A cancellation requested; `CancelAddParticipantSucceeded` or `…Failed` follows.',
      fields: (t) => ({
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by the cancellation events.',
        }),
        invitationId: t.exposeString('invitationId', { description: 'The invitation being cancelled.' }),
      }),
    });

  const runOf = (p: { callConnectionId: string; operationContext: string }) => ({
    callConnectionId: p.callConnectionId,
    key: p.operationContext,
  });
  outcomes.attach(AddParticipantPayload, 'addParticipant', runOf);
  outcomes.attach(CancelAddParticipantPayload, 'cancelAddParticipant', runOf);

  // ─── inputs ───

  const AddParticipantInputRef = builder.inputRef<AddParticipantInput>('AddParticipantInput').implement({
    description: 'Someone to invite into the call (a phone number dials out).',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      participant: t.field({ type: ParticipantInputRef, required: true, description: 'Who to invite.' }),
      sourceCallerIdNumber: t.field({
        type: 'PhoneNumber',
        required: false,
        description:
          'Caller id shown to a phone participant: a number of this ACS resource. Required to dial a phone number.',
      }),
      sourceDisplayName: t.string({ required: false, description: 'Display name shown to the invitee.' }),
      invitationTimeoutSeconds: t.int({
        required: false,
        description: 'How long the invitation rings, 0 to 180 seconds. Default: ACS (60).',
      }),
      operationContext: operationContextField(t),
    }),
  });
  const participantActionInput = (name: string, description: string) =>
    builder
      .inputRef<{
        callConnectionId: string;
        participant: ParticipantInput;
        operationContext?: string | null;
      }>(name)
      .implement({
        description,
        fields: (t) => ({
          callConnectionId: callConnectionIdField(t),
          participant: t.field({
            type: ParticipantInputRef,
            required: true,
            description: 'The participant.',
          }),
          operationContext: operationContextField(t),
        }),
      });
  const CancelAddParticipantInput = builder
    .inputRef<{ callConnectionId: string; invitationId: string; operationContext?: string | null }>(
      'CancelAddParticipantInput',
    )
    .implement({
      description: 'An invitation to withdraw.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        invitationId: t.string({ required: true, description: 'From `AddParticipantPayload.invitationId`.' }),
        operationContext: operationContextField(t),
      }),
    });
  const HoldParticipantInput = builder
    .inputRef<{
      callConnectionId: string;
      target: ParticipantInput;
      music?: PlaySourceInput | null;
      operationContext?: string | null;
    }>('HoldParticipantInput')
    .implement({
      description: 'A participant to put on hold.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        target: t.field({ type: ParticipantInputRef, required: true, description: 'The participant.' }),
        music: t.field({ type: PlaySourceInputRef, required: false, description: 'Played while on hold.' }),
        operationContext: operationContextField(t),
      }),
    });
  const UnholdParticipantInput = builder
    .inputRef<{ callConnectionId: string; target: ParticipantInput; operationContext?: string | null }>(
      'UnholdParticipantInput',
    )
    .implement({
      description: 'A participant to take off hold.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        target: t.field({ type: ParticipantInputRef, required: true, description: 'The participant.' }),
        operationContext: operationContextField(t),
      }),
    });

  // ─── mutations ───

  addMutation(builder, 'addParticipant', {
    description: 'Invites an ACS user, Teams user or phone number (PSTN dial-out) into the call.',
    input: AddParticipantInputRef,
    payload: AddParticipantPayload,
    resolve: addParticipant,
  });
  addMutation(builder, 'removeParticipant', {
    description: 'Removes a participant from the call.',
    input: participantActionInput('RemoveParticipantInput', 'A participant to remove from the call.'),
    payload: callActionPayloadWithOutcome(
      'removeParticipant',
      'A removal requested; `RemoveParticipantSucceeded` or `RemoveParticipantFailed` follows.',
    ),
    resolve: removeParticipant,
  });
  addMutation(builder, 'cancelAddParticipant', {
    description: 'Withdraws a pending invitation.',
    input: CancelAddParticipantInput,
    payload: CancelAddParticipantPayload,
    resolve: cancelAddParticipant,
  });
  addMutation(builder, 'muteParticipant', {
    description: 'Mutes a participant (they can unmute themselves).',
    input: participantActionInput('MuteParticipantInput', 'A participant to mute.'),
    payload: callActionPayload('muteParticipant', 'A participant muted (ACS sends no event for it).'),
    resolve: muteParticipant,
  });
  addMutation(builder, 'holdParticipant', {
    description: 'Puts a participant on hold, optionally with music.',
    input: HoldParticipantInput,
    payload: callActionPayload(
      'holdParticipant',
      'A participant put on hold; `ParticipantsUpdated` shows it (`HoldFailed` if the music fails).',
    ),
    resolve: holdParticipant,
  });
  addMutation(builder, 'unholdParticipant', {
    description: 'Takes a participant off hold.',
    input: UnholdParticipantInput,
    payload: callActionPayload(
      'unholdParticipant',
      'A participant taken off hold; `ParticipantsUpdated` shows it.',
    ),
    resolve: unholdParticipant,
  });

  return { CallParticipantRef };
}
