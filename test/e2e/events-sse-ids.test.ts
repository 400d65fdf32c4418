import { describe, expect, it } from 'vitest';
import { ConnectRoomCallDocument, CreateRoomDocument, HangUpDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000032';

/** A call connected, then hung up: its whole log is stored once this resolves. */
async function endedCall(stack: GatewayStack): Promise<string> {
  const created = await stack.graphql(CreateRoomDocument, {
    input: { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
  });
  const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
  stack.emulator.emulator.control.joinRoomCall(roomId, USER);
  const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId } });
  const { callConnectionId } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload').call;
  const logged = async (kind: string) =>
    (await stack.eventLog.readAfter(callConnectionId, null, 100)).some((e) => e.kind === kind);
  await waitFor(() => logged('ParticipantsUpdated'), { what: 'the connect events in the log' });
  const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
  expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
  await waitFor(() => logged('CallDisconnected'), { what: 'CallDisconnected in the log' });
  return callConnectionId;
}

async function storedCursors(stack: GatewayStack, callConnectionId: string): Promise<string[]> {
  return (await stack.eventLog.readAfter(callConnectionId, null, 100)).map((e) => e.cursor);
}

describe('SSE event ids', () => {
  it.each([
    [
      'aliases the cursor',
      'subscription ($id: ID!) { callEvents(callConnectionId: $id) { at: cursor type } }',
    ],
    ['does not select the cursor', 'subscription ($id: ID!) { callEvents(callConnectionId: $id) { type } }'],
    [
      'selects only __typename',
      'subscription ($id: ID!) { callEvents(callConnectionId: $id) { __typename } }',
    ],
  ])('every next carries id: <cursor> when the document %s', async (_, query) => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await endedCall(stack);
    const cursors = await storedCursors(stack, callConnectionId);

    const sse = subscribeOverSse(stack.graphqlUrl, query, { id: callConnectionId });
    disposers.add(() => sse.close());
    const results = await sse.waitForResults(cursors.length);
    expect(results.map((r) => r.lastEventId)).toEqual(cursors);
  });

  it('a reconnecting EventSource resumes after its Last-Event-ID though the document selects no cursor', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await endedCall(stack);
    const cursors = await storedCursors(stack, callConnectionId);
    expect(cursors.length).toBeGreaterThanOrEqual(3);

    const query = 'subscription ($id: ID!) { callEvents(callConnectionId: $id) { kind: type } }';
    const sse = subscribeOverSse(
      stack.graphqlUrl,
      query,
      { id: callConnectionId },
      { lastEventId: cursors[1] },
    );
    disposers.add(() => sse.close());
    const results = await sse.waitForResults(cursors.length - 2);
    await waitFor(() => sse.endings > 0, { what: 'the stream to complete' });
    expect(sse.requests[0]?.lastEventId).toBe(cursors[1]);
    expect(sse.results.map((r) => r.lastEventId)).toEqual(cursors.slice(2));
    expect(results.at(-1)?.data).toEqual({ callEvents: { kind: 'CALL_DISCONNECTED' } });
  });
});
