import { describe, expect, it } from 'vitest';
import { SCOPES, type Scope } from '../../src/auth/principal.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000041-0000-0000-0000-000000000041';
const PHONE = '+14255550123';
const CALLER_ID = '+18005550100';
const CONTEXT = 'eyJhbGciOiJub25lIn0.e30.';
const SOME_CALL = '00000000-0000-4000-8000-0000000000aa';
const OTHER_CALL = '00000000-0000-4000-8000-0000000000bb';

const CREATE_CALL_USER = `mutation { createCall(input: { targets: [{ communicationUserId: "${USER}" }] }) { __typename } }`;
const CREATE_CALL_PHONE = `mutation { createCall(input: { targets: [{ phoneNumber: "${PHONE}" }], sourceCallerIdNumber: "${CALLER_ID}" }) { __typename } }`;
const CONNECT_SERVER_CALL =
  'mutation { connectCall(input: { serverCallId: "aHR0cHM6Ly9leGFtcGxl" }) { __typename } }';
const ANSWER = `mutation { answerCall(input: { incomingCallContext: "${CONTEXT}" }) { __typename } }`;
const REJECT = `mutation { rejectCall(input: { incomingCallContext: "${CONTEXT}" }) { __typename } }`;
const REDIRECT_USER = `mutation { redirectCall(input: { incomingCallContext: "${CONTEXT}", target: { communicationUserId: "${USER}" } }) { __typename } }`;
const REDIRECT_PHONE = `mutation { redirectCall(input: { incomingCallContext: "${CONTEXT}", target: { rawId: "4:${PHONE}" } }) { __typename } }`;
const TRANSFER_PHONE = `mutation { transferCallToParticipant(input: { callConnectionId: "${SOME_CALL}", target: { phoneNumber: "${PHONE}" } }) { __typename } }`;
const MOVE = `mutation { moveParticipants(input: { callConnectionId: "${SOME_CALL}", fromCallConnectionId: "${OTHER_CALL}", participants: [{ communicationUserId: "${USER}" }] }) { __typename } }`;
const INCOMING_CALLS = 'subscription { incomingCalls { __typename cursor } }';

async function authStack(): Promise<GatewayStack> {
  return startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
}

/** Runs `query` with a token; returns the first error code and message. */
async function run(stack: GatewayStack, token: string, query: string) {
  const { body } = await stack.graphqlText(query, {}, bearer(token));
  return { code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data };
}

/** Every scope but `missing`. */
const allBut = (...missing: Scope[]) => SCOPES.filter((scope) => !missing.includes(scope));

const cases: { name: string; query: string; scopes: readonly Scope[]; rooms?: string[]; says: string }[] = [
  {
    name: 'createCall without calls:create',
    query: CREATE_CALL_USER,
    scopes: allBut('calls:create'),
    says: 'calls:create',
  },
  {
    name: 'createCall to a phone without calls:dial-out',
    query: CREATE_CALL_PHONE,
    scopes: allBut('calls:dial-out'),
    says: 'calls:dial-out',
  },
  {
    name: 'createCall with a token limited to some rooms',
    query: CREATE_CALL_USER,
    scopes: SCOPES,
    rooms: ['99000000000000001'],
    says: 'outside them',
  },
  {
    name: 'connectCall by server call id without calls:create',
    query: CONNECT_SERVER_CALL,
    scopes: allBut('calls:create'),
    says: 'calls:create',
  },
  {
    name: 'connectCall by server call id with a token limited to some rooms',
    query: CONNECT_SERVER_CALL,
    scopes: SCOPES,
    rooms: ['99000000000000001'],
    says: 'does not grant room',
  },
  {
    name: 'answerCall without calls:answer',
    query: ANSWER,
    scopes: allBut('calls:answer'),
    says: 'calls:answer',
  },
  {
    name: 'answerCall with a token limited to some rooms',
    query: ANSWER,
    scopes: SCOPES,
    rooms: ['99000000000000001'],
    says: 'outside them',
  },
  {
    name: 'rejectCall without calls:answer',
    query: REJECT,
    scopes: allBut('calls:answer'),
    says: 'calls:answer',
  },
  {
    name: 'redirectCall without calls:answer',
    query: REDIRECT_USER,
    scopes: allBut('calls:answer'),
    says: 'calls:answer',
  },
  {
    name: 'redirectCall to a phone (raw id) without calls:dial-out',
    query: REDIRECT_PHONE,
    scopes: allBut('calls:dial-out'),
    says: 'calls:dial-out',
  },
  {
    name: 'transferCallToParticipant to a phone without calls:dial-out',
    query: TRANSFER_PHONE,
    scopes: allBut('calls:dial-out'),
    says: 'calls:dial-out',
  },
  {
    name: 'moveParticipants from a call outside the granted rooms',
    query: MOVE,
    scopes: SCOPES,
    rooms: ['99000000000000001'],
    says: 'not in a room the token grants',
  },
  {
    name: 'incomingCalls without calls:answer',
    query: INCOMING_CALLS,
    scopes: allBut('calls:answer'),
    says: 'calls:answer',
  },
  {
    name: 'incomingCalls with a token limited to some rooms',
    query: INCOMING_CALLS,
    scopes: SCOPES,
    rooms: ['99000000000000001'],
    says: 'outside them',
  },
];

describe('calls beyond the room: authorization', () => {
  it.each(cases)(
    'refuses $name with FORBIDDEN, before ACS is called',
    async ({ query, scopes, rooms, says }) => {
      const stack = await authStack();
      const { control } = stack.emulator.emulator;
      // A tripwire: any request to ACS would use this fault up.
      control.failNextRequests({ status: 500, count: 1 });
      const token = await clientToken({ scopes, ...(rooms ? { rooms } : {}) });
      const result = await run(stack, token, query);
      expect(result.code).toBe('FORBIDDEN');
      expect(result.message).toContain(says);
      expect(control.faults().requests).toHaveLength(1);
    },
  );

  it('lets moveParticipants through when the token grants the rooms of both calls', async () => {
    const stack = await authStack();
    // Both calls recorded in the granted room (as connectRoomCall records them).
    await stack.eventLog.recordCall(SOME_CALL, { roomId: '99000000000000001' });
    await stack.eventLog.recordCall(OTHER_CALL, { roomId: '99000000000000001' });
    const token = await clientToken({ scopes: ['calls:control'], rooms: ['99000000000000001'] });
    const result = await run(stack, token, MOVE);
    expect(result.code).toBeUndefined();
    // Authorized: the request reached ACS, which does not know these calls.
    expect(result.data).toMatchObject({ moveParticipants: { __typename: 'AcsError' } });
  });
});
