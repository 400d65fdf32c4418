import type { CallRejectReason } from '../acs/ports.ts';
import type { IncomingCall, IncomingCallEndReason } from '../domain/incoming-call.ts';
import { InputError } from '../errors.ts';
import type { IncomingCallStream } from '../events/incoming-calls.ts';
import { InvalidCursorError } from '../events/log.ts';
import { type CallSetupInput, type JoinedCall, joinCall } from './calls.ts';
import type { GatewayContext } from './context.ts';
import { type ParticipantInput, requireNonEmpty, toIdentifier } from './validate.ts';

const CONTEXT_FIELD = 'input.incomingCallContext';

/**
 * The ringing call a client names by its context, claimed for this one answer, rejection or redirection on
 * every replica. Refused before ACS is called when the gateway never received it (Event Grid), when its ring
 * time is over, or when another request already took it.
 */
async function claimIncomingCall(incomingCallContext: string, ctx: GatewayContext): Promise<IncomingCall> {
  const context = requireNonEmpty(incomingCallContext, CONTEXT_FIELD);
  const call = await ctx.services.incomingCalls.find(context);
  if (!call) {
    throw new InputError(
      'incomingCallContext names no call ringing now: the gateway did not receive it, or its ring time (about 30 s) is over.',
      CONTEXT_FIELD,
    );
  }
  if (!(await ctx.services.incomingCalls.claim(call))) {
    throw new InputError(
      'This incoming call was already answered, rejected or redirected (see `incomingCalls`).',
      CONTEXT_FIELD,
    );
  }
  return call;
}

export interface AnswerCallInput extends CallSetupInput {
  incomingCallContext: string;
}

export async function answerCall(input: AnswerCallInput, ctx: GatewayContext): Promise<JoinedCall> {
  let incoming: IncomingCall | undefined;
  // Claimed once the setup is checked (a bad input leaves the call ringing for others), before ACS is asked.
  const joined = await joinCall(input, null, ctx, async (request) => {
    incoming = await claimIncomingCall(input.incomingCallContext, ctx);
    return ctx.calls.answerCall(incoming.incomingCallContext, request);
  });
  const { callConnectionId } = joined.call;
  ctx.logger.info({ callConnectionId, serverCallId: incoming?.serverCallId }, 'answered call');
  if (incoming) {
    const answered = incoming;
    await settle(() => ctx.services.incomingCalls.answered(answered, callConnectionId), ctx);
  }
  return joined;
}

export interface RejectCallInput {
  incomingCallContext: string;
  reason?: CallRejectReason | null;
}

export async function rejectCall(
  input: RejectCallInput,
  ctx: GatewayContext,
): Promise<{ incomingCallContext: string }> {
  const incoming = await claimIncomingCall(input.incomingCallContext, ctx);
  await ctx.calls.rejectCall(incoming.incomingCallContext, input.reason ?? 'none');
  ctx.logger.info({ serverCallId: incoming.serverCallId, reason: input.reason ?? 'none' }, 'rejected call');
  await ended(incoming, 'rejected', ctx);
  return { incomingCallContext: incoming.incomingCallContext };
}

export interface RedirectCallInput {
  incomingCallContext: string;
  target: ParticipantInput;
}

export async function redirectCall(
  input: RedirectCallInput,
  ctx: GatewayContext,
): Promise<{ incomingCallContext: string }> {
  const target = toIdentifier(input.target, 'input.target');
  const incoming = await claimIncomingCall(input.incomingCallContext, ctx);
  await ctx.calls.redirectCall(incoming.incomingCallContext, target);
  ctx.logger.info({ serverCallId: incoming.serverCallId }, 'redirected call');
  await ended(incoming, 'redirected', ctx);
  return { incomingCallContext: incoming.incomingCallContext };
}

const ended = (incoming: IncomingCall, reason: IncomingCallEndReason, ctx: GatewayContext) =>
  settle(() => ctx.services.incomingCalls.ended(incoming, reason), ctx);

/**
 * Tells the other subscribers what became of the call. ACS already acted, so a failure here is logged, not
 * returned: the claim keeps every other request from acting on the call again.
 */
async function settle(tell: () => Promise<void>, ctx: GatewayContext): Promise<void> {
  try {
    await tell();
  } catch (error) {
    ctx.logger.error({ err: error }, 'could not tell subscribers what became of an incoming call');
  }
}

/**
 * The `incomingCalls` subscription: calls ringing the resource and what became of them, replayed after `after`
 * (from the oldest still ringing when absent) then live. `to` keeps only calls to that number or identity.
 */
export async function subscribeIncomingCalls(
  args: { to?: ParticipantInput | null; after?: string | null },
  ctx: GatewayContext,
): Promise<IncomingCallStream> {
  const to = args.to ? toIdentifier(args.to, 'to').rawId : null;
  // An EventSource that reconnects repeats the original `after` but sends where it really is as Last-Event-ID.
  const after = ctx.lastEventId ?? args.after ?? null;
  if (after) {
    try {
      await ctx.services.incomingCalls.checkCursor(after);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw new InputError('after is not a cursor of incomingCalls.', 'after');
      throw error;
    }
  }
  return ctx.services.incomingCalls.subscribe({ after, to });
}
