import { describe, expect, it } from 'vitest';
import type { Scope } from '../../src/auth/principal.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { acsTripwire } from '../helpers/emulator.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';
const SMUGGLED = '4:+14255550104';

const ADD = `mutation($id: ID!, $participant: ParticipantInput!) {
  addParticipant(input: { callConnectionId: $id, participant: $participant, sourceCallerIdNumber: "+18005550100" }) {
    __typename ... on InputError { field } } }`;

/** `data[name]`, failing the test with the whole result when it is missing. */
function fieldOf<T>(data: Record<string, unknown> | null | undefined, name: string): T {
  const value = data?.[name];
  if (value === undefined || value === null) throw new Error(`no ${name} in ${JSON.stringify(data)}`);
  return value as T;
}

/** A gateway with client auth and a call connected in a room that allows dial-out. */
async function connectedCall() {
  const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
  const token = await clientToken();
  const run = async (query: string, variables: Record<string, unknown>, as = token) =>
    (await stack.graphqlText(query, variables, bearer(as))).body;
  const created = await run(
    `mutation { createRoom(input: { pstnDialOutEnabled: true, participants: [{ communicationUserId: "${USER}" }] }) {
      ... on CreateRoomPayload { room { id } } } }`,
    {},
  );
  const roomId = fieldOf<{ room: { id: string } }>(created.data, 'createRoom').room.id;
  const connected = await run(
    `mutation($roomId: ID!) { connectRoomCall(input: { roomId: $roomId }) {
      ... on ConnectRoomCallPayload { call { callConnectionId } } } }`,
    { roomId },
  );
  const callId = fieldOf<{ call: { callConnectionId: string } }>(connected.data, 'connectRoomCall').call
    .callConnectionId;
  return { stack, run, callId };
}

const auditOf = (stack: GatewayStack, operation: string) =>
  stack.logs
    .map((line) => JSON.parse(line) as { audit?: { operation?: string; outcome?: string } })
    .flatMap((line) => (line.audit?.operation === operation ? [line.audit] : []));

describe('a phone number smuggled in communicationUserId', () => {
  it('is refused to a token holding calls:control only, ACS never dials, and the audit line is not ok', async () => {
    const { stack, run, callId } = await connectedCall();
    const controlOnly = await clientToken({ scopes: ['calls:control'] satisfies Scope[] });
    const tripwire = await acsTripwire(stack.emulator);
    const body = await run(ADD, { id: callId, participant: { communicationUserId: SMUGGLED } }, controlOnly);
    const refused =
      body.errors?.[0]?.extensions?.code === 'FORBIDDEN' ||
      (body.data?.addParticipant as { __typename?: string } | undefined)?.__typename === 'InputError';
    expect(refused, JSON.stringify(body)).toBe(true);
    expect(await tripwire.untouched()).toBe(true);
    expect(auditOf(stack, 'addParticipant').at(-1)?.outcome).not.toBe('ok');
  });

  it('is an InputError naming the field even with calls:dial-out, and ACS never dials', async () => {
    const { stack, run, callId } = await connectedCall();
    const tripwire = await acsTripwire(stack.emulator);
    const body = await run(ADD, { id: callId, participant: { communicationUserId: SMUGGLED } });
    expect(body.data?.addParticipant).toEqual({
      __typename: 'InputError',
      field: 'input.participant.communicationUserId',
    });
    expect(await tripwire.untouched()).toBe(true);
  });
});

describe('identifiers are parsed by kind', () => {
  const mismatches: [string, Record<string, string>, string][] = [
    ['a Teams user as communicationUserId', { communicationUserId: '8:orgid:abc' }, 'communicationUserId'],
    [
      'an id of no known kind as communicationUserId',
      { communicationUserId: 'someone' },
      'communicationUserId',
    ],
    ['an ACS user id with extra segments', { communicationUserId: `${USER}:4:+1425` }, 'communicationUserId'],
    ['a phone raw id that is not E.164', { rawId: '4:14255550104' }, 'rawId'],
    ['a raw id of no known kind', { rawId: 'someone' }, 'rawId'],
  ];

  it.each(mismatches)('%s is an InputError naming the field, before ACS', async (_name, participant, key) => {
    const { stack, run, callId } = await connectedCall();
    const tripwire = await acsTripwire(stack.emulator);
    const body = await run(ADD, { id: callId, participant });
    expect(body.data?.addParticipant).toEqual({
      __typename: 'InputError',
      field: `input.participant.${key}`,
    });
    expect(await tripwire.untouched()).toBe(true);
  });

  it('a room participant that is not an ACS user is an InputError naming the field, before ACS', async () => {
    const { stack, run } = await connectedCall();
    const tripwire = await acsTripwire(stack.emulator);
    const body = await run(
      `mutation { createRoom(input: { participants: [{ communicationUserId: "${USER}" }, { communicationUserId: "${SMUGGLED}" }] }) {
        __typename ... on InputError { field } } }`,
      {},
    );
    expect(body.data?.createRoom).toEqual({
      __typename: 'InputError',
      field: 'input.participants.1.communicationUserId',
    });
    expect(await tripwire.untouched()).toBe(true);
  });
});
