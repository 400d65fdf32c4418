import type { CallParticipantFieldsFragment, IdentifierFieldsFragment } from '@switchboard/client';

/** How a participant is in the call: a phone (PSTN), an ACS user, a Teams user. */
export function identityKind(identifier: IdentifierFieldsFragment): 'PSTN' | 'ACS' | 'Teams' | 'other' {
  switch (identifier.__typename) {
    case 'PhoneNumberIdentifier':
      return 'PSTN';
    case 'CommunicationUserIdentifier':
      return 'ACS';
    case 'MicrosoftTeamsUserIdentifier':
      return 'Teams';
    default:
      return 'other';
  }
}

/** A short name for a participant: the phone number (raw id `4:<number>`), or the tail of an ACS/Teams id. */
export function displayName(identifier: { rawId: string }): string {
  const id = identifier.rawId;
  if (id.startsWith('4:')) return id.slice(2);
  return id.length > 24 ? `…${id.slice(-12)}` : id;
}

/** Who is in the call (live, from ParticipantsUpdated), with their state; pick one as the target of actions. */
export function Participants(props: {
  participants: CallParticipantFieldsFragment[];
  target: string;
  onTarget(rawId: string): void;
}) {
  if (props.participants.length === 0) return <p className="empty">No participant yet.</p>;
  return (
    <ul className="participants" data-testid="participants">
      {props.participants.map((p) => {
        const kind = identityKind(p.identifier);
        return (
          <li key={p.identifier.rawId} data-raw-id={p.identifier.rawId}>
            <label title={p.identifier.rawId}>
              <input
                type="radio"
                name="target"
                aria-label={p.identifier.rawId}
                checked={props.target === p.identifier.rawId}
                onChange={() => props.onTarget(p.identifier.rawId)}
              />
              <span className="name">{displayName(p.identifier)}</span>
            </label>
            <span className={`tag kind-${kind.toLowerCase()}`} data-testid="participant-kind">
              {kind}
            </span>
            {p.isMuted && <span className="tag state">muted</span>}
            {p.isOnHold && <span className="tag state">on hold</span>}
          </li>
        );
      })}
    </ul>
  );
}
