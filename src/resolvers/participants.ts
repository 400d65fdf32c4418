import type { ActionOptions } from '../acs/ports.ts';
import type { CallParticipant } from '../domain/call.ts';
import type { CommunicationIdentifier } from '../domain/identifier.ts';
import { InputError } from '../errors.ts';
import {
  bounded,
  type CallActionInput,
  type CallActionPayload,
  type CallView,
  callAction,
  LIMITS,
  runCallAction,
} from './calls.ts';
import type { GatewayContext } from './context.ts';
import {
  type ParticipantInput,
  type PlaySourceInput,
  requireNonEmpty,
  requirePhoneNumber,
  toIdentifier,
  toPlaySource,
} from './validate.ts';

/** Who is in the call now (from ACS); nobody once the call has ended (ACS no longer knows it). */
export async function listCallParticipants(
  call: Pick<CallView, 'callConnectionId' | 'state'>,
  ctx: GatewayContext,
): Promise<CallParticipant[]> {
  if (call.state === 'disconnected') return [];
  return ctx.calls.listParticipants(call.callConnectionId);
}

export interface AddParticipantInput {
  callConnectionId: string;
  participant: ParticipantInput;
  sourceCallerIdNumber?: string | null;
  sourceDisplayName?: string | null;
  invitationTimeoutSeconds?: number | null;
  operationContext?: string | null;
}

export async function addParticipant(
  input: AddParticipantInput,
  ctx: GatewayContext,
): Promise<{
  callConnectionId: string;
  operationContext: string;
  invitationId: string | null;
  participant: CallParticipant | null;
}> {
  const { callConnectionId, operationContext, result } = await runCallAction(
    input,
    ctx,
    () => {
      const participant = toIdentifier(input.participant, 'input.participant');
      let sourceCallerIdNumber: string | undefined;
      if (input.sourceCallerIdNumber !== null && input.sourceCallerIdNumber !== undefined) {
        sourceCallerIdNumber = requirePhoneNumber(input.sourceCallerIdNumber, 'input.sourceCallerIdNumber');
      } else if (participant.kind === 'phoneNumber') {
        throw new InputError(
          'sourceCallerIdNumber is required to dial a phone number (an ACS number of this resource).',
          'input.sourceCallerIdNumber',
        );
      }
      const invitationTimeoutSeconds = bounded(
        input.invitationTimeoutSeconds,
        LIMITS.invitationTimeoutSeconds,
        'input.invitationTimeoutSeconds',
      );
      return {
        participant,
        ...(sourceCallerIdNumber ? { sourceCallerIdNumber } : {}),
        ...(input.sourceDisplayName ? { sourceDisplayName: input.sourceDisplayName } : {}),
        ...(invitationTimeoutSeconds !== undefined ? { invitationTimeoutSeconds } : {}),
      };
    },
    (id, request, options) => ctx.calls.addParticipant(id, { ...options, ...request }),
  );
  ctx.logger.info({ callConnectionId, invitationId: result.invitationId }, 'participant invited');
  return { callConnectionId, operationContext, ...result };
}

/** A call action on one participant, named `target`. */
export type TargetInput = CallActionInput & { target: ParticipantInput };

/**
 * The resolver of a call action whose one argument is the participant in `input[field]` (validated as
 * `input.<field>`): call id → identifier → options → `send` (the port) → `CallActionPayload`.
 */
export function participantAction<Field extends 'participant' | 'target'>(
  field: Field,
  send: (
    ctx: GatewayContext,
    callConnectionId: string,
    participant: CommunicationIdentifier,
    options: ActionOptions,
  ) => Promise<void>,
): (
  input: CallActionInput & { [K in Field]: ParticipantInput },
  ctx: GatewayContext,
) => Promise<CallActionPayload> {
  return (input, ctx) =>
    callAction(
      input,
      ctx,
      () => toIdentifier(input[field], `input.${field}`),
      (id, participant, options) => send(ctx, id, participant, options),
    );
}

export const removeParticipant = participantAction('participant', (ctx, id, participant, options) =>
  ctx.calls.removeParticipant(id, participant, options),
);

export async function cancelAddParticipant(
  input: CallActionInput & { invitationId: string },
  ctx: GatewayContext,
): Promise<{ callConnectionId: string; operationContext: string; invitationId: string }> {
  const { callConnectionId, operationContext, result } = await runCallAction(
    input,
    ctx,
    () => requireNonEmpty(input.invitationId, 'input.invitationId'),
    (id, invitationId, options) => ctx.calls.cancelAddParticipant(id, invitationId, options),
  );
  return { callConnectionId, operationContext, invitationId: result.invitationId };
}

export const muteParticipant = participantAction('participant', (ctx, id, participant, options) =>
  ctx.calls.muteParticipant(id, participant, options),
);

export function holdParticipant(
  input: TargetInput & { music?: PlaySourceInput | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => ({
      target: toIdentifier(input.target, 'input.target'),
      music: input.music ? toPlaySource(input.music, 'input.music') : undefined,
    }),
    (id, { target, music }, options) => ctx.calls.hold(id, target, music, options),
  );
}

export const unholdParticipant = participantAction('target', (ctx, id, target, options) =>
  ctx.calls.unhold(id, target, options),
);
