import { describe, expect, it } from 'vitest';
import {
  CallEventsDocument,
  CallEventsLogDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  PlayMediaDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';

async function connectedCall(stack: GatewayStack) {
  const created = await stack.graphql(CreateRoomDocument, {
    input: { participants: [{ communicationUserId: USER }] },
  });
  const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
  const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId } });
  const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
  const callConnectionId = call.callConnectionId;
  await waitFor(
    async () =>
      (await stack.graphql(CallEventsLogDocument, { callConnectionId })).data?.call?.events.some(
        (e) => e.type === 'CALL_CONNECTED',
      ),
    { what: 'CallConnected in the log' },
  );
  return callConnectionId;
}

describe('Call.events', () => {
  it('pages the retained log forward, oldest first: the first N, then the first N after the last cursor', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const all = (await stack.graphql(CallEventsLogDocument, { callConnectionId, first: 100 })).data?.call
      ?.events;
    expect(all?.length).toBeGreaterThan(1);
    const page = async (after?: string) =>
      (await stack.graphql(CallEventsLogDocument, { callConnectionId, first: 1, after })).data?.call
        ?.events ?? [];
    const pages: string[] = [];
    for (let next = await page(); next.length > 0; next = await page(next[0]?.cursor)) {
      pages.push(next[0]?.id ?? '');
    }
    // Events may still arrive while paging: the pages hold everything read at first, in order, then those.
    expect(pages.slice(0, all?.length)).toEqual(all?.map((e) => e.id));
  });
});

describe('the callEvents subscription over graphql-ws', () => {
  it('streams live events of the kinds asked for, with the operationContext of the action', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const events = stack.subscribe(CallEventsDocument, {
      callConnectionId,
      types: ['PLAY_STARTED', 'PLAY_COMPLETED'],
    });
    const played = await stack.graphql(PlayMediaDocument, {
      input: {
        callConnectionId,
        sources: [{ file: { url: 'https://example.com/a.wav' } }],
        operationContext: 'p1',
      },
    });
    expectTypename(played.data?.playMedia, 'PlayMediaPayload');
    const results = await events.waitForResults(2);
    expect(results.map((r) => [r.data?.callEvents.__typename, r.data?.callEvents.operationContext])).toEqual([
      ['PlayStarted', 'p1'],
      ['PlayCompleted', 'p1'],
    ]);
  });

  it('resumes after a cursor without repeating what the client already has', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const log = await stack.graphql(CallEventsLogDocument, { callConnectionId, first: 100 });
    const retained = log.data?.call?.events ?? [];
    expect(retained.length).toBeGreaterThan(1);
    const events = stack.subscribe(CallEventsDocument, { callConnectionId, after: retained[0]?.cursor });
    const results = await events.waitForResults(retained.length - 1);
    expect(results.map((r) => r.data?.callEvents.id)).toEqual(retained.slice(1).map((e) => e.id));
  });

  it('refuses a cursor the log never issued with BAD_USER_INPUT', async () => {
    const stack = await startGatewayStack(disposers);
    const client = stack.wsClient();
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { callEvents(callConnectionId: "c1", after: "garbage") { id } }' },
        { next: (result) => resolve(result.errors), error: resolve, complete: () => resolve('completed') },
      );
    });
    expect(error).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }]);
  });

  it('works the same with the Redis event log', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const callConnectionId = await connectedCall(stack);
    const events = stack.subscribe(CallEventsDocument, { callConnectionId, types: ['CALL_CONNECTED'] });
    const [first] = await events.waitForResults(1);
    expect(first?.data?.callEvents).toMatchObject({ __typename: 'CallConnected', callConnectionId });
  });
});
