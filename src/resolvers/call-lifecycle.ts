import type { CallLocator } from '../acs/ports.ts';
import type { CommunicationIdentifier } from '../domain/identifier.ts';
import { InputError } from '../errors.ts';
import {
  type CallActionInput,
  type CallSetupInput,
  type JoinedCall,
  joinCall,
  runCallAction,
} from './calls.ts';
import type { GatewayContext } from './context.ts';
import {
  type ParticipantInput,
  requireExactlyOne,
  requireListSize,
  requireNonEmpty,
  requirePhoneNumber,
  toIdentifier,
} from './validate.ts';

/** Gateway bounds: targets of one createCall (ACS publishes none), participants of one move. */
export const CALL_LIFECYCLE_LIMITS = {
  createCallTargets: { min: 1, max: 20 },
  moveParticipants: { min: 1, max: 20 },
  /** Longest serverCallId accepted (real ones are base64 of a conversation URL, a few hundred characters). */
  serverCallIdLength: 2_048,
} as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An E.164 caller id, required when `targets` include a phone. */
export function callerIdFor(
  targets: readonly CommunicationIdentifier[],
  value: string | null | undefined,
  field: string,
): string | undefined {
  if (value !== null && value !== undefined) return requirePhoneNumber(value, field);
  if (targets.some((target) => target.kind === 'phoneNumber')) {
    throw new InputError(
      'sourceCallerIdNumber is required to call a phone number (an ACS number of this resource).',
      field,
    );
  }
  return undefined;
}

export interface CreateCallInput extends CallSetupInput {
  targets: ParticipantInput[];
  sourceCallerIdNumber?: string | null;
  sourceDisplayName?: string | null;
}

export async function createCall(input: CreateCallInput, ctx: GatewayContext): Promise<JoinedCall> {
  const { min, max } = CALL_LIFECYCLE_LIMITS.createCallTargets;
  const targets = requireListSize(input.targets, min, max, 'input.targets').map((target, index) =>
    toIdentifier(target, `input.targets.${index}`),
  );
  const sourceCallerIdNumber = callerIdFor(targets, input.sourceCallerIdNumber, 'input.sourceCallerIdNumber');
  const joined = await joinCall(input, null, ctx, (request) =>
    ctx.calls.createCall({
      ...request,
      targets,
      ...(sourceCallerIdNumber ? { sourceCallerIdNumber } : {}),
      ...(input.sourceDisplayName ? { sourceDisplayName: input.sourceDisplayName } : {}),
    }),
  );
  ctx.logger.info(
    { callConnectionId: joined.call.callConnectionId, targets: targets.length },
    'created call',
  );
  return joined;
}

export interface ConnectCallInput extends CallSetupInput {
  serverCallId?: string | null;
  groupCallId?: string | null;
  roomId?: string | null;
}

/** The call `connectCall` names: exactly one of a server call id, a group call id (a GUID) or a room id. */
function locatorOf(input: ConnectCallInput): CallLocator {
  const key = requireExactlyOne(input, ['serverCallId', 'groupCallId', 'roomId'], 'input');
  switch (key) {
    case 'serverCallId': {
      const serverCallId = requireNonEmpty(input.serverCallId ?? '', 'input.serverCallId');
      if (serverCallId.length > CALL_LIFECYCLE_LIMITS.serverCallIdLength) {
        throw new InputError('serverCallId is too long to be an ACS server call id.', 'input.serverCallId');
      }
      return { kind: 'serverCall', serverCallId };
    }
    case 'groupCallId': {
      const groupCallId = requireNonEmpty(input.groupCallId ?? '', 'input.groupCallId');
      if (!GUID.test(groupCallId)) throw new InputError('groupCallId must be a GUID.', 'input.groupCallId');
      return { kind: 'groupCall', groupCallId };
    }
    default:
      return { kind: 'room', roomId: requireNonEmpty(input.roomId ?? '', 'input.roomId') };
  }
}

export async function connectCall(input: ConnectCallInput, ctx: GatewayContext): Promise<JoinedCall> {
  const locator = locatorOf(input);
  const roomId = locator.kind === 'room' ? locator.roomId : null;
  const joined = await joinCall(input, roomId, ctx, (request) => ctx.calls.connectCall(locator, request));
  ctx.logger.info(
    { callConnectionId: joined.call.callConnectionId, locator: locator.kind },
    'connected to call',
  );
  return joined;
}

export interface TransferCallToParticipantInput extends CallActionInput {
  target: ParticipantInput;
  transferee?: ParticipantInput | null;
  sourceCallerIdNumber?: string | null;
}

export async function transferCallToParticipant(
  input: TransferCallToParticipantInput,
  ctx: GatewayContext,
): Promise<{ callConnectionId: string; operationContext: string }> {
  const { callConnectionId, operationContext } = await runCallAction(
    input,
    ctx,
    () => {
      const target = toIdentifier(input.target, 'input.target');
      const transferee = input.transferee ? toIdentifier(input.transferee, 'input.transferee') : undefined;
      const sourceCallerIdNumber =
        input.sourceCallerIdNumber !== null && input.sourceCallerIdNumber !== undefined
          ? requirePhoneNumber(input.sourceCallerIdNumber, 'input.sourceCallerIdNumber')
          : undefined;
      return {
        target,
        ...(transferee ? { transferee } : {}),
        ...(sourceCallerIdNumber ? { sourceCallerIdNumber } : {}),
      };
    },
    (id, request, options) => ctx.calls.transferCallToParticipant(id, { ...options, ...request }),
  );
  ctx.logger.info({ callConnectionId }, 'transfer requested');
  return { callConnectionId, operationContext };
}

export interface MoveParticipantsInput extends CallActionInput {
  participants: ParticipantInput[];
  fromCallConnectionId: string;
}

export async function moveParticipants(
  input: MoveParticipantsInput,
  ctx: GatewayContext,
): Promise<{ callConnectionId: string; operationContext: string; fromCallConnectionId: string }> {
  const { callConnectionId, operationContext, result } = await runCallAction(
    input,
    ctx,
    () => {
      const { min, max } = CALL_LIFECYCLE_LIMITS.moveParticipants;
      const participants = requireListSize(input.participants, min, max, 'input.participants').map(
        (participant, index) => toIdentifier(participant, `input.participants.${index}`),
      );
      const from = requireNonEmpty(input.fromCallConnectionId, 'input.fromCallConnectionId');
      if (from === input.callConnectionId.trim()) {
        throw new InputError(
          'fromCallConnectionId must be another call connection.',
          'input.fromCallConnectionId',
        );
      }
      return { participants, fromCallConnectionId: from };
    },
    async (id, request, options) => {
      await ctx.calls.moveParticipants(id, request.participants, request.fromCallConnectionId, options);
      return request.fromCallConnectionId;
    },
  );
  const fromCallConnectionId = result;
  ctx.logger.info({ callConnectionId, fromCallConnectionId }, 'participants move requested');
  return { callConnectionId, operationContext, fromCallConnectionId };
}
