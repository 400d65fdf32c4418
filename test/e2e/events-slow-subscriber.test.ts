import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CallEventsDocument } from '../gql/graphql.ts';
import { createDeferred, waitFor, within } from '../helpers/async.ts';
import { callbackEvent, useCallbackSender } from '../helpers/callbacks.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

/*
 * A subscriber that stops reading while 3,000 large events flow (≈13 MB of GraphQL results, about four times what
 * the loopback socket buffers of a paused reader plus SUBSCRIPTION_MAX_BUFFERED_BYTES hold: some 700 events
 * reach such a reader before it is cut off) must be cut off, the gateway must not hold the
 * backlog in memory, and resuming by cursor must yield every event. The gateway runs in this process; its
 * retained memory is measured after forced garbage collections, while the subscriber is still stalled.
 */

const disposers = useDisposers();
const EVENTS = 3_000;
const BATCH = 250;
/** Bytes of each event's `operationContext`: the bulk of the flood, at little work per event. */
const CONTEXT_BYTES = 4_000;
const MAX_BUFFERED_BYTES = 256 * 1024;
/**
 * Retained memory the gateway may gain while a subscriber is stalled: 4 to 7 MiB is measured; a gateway holding
 * the ≈10 MB undelivered backlog (as text, more as objects) on top of that would exceed it.
 */
const RETAINED_BOUND_BYTES = 10 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Heap plus array buffers (socket buffers are Buffers) after full collections. */
function retainedBytes(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
const metricsText = async (stack: GatewayStack) => (await fetch(`${stack.url}/metrics`)).text();
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const sender = useCallbackSender();

/** A gateway that cuts off a subscriber reading nothing for `stallTimeoutMs` once it is over its buffer limit. */
async function floodStack(stallTimeoutMs = 1_000): Promise<GatewayStack> {
  return startGatewayStack(disposers, {
    redis: true,
    env: {
      ...sender.gatewayEnv,
      SUBSCRIPTION_MAX_BUFFERED_BYTES: String(MAX_BUFFERED_BYTES),
      SUBSCRIPTION_STALL_TIMEOUT_MS: String(stallTimeoutMs),
      CALLBACK_MAX_BODY_BYTES: String(8 * 1024 * 1024),
    },
    eventLog: { maxEventsPerCall: 2 * EVENTS, ttlSeconds: 300 },
  });
}

/** Posts EVENTS large PlayCompleted events in signed batches; resolves with their ids in order. */
async function flood(stack: GatewayStack, callConnectionId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < EVENTS; start += BATCH) {
    const batch = Array.from({ length: BATCH }, (_, i) =>
      callbackEvent('PlayCompleted', callConnectionId, {
        operationContext: `${start + i + 1}:`.padEnd(CONTEXT_BYTES, '.'),
      }),
    );
    const response = await sender.post(stack.url, batch, { eventLog: stack.eventLog });
    expect(response.status, response.body).toBe(204);
    ids.push(...batch.map((event) => event.id));
  }
  return ids;
}

/** Samples the process RSS until stopped; returns the peak. */
function samplePeakRss(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

interface EventPayload {
  data?: { callEvents: { id: string; cursor: string } };
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A raw graphql-transport-ws client subscribed to a call, so a test can stop reading at the TCP level. */
async function subscribeOverRawWebSocket(stack: GatewayStack, callConnectionId: string) {
  const socket = new WebSocket(stack.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  disposers.add(() => socket.terminate());
  const received: EventPayload[] = [];
  const closed = createDeferred<{ code: number; reason: string }>();
  const acked = createDeferred();
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as { type: string; payload?: EventPayload };
    if (message.type === 'connection_ack') acked.resolve();
    if (message.type === 'next' && message.payload) received.push(message.payload);
  });
  socket.on('close', (code, reason) => closed.resolve({ code, reason: String(reason) }));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await within(acked.promise, 5_000, 'connection_ack');
  socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: print(CallEventsDocument), variables: { callConnectionId } },
    }),
  );
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return { socket, tcp, received, closed: closed.promise };
}

describe('a subscriber that stops reading while 3,000 large events flow', () => {
  it('over graphql-ws is closed with 1008, the gateway memory stays bounded, and resuming by cursor yields every event once, in order', async () => {
    const stack = await floodStack();
    const callConnectionId = `call-${randomUUID()}`;
    await stack.eventLog.recordCall(callConnectionId, { roomId: null });

    const { tcp, received, closed } = await subscribeOverRawWebSocket(stack, callConnectionId);
    tcp.pause();

    const baseline = retainedBytes();
    const peakRss = samplePeakRss();
    const baselineRss = process.memoryUsage().rss;
    const ids = await flood(stack, callConnectionId);
    await waitFor(() => stack.logs.some((line) => line.includes('closing a slow subscriber')), {
      timeoutMs: 15_000,
      what: 'the gateway to cut off the stalled WebSocket',
    });
    const stalled = retainedBytes();
    const peak = peakRss();
    console.info(
      `graphql-ws flood: retained ${mib(baseline)} → ${mib(stalled)} (+${mib(stalled - baseline)}); ` +
        `rss ${mib(baselineRss)} → peak ${mib(peak)}`,
    );
    expect(stalled - baseline).toBeLessThan(RETAINED_BOUND_BYTES);
    expect(await metricsText(stack)).toContain(
      'switchboard_slow_subscribers_total{transport="graphql-ws"} 1',
    );

    tcp.resume();
    const { code, reason } = await within(closed, 15_000, 'the slow-subscriber close');
    expect(code).toBe(1008);
    expect(reason).toMatch(/Slow subscriber/);
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThan(EVENTS);
    expect(received.every((r) => r.errors === undefined)).toBe(true);

    const lastCursor = received.at(-1)?.data?.callEvents.cursor;
    const resumed = stack.subscribe(CallEventsDocument, { callConnectionId, after: lastCursor });
    await resumed.waitForResults(EVENTS - received.length, 15_000);
    const all = [...received, ...resumed.results].map((r) => r.data?.callEvents.id);
    expect(all.length).toBe(EVENTS);
    expect(all).toEqual(ids);
  });

  it('over graphql-ws paces a client that reads in slow bursts through the whole backlog without cutting it off', async () => {
    // Stall timeout 5 s against pauses of 300 ms: a busy machine may lag, never by that much.
    const stack = await floodStack(5_000);
    const callConnectionId = `call-${randomUUID()}`;
    await stack.eventLog.recordCall(callConnectionId, { roomId: null });
    const ids = await flood(stack, callConnectionId);

    const { tcp, received, closed } = await subscribeOverRawWebSocket(stack, callConnectionId);
    let closedEarly = false;
    void closed.then(() => {
      closedEarly = true;
    });
    // Pauses far shorter than the stall timeout: the gateway must wait for this client, not drop it. (The pause is
    // the behaviour under test, so it is timed; nothing is asserted about how long anything takes.)
    while (received.length < EVENTS && !closedEarly) {
      tcp.pause();
      await new Promise((resolve) => setTimeout(resolve, 300));
      tcp.resume();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(closedEarly).toBe(false);
    expect(received.map((r) => r.data?.callEvents.id)).toEqual(ids);
    expect(stack.logs.some((line) => line.includes('closing a slow subscriber'))).toBe(false);
  });

  it('over SSE ends the stream with a SLOW_SUBSCRIBER error, the gateway memory stays bounded, and resuming with Last-Event-ID yields every event once, in order', async () => {
    const stack = await floodStack();
    const callConnectionId = `call-${randomUUID()}`;
    await stack.eventLog.recordCall(callConnectionId, { roomId: null });

    // A raw HTTP client reading the event stream, so it can stop reading at the TCP level.
    const target = new URL(stack.graphqlUrl);
    target.searchParams.set('query', print(CallEventsDocument));
    target.searchParams.set('variables', JSON.stringify({ callConnectionId }));
    const response = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const req = request(target, { headers: { accept: 'text/event-stream' }, agent: false }, resolve);
      req.on('error', reject);
      req.end();
    });
    disposers.add(() => response.destroy());
    expect(response.statusCode).toBe(200);
    response.pause();

    const baseline = retainedBytes();
    const peakRss = samplePeakRss();
    const baselineRss = process.memoryUsage().rss;
    const ids = await flood(stack, callConnectionId);
    await waitFor(() => stack.logs.some((line) => line.includes('closing a slow SSE subscriber')), {
      timeoutMs: 15_000,
      what: 'the gateway to cut off the stalled event stream',
    });
    const stalled = retainedBytes();
    const peak = peakRss();
    console.info(
      `SSE flood: retained ${mib(baseline)} → ${mib(stalled)} (+${mib(stalled - baseline)}); ` +
        `rss ${mib(baselineRss)} → peak ${mib(peak)}`,
    );
    expect(stalled - baseline).toBeLessThan(RETAINED_BOUND_BYTES);
    expect(await metricsText(stack)).toContain('switchboard_slow_subscribers_total{transport="sse"} 1');

    // Read the rest of the stream: events, then the slow-subscriber error, then `complete`.
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
    });
    response.resume();
    await within(
      new Promise((resolve) => response.on('end', resolve)),
      15_000,
      'the end of the slowed-down event stream',
    );
    const messages = parseSse(text);
    const next = messages.filter((m) => m.event === 'next');
    const events = next.filter((m) => m.id !== undefined);
    const [slow, ...afterSlow] = next.filter((m) => m.id === undefined);
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(EVENTS);
    expect(afterSlow).toEqual([]);
    const slowPayload = JSON.parse(slow?.data ?? '{}') as EventPayload;
    expect(slowPayload.errors?.[0]?.extensions?.code).toBe('SLOW_SUBSCRIBER');
    expect(messages.at(-1)?.event).toBe('complete');

    const received = events.map((m) => JSON.parse(m.data) as EventPayload);
    expect(events.map((m) => m.id)).toEqual(received.map((r) => r.data?.callEvents.cursor));
    const resumed = subscribeOverSse<{ callEvents: { id: string } }>(
      stack.graphqlUrl,
      CallEventsDocument,
      { callConnectionId },
      { lastEventId: events.at(-1)?.id },
    );
    disposers.add(() => resumed.close());
    await resumed.waitForResults(EVENTS - received.length, 15_000);
    const all = [
      ...received.map((r) => r.data?.callEvents.id),
      ...resumed.results.map((r) => r.data?.callEvents.id),
    ];
    expect(all.length).toBe(EVENTS);
    expect(all).toEqual(ids);
  });
});

/** Splits an SSE body into messages (`event`, `id`, `data`), ignoring comments. */
function parseSse(text: string): { event?: string; id?: string; data: string }[] {
  return text
    .split('\n\n')
    .map((block) => {
      const message: { event?: string; id?: string; data: string } = { data: '' };
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) message.event = line.slice(7);
        else if (line.startsWith('id: ')) message.id = line.slice(4);
        else if (line.startsWith('data:')) message.data += line.slice(5).trimStart();
      }
      return message;
    })
    .filter((message) => message.event !== undefined);
}
