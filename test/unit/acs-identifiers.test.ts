import { createIdentifierFromRawId } from '@azure/communication-common';
import { describe, expect, it } from 'vitest';
import { fromSdkIdentifier, fromSdkParticipant, toSdkIdentifier } from '../../src/acs/identifiers.ts';
import {
  communicationUserIdentifier,
  identifierFromRawId,
  phoneNumberIdentifier,
} from '../../src/domain/identifier.ts';

const ACS_USER = '8:acs:11111111-1111-4111-8111-111111111111_00000001-0000-0000-0000-000000000001';

describe('identifier conversion between the domain and the SDK', () => {
  it('converts a phone number to the SDK shape and back', () => {
    const sdk = toSdkIdentifier(phoneNumberIdentifier('+14255550123'));
    expect(sdk).toEqual({ phoneNumber: '+14255550123', rawId: '4:+14255550123' });
    expect(fromSdkIdentifier(sdk)).toMatchObject({
      kind: 'phoneNumber',
      phoneNumber: '+14255550123',
      rawId: '4:+14255550123',
    });
  });

  it('converts an ACS user to the SDK shape and back', () => {
    const sdk = toSdkIdentifier(communicationUserIdentifier(ACS_USER));
    expect(sdk).toEqual({ communicationUserId: ACS_USER });
    expect(fromSdkIdentifier(sdk)).toEqual({
      kind: 'communicationUser',
      rawId: ACS_USER,
      communicationUserId: ACS_USER,
    });
  });

  it('classifies Teams users and unknown raw ids as communication-common does', () => {
    expect(
      fromSdkIdentifier(toSdkIdentifier({ kind: 'microsoftTeamsUser', rawId: '8:orgid:abc', userId: 'abc' })),
    ).toEqual({
      kind: 'microsoftTeamsUser',
      rawId: '8:orgid:abc',
      userId: 'abc',
    });
    expect(fromSdkIdentifier(toSdkIdentifier({ kind: 'unknown', rawId: '28:orgid:app' }))).toMatchObject({
      rawId: '28:orgid:app',
    });
  });

  it('keeps isAnonymous from the SDK and reads missing participant flags as false', () => {
    expect(fromSdkIdentifier({ phoneNumber: 'anonymous', isAnonymous: true })).toMatchObject({
      isAnonymous: true,
    });
    expect(fromSdkParticipant({ identifier: { communicationUserId: ACS_USER } })).toEqual({
      identifier: { kind: 'communicationUser', rawId: ACS_USER, communicationUserId: ACS_USER },
      isMuted: false,
      isOnHold: false,
    });
  });
});

describe('raw id classification', () => {
  it('agrees with communication-common on the kind of every raw id', () => {
    const known = new Set(['communicationUser', 'phoneNumber', 'microsoftTeamsUser']);
    for (const rawId of [
      '4:+14255550104',
      '4:anonymous',
      '8:acs:resource_user',
      '8:acs:resource_tenant_user',
      '8:acs:a:4:+14255550104',
      '8:spool:x',
      '8:dod-acs:r_u',
      '8:gcch-acs:r_u',
      '8:orgid:abc',
      '8:teamsvisitor:abc',
      '8:orgid:a:b',
      '28:orgid:app',
      'someone',
      ' 4:+14255550104',
    ]) {
      const sdkKind = createIdentifierFromRawId(rawId).kind;
      expect(identifierFromRawId(rawId).kind, rawId).toBe(known.has(sdkKind) ? sdkKind : 'unknown');
    }
  });
});
