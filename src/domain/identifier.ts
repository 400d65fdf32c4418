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
const TEAMS_APP_PREFIXES = ['28:orgid:', '28:gcch:', '28:dod:'];
const PHONE_PREFIX = '4:';

/** E.164: a `+`, then 2 to 15 digits, the first not zero. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

/**
 * Classifies a raw id as `createIdentifierFromRawId` of `@azure/communication-common` does (acs.md §0.7):
 * `4:` is a phone; otherwise the id must be `<prefix>:<suffix>` with exactly three `:`-separated parts, and an
 * `8:acs:`-family suffix of three `_`-separated parts is a Teams extension user, not an ACS user. Anything else
 * (Teams apps and extension users included) becomes an `UnknownIdentifier`.
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
  const segments = rawId.split(':');
  if (segments.length !== 3) return { kind: 'unknown', rawId };
  const prefix = `${segments[0]}:${segments[1]}:`;
  const suffix = segments[2] ?? '';
  if (prefix === '8:spool:' || (ACS_USER_PREFIXES.includes(prefix) && suffix.split('_').length !== 3)) {
    return { kind: 'communicationUser', rawId, communicationUserId: rawId };
  }
  if (TEAMS_USER_PREFIXES.includes(prefix)) return { kind: 'microsoftTeamsUser', rawId, userId: suffix };
  return { kind: 'unknown', rawId };
}

/** The fields of an input that name a participant, each holding one kind of identifier. */
export type IdentifierField = 'phoneNumber' | 'communicationUserId' | 'rawId';

/** What each field accepts, said to a client whose value does not fit. */
export const IDENTIFIER_FIELD_SHAPES: Readonly<Record<IdentifierField, string>> = {
  phoneNumber: 'must be an E.164 phone number such as +14255550123',
  communicationUserId: `must be an ACS user id (${ACS_USER_PREFIXES.map((prefix) => `${prefix}…`).join(', ')})`,
  rawId:
    'must be the raw id of a phone (4:<E.164 number>), an ACS user (8:acs:…), a Teams user (8:orgid:…) or a Teams app (28:orgid:…)',
};

/**
 * Parses the value of an identifier field by the kind the field names: `phoneNumber` only E.164,
 * `communicationUserId` only an ACS user raw id, `rawId` a phone (E.164), an ACS user, a Teams user or a Teams
 * app. Null when the value is not of that kind, so a phone number cannot travel in a user id field.
 */
export function parseIdentifier(field: IdentifierField, value: string): CommunicationIdentifier | null {
  if (field === 'phoneNumber') return E164_PATTERN.test(value) ? phoneNumberIdentifier(value) : null;
  const identifier = identifierFromRawId(value);
  const suffix = value.split(':')[2] ?? '';
  if (identifier.kind !== 'phoneNumber' && !/^[^\s]+$/.test(suffix)) return null;
  if (field === 'communicationUserId') return identifier.kind === 'communicationUser' ? identifier : null;
  switch (identifier.kind) {
    case 'phoneNumber':
      return E164_PATTERN.test(identifier.phoneNumber) ? identifier : null;
    case 'unknown':
      return TEAMS_APP_PREFIXES.some((prefix) => value.startsWith(prefix)) ? identifier : null;
    default:
      return identifier;
  }
}

/**
 * Whether ACS would take `value`, from any identifier field, as a phone number: the SDK serializes every
 * identifier with its raw id, and a raw id starting `4:` is a phone whatever field carried it.
 */
export function namesPhoneNumber(field: string, value: string): boolean {
  return field === 'phoneNumber' || identifierFromRawId(value.trim()).kind === 'phoneNumber';
}

/** The identifier of a phone number (`+14255550123` → rawId `4:+14255550123`). */
export function phoneNumberIdentifier(phoneNumber: string): PhoneNumberIdentifier {
  return { kind: 'phoneNumber', rawId: `${PHONE_PREFIX}${phoneNumber}`, phoneNumber, isAnonymous: false };
}

/** The identifier of an ACS user; its raw id is the user id itself. */
export function communicationUserIdentifier(communicationUserId: string): CommunicationUserIdentifier {
  return { kind: 'communicationUser', rawId: communicationUserId, communicationUserId };
}
