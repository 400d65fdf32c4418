import { describe, expect, it } from 'vitest';
import {
  AddParticipantDocument,
  CallDocument,
  CallEventsDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  HangUpDocument,
  RemoveParticipantDocument,
  SendDtmfTonesDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { CORE_FLOW, CORE_FLOW_ROOM } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const { phone: PHONE, callerId: CALLER_ID } = CORE_FLOW;

describe('the core flow through the gateway', () => {
  it('creates a room, connects to its call, dials a phone in, sends DTMF, removes the phone and hangs up for everyone', async () => {
    const stack = await startGatewayStack(disposers);
    const { control } = stack.emulator.emulator;

    // A user on the roster keeps the room call alive once the phone participant leaves.
    const created = await stack.graphql(CreateRoomDocument, { input: CORE_FLOW_ROOM });
    const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
    expect(control.rooms().find((r) => r.id === room.id)).toBeTruthy();

    const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: room.id } });
    const connection = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
    const callConnectionId = connection.call.callConnectionId;
    expect(connection.operationContext).toMatch(/^[0-9a-f-]{36}$/);

    const events = stack.subscribe(CallEventsDocument, { callConnectionId });
    await events.waitForResults(1);
    await waitFor(() => events.results.some((r) => r.data?.callEvents.type === 'CALL_CONNECTED'), {
      what: 'CallConnected through the gateway',
    });
    const [connectedEvent] = events.results.filter((r) => r.data?.callEvents.type === 'CALL_CONNECTED');
    expect(connectedEvent?.data?.callEvents.operationContext).toBe(connection.operationContext);

    const added = await stack.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
    });
    const invitation = expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
    await waitFor(
      () =>
        events.results.some(
          (r) =>
            r.data?.callEvents.type === 'ADD_PARTICIPANT_SUCCEEDED' &&
            r.data.callEvents.operationContext === invitation.operationContext,
        ),
      { what: 'AddParticipantSucceeded' },
    );
    expect(control.call(callConnectionId).participants.map((p) => p.identifier.rawId)).toContain(
      `4:${PHONE}`,
    );

    const call = await stack.graphql(CallDocument, { callConnectionId });
    expect(call.data?.call?.roomId).toBe(room.id);
    expect(call.data?.call?.room?.id).toBe(room.id);
    expect(call.data?.call?.participants.map((p) => p.identifier.rawId)).toContain(`4:${PHONE}`);

    const dtmf = await stack.graphql(SendDtmfTonesDocument, {
      input: { callConnectionId, tones: ['ONE', 'TWO', 'POUND'], target: { phoneNumber: PHONE } },
    });
    const sent = expectTypename(dtmf.data?.sendDtmfTones, 'SendDtmfTonesPayload');
    await waitFor(
      () =>
        events.results.some(
          (r) =>
            r.data?.callEvents.type === 'SEND_DTMF_TONES_COMPLETED' &&
            r.data.callEvents.operationContext === sent.operationContext,
        ),
      { what: 'SendDtmfTonesCompleted' },
    );

    const removed = await stack.graphql(RemoveParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE } },
    });
    expectTypename(removed.data?.removeParticipant, 'RemoveParticipantPayload');
    await waitFor(
      () => !control.call(callConnectionId).participants.some((p) => p.identifier.rawId === `4:${PHONE}`),
      { what: 'the phone participant to leave the emulated call' },
    );

    const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    expect(expectTypename(hungUp.data?.hangUp, 'HangUpPayload').callConnectionId).toBe(callConnectionId);
    await waitFor(() => control.call(callConnectionId).state === 'ended', {
      what: 'the call to end for everyone',
    });
    await waitFor(() => events.results.some((r) => r.data?.callEvents.type === 'CALL_DISCONNECTED'), {
      what: 'CallDisconnected',
    });
  });
});
