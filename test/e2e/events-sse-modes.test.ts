import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import { describe, expect, it } from 'vitest';
import { SINGLE_CONNECTION_MODE_REFUSAL } from '../../src/server/sse-subscriptions.ts';
import { EventStreamDocument, HangUpDocument } from '../gql/graphql.ts';
import { within } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000011';

async function connectedCall(stack: GatewayStack): Promise<string> {
  return (
    await connectRoomCall(postTo(stack), { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] })
  ).callConnectionId;
}

/** Subscribes with the graphql-sse client; resolves with the event types once the server completes. */
function collect(
  client: ReturnType<typeof createClient>,
  variables: Record<string, unknown>,
): { types: string[]; done: Promise<void> } {
  const types: string[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const dispose = client.subscribe<{ callEvents: { type: string } }>(
      { query: print(EventStreamDocument), variables },
      {
        next: (result) => {
          if (result.data) types.push(result.data.callEvents.type);
        },
        error: reject,
        complete: resolve,
      },
    );
    disposers.add(dispose);
  });
  return { types, done };
}

describe('the graphql-sse client', () => {
  it('in distinct connections mode streams a call until CallDisconnected, then completes', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const client = createClient({ url: stack.graphqlUrl, retryAttempts: 0 });
    disposers.add(() => client.dispose());

    const events = collect(client, { callConnectionId });
    const hungUp = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
    await within(events.done, 10_000, 'the stream to complete');

    expect(events.types[0]).toBe('CALL_CONNECTED');
    expect(events.types.at(-1)).toBe('CALL_DISCONNECTED');
  });

  it('in single connection mode is refused with a 405 that names the modes that work', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const client = createClient({ url: stack.graphqlUrl, singleConnection: true, retryAttempts: 0 });
    disposers.add(() => client.dispose());

    const events = collect(client, { callConnectionId });

    await expect(events.done).rejects.toThrow(
      'Server responded with 405: graphql-sse single connection mode is not supported; use distinct connections mode',
    );
    const reservation = await fetch(stack.graphqlUrl, { method: 'PUT' });
    expect(reservation.status).toBe(405);
    expect(await reservation.json()).toEqual({
      errors: [{ message: SINGLE_CONNECTION_MODE_REFUSAL, extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
