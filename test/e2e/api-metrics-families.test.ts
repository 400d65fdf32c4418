import { describe, expect, it } from 'vitest';
import { CallEventLogUnavailableError } from '../../src/events/log.ts';
import { CallEventsDocument, CreateRoomDocument, EventStreamDocument, RoomDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { callbackEvent, issueCallToken, useCallbackSender } from '../helpers/callbacks.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, startGatewayStack } from '../helpers/gateway.ts';
import { metric } from '../helpers/metrics.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();

const sender = useCallbackSender();

describe('GET /metrics families', () => {
  it('serves the Node runtime metrics under the switchboard_ prefix', async () => {
    const stack = await startGatewayStack(disposers);
    const text = await (await fetch(`${stack.url}/metrics`)).text();
    for (const name of [
      'switchboard_process_cpu_seconds_total',
      'switchboard_process_resident_memory_bytes',
      'switchboard_nodejs_heap_size_used_bytes',
      'switchboard_nodejs_heap_space_size_used_bytes',
      'switchboard_nodejs_eventloop_lag_p99_seconds',
      'switchboard_nodejs_gc_duration_seconds',
      'switchboard_nodejs_active_handles_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('keeps the metrics of two apps in one process apart', async () => {
    const first = await startGatewayStack(disposers);
    const second = await startGatewayStack(disposers);
    await fetch(`${first.url}/healthz`);
    await fetch(`${first.url}/healthz`);
    const healthz = 'switchboard_http_requests_total{route="/healthz",status="200"}';
    expect(await metric(first, healthz)).toBe(2);
    expect(await metric(second, healthz)).toBeUndefined();
  });

  it('follows open callEvents subscriptions by transport', async () => {
    const stack = await startGatewayStack(disposers);
    await stack.eventLog.recordCall('call-subscriptions', { roomId: null });
    const ws = stack.subscribe(CallEventsDocument, { callConnectionId: 'call-subscriptions' });
    const sse = subscribeOverSse(stack.graphqlUrl, CallEventsDocument, {
      callConnectionId: 'call-subscriptions',
    });
    disposers.add(() => sse.close());
    const open = (transport: string) => metric(stack, `switchboard_subscriptions{transport="${transport}"}`);
    await waitFor(async () => (await open('graphql-ws')) === 1 && (await open('sse')) === 1, {
      what: 'one open subscription per transport',
    });
    ws.unsubscribe();
    sse.close();
    await waitFor(async () => (await open('graphql-ws')) === 0 && (await open('sse')) === 0, {
      what: 'both subscriptions counted closed',
    });
  });

  it('counts EventsLost handed to subscribers by transport', async () => {
    const stack = await startGatewayStack(disposers, {
      env: sender.gatewayEnv,
      eventLog: { maxEventsPerCall: 10 },
    });
    await stack.eventLog.recordCall('call-lost', { roomId: null });
    await sender.post(stack.url, [callbackEvent('CallConnected', 'call-lost')], { eventLog: stack.eventLog });
    const [oldest] = await stack.eventLog.readAfter('call-lost', null, 1);
    const later = Array.from({ length: 30 }, () => callbackEvent('PlayStarted', 'call-lost'));
    expect((await sender.post(stack.url, later, { eventLog: stack.eventLog })).status).toBe(204);
    const events = stack.subscribe(EventStreamDocument, {
      callConnectionId: 'call-lost',
      after: oldest?.cursor,
    });
    const [lost] = await events.waitForResults(1);
    expect(lost?.data?.callEvents.__typename).toBe('EventsLost');
    expect(await metric(stack, 'switchboard_events_lost_total{transport="graphql-ws"}')).toBe(1);
    expect(await metric(stack, 'switchboard_events_lost_total{transport="sse"}')).toBe(0);
  });

  it('counts callback events stored and dropped as duplicates', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    await stack.eventLog.recordCall('call-duplicates', { roomId: null });
    const event = callbackEvent('CallConnected', 'call-duplicates');
    expect((await sender.post(stack.url, [event], { eventLog: stack.eventLog })).status).toBe(204);
    expect((await sender.post(stack.url, [event], { eventLog: stack.eventLog })).status).toBe(204);
    expect(await metric(stack, 'switchboard_callback_events_total{outcome="stored"}')).toBe(1);
    expect(await metric(stack, 'switchboard_callback_events_total{outcome="duplicate"}')).toBe(1);
  });

  it('counts refused callbacks by reason', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const event = callbackEvent('CallConnected', 'call-refused');
    await fetch(`${stack.url}/api/callbacks`, { method: 'POST', body: JSON.stringify([event]) });
    await stack.eventLog.recordCall('call-refused', { roomId: null });
    const callToken = await issueCallToken(stack.eventLog, 'call-refused');
    await sender.post(stack.url, '{not json', { callToken });
    await sender.post(stack.url, [event]);
    await fetch(`${stack.url}/api/callbacks`);
    const refused = (reason: string) =>
      metric(stack, `switchboard_callbacks_refused_total{reason="${reason}"}`);
    expect(await refused('token')).toBe(1);
    expect(await refused('bad_body')).toBe(1);
    expect(await refused('capability')).toBe(1);
    expect(await refused('method')).toBe(1);
    expect(await refused('secret')).toBe(0);
  });

  it('counts refused requests by code', async () => {
    const stack = await startGatewayStack(disposers, { env: CLIENT_AUTH_ENV });
    await stack.graphqlText('{ rooms { edges { cursor } } }');
    const reader = await clientToken({ scopes: ['rooms:read'] });
    await stack.graphqlText('mutation { deleteRoom(input: { id: "1" }) { __typename } }', {}, bearer(reader));
    const metrics = bearer(await clientToken({ scopes: ['metrics:read'] }));
    const refused = (code: string) =>
      metric(stack, `switchboard_requests_refused_total{code="${code}"}`, metrics);
    expect(await refused('UNAUTHENTICATED')).toBe(1);
    expect(await refused('FORBIDDEN')).toBe(1);
    expect(await refused('RATE_LIMITED')).toBe(0);
  });

  it('counts failed ACS requests by operation and error code', async () => {
    const stack = await startGatewayStack(disposers);
    const created = await stack.graphql(CreateRoomDocument, { input: {} });
    const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
    stack.emulator.emulator.control.failNextRequests({ status: 429 });
    await stack.graphql(RoomDocument, { id: room.id });
    expect(
      await metric(stack, 'switchboard_acs_request_errors_total{operation="getRoom",code="RATE_LIMITED"}'),
    ).toBe(1);
  });

  it('observes the Redis commands of the event log by family', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const { callConnectionId } = await connectRoomCall(postTo(stack), {});
    await waitFor(async () => (await stack.eventLog.readLast(callConnectionId, 1)).length === 1, {
      what: 'CallConnected stored',
    });
    const observed = (family: string) =>
      metric(stack, `switchboard_redis_command_duration_seconds_count{family="${family}"}`);
    expect(await observed('call_info')).toBeGreaterThanOrEqual(1);
    expect(await observed('append')).toBeGreaterThanOrEqual(1);
    expect(await metric(stack, 'switchboard_redis_command_errors_total{family="append"}')).toBe(0);
  });

  it('says whether the replica is ready at each scrape', async () => {
    let reachable = true;
    const stack = await startGatewayStack(disposers, {
      wrapEventLog: (log) => ({
        ...log,
        ping: async () => {
          if (!reachable) throw new CallEventLogUnavailableError('Redis could not answer PING.');
        },
      }),
    });
    expect(await metric(stack, 'switchboard_ready')).toBe(1);
    reachable = false;
    expect(await metric(stack, 'switchboard_ready')).toBe(0);
  });
});
