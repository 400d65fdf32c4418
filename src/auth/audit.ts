import { DomainError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { RequestRefusedError } from './errors.ts';
import type { Principal } from './principal.ts';

/** How a mutation ended: `ok`, or the error code it was refused or failed with. */
export type AuditOutcome = 'ok' | string;

const ID_FIELDS = ['id', 'roomId', 'callConnectionId', 'recordingId', 'operationContext'] as const;

/** The ids a mutation's input names (room, call, recording, participants); never tokens or free text. */
function idsOf(input: Record<string, unknown>): Record<string, unknown> {
  const ids: Record<string, unknown> = {};
  for (const name of ID_FIELDS) if (typeof input[name] === 'string') ids[name] = input[name];
  const participantId = (value: unknown) => {
    const p = (value ?? {}) as Record<string, unknown>;
    return p.rawId ?? p.communicationUserId ?? p.phoneNumber;
  };
  const participants = [
    ...['participant', 'target', 'targetParticipant']
      .map((name) => input[name])
      .filter(Boolean)
      .map(participantId),
    ...(Array.isArray(input.participants) ? input.participants.map(participantId) : []),
    ...(Array.isArray(input.communicationUserIds) ? input.communicationUserIds : []),
  ].filter((id) => typeof id === 'string');
  if (participants.length > 0) ids.participants = participants;
  return ids;
}

/**
 * Writes the audit line of one mutation: who (`subject`), what (`operation`), on which room / call /
 * participants, and the outcome. One line per mutation, whether it ran, failed or was refused.
 */
export function auditMutation(
  logger: Logger,
  principal: Principal,
  operation: string,
  input: unknown,
  outcome: AuditOutcome,
): void {
  logger.info(
    {
      audit: {
        subject: principal.subject,
        operation,
        ...idsOf((input ?? {}) as Record<string, unknown>),
        outcome,
      },
    },
    'audit: mutation',
  );
}

/** The outcome an error gives a mutation's audit line: its typed code, or `INTERNAL` for anything else. */
export function auditOutcomeOf(error: unknown): AuditOutcome {
  return error instanceof DomainError || error instanceof RequestRefusedError ? error.code : 'INTERNAL';
}
