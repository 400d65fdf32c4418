import type { IdentifierModel } from './identifiers.ts';

/**
 * How an invited party reacts:
 * - `answer`: answers after `timing.answerDelayMs`.
 * - `busy`: rejects after the answer delay, 486/560486.
 * - `noAnswer`: rings until the invitation timeout (`invitationTimeoutInSeconds`, default 60), 480/560480.
 * - `decline`: declines after the answer delay, 603/560603.
 * - `notFound`: the number does not exist, 404/560404.
 */
export type InviteOutcome = 'answer' | 'busy' | 'noAnswer' | 'decline' | 'notFound';

export const INVITE_OUTCOMES: readonly InviteOutcome[] = [
  'answer',
  'busy',
  'noAnswer',
  'decline',
  'notFound',
];

export interface ResultInformation {
  code: number;
  subCode: number;
  message: string;
}

/** Failure codes of the ACS PSTN/call-end tables (acs.md §6); `560xxx` = outbound final SIP response. */
const PSTN_FAILURES: Record<Exclude<InviteOutcome, 'answer'>, ResultInformation> = {
  busy: { code: 486, subCode: 560486, message: 'Participant is busy.' },
  noAnswer: { code: 480, subCode: 560480, message: 'Participant did not answer (temporarily unavailable).' },
  decline: { code: 603, subCode: 560603, message: 'Participant declined the call.' },
  notFound: { code: 404, subCode: 560404, message: 'The phone number was not found.' },
};

/** ACS users use the Calling codes: ring timeout 487/10004, declined 603/0, offline 480/10037 (acs.md §6). */
const ACS_USER_FAILURES: Record<Exclude<InviteOutcome, 'answer'>, ResultInformation> = {
  busy: { code: 486, subCode: 0, message: 'Participant is busy.' },
  noAnswer: {
    code: 487,
    subCode: 10004,
    message: 'Call was canceled because the participant did not answer.',
  },
  decline: { code: 603, subCode: 0, message: 'Call was declined by the callee.' },
  notFound: { code: 480, subCode: 10037, message: 'The participant is offline.' },
};

/** The documented test numbers (emulator/README.md): the last four digits pick the outcome. */
export function testNumberOutcome(phoneNumber: string): InviteOutcome {
  if (phoneNumber.endsWith('0486')) return 'busy';
  if (phoneNumber.endsWith('0480')) return 'noAnswer';
  if (phoneNumber.endsWith('0603')) return 'decline';
  if (phoneNumber.endsWith('0404')) return 'notFound';
  return 'answer';
}

export function failureResult(
  outcome: Exclude<InviteOutcome, 'answer'>,
  identifier: IdentifierModel,
): ResultInformation {
  return identifier.kind === 'phoneNumber' ? PSTN_FAILURES[outcome] : ACS_USER_FAILURES[outcome];
}

export interface InviteOutcomes {
  /** Overrides the outcome for a raw id or E.164 number (`+1…` and `4:+1…` are the same party). */
  set(party: string, outcome: InviteOutcome): void;
  clear(party?: string): void;
  outcomeFor(identifier: IdentifierModel): InviteOutcome;
  list(): Record<string, InviteOutcome>;
}

const partyKey = (party: string): string => (party.startsWith('+') ? `4:${party}` : party);

export function createInviteOutcomes(): InviteOutcomes {
  const overrides = new Map<string, InviteOutcome>();
  return {
    set: (party, outcome) => overrides.set(partyKey(party), outcome),
    clear: (party) => (party === undefined ? overrides.clear() : overrides.delete(partyKey(party))),
    outcomeFor(identifier) {
      const override = overrides.get(identifier.rawId);
      if (override) return override;
      return identifier.kind === 'phoneNumber'
        ? testNumberOutcome(identifier.phoneNumber?.value ?? '')
        : 'answer';
    },
    list: () => Object.fromEntries(overrides),
  };
}
