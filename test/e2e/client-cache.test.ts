import {
  CallDocument,
  CallFieldsFragmentDoc,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  RecordingDocument,
  StartRecordingDocument,
} from '@switchboard/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApolloClient } from '../../client/examples/apollo.ts';
import { createUrqlClient } from '../../client/examples/urql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

// The examples are browser code: give this Node process the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000033';

/** A lookup whose fields `connectRoomCall { call { ...CallFields } }` already returned. */
const CALL_STATE = parse(`query CallState($callConnectionId: ID!) {
  call(callConnectionId: $callConnectionId) { id callConnectionId state cursor }
}`);

/** Counts the HTTP requests a client sends to the gateway. */
function countRequests(stack: GatewayStack) {
  const counter = { requests: 0, restore: () => {} };
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).startsWith(stack.graphqlUrl)) counter.requests++;
    return original(input, init);
  };
  counter.restore = () => {
    globalThis.fetch = original;
  };
  disposers.add(() => counter.restore());
  return counter;
}

async function roomWithUser(stack: GatewayStack): Promise<string> {
  const created = await stack.graphql(CreateRoomDocument, {
    input: { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
  });
  const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
  stack.emulator.emulator.control.joinRoomCall(roomId, USER);
  return roomId;
}

describe('cacheConfig', () => {
  it('Apollo Client 4 keeps the Call of connectRoomCall and of a later call(id) as one cache entry', async () => {
    const stack = await startGatewayStack(disposers);
    const counter = countRequests(stack);
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());
    const roomId = await roomWithUser(stack);

    const connected = await apollo.mutate({
      mutation: ConnectRoomCallDocument,
      variables: { input: { roomId } },
    });
    const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
    expect(call.id).toBe(call.callConnectionId);
    const key = apollo.cache.identify({ __typename: 'Call', id: call.id });
    expect(key).toBe(`Call:${call.callConnectionId}`);

    // The fields the mutation returned answer the lookup from the cache: no request.
    const before = counter.requests;
    const cached = await apollo.query({
      query: CALL_STATE,
      variables: { callConnectionId: call.id },
      fetchPolicy: 'cache-first',
    });
    expect(counter.requests).toBe(before);
    expect(cached.data).toEqual({
      call: {
        __typename: 'Call',
        id: call.id,
        callConnectionId: call.id,
        state: call.state,
        cursor: call.cursor,
      },
    });

    // A lookup that needs more (participants) goes to the gateway and updates that same entry.
    await waitFor(() => stack.emulator.emulator.control.callbacksSettled(call.id), { what: 'CallConnected' });
    const fetched = await apollo.query({
      query: CallDocument,
      variables: { callConnectionId: call.id },
      fetchPolicy: 'network-only',
    });
    expect(counter.requests).toBe(before + 1);
    expect(fetched.data?.call?.state).toBe('CONNECTED');
    const calls = Object.keys(apollo.cache.extract() as object).filter((k) => k.startsWith('Call:'));
    expect(calls).toEqual([key]);
    // The mutation's Call now reads what the lookup fetched: one object, not two copies.
    expect(apollo.cache.readFragment({ id: key, fragment: CallFieldsFragmentDoc })?.state).toBe('CONNECTED');
    const root = (apollo.cache.extract() as Record<string, Record<string, unknown>>).ROOT_QUERY ?? {};
    expect(root[`call({"callConnectionId":"${call.id}"})`]).toEqual({ __ref: key });
  });

  it('Apollo Client 4 keeps a Recording of startRecording and of a later recording(id) as one cache entry', async () => {
    const stack = await startGatewayStack(disposers);
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());
    const roomId = await roomWithUser(stack);
    const connected = await apollo.mutate({
      mutation: ConnectRoomCallDocument,
      variables: { input: { roomId } },
    });
    const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
    await waitFor(() => stack.emulator.emulator.control.callbacksSettled(call.id), { what: 'CallConnected' });

    const started = await apollo.mutate({
      mutation: StartRecordingDocument,
      variables: { input: { callConnectionId: call.id } },
    });
    const { recording } = expectTypename(started.data?.startRecording, 'StartRecordingPayload');
    expect(recording.id).toBe(recording.recordingId);
    await apollo.query({
      query: RecordingDocument,
      variables: { recordingId: recording.id },
      fetchPolicy: 'network-only',
    });
    const recordings = Object.keys(apollo.cache.extract() as object).filter((k) =>
      k.startsWith('Recording:'),
    );
    expect(recordings).toEqual([`Recording:${recording.id}`]);
  });

  it('urql Graphcache answers call(id) from the Call that connectRoomCall returned, with no request', async () => {
    const stack = await startGatewayStack(disposers);
    const counter = countRequests(stack);
    const urql = createUrqlClient(stack.graphqlUrl);
    const roomId = await roomWithUser(stack);

    const connected = await urql.mutation(ConnectRoomCallDocument, { input: { roomId } }).toPromise();
    const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
    const before = counter.requests;
    const cached = await urql.query(CALL_STATE, { callConnectionId: call.id }).toPromise();

    expect(counter.requests).toBe(before);
    expect(cached.operation.context.meta?.cacheOutcome).toBe('hit');
    expect(cached.data).toMatchObject({ call: { id: call.id, state: call.state, cursor: call.cursor } });
  });
});
