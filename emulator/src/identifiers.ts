import { badRequest } from './errors.ts';

export type IdentifierKind =
  | 'communicationUser'
  | 'phoneNumber'
  | 'microsoftTeamsUser'
  | 'microsoftTeamsApp'
  | 'teamsExtensionUser'
  | 'unknown';

/** `CommunicationIdentifierModel` as the service returns it: always with `kind` and the matching sub-object. */
export interface IdentifierModel {
  kind: IdentifierKind;
  rawId: string;
  communicationUser?: { id: string };
  phoneNumber?: { value: string };
  microsoftTeamsUser?: { userId: string; cloud: string };
  microsoftTeamsApp?: { appId: string; cloud: string };
}

const ACS_USER_PREFIXES = ['8:acs:', '8:spool:', '8:dod-acs:', '8:gcch-acs:'];
const TEAMS_USER_PREFIXES: [string, string][] = [
  ['8:orgid:', 'public'],
  ['8:dod:', 'dod'],
  ['8:gcch:', 'gcch'],
  ['8:teamsvisitor:', 'public'],
];
const TEAMS_APP_PREFIXES: [string, string][] = [
  ['28:orgid:', 'public'],
  ['28:gcch:', 'gcch'],
  ['28:dod:', 'dod'],
];

/** Infers the kind from a raw id prefix, as communication-common does (acs.md §0.7). */
export function kindOfRawId(rawId: string): IdentifierKind {
  if (rawId.startsWith('4:')) return 'phoneNumber';
  if (ACS_USER_PREFIXES.some((prefix) => rawId.startsWith(prefix))) return 'communicationUser';
  if (TEAMS_USER_PREFIXES.some(([prefix]) => rawId.startsWith(prefix))) return 'microsoftTeamsUser';
  if (TEAMS_APP_PREFIXES.some(([prefix]) => rawId.startsWith(prefix))) return 'microsoftTeamsApp';
  return 'unknown';
}

/** True for an ACS user raw id with something after the prefix (what Rooms accepts as a participant). */
export function isCommunicationUserRawId(rawId: string): boolean {
  return ACS_USER_PREFIXES.some((prefix) => rawId.startsWith(prefix) && rawId.length > prefix.length + 1);
}

export function identifierFromRawId(rawId: string): IdentifierModel {
  const kind = kindOfRawId(rawId);
  switch (kind) {
    case 'phoneNumber':
      return { rawId, kind, phoneNumber: { value: rawId.slice(2) } };
    case 'communicationUser':
      return { rawId, kind, communicationUser: { id: rawId } };
    case 'microsoftTeamsUser': {
      const [prefix, cloud] = TEAMS_USER_PREFIXES.find(([p]) => rawId.startsWith(p)) ?? ['', 'public'];
      return { rawId, kind, microsoftTeamsUser: { userId: rawId.slice(prefix.length), cloud } };
    }
    case 'microsoftTeamsApp': {
      const [prefix, cloud] = TEAMS_APP_PREFIXES.find(([p]) => rawId.startsWith(p)) ?? ['', 'public'];
      return { rawId, kind, microsoftTeamsApp: { appId: rawId.slice(prefix.length), cloud } };
    }
    default:
      return { rawId, kind: 'unknown' };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(value: unknown, key: string): string | undefined {
  return isRecord(value) && typeof value[key] === 'string' ? (value[key] as string) : undefined;
}

/**
 * Reads an identifier from a request body. Identifiers arrive with `kind` (participant ops) or without it
 * (play `playTo`, recognize/hold/DTMF `targetParticipant`), so the raw id comes from `rawId` or the
 * populated sub-object (acs.md §0.7). Answers 400 when neither is usable.
 */
export function parseIdentifier(value: unknown, field: string): IdentifierModel {
  if (!isRecord(value)) throw badRequest(`${field} is required.`);
  const rawId =
    stringField(value, 'rawId') ??
    stringField(value.communicationUser, 'id') ??
    (stringField(value.phoneNumber, 'value') ? `4:${stringField(value.phoneNumber, 'value')}` : undefined) ??
    (stringField(value.microsoftTeamsUser, 'userId')
      ? `8:orgid:${stringField(value.microsoftTeamsUser, 'userId')}`
      : undefined) ??
    (stringField(value.microsoftTeamsApp, 'appId')
      ? `28:orgid:${stringField(value.microsoftTeamsApp, 'appId')}`
      : undefined);
  if (!rawId) throw badRequest(`${field} has no identifier.`);
  const identifier = identifierFromRawId(rawId);
  if (identifier.kind === 'phoneNumber' && !/^\+\d{3,15}$/.test(identifier.phoneNumber?.value ?? '')) {
    throw badRequest(`${field} is not a valid phone number.`);
  }
  return identifier;
}
