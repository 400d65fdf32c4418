import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import {
  type CallEventFieldsFragment,
  CallEventsDocument,
  CreateRoomDocument,
  type CreateRoomMutation,
  HangUpDocument,
} from '@switchboard/client';
import { describe, expect, it } from 'vitest';
import { pipe, subscribe } from 'wonka';
import WebSocket from 'ws';
import { createApolloClient } from '../../client/examples/apollo.ts';
import { followCall } from '../../client/examples/graphql-ws.ts';
import { dialAndWait } from '../../client/examples/outcome.ts';
import { createUrqlClient } from '../../client/examples/urql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

// The examples are browser code: give this Node process (one per test file) the WebSocket a browser has.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

const disposers = useDisposers();
const root = resolve(import.meta.dirname, '../..');
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000030';
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
/** Rejected by the gateway before ACS is called: an `InputError` in the `createRoom` union. */
const BAD_WINDOW = { validFrom: day(2), validUntil: day(1) };

async function connectedCall(stack: GatewayStack): Promise<string> {
  return (
    await connectRoomCall(postTo(stack), { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] })
  ).callConnectionId;
}

async function hangUp(stack: GatewayStack, callConnectionId: string) {
  const result = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
  expectTypename(result.data?.hangUp, 'HangUpPayload');
}

describe('the Frontend guide examples', () => {
  it('are the code the README shows, verbatim', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    for (const file of ['apollo.ts', 'urql.ts', 'graphql-ws.ts', 'outcome.ts', 'live-status.ts']) {
      const code = readFileSync(resolve(root, 'client/examples', file), 'utf8');
      expect(readme, `README shows client/examples/${file}`).toContain(`\`\`\`ts\n${code}\`\`\``);
    }
  });

  it('Apollo Client reads code and message of an Error member through the shipped possibleTypes', async () => {
    const stack = await startGatewayStack(disposers);
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());

    const { data } = await apollo.mutate({ mutation: CreateRoomDocument, variables: { input: BAD_WINDOW } });

    expect(data?.createRoom).toMatchObject({
      __typename: 'InputError',
      code: 'BAD_USER_INPUT',
      field: 'input.validUntil',
      message: expect.stringMatching(/validUntil/),
    });
  });

  it('Apollo Client without possibleTypes loses them (why the client ships possibleTypes)', async () => {
    const stack = await startGatewayStack(disposers);
    const apollo = new ApolloClient({
      link: new HttpLink({ uri: stack.graphqlUrl }),
      cache: new InMemoryCache(),
    });
    disposers.add(() => apollo.stop());

    const { data } = await apollo.mutate({ mutation: CreateRoomDocument, variables: { input: BAD_WINDOW } });

    const error = data?.createRoom as Partial<
      Extract<CreateRoomMutation['createRoom'], { __typename?: 'InputError' }>
    >;
    expect(error.__typename).toBe('InputError');
    expect(error.code).toBeUndefined();
  });

  it('Apollo Client follows a call over graphql-ws until the gateway completes it after CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers);
    const apollo = createApolloClient(stack.graphqlUrl);
    disposers.add(() => apollo.stop());
    const callConnectionId = await connectedCall(stack);
    const types: string[] = [];
    const cursors: string[] = [];

    const completed = new Promise<void>((resolveDone, reject) => {
      const subscription = apollo
        .subscribe({ query: CallEventsDocument, variables: { callConnectionId } })
        .subscribe({
          next: ({ data }) => {
            if (data) {
              types.push(data.callEvents.type);
              cursors.push(data.callEvents.cursor);
            }
          },
          error: reject,
          complete: resolveDone,
        });
      disposers.add(() => subscription.unsubscribe());
    });
    await waitFor(() => types.includes('CALL_CONNECTED'), { what: 'CallConnected over Apollo' });
    await hangUp(stack, callConnectionId);
    await within(completed, 10_000, 'the Apollo subscription to complete');

    expect(types.at(-1)).toBe('CALL_DISCONNECTED');
    expect(new Set(cursors).size).toBe(cursors.length);
  });

  it('urql reads code and message of an Error member, and follows a call over graphql-ws', async () => {
    const stack = await startGatewayStack(disposers);
    const urql = createUrqlClient(stack.graphqlUrl);

    const refused = await urql.mutation(CreateRoomDocument, { input: BAD_WINDOW }).toPromise();
    expect(refused.data?.createRoom).toMatchObject({ __typename: 'InputError', code: 'BAD_USER_INPUT' });

    const callConnectionId = await connectedCall(stack);
    const types: string[] = [];
    const cursors: string[] = [];
    const { unsubscribe } = pipe(
      urql.subscription(CallEventsDocument, { callConnectionId }),
      subscribe((result) => {
        // urql marks completion by repeating the last result with hasNext: false: not a new event.
        if (result.data && result.hasNext) {
          types.push(result.data.callEvents.type);
          cursors.push(result.data.callEvents.cursor);
        }
      }),
    );
    disposers.add(unsubscribe);
    await waitFor(() => types.includes('CALL_CONNECTED'), { what: 'CallConnected over urql' });
    await hangUp(stack, callConnectionId);
    await waitFor(() => types.includes('CALL_DISCONNECTED'), { what: 'CallDisconnected over urql' });

    expect(types[0]).toBe('CALL_CONNECTED');
    expect(new Set(cursors).size).toBe(cursors.length);
  });

  it('plain graphql-ws follows a call and resolves when the gateway completes it', async () => {
    const stack = await startGatewayStack(disposers);
    const callConnectionId = await connectedCall(stack);
    const events: CallEventFieldsFragment[] = [];

    const followed = followCall(stack.graphqlUrl, callConnectionId, (event) => events.push(event));
    await waitFor(() => events.some((e) => e.type === 'CALL_CONNECTED'), { what: 'CallConnected' });
    await hangUp(stack, callConnectionId);
    await within(followed, 10_000, 'followCall to resolve');

    const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
    const end = stored.findIndex((e) => e.kind === 'CallDisconnected');
    expect(events.map((e) => e.cursor)).toEqual(stored.slice(0, end + 1).map((e) => e.cursor));
  });

  it('the outcome example dials and reads how the call ended in the same response', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectRoomCall(postTo(stack), {
      pstnDialOutEnabled: true,
      participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
    });
    // Emulator test numbers: …0123 answers, …0486 is busy.
    expect(await dialAndWait(stack.graphqlUrl, callConnectionId, '+14255550123')).toBe('answered');
    expect(await dialAndWait(stack.graphqlUrl, callConnectionId, '+14255550486')).toBe('failed: 486');
  });
});
