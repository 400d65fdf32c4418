import type { CallRejectReason, ParticipantInput } from '@switchboard/client';
import { useEffect, useState } from 'react';
import { displayName } from './participants.tsx';
import type { IncomingCallRow } from './use-incoming-calls.ts';

const REJECT_REASONS: CallRejectReason[] = ['NONE', 'BUSY', 'FORBIDDEN'];

/** What a typed target means: `+…` a phone number, anything else a raw id (`8:acs:…`, `4:+…`). */
export function participantInput(target: string): ParticipantInput {
  const value = target.trim();
  return value.startsWith('+') ? { phoneNumber: value } : { rawId: value };
}

/** The current time, ticking every second (each ringing call shows how long it still rings). */
function useNow(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Calls ringing the resource (`incomingCalls`), newest first, with who calls whom and how long each still rings;
 * answer (the console then follows the call), reject (with a reason) or redirect one. A call answered, rejected or
 * redirected by anyone stops ringing for everyone: its row says so.
 */
export function IncomingCalls(props: {
  calls: IncomingCallRow[];
  error: string | null;
  onRetry(): void;
  /** Contexts this console answered (the others were taken elsewhere). */
  answeredHere: ReadonlySet<string>;
  onAnswer(call: IncomingCallRow): unknown;
  onReject(call: IncomingCallRow, reason: CallRejectReason): unknown;
  onRedirect(call: IncomingCallRow, target: ParticipantInput): unknown;
}) {
  const now = useNow();
  const [reason, setReason] = useState<CallRejectReason>('BUSY');
  const [redirectTo, setRedirectTo] = useState('+14255550199');
  return (
    <section aria-label="Incoming calls">
      <h3>Incoming calls</h3>
      <div className="row">
        <label>
          Reject as{' '}
          <select
            value={reason}
            onChange={(e) => setReason(REJECT_REASONS.find((r) => r === e.target.value) ?? reason)}
          >
            {REJECT_REASONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Redirect to{' '}
          <input
            value={redirectTo}
            onChange={(e) => setRedirectTo(e.target.value)}
            placeholder="+1… or 8:acs:…"
            size={18}
          />
        </label>
      </div>
      {props.error && (
        <p className="error">
          Not listening: {props.error}{' '}
          <button type="button" onClick={props.onRetry}>
            Listen again
          </button>
        </p>
      )}
      {props.calls.length === 0 ? (
        <p className="empty">No call rang yet.</p>
      ) : (
        <ul className="incoming" data-testid="incoming-calls">
          {props.calls.map((call) => {
            const secondsLeft = Math.max(0, Math.floor((Date.parse(call.expiresAt) - now) / 1000));
            const ringing = call.state === 'ringing' && secondsLeft > 0;
            return (
              <li
                key={call.incomingCallContext}
                data-state={ringing || call.state !== 'ringing' ? call.state : 'expired'}
                data-from={call.from.rawId}
              >
                <span className="who">
                  <strong>{call.callerDisplayName ?? displayName(call.from)}</strong>
                  <span className="muted">
                    {' '}
                    {displayName(call.from)} → {displayName(call.to)}
                  </span>
                </span>
                {ringing ? (
                  <>
                    <span className="tag ringing" title={`rings until ${call.expiresAt}`}>
                      {secondsLeft} s left
                    </span>
                    <button type="button" className="accept" onClick={() => props.onAnswer(call)}>
                      Answer
                    </button>
                    <button type="button" onClick={() => props.onReject(call, reason)}>
                      Reject
                    </button>
                    <button
                      type="button"
                      disabled={!redirectTo.trim()}
                      onClick={() => props.onRedirect(call, participantInput(redirectTo))}
                    >
                      Redirect
                    </button>
                  </>
                ) : (
                  <span
                    className={`tag ${call.state === 'answered' && props.answeredHere.has(call.incomingCallContext) ? 'here' : ''}`}
                  >
                    {outcome(call, props.answeredHere)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function outcome(call: IncomingCallRow, answeredHere: ReadonlySet<string>): string {
  switch (call.state) {
    case 'answered':
      return answeredHere.has(call.incomingCallContext) ? 'answered here' : 'taken elsewhere';
    case 'ended':
      return (call.endReason ?? 'ended').toLowerCase();
    default:
      return 'missed';
  }
}
