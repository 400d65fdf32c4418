import type { CommunicationIdentifier } from '../domain/identifier.ts';
import type { ParticipantInput } from '../resolvers/validate.ts';
import type { Builder } from './builder.ts';

/** Registers the identifier interface, its four object types and `ParticipantInput`. */
export function addIdentifierTypes(builder: Builder) {
  const rawIdDescription = 'The identifier in ACS raw-id form (`8:acs:…`, `4:+14255550123`, `8:orgid:…`).';

  const CommunicationIdentifierInterface = builder
    .interfaceRef<CommunicationIdentifier>('CommunicationIdentifier')
    .implement({
      description: 'Who a participant is, as ACS identifies them.',
      resolveType: (identifier) => {
        switch (identifier.kind) {
          case 'communicationUser':
            return 'CommunicationUserIdentifier';
          case 'phoneNumber':
            return 'PhoneNumberIdentifier';
          case 'microsoftTeamsUser':
            return 'MicrosoftTeamsUserIdentifier';
          default:
            return 'UnknownIdentifier';
        }
      },
      fields: (t) => ({ rawId: t.exposeString('rawId', { description: rawIdDescription }) }),
    });

  builder
    .objectRef<Extract<CommunicationIdentifier, { kind: 'communicationUser' }>>('CommunicationUserIdentifier')
    .implement({
      description: 'An ACS user (`8:acs:…`).',
      interfaces: [CommunicationIdentifierInterface],
      fields: (t) => ({
        rawId: t.exposeString('rawId', { description: rawIdDescription }),
        communicationUserId: t.exposeString('communicationUserId', {
          description: 'The ACS user id (the same string as `rawId`).',
        }),
      }),
    });
  builder
    .objectRef<Extract<CommunicationIdentifier, { kind: 'phoneNumber' }>>('PhoneNumberIdentifier')
    .implement({
      description: 'A phone (PSTN) participant; `rawId` is `4:<E.164 number>`.',
      interfaces: [CommunicationIdentifierInterface],
      fields: (t) => ({
        rawId: t.exposeString('rawId', { description: rawIdDescription }),
        phoneNumber: t.exposeString('phoneNumber', { description: 'The E.164 number, or `anonymous`.' }),
        isAnonymous: t.boolean({
          nullable: true,
          description: 'True when the caller withheld the number; null when ACS did not say.',
          resolve: (identifier) => identifier.isAnonymous,
        }),
      }),
    });
  builder
    .objectRef<Extract<CommunicationIdentifier, { kind: 'microsoftTeamsUser' }>>(
      'MicrosoftTeamsUserIdentifier',
    )
    .implement({
      description: 'A Microsoft Teams user (`8:orgid:…`).',
      interfaces: [CommunicationIdentifierInterface],
      fields: (t) => ({
        rawId: t.exposeString('rawId', { description: rawIdDescription }),
        userId: t.exposeString('userId', { description: 'The Entra ID object id of the Teams user.' }),
      }),
    });
  builder.objectRef<Extract<CommunicationIdentifier, { kind: 'unknown' }>>('UnknownIdentifier').implement({
    description:
      'An identifier the gateway does not classify (Teams apps included); only its raw id is known.',
    interfaces: [CommunicationIdentifierInterface],
    fields: (t) => ({ rawId: t.exposeString('rawId', { description: rawIdDescription }) }),
  });

  const ParticipantInputRef = builder.inputRef<ParticipantInput>('ParticipantInput').implement({
    description:
      'Names a call participant: set exactly one of `phoneNumber`, `communicationUserId` or `rawId` (GraphQL ' +
      'refuses any other input).',
    isOneOf: true,
    fields: (t) => ({
      phoneNumber: t.field({
        type: 'PhoneNumber',
        required: false,
        description: 'A phone number (E.164), e.g. `+14255550123`.',
      }),
      communicationUserId: t.string({
        required: false,
        description:
          'An ACS user id, and only that: `8:acs:…`, `8:spool:…`, `8:dod-acs:…` or `8:gcch-acs:…` (anything else ' +
          'is an `InputError` for this field).',
      }),
      rawId: t.string({
        required: false,
        description:
          'An identifier in raw-id form: a phone (`4:<E.164 number>`), an ACS user (`8:acs:…`), a Teams user ' +
          '(`8:orgid:…`, `8:dod:…`, `8:gcch:…`, `8:teamsvisitor:…`) or a Teams app (`28:orgid:…`). A phone needs ' +
          'the `calls:dial-out` scope wherever it may be called.',
      }),
    }),
  });

  return { CommunicationIdentifierInterface, ParticipantInputRef };
}
