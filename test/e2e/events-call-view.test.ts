import { describe, expect, it } from 'vitest';
import {
  CallEventsDocument,
  CallViewDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  MuteParticipantDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000002';

async function connectedCall(stack: GatewayStack): Promise<string> {
  const { callConnectionId } = await connectRoomCall(postTo(stack), {
    participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
  });
  await waitFor(async () => (await stack.eventLog.readLast(callConnectionId, 10)).length >= 2, {
    what: 'CallConnected and ParticipantsUpdated in the log',
  });
  return callConnectionId;
}

describe('a live UI rendering from call, then following callEvents', () => {
  it('reads CONNECTED and the newest event cursor once CallConnected is in the log', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);

    const view = await stack.graphql(CallViewDocument, { callConnectionId });
    const [newest] = await stack.eventLog.readLast(callConnectionId, 1);
    expect(view.data?.call).toMatchObject({ state: 'CONNECTED', cursor: newest?.cursor });
  });

  it('receives, after the view cursor, only the events that came later', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const view = await stack.graphql(CallViewDocument, { callConnectionId });
    const after = view.data?.call?.cursor ?? null;

    const muted = await stack.graphql(MuteParticipantDocument, {
      input: { callConnectionId, participant: { communicationUserId: USER } },
    });
    expectTypename(muted.data?.muteParticipant, 'MuteParticipantPayload');
    const events = stack.subscribe(CallEventsDocument, { callConnectionId, after });
    const [first] = await events.waitForResults(1);

    const later = await stack.eventLog.readAfter(callConnectionId, after, 10);
    expect(later.length).toBeGreaterThan(0);
    expect(first?.data?.callEvents).toMatchObject({ type: 'PARTICIPANTS_UPDATED', cursor: later[0]?.cursor });
  });

  it('has no cursor before the call has any event, so a subscriber starts from the beginning', async () => {
    const stack = await startGatewayStack(disposers, { emulator: { timing: { connectDelayMs: 60_000 } } });
    const created = await stack.graphql(CreateRoomDocument, {
      input: { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
    });
    const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
    const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: room.id } });
    const { callConnectionId } = expectTypename(
      connected.data?.connectRoomCall,
      'ConnectRoomCallPayload',
    ).call;

    const view = await stack.graphql(CallViewDocument, { callConnectionId });
    expect(view.data?.call).toMatchObject({ state: 'CONNECTING', cursor: null, roomId: room.id });
  });
});
