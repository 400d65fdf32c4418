import { CallDocument, type CallParticipantFieldsFragment, type ParticipantInput } from '@switchboard/client';
import { useEffect, useState } from 'react';
import { request } from './gateway.ts';
import { participantInput } from './incoming-calls.tsx';
import type { KnownCall } from './known-calls.ts';
import { displayName } from './participants.tsx';

/** Hand the call over: `transferCallToParticipant` to a phone (with a caller id) or an ACS user. */
export function TransferForm(props: {
  onTransfer(target: ParticipantInput, sourceCallerIdNumber: string | null): unknown;
}) {
  const [target, setTarget] = useState('+14255550199');
  const [callerId, setCallerId] = useState('+18005550100');
  const toPhone = target.trim().startsWith('+');
  return (
    <form
      className="row"
      aria-label="Transfer the call"
      onSubmit={(event) => {
        event.preventDefault();
        props.onTransfer(participantInput(target), toPhone ? callerId.trim() : null);
      }}
    >
      <label>
        Transfer to{' '}
        <input
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          placeholder="+1… or 8:acs:…"
          size={14}
        />
      </label>
      <label>
        Caller id{' '}
        <input value={callerId} disabled={!toPhone} onChange={(e) => setCallerId(e.target.value)} size={14} />
      </label>
      <button type="submit" disabled={!target.trim()}>
        Transfer
      </button>
    </form>
  );
}

/**
 * Pull someone from another call the console knows into this one (`moveParticipants`): pick the call, then one of
 * its participants (read with the `call` query).
 */
export function MoveForm(props: {
  graphqlUrl: string;
  others: KnownCall[];
  onMove(fromCallConnectionId: string, participant: ParticipantInput): unknown;
  onError(message: string): void;
}) {
  const { graphqlUrl, onError } = props;
  const [from, setFrom] = useState(props.others[0]?.callConnectionId ?? '');
  const [participants, setParticipants] = useState<CallParticipantFieldsFragment[]>([]);
  const [who, setWho] = useState('');
  const source = props.others.some((c) => c.callConnectionId === from)
    ? from
    : (props.others[0]?.callConnectionId ?? '');

  useEffect(() => {
    setParticipants([]);
    if (!source) return;
    request(graphqlUrl, CallDocument, { callConnectionId: source }).then(
      (data) => {
        const list = data.call?.participants ?? [];
        setParticipants(list);
        setWho(list[0]?.identifier.rawId ?? '');
      },
      (error: unknown) => onError(`Reading the participants of ${source} failed: ${String(error)}`),
    );
  }, [graphqlUrl, source, onError]);

  if (props.others.length === 0) return null;
  return (
    <form
      className="row"
      aria-label="Move participants here"
      onSubmit={(event) => {
        event.preventDefault();
        props.onMove(source, { rawId: who });
      }}
    >
      <label>
        From call{' '}
        <select value={source} onChange={(e) => setFrom(e.target.value)}>
          {props.others.map((c) => (
            <option key={c.callConnectionId} value={c.callConnectionId}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Participant{' '}
        <select aria-label="Participant to move" value={who} onChange={(e) => setWho(e.target.value)}>
          {participants.map((p) => (
            <option key={p.identifier.rawId} value={p.identifier.rawId}>
              {displayName(p.identifier)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!who}>
        Move participants here
      </button>
    </form>
  );
}
