import { beforeEach, describe, expect, it } from 'vitest';
import {
  AddParticipantDocument,
  EventStreamDocument,
  HangUpDocument,
  RemoveParticipantDocument,
  SendDtmfTonesDocument,
} from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { CORE_FLOW, CORE_FLOW_ROOM, connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { uniqueKeyPrefix } from '../helpers/redis.ts';
import { CLUSTER_SKIP_NOTE, skipUnlessClusterTests, useRedisCluster } from '../helpers/redis-cluster.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const { phone: PHONE, callerId: CALLER_ID } = CORE_FLOW;

/** Creates the core flow's room and connects the gateway to its call. */
async function joinRoomCall(stack: GatewayStack): Promise<string> {
  return (await connectRoomCall(postTo(stack), CORE_FLOW_ROOM)).callConnectionId;
}

/**
 * The rest of the core flow through the gateway's mutations: dial a phone in, send DTMF to it, remove it,
 * hang up for everyone; each step waits for the emulated world to get there. Resolves once the emulator has
 * settled every callback of the call.
 */
async function runCoreFlow(stack: GatewayStack, callConnectionId: string): Promise<void> {
  const { control } = stack.emulator.emulator;
  const inCall = () =>
    control.call(callConnectionId).participants.some((p) => p.identifier.rawId === `4:${PHONE}`);
  expectTypename(
    (
      await stack.graphql(AddParticipantDocument, {
        input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: CALLER_ID },
      })
    ).data?.addParticipant,
    'AddParticipantPayload',
  );
  await waitFor(inCall, { what: 'the phone to join' });
  expectTypename(
    (
      await stack.graphql(SendDtmfTonesDocument, {
        input: { callConnectionId, tones: ['ONE', 'TWO', 'POUND'], target: { phoneNumber: PHONE } },
      })
    ).data?.sendDtmfTones,
    'SendDtmfTonesPayload',
  );
  await waitFor(() => control.callbacks({ callConnectionId, type: 'SendDtmfTonesCompleted' }).length > 0, {
    what: 'SendDtmfTonesCompleted to be sent',
  });
  expectTypename(
    (
      await stack.graphql(RemoveParticipantDocument, {
        input: { callConnectionId, participant: { phoneNumber: PHONE } },
      })
    ).data?.removeParticipant,
    'RemoveParticipantPayload',
  );
  await waitFor(() => !inCall(), { what: 'the phone to leave' });
  expectTypename(
    (await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } })).data?.hangUp,
    'HangUpPayload',
  );
  await waitFor(() => control.call(callConnectionId).state === 'ended', { what: 'the call to end' });
  await waitFor(
    () =>
      control.callbacks({ callConnectionId, type: 'CallDisconnected' }).length > 0 &&
      control.callbacksSettled(callConnectionId),
    { what: 'every callback of the call to settle' },
  );
}

/** CloudEvent ids the emulator delivered for the call, in delivery order (deliveries of a call are serial). */
function deliveredIds(stack: GatewayStack, callConnectionId: string): string[] {
  const deliveries = stack.emulator.emulator.control.callbacks({ callConnectionId });
  expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
  return deliveries.map((d) => d.event.id);
}

/** The flow's event types, in the order the emulator produces them (a sanity check of the comparison). */
const FLOW_TYPES = [
  'CALL_CONNECTED',
  'PARTICIPANTS_UPDATED',
  'ADD_PARTICIPANT_SUCCEEDED',
  'SEND_DTMF_TONES_COMPLETED',
  'REMOVE_PARTICIPANT_SUCCEEDED',
  'CALL_DISCONNECTED',
];

describe('callEvents delivers the core flow of a room call', () => {
  it('over graphql-ws, subscribed after connectRoomCall returned, yields CallConnected first and then every delivered callback once, in order', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const callConnectionId = await joinRoomCall(stack);
    const events = stack.subscribe(EventStreamDocument, { callConnectionId });

    await runCoreFlow(stack, callConnectionId);
    const expected = deliveredIds(stack, callConnectionId);
    await events.waitForResults(expected.length);
    const received = events.results.map((r) => r.data?.callEvents);

    expect(events.results.every((r) => r.errors === undefined)).toBe(true);
    expect(received[0]?.type).toBe('CALL_CONNECTED');
    expect(received.map((e) => e?.id)).toEqual(expected);
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(received.map((e) => e?.cursor)).toEqual(stored.map((e) => e.cursor));
    expect(stored.map((e) => e.id)).toEqual(expected);
    for (const type of FLOW_TYPES) expect(received.map((e) => e?.type)).toContain(type);
    expect(received.at(-1)?.type).toBe('CALL_DISCONNECTED');
  });

  it('over SSE, subscribed after connectRoomCall returned, yields CallConnected first and then every delivered callback once, in order, each with its cursor as the SSE id', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const callConnectionId = await joinRoomCall(stack);
    const events = subscribeOverSse<{ callEvents: { id: string; cursor: string; type: string } }>(
      stack.graphqlUrl,
      EventStreamDocument,
      { callConnectionId },
    );
    disposers.add(() => events.close());

    await runCoreFlow(stack, callConnectionId);
    const expected = deliveredIds(stack, callConnectionId);
    await events.waitForResults(expected.length);
    const received = events.results.map((r) => r.data?.callEvents);

    expect(events.results.every((r) => r.errors === undefined)).toBe(true);
    expect(received[0]?.type).toBe('CALL_CONNECTED');
    expect(received.map((e) => e?.id)).toEqual(expected);
    expect(events.results.map((r) => r.lastEventId)).toEqual(received.map((e) => e?.cursor));
    const stored = await stack.eventLog.readAfter(callConnectionId, null, 1000);
    expect(received.map((e) => e?.cursor)).toEqual(stored.map((e) => e.cursor));
    expect(received.at(-1)?.type).toBe('CALL_DISCONNECTED');
  });
});

const cluster = useRedisCluster();

describe.each([
  ['one Redis', async () => ({})],
  [`a Redis Cluster${CLUSTER_SKIP_NOTE}`, async () => ({ url: (await cluster()).url, cluster: true })],
])('callEvents across gateway replicas on %s', (name, redis) => {
  if (name.includes('Cluster')) beforeEach((context) => skipUnlessClusterTests(context));

  it('delivers every event exactly once to a subscriber on replica B when ACS calls back replica A', async () => {
    const keyPrefix = uniqueKeyPrefix('replicas');
    const replicaA = await startGatewayStack(disposers, { redis: { ...(await redis()), keyPrefix } });
    const replicaB = await startGatewayStack(disposers, { redis: { ...(await redis()), keyPrefix } });
    const callConnectionId = await joinRoomCall(replicaA);
    // Subscribed on B before anything else happens on the call: B must learn of A's appends live.
    const events = replicaB.subscribe(EventStreamDocument, { callConnectionId });
    await events.waitForResults(1);

    await runCoreFlow(replicaA, callConnectionId);
    const deliveries = replicaA.emulator.emulator.control.callbacks({ callConnectionId });
    expect(deliveries.every((d) => d.url.startsWith(`${replicaA.url}/api/callbacks`))).toBe(true);
    const expected = deliveredIds(replicaA, callConnectionId);
    await events.waitForResults(expected.length);

    expect(events.results.map((r) => r.data?.callEvents.id)).toEqual(expected);
    // B's own emulator never called B: everything B delivered came through the shared log.
    expect(replicaB.emulator.emulator.control.callbacks()).toEqual([]);
  });
});
