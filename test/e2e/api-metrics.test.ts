import { describe, expect, it } from 'vitest';
import { CallEventsDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';
import { metric } from '../helpers/metrics.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000003';

describe('GET /metrics', () => {
  it('serves the Prometheus text format', async () => {
    const stack = await startGatewayStack(disposers);
    const response = await fetch(`${stack.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toMatch(/^# HELP switchboard_http_requests_total /m);
  });

  it('counts requests by route and status, with unknown paths under one label', async () => {
    const stack = await startGatewayStack(disposers);
    await fetch(`${stack.url}/healthz`);
    await fetch(`${stack.url}/no-such-path-1`);
    await fetch(`${stack.url}/no-such-path-2`);
    await waitFor(
      async () => (await metric(stack, 'switchboard_http_requests_total{route="other",status="404"}')) === 2,
      {
        what: 'two 404s counted under route="other"',
      },
    );
    expect(await metric(stack, 'switchboard_http_requests_total{route="/healthz",status="200"}')).toBe(1);
  });

  it('counts the callback events stored in the log', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectRoomCall(postTo(stack), {
      participants: [{ communicationUserId: USER, role: 'PRESENTER' }],
    });
    // CallConnected and ParticipantsUpdated, and nothing still in flight.
    const stored = await waitFor(
      async () => {
        const events = await stack.eventLog.readLast(callConnectionId, 100);
        return (
          events.length >= 2 && stack.emulator.emulator.control.callbacksSettled(callConnectionId) && events
        );
      },
      { what: 'the connect callbacks delivered and stored' },
    );
    expect(await metric(stack, 'switchboard_callback_events_total{outcome="stored"}')).toBe(stored.length);
  });

  it('follows open subscriber connections over graphql-ws and SSE', async () => {
    const stack = await startGatewayStack(disposers);
    await stack.eventLog.recordCall('call-metrics', { roomId: null });
    const ws = stack.subscribe(CallEventsDocument, { callConnectionId: 'call-metrics' });
    const sse = subscribeOverSse(stack.graphqlUrl, CallEventsDocument, { callConnectionId: 'call-metrics' });
    disposers.add(() => sse.close());
    const open = (transport: string) =>
      metric(stack, `switchboard_subscriber_connections{transport="${transport}"}`);
    await waitFor(async () => (await open('graphql-ws')) === 1 && (await open('sse')) === 1, {
      what: 'one open connection per transport',
    });

    // The graphql-ws client is lazy: it closes its socket once its last subscription ends.
    ws.unsubscribe();
    sse.close();
    await waitFor(async () => (await open('graphql-ws')) === 0 && (await open('sse')) === 0, {
      what: 'both connections counted closed',
    });
  });
});
