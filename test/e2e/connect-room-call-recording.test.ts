import { describe, expect, it } from 'vitest';
import { type CallEventLog, CallEventLogUnavailableError } from '../../src/events/log.ts';
import { CallDocument, CreateRoomDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const CONNECT = `mutation ($roomId: ID!) {
  connectRoomCall(input: { roomId: $roomId }) {
    __typename
    ... on ConnectRoomCallPayload { call { callConnectionId roomId } }
  }
}`;

/** The real log, except that `recordCall` fails (as with its store down) the first `failures` times. */
function recordCallFailing(failures: number) {
  let failed = 0;
  return (log: CallEventLog): CallEventLog => ({
    ...log,
    async recordCall(callConnectionId, info) {
      if (failed < failures) {
        failed += 1;
        throw new CallEventLogUnavailableError('Redis could not record the call.');
      }
      return log.recordCall(callConnectionId, info);
    },
  });
}

async function connect(stack: GatewayStack) {
  const created = await stack.graphql(CreateRoomDocument, { input: {} });
  const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
  const { body } = await stack.graphqlText(CONNECT, { roomId: room.id });
  return {
    roomId: room.id,
    payload: body.data?.connectRoomCall as Record<string, unknown> | undefined,
    body,
  };
}

describe('connectRoomCall when the call cannot be recorded', () => {
  it('still returns the connected call, with its room, and records the room in the background', async () => {
    const stack = await startGatewayStack(disposers, { wrapEventLog: recordCallFailing(2) });
    const { roomId, payload, body } = await connect(stack);
    expect(body.errors).toBeUndefined();
    expect(payload).toMatchObject({ __typename: 'ConnectRoomCallPayload', call: { roomId } });
    const { callConnectionId } = (payload as { call: { callConnectionId: string } }).call;
    expect(stack.emulator.emulator.control.calls()).toHaveLength(1);
    await waitFor(
      async () => (await stack.graphql(CallDocument, { callConnectionId })).data?.call?.roomId === roomId,
      {
        what: 'the room to be recorded by a background retry',
      },
    );
  });

  it('still returns the connected call when recording never succeeds, and logs that it gave up', async () => {
    const stack = await startGatewayStack(disposers, {
      wrapEventLog: recordCallFailing(Number.POSITIVE_INFINITY),
    });
    const { roomId, payload } = await connect(stack);
    expect(payload).toMatchObject({ __typename: 'ConnectRoomCallPayload', call: { roomId } });
    await waitFor(
      () => stack.logs.some((line) => line.includes('gave up recording the room of the connected call')),
      {
        what: 'the background retries to give up',
      },
    );
  });

  it('cancels its background retries when the gateway stops, which waits for them to end', async () => {
    const stack = await startGatewayStack(disposers, {
      wrapEventLog: recordCallFailing(Number.POSITIVE_INFINITY),
    });
    await connect(stack);
    await stack.gateway.stop();
    // The retry task settled before stop() resolved: it logged its cancellation, not a give-up.
    expect(stack.logs.some((line) => line.includes('background task cancelled: the gateway stopped'))).toBe(
      true,
    );
    expect(stack.logs.some((line) => line.includes('gave up recording'))).toBe(false);
  });
});
