import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  isPhoneNumberIdentifier,
  type CommunicationUserIdentifier as SdkCommunicationUser,
  type CommunicationIdentifier as SdkIdentifier,
  type PhoneNumberIdentifier as SdkPhoneNumber,
  type MicrosoftTeamsUserIdentifier as SdkTeamsUser,
} from '@azure/communication-common';
import type { CallParticipant } from '../domain/call.ts';
import { type CommunicationIdentifier, identifierFromRawId } from '../domain/identifier.ts';

/** The SDK identifier for a domain identifier (the shape `@azure/communication-common` expects). */
export function toSdkIdentifier(identifier: CommunicationIdentifier): SdkIdentifier {
  switch (identifier.kind) {
    case 'phoneNumber':
      return { phoneNumber: identifier.phoneNumber, rawId: identifier.rawId };
    case 'communicationUser':
      return { communicationUserId: identifier.communicationUserId };
    default:
      // Teams users, Teams apps and anything else: let communication-common classify the raw id.
      return createIdentifierFromRawId(identifier.rawId);
  }
}

/**
 * The SDK identifier for an invitation target (`CallInvite.targetParticipant`), which only accepts
 * identifiers that can be called.
 */
export function toSdkInviteTarget(
  identifier: CommunicationIdentifier,
): SdkPhoneNumber | SdkCommunicationUser | SdkTeamsUser {
  const sdk = toSdkIdentifier(identifier);
  return sdk as SdkPhoneNumber | SdkCommunicationUser | SdkTeamsUser;
}

/** The domain identifier for an SDK identifier (classified by raw id, as communication-common does). */
export function fromSdkIdentifier(identifier: SdkIdentifier): CommunicationIdentifier {
  const domain = identifierFromRawId(getIdentifierRawId(identifier));
  if (domain.kind === 'phoneNumber' && isPhoneNumberIdentifier(identifier)) {
    return { ...domain, isAnonymous: identifier.isAnonymous ?? domain.isAnonymous };
  }
  return domain;
}

/** The domain participant for an SDK participant (missing flags read as false). */
export function fromSdkParticipant(participant: {
  identifier?: SdkIdentifier;
  isMuted?: boolean;
  isOnHold?: boolean;
}): CallParticipant {
  return {
    identifier: participant.identifier
      ? fromSdkIdentifier(participant.identifier)
      : { kind: 'unknown', rawId: '' },
    isMuted: participant.isMuted ?? false,
    isOnHold: participant.isOnHold ?? false,
  };
}
