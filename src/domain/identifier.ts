/**
 * Communication identifiers as ACS defines them, independent of any SDK: the gateway's own model,
 * shared by the ACS adapters, the event normalizer and the GraphQL schema.
 */

/** An ACS user (`8:acs:…`, also `8:spool:`, `8:dod-acs:`, `8:gcch-acs:`). */
export interface CommunicationUserIdentifier {
  kind: 'communicationUser';
  rawId: string;
  communicationUserId: string;
}

/** A phone (PSTN) participant; `rawId` is `4:<E.164 number>`. */
export interface PhoneNumberIdentifier {
  kind: 'phoneNumber';
  rawId: string;
  phoneNumber: string;
  isAnonymous: boolean | null;
}

/** A Microsoft Teams user (`8:orgid:…`, `8:dod:…`, `8:gcch:…`, `8:teamsvisitor:…`). */
export interface MicrosoftTeamsUserIdentifier {
  kind: 'microsoftTeamsUser';
  rawId: string;
  userId: string;
}

/** Any identifier the gateway cannot classify (Teams apps included); only its raw id is kept. */
export interface UnknownIdentifier {
  kind: 'unknown';
  rawId: string;
}

export type CommunicationIdentifier =
  | CommunicationUserIdentifier
  | PhoneNumberIdentifier
  | MicrosoftTeamsUserIdentifier
  | UnknownIdentifier;

const ACS_USER_PREFIXES = ['8:acs:', '8:spool:', '8:dod-acs:', '8:gcch-acs:'];
const TEAMS_USER_PREFIXES = ['8:orgid:', '8:dod:', '8:gcch:', '8:teamsvisitor:'];
const PHONE_PREFIX = '4:';

/** E.164: a `+`, then 2 to 15 digits, the first not zero. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

/**
 * Classifies a raw id by its prefix, as `@azure/communication-common` does
 * (acs.md §0.7). A raw id that fits no known prefix becomes an `UnknownIdentifier`.
 */
export function identifierFromRawId(rawId: string): CommunicationIdentifier {
  if (rawId.startsWith(PHONE_PREFIX)) {
    const phoneNumber = rawId.slice(PHONE_PREFIX.length);
    return {
      kind: 'phoneNumber',
      rawId,
      phoneNumber,
      isAnonymous: phoneNumber === 'anonymous' ? true : null,
    };
  }
  if (ACS_USER_PREFIXES.some((prefix) => rawId.startsWith(prefix))) {
    return { kind: 'communicationUser', rawId, communicationUserId: rawId };
  }
  const teamsPrefix = TEAMS_USER_PREFIXES.find((prefix) => rawId.startsWith(prefix));
  if (teamsPrefix) return { kind: 'microsoftTeamsUser', rawId, userId: rawId.slice(teamsPrefix.length) };
  return { kind: 'unknown', rawId };
}

/** The identifier of a phone number (`+14255550123` → rawId `4:+14255550123`). */
export function phoneNumberIdentifier(phoneNumber: string): PhoneNumberIdentifier {
  return { kind: 'phoneNumber', rawId: `${PHONE_PREFIX}${phoneNumber}`, phoneNumber, isAnonymous: false };
}

/** The identifier of an ACS user; its raw id is the user id itself. */
export function communicationUserIdentifier(communicationUserId: string): CommunicationUserIdentifier {
  return { kind: 'communicationUser', rawId: communicationUserId, communicationUserId };
}
