import { describe, expect, it } from 'vitest';
import { CallEventLogUnavailableError } from '../../src/events/log.ts';
import { CallEventsDocument, CreateRoomDocument, HangUpDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { connectRoomCall, postTo } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startGatewayStack } from '../helpers/gateway.ts';
import { metric } from '../helpers/metrics.ts';

const disposers = useDisposers();

describe('GET /metrics latency histograms and error counters', () => {
  it('observes ACS request latency by operation and outcome', async () => {
    const stack = await startGatewayStack(disposers);
    await stack.graphql(CreateRoomDocument, { input: {} });
    await stack.graphqlText('query { room(id: "99999999999999999") { id } }');
    const ok = 'switchboard_acs_request_duration_seconds_count{operation="createRoom",outcome="ok"}';
    expect(await metric(stack, ok)).toBe(1);
    const inf =
      'switchboard_acs_request_duration_seconds_bucket{le="+Inf",operation="createRoom",outcome="ok"}';
    expect(await metric(stack, inf)).toBe(1);
    expect(
      await metric(
        stack,
        'switchboard_acs_request_duration_seconds_count{operation="getRoom",outcome="error"}',
      ),
    ).toBe(1);
  });

  it('observes the delivery latency of live events, from stored to handed to the subscriber', async () => {
    const stack = await startGatewayStack(disposers);
    const { callConnectionId } = await connectRoomCall(postTo(stack), {});
    const events = stack.subscribe(CallEventsDocument, { callConnectionId });
    // A first result proves the subscription is live: whatever is stored from now on is delivered live.
    await events.waitForResults(1);
    await stack.graphql(HangUpDocument, { input: { callConnectionId, forEveryone: true } });
    await waitFor(() => events.results.some((r) => r.data?.callEvents.type === 'CALL_DISCONNECTED'), {
      what: 'CallDisconnected',
    });
    const live = 'switchboard_event_delivery_seconds_count{transport="graphql-ws"}';
    expect(await metric(stack, live)).toBeGreaterThanOrEqual(1);
    expect(
      await metric(stack, 'switchboard_event_delivery_seconds_bucket{le="+Inf",transport="graphql-ws"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('counts event log operations that failed because the store was unreachable', async () => {
    const stack = await startGatewayStack(disposers, {
      wrapEventLog: (log) => ({
        ...log,
        ping: async () => {
          throw new CallEventLogUnavailableError('Redis could not answer PING.');
        },
      }),
    });
    expect((await fetch(`${stack.url}/readyz`)).status).toBe(503);
    expect(await metric(stack, 'switchboard_event_log_errors_total')).toBe(1);
  });
});
