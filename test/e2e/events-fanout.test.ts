import { describe, expect, it } from 'vitest';
import { CallEventsDocument, EventStreamDocument } from '../gql/graphql.ts';
import { callbackEvent, useCallbackSender } from '../helpers/callbacks.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

/*
 * Multiplexing (architecture.md §8): an event is executed once per DISTINCT subscription (document, operation,
 * variables other than the cursor `after`), however many subscribers share it, on either transport. Executions
 * are counted by the gateway's own metric, `switchboard_subscription_event_executions_total`.
 *
 * Each test first delivers one event to every subscriber, so all of them are live and caught up; the rule is
 * then checked on the next event.
 */

const disposers = useDisposers();

const sender = useCallbackSender();

async function executions(stack: GatewayStack): Promise<number> {
  const text = await (await fetch(`${stack.url}/metrics`)).text();
  const match = /^switchboard_subscription_event_executions_total (\d+)$/m.exec(text);
  if (!match) throw new Error('no switchboard_subscription_event_executions_total in /metrics');
  return Number(match[1]);
}

/** Posts one PlayCompleted event of the call and waits until `waitAll` says every subscriber has it. */
async function post(stack: GatewayStack, callConnectionId: string, waitAll: () => Promise<unknown>) {
  const response = await sender.post(stack.url, [callbackEvent('PlayCompleted', callConnectionId)], {
    eventLog: stack.eventLog,
  });
  expect(response.status).toBe(204);
  await waitAll();
}

/** How many executions the next event of the call costs, once every subscriber has received one event. */
async function executionsOfNextEvent(
  stack: GatewayStack,
  callConnectionId: string,
  waitFor: (count: number) => Promise<unknown>,
): Promise<number> {
  await post(stack, callConnectionId, () => waitFor(1));
  const before = await executions(stack);
  await post(stack, callConnectionId, () => waitFor(2));
  return (await executions(stack)) - before;
}

describe('subscribers of one call', () => {
  it('share one execution per event when they use the same document and variables', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const call = 'call-shared';
    // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids nobody knows.
    await stack.eventLog.recordCall(call, { roomId: null });
    const first = stack.subscribe(CallEventsDocument, { callConnectionId: call });
    const second = stack.subscribe(CallEventsDocument, { callConnectionId: call });
    const spent = await executionsOfNextEvent(stack, call, (count) =>
      Promise.all([first.waitForResults(count), second.waitForResults(count)]),
    );
    expect(spent).toBe(1);
    expect(second.results.map((result) => result.data)).toEqual(first.results.map((result) => result.data));
  });

  it('share one execution per event when they differ only in the cursor they resumed after', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const call = 'call-cursors';
    // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids nobody knows.
    await stack.eventLog.recordCall(call, { roomId: null });
    const first = stack.subscribe(CallEventsDocument, { callConnectionId: call });
    await post(stack, call, () => first.waitForResults(1));
    const cursor = first.results[0]?.data?.callEvents.cursor;
    const second = stack.subscribe(CallEventsDocument, { callConnectionId: call, after: cursor });
    const spent = await executionsOfNextEvent(stack, call, (count) =>
      Promise.all([first.waitForResults(count + 1), second.waitForResults(count)]),
    );
    expect(spent).toBe(1);
  });

  it('share one execution per event between a graphql-ws and an SSE subscriber of the same document', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const call = 'call-transports';
    // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids nobody knows.
    await stack.eventLog.recordCall(call, { roomId: null });
    const overWs = stack.subscribe(CallEventsDocument, { callConnectionId: call });
    const overSse = subscribeOverSse(stack.graphqlUrl, CallEventsDocument, { callConnectionId: call });
    disposers.add(() => overSse.close());
    const spent = await executionsOfNextEvent(stack, call, (count) =>
      Promise.all([overWs.waitForResults(count), overSse.waitForResults(count)]),
    );
    expect(spent).toBe(1);
    expect(overSse.results.map((result) => result.data)).toEqual(overWs.results.map((result) => result.data));
  });

  it('execute an event once per document when their documents differ', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const call = 'call-documents';
    // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids nobody knows.
    await stack.eventLog.recordCall(call, { roomId: null });
    const first = stack.subscribe(CallEventsDocument, { callConnectionId: call });
    const second = stack.subscribe(EventStreamDocument, { callConnectionId: call });
    const spent = await executionsOfNextEvent(stack, call, (count) =>
      Promise.all([first.waitForResults(count), second.waitForResults(count)]),
    );
    expect(spent).toBe(2);
  });

  it('execute an event once per filter when their types filters differ', async () => {
    const stack = await startGatewayStack(disposers, { env: sender.gatewayEnv });
    const call = 'call-filters';
    // Known to the gateway, as connectRoomCall makes it: callEvents refuses ids nobody knows.
    await stack.eventLog.recordCall(call, { roomId: null });
    const first = stack.subscribe(CallEventsDocument, { callConnectionId: call, types: ['PLAY_COMPLETED'] });
    const second = stack.subscribe(CallEventsDocument, {
      callConnectionId: call,
      types: ['PLAY_COMPLETED', 'PLAY_FAILED'],
    });
    const spent = await executionsOfNextEvent(stack, call, (count) =>
      Promise.all([first.waitForResults(count), second.waitForResults(count)]),
    );
    expect(spent).toBe(2);
  });
});
