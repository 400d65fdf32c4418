import { CallDocument } from '@switchboard/client';
import { describe, expect, it } from 'vitest';
import { CallViewDocument, EventStreamDocument, HangUpDocument } from '../gql/graphql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000010';

/** Creates a room with a user on its roster, connects the gateway to its call and waits for CallConnected. */
async function connectedCall(stack: GatewayStack): Promise<{ roomId: string; callConnectionId: string }> {
  const { roomId, callConnectionId } = await connectRoomCall(postTo(stack), {
    participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
  });
  await waitFor(
    async () => (await stack.eventLog.readLast(callConnectionId, 10)).some((e) => e.kind === 'CallConnected'),
    { what: 'CallConnected in the log' },
  );
  return { roomId, callConnectionId };
}

/** Hangs up for everyone and waits until CallDisconnected is in the log. */
async function hangUp(stack: GatewayStack, callConnectionId: string): Promise<void> {
  const result = await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
  expectTypename(result.data?.hangUp, 'HangUpPayload');
  await waitFor(
    async () =>
      (await stack.eventLog.readLast(callConnectionId, 20)).some((e) => e.kind === 'CallDisconnected'),
    { what: 'CallDisconnected in the log' },
  );
}

describe('callEvents ends with the call', () => {
  it('completes a live graphql-ws subscription after CallDisconnected, every earlier event delivered first', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    await events.waitForResults(1);

    await hangUp(stack, callConnectionId);
    await within(events.done, 5_000, 'the subscription to complete');

    const stored = await stack.eventLog.readAfter(callConnectionId, null, 100);
    const terminal = stored.findIndex((e) => e.kind === 'CallDisconnected');
    expect(events.results.map((r) => r.data?.callEvents?.cursor)).toEqual(
      stored.slice(0, terminal + 1).map((e) => e.cursor),
    );
    expect(events.results.at(-1)?.data?.callEvents?.type).toBe('CALL_DISCONNECTED');
  });

  it('replays an ended call from its start and then completes', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    await hangUp(stack, callConnectionId);

    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    await within(events.done, 5_000, 'the replay to complete');

    expect(events.results.map((r) => r.data?.callEvents?.type)).toContain('CALL_CONNECTED');
    expect(events.results.at(-1)?.data?.callEvents?.type).toBe('CALL_DISCONNECTED');
  });

  it('completes at once, with no event, for a subscriber that already has CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    await hangUp(stack, callConnectionId);
    const [newest] = await stack.eventLog.readLast(callConnectionId, 1);

    const events = stack.subscribe(EventStreamDocument, { callConnectionId, after: newest?.cursor });
    await within(events.done, 5_000, 'the subscription to complete');

    expect(events.results).toEqual([]);
  });

  it('completes a subscription whose types filter leaves CallDisconnected out', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId, types: ['CALL_CONNECTED'] });
    await events.waitForResults(1);

    await hangUp(stack, callConnectionId);
    await within(events.done, 5_000, 'the subscription to complete');

    expect(events.results.map((r) => r.data?.callEvents?.type)).toEqual(['CALL_CONNECTED']);
  });

  it('ends an SSE stream with a complete event after CallDisconnected', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    const sse = subscribeOverSse<{ callEvents: { type: string } }>(stack.graphqlUrl, EventStreamDocument, {
      callConnectionId,
    });
    disposers.add(() => sse.close());

    await hangUp(stack, callConnectionId);
    await waitFor(() => sse.endings > 0, { what: 'the SSE stream to complete' });

    expect(sse.results.at(-1)?.data?.callEvents.type).toBe('CALL_DISCONNECTED');
  });
});

describe('callEvents of an id nobody knows', () => {
  it('is a NOT_FOUND request error over graphql-ws, not a silent stream', async () => {
    const stack = await startGatewayStack(disposers);

    const events = stack.subscribe(EventStreamDocument, { callConnectionId: 'no-such-call-connection' });
    await within(events.done, 5_000, 'the subscription to end');

    expect(events.results).toHaveLength(1);
    expect(events.results[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(events.results[0]?.errors?.[0]?.message).toMatch(/No such call connection/);
  });

  it('is a NOT_FOUND request error over SSE', async () => {
    const stack = await startGatewayStack(disposers);

    const sse = subscribeOverSse(stack.graphqlUrl, EventStreamDocument, { callConnectionId: 'nope' });
    disposers.add(() => sse.close());
    const [result] = await sse.waitForResults(1);

    expect(result?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('call of an ended call', () => {
  it('returns its final state (DISCONNECTED, its room, its newest cursor) while its log is retained', async () => {
    const stack = await startGatewayStack(disposers);
    const { roomId, callConnectionId } = await connectedCall(stack);
    await hangUp(stack, callConnectionId);
    await waitFor(() => stack.emulator.emulator.control.call(callConnectionId).state === 'ended', {
      what: 'ACS to forget the call',
    });
    const [newest] = await stack.eventLog.readLast(callConnectionId, 1);

    const view = await stack.graphql(CallViewDocument, { callConnectionId });

    expect(view.errors).toBeUndefined();
    expect(view.data?.call).toEqual({
      callConnectionId,
      state: 'DISCONNECTED',
      cursor: newest?.cursor,
      roomId,
    });
  });

  it('lists no participants for an ended call instead of failing on ACS', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectedCall(stack);
    await hangUp(stack, callConnectionId);
    await waitFor(() => stack.emulator.emulator.control.call(callConnectionId).state === 'ended', {
      what: 'ACS to forget the call',
    });

    const view = await stack.graphql(CallDocument, { callConnectionId });

    expect(view.errors).toBeUndefined();
    expect(view.data?.call).toMatchObject({ state: 'DISCONNECTED', participants: [] });
  });

  it('is null for an id neither ACS nor the gateway knows', async () => {
    const stack = await startGatewayStack(disposers);

    const view = await stack.graphql(CallViewDocument, { callConnectionId: 'never-existed' });

    expect(view.errors).toBeUndefined();
    expect(view.data?.call).toBeNull();
  });
});
