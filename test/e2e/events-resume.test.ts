import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ConnectRoomCallDocument,
  CreateRoomDocument,
  EventStreamDocument,
  type EventStreamSubscription,
  HangUpDocument,
} from '../gql/graphql.ts';
import { waitFor, within } from '../helpers/async.ts';
import { callbackEvent, useCallbackSender } from '../helpers/callbacks.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';
import { startCuttableProxy } from '../helpers/tcp-proxy.ts';

const disposers = useDisposers();
type StreamEvent = EventStreamSubscription['callEvents'];

const sender = useCallbackSender();

/** A stack fed with synthetic signed callbacks for one call; `post(n)` posts n events, one callback each. */
async function syntheticCall(options: { maxEventsPerCall?: number } = {}) {
  const stack = await startGatewayStack(disposers, {
    redis: true,
    env: sender.gatewayEnv,
    ...(options.maxEventsPerCall ? { eventLog: { maxEventsPerCall: options.maxEventsPerCall } } : {}),
  });
  const callConnectionId = `call-${randomUUID()}`;
  // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids neither ACS nor the log knows.
  await stack.eventLog.recordCall(callConnectionId, { roomId: null });
  const posted: string[] = [];
  const postEvent = async (name: string) => {
    const event = callbackEvent(name, callConnectionId);
    const response = await sender.post(stack.url, [event], { eventLog: stack.eventLog });
    expect(response.status, response.body).toBe(204);
    posted.push(event.id);
    return event.id;
  };
  const post = async (count: number, name = 'ParticipantsUpdated') => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await postEvent(name));
    return ids;
  };
  return { stack, callConnectionId, posted, post, postEvent };
}

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);
const wsEvents = (results: { data?: { callEvents: StreamEvent } | null }[]) =>
  results.map((r) => r.data?.callEvents).filter((e): e is StreamEvent => e !== undefined);

describe('a subscriber that drops and resumes with its last cursor', () => {
  it('over graphql-ws receives exactly the events it missed when it resubscribes with after', async () => {
    const { stack, callConnectionId, post } = await syntheticCall();
    const before = await post(3);
    const first = stack.subscribe(EventStreamDocument, { callConnectionId });
    await first.waitForResults(3);
    first.unsubscribe();
    const lastCursor = wsEvents(first.results).at(-1)?.cursor;

    const missed = await post(4);
    const resumed = stack.subscribe(EventStreamDocument, { callConnectionId, after: lastCursor });
    await resumed.waitForResults(4);
    const live = await post(1);
    await resumed.waitForResults(5);

    expect(ids(wsEvents(first.results))).toEqual(before);
    expect(ids(wsEvents(resumed.results))).toEqual([...missed, ...live]);
  });

  it('over SSE receives exactly the events it missed when it reconnects with a Last-Event-ID header', async () => {
    const { stack, callConnectionId, post } = await syntheticCall();
    const before = await post(3);
    const first = subscribeOverSse<{ callEvents: StreamEvent }>(stack.graphqlUrl, EventStreamDocument, {
      callConnectionId,
    });
    disposers.add(() => first.close());
    await first.waitForResults(3);
    first.close();
    const lastEventId = first.results.at(-1)?.lastEventId;

    const missed = await post(4);
    const resumed = subscribeOverSse<{ callEvents: StreamEvent }>(
      stack.graphqlUrl,
      EventStreamDocument,
      { callConnectionId },
      { lastEventId },
    );
    disposers.add(() => resumed.close());
    await resumed.waitForResults(4);
    const live = await post(1);
    await resumed.waitForResults(5);

    expect(first.results.map((r) => r.data?.callEvents.id)).toEqual(before);
    expect(resumed.results.map((r) => r.data?.callEvents.id)).toEqual([...missed, ...live]);
  });

  it("over SSE resumes by itself after the connection drops: EventSource's automatic reconnect sends Last-Event-ID", async () => {
    const { stack, callConnectionId, post } = await syntheticCall();
    const proxy = await startCuttableProxy(new URL(stack.url).port);
    disposers.add(() => proxy.close());
    const before = await post(3);
    const events = subscribeOverSse<{ callEvents: StreamEvent }>(
      `${proxy.url}/graphql`,
      EventStreamDocument,
      { callConnectionId },
      { reconnect: true },
    );
    disposers.add(() => events.close());
    await events.waitForResults(3);

    proxy.cut();
    await waitFor(() => events.endings > 0, { what: 'the EventSource to notice the drop' });
    const missed = await post(4);
    // EventSource waits its reconnection time (3 s by default) before trying again.
    await events.waitForResults(7, 15_000);
    expect(events.results.map((r) => r.data?.callEvents.id)).toEqual([...before, ...missed]);
    expect(proxy.connections()).toBeGreaterThanOrEqual(2);
  });
});

describe('callEvents filtering and cursors', () => {
  it('delivers a callback that ACS (the emulator) sends twice with the same CloudEvent id once', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const { control } = stack.emulator.emulator;
    control.injectCallbackFault({ kind: 'duplicate', eventType: 'CallConnected', count: 1 });
    control.injectCallbackFault({ kind: 'duplicate', eventType: 'CallDisconnected', count: 1 });
    const callConnectionId = await connectRoomCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });
    await waitFor(() => wsEvents(events.results).some((e) => e.type === 'CALL_CONNECTED'), {
      what: 'CallConnected',
    });
    expectTypename(
      (await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: false } })).data?.hangUp,
      'HangUpPayload',
    );
    await waitFor(
      () =>
        control.callbacks({ callConnectionId, type: 'CallConnected' }).length === 2 &&
        control.callbacks({ callConnectionId, type: 'CallDisconnected' }).length === 2 &&
        control.callbacksSettled(callConnectionId),
      { what: 'the duplicated callbacks to settle' },
    );
    const deliveries = control.callbacks({ callConnectionId });
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
    const delivered = deliveries.map((d) => d.event.id);
    const unique = [...new Set(delivered)];
    expect(delivered.length).toBe(unique.length + 2);

    await events.waitForResults(unique.length);
    const received = wsEvents(events.results);
    expect(ids(received)).toEqual(unique);
    expect(received.at(-1)?.type).toBe('CALL_DISCONNECTED');
  });

  it('delivers only the kinds named in types', async () => {
    const { stack, callConnectionId, postEvent } = await syntheticCall();
    const events = stack.subscribe(EventStreamDocument, {
      callConnectionId,
      types: ['CALL_CONNECTED', 'CALL_DISCONNECTED'],
    });
    const wanted: string[] = [];
    wanted.push(await postEvent('CallConnected'));
    await postEvent('ParticipantsUpdated');
    await postEvent('PlayStarted');
    await postEvent('SendDtmfCompleted');
    wanted.push(await postEvent('CallDisconnected'));

    await events.waitForResults(2);
    expect(ids(wsEvents(events.results))).toEqual(wanted);
    expect(wsEvents(events.results).map((e) => e.type)).toEqual(['CALL_CONNECTED', 'CALL_DISCONNECTED']);
  });

  it('starts with an EventsLost event when after is older than the retained log, then yields what is retained', async () => {
    const maxEventsPerCall = 10;
    const { stack, callConnectionId, post, posted } = await syntheticCall({ maxEventsPerCall });
    await post(1);
    const [oldest] = await stack.eventLog.readAfter(callConnectionId, null, 1);
    await post(3 * maxEventsPerCall);
    const retained = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(retained.length).toBeLessThan(posted.length);

    const events = stack.subscribe(EventStreamDocument, { callConnectionId, after: oldest?.cursor });
    await events.waitForResults(retained.length + 1);
    const [lost, ...rest] = wsEvents(events.results);

    expect(lost?.__typename).toBe('EventsLost');
    expect(lost?.__typename === 'EventsLost' && lost.requestedAfter).toBe(oldest?.cursor);
    expect(lost?.__typename === 'EventsLost' && lost.oldestRetainedCursor).toBe(retained[0]?.cursor);
    expect(ids(rest)).toEqual(ids(retained));
    expect(ids(rest)).toEqual(posted.slice(-retained.length));
  });

  it('answers a malformed after with a clear error over graphql-ws and over SSE instead of hanging', async () => {
    const { stack, callConnectionId } = await syntheticCall();
    const client = stack.wsClient();
    const wsOutcome = await within(
      new Promise<{ results: unknown[]; error?: unknown }>((resolve) => {
        const results: unknown[] = [];
        client.subscribe(
          { query: print(EventStreamDocument), variables: { callConnectionId, after: 'not-a-cursor' } },
          {
            next: (result) => results.push(result),
            error: (error) => resolve({ results, error }),
            complete: () => resolve({ results }),
          },
        );
      }),
      5_000,
      'the graphql-ws subscription to end',
    );
    const wsErrors = [
      ...wsOutcome.results.flatMap((r) => (r as { errors?: unknown[] }).errors ?? []),
      ...(Array.isArray(wsOutcome.error) ? wsOutcome.error : []),
    ] as { message: string; extensions?: { code?: string } }[];
    expect(wsErrors.length, JSON.stringify(wsOutcome)).toBeGreaterThan(0);
    expect(wsErrors[0]?.message).toMatch(/after/);
    expect(wsErrors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const sse = subscribeOverSse(stack.graphqlUrl, EventStreamDocument, {
      callConnectionId,
      after: 'not-a-cursor',
    });
    disposers.add(() => sse.close());
    const [sseResult] = await sse.waitForResults(1, 5_000);
    expect(sseResult?.errors?.[0]?.message).toMatch(/after/);
    expect(sseResult?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Connects the gateway to a room call that a user on the roster has joined (so the call lives until hung up). */
async function connectRoomCall(stack: GatewayStack): Promise<string> {
  const user = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';
  const created = await stack.graphql(CreateRoomDocument, {
    input: { participants: [{ communicationUserId: user, role: 'ATTENDEE' }] },
  });
  const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
  stack.emulator.emulator.control.joinRoomCall(room.id, user);
  const connected = await stack.graphql(ConnectRoomCallDocument, { input: { roomId: room.id } });
  return expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload').call.callConnectionId;
}
