import {
  type CallActionWithOutcome,
  endsAction,
  type OutcomeTarget,
} from '../domain/call-action-outcomes.ts';
import { CallEventLogUnavailableError } from '../events/log.ts';
import type { OutcomeAwaitFailure, OutcomeAwaitResult } from '../events/outcome.ts';
import type { GatewayContext } from './context.ts';
import { requireIntInRange } from './validate.ts';

export type { OutcomeAwaitFailure };

/** `outcome(timeoutSeconds)`: its default and bounds. */
export const OUTCOME_TIMEOUT_SECONDS = { default: 30, min: 1, max: 120 } as const;

/**
 * What a mutation whose `outcome` is selected notes before it acts, and the await its payload starts from
 * it (once, whichever of `outcome` / `outcomeError` resolves first).
 */
export interface OutcomeStart {
  timeoutSeconds: number;
  /** The call's newest cursor before the action (null: none, or a call made by the action itself). */
  after: string | null;
  /** The log could not be read before the action: nothing will be awaited. */
  unavailable: boolean;
  result?: Promise<OutcomeAwaitResult>;
}

/**
 * Before the action: checks `timeoutSeconds` (an `InputError` ends the mutation before anything is done) and
 * notes where the call's log stands, so an ending event stored while ACS answers, or earlier, is found. An
 * action that makes its call (no `callConnectionId` in its input) reads the new call's log from its start.
 */
export async function prepareOutcome(
  input: unknown,
  timeoutSeconds: number | null | undefined,
  ctx: GatewayContext,
): Promise<OutcomeStart> {
  const seconds = requireIntInRange(
    timeoutSeconds ?? OUTCOME_TIMEOUT_SECONDS.default,
    OUTCOME_TIMEOUT_SECONDS.min,
    OUTCOME_TIMEOUT_SECONDS.max,
    'outcome.timeoutSeconds',
  );
  const callConnectionId = (input as { callConnectionId?: unknown } | null)?.callConnectionId;
  if (typeof callConnectionId !== 'string' || callConnectionId.trim() === '') {
    return { timeoutSeconds: seconds, after: null, unavailable: false };
  }
  try {
    const [newest] = await ctx.eventLog.readLast(callConnectionId.trim(), 1);
    return { timeoutSeconds: seconds, after: newest?.cursor ?? null, unavailable: false };
  } catch (error) {
    if (!(error instanceof CallEventLogUnavailableError)) throw error;
    // The action is still worth doing; only its outcome cannot be awaited.
    return { timeoutSeconds: seconds, after: null, unavailable: true };
  }
}

/** Waits (once per payload) for the event that ends this run of `action`, within the subject's bound. */
export function awaitOutcome(
  start: OutcomeStart,
  action: CallActionWithOutcome,
  target: OutcomeTarget,
  ctx: GatewayContext,
): Promise<OutcomeAwaitResult> {
  if (start.result) return start.result;
  const signal = ctx.clientSignal();
  start.result = start.unavailable
    ? Promise.resolve({ failure: 'OUTCOME_UNAVAILABLE' })
    : ctx.services.outcomes.wait(ctx.principal.subject, {
        callConnectionId: target.callConnectionId,
        after: start.after,
        ends: (event) => endsAction(action, target.key, event),
        timeoutMs: start.timeoutSeconds * 1000,
        ...(signal ? { signal } : {}),
      });
  return start.result;
}
