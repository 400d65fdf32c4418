import { connect } from 'node:net';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { GOING_AWAY_REASON } from '../../src/server/graphql-ws-server.ts';
import {
  AddParticipantDocument,
  CallEventsDocument,
  ConnectRoomCallDocument,
  CreateRoomDocument,
  HangUpDocument,
} from '../gql/graphql.ts';
import { createDeferred, waitFor, within } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { startEmulator } from '../helpers/emulator.ts';
import { startGatedProxy } from '../helpers/gated-proxy.ts';
import { expectTypename, gatewayClient } from '../helpers/gateway.ts';
import { startGatewayProcess } from '../helpers/processes.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';
import { subscribeOverSse } from '../helpers/sse.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001';
const PHONE = '+14255550123';

/**
 * Starts an HTTP request on a raw connection but leaves its header unfinished, so the connection is busy
 * (not idle) and the server answers only once `finish()` sends the rest: a probe that is in flight when
 * the drain starts.
 */
async function startProbe(origin: string, path: string) {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk.toString();
  });
  socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n`);
  return {
    async finish(): Promise<number> {
      socket.write('\r\n');
      const statusLine = await waitFor(() => /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1], {
        what: `the answer to ${path}`,
      });
      socket.destroy();
      return Number(statusLine);
    },
  };
}

/** Resolves once a new TCP connection to `origin` is accepted; rejects when it is refused. */
function openConnection(origin: string): Promise<void> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

describe('graceful drain on SIGTERM (a real gateway process, two replicas sharing Redis)', () => {
  it('turns /readyz 503 first, finishes the request in flight, closes WebSockets with 1001, hands SSE subscribers to the other replica with nothing missed, and exits 0', async () => {
    const { emulator } = await startEmulator(disposers);
    const slowAcs = await startGatedProxy(disposers, emulator.url);
    const shared = {
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: 'http://127.0.0.1:0',
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: uniqueKeyPrefix('drain'),
      SHUTDOWN_GRACE_MS: '30000',
      ...emulator.env(),
    };
    const draining = await startGatewayProcess(disposers, ['node', '--import', 'tsx', 'src/main.ts'], {
      ...shared,
      ACS_CONNECTION_STRING: emulator.connectionString.replace(emulator.url, slowAcs.url),
    });
    const staying = await startGatewayProcess(disposers, ['node', '--import', 'tsx', 'src/main.ts'], shared);
    const viaStaying = gatewayClient(disposers, staying.url);
    const viaDraining = gatewayClient(disposers, draining.url);

    // A call whose callbacks land on the replica that stays; its events reach both through Redis.
    const created = await viaStaying.graphql(CreateRoomDocument, {
      input: { pstnDialOutEnabled: true, participants: [{ communicationUserId: USER, role: 'PRESENTER' }] },
    });
    const room = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room;
    const connected = await viaStaying.graphql(ConnectRoomCallDocument, { input: { roomId: room.id } });
    const { callConnectionId } = expectTypename(
      connected.data?.connectRoomCall,
      'ConnectRoomCallPayload',
    ).call;

    // Subscribers on the replica about to drain: SSE (through a "load balancer") and graphql-ws.
    const sse = subscribeOverSse<{ callEvents: { cursor: string; type: string } }>(
      `${draining.url}/graphql`,
      CallEventsDocument,
      { callConnectionId },
      { reconnect: true, origins: [draining.url, staying.url] },
    );
    await waitFor(() => sse.results.some((r) => r.data?.callEvents.type === 'CALL_CONNECTED'), {
      what: 'CallConnected over SSE',
    });
    const wsClosed = createDeferred<{ code: number; reason: string }>();
    const ws = createClient({
      url: `${draining.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: { closed: (event) => wsClosed.resolve(event as { code: number; reason: string }) },
    });
    disposers.add(() => ws.dispose());
    const wsResults: unknown[] = [];
    ws.subscribe(
      { query: print(CallEventsDocument), variables: { callConnectionId } },
      {
        next: (result) => wsResults.push(result),
        error: () => {},
        complete: () => {},
      },
    );
    await waitFor(() => wsResults.length > 0, { what: 'a graphql-ws result' });

    // A request in flight: ACS holds createRoom until the gate opens.
    slowAcs.hold((req) => req.method === 'POST' && (req.url ?? '').startsWith('/rooms'));
    const inFlight = viaDraining.graphql(CreateRoomDocument, { input: {} });
    await waitFor(() => slowAcs.held === 1, { what: 'createRoom to reach ACS' });
    const readiness = await startProbe(draining.url, '/readyz');

    draining.child.kill('SIGTERM');
    await draining.waitForOutput(/"msg":"draining"/, 'the drain to start');
    expect(await readiness.finish()).toBe(503);
    // A new connection is refused (fetch could reuse a pooled one, still served with `Connection: close`).
    await expect(openConnection(draining.url)).rejects.toThrow(/ECONNREFUSED/);

    expect(await within(wsClosed.promise, 10_000, 'the WebSocket to close')).toMatchObject({
      code: 1001,
      reason: GOING_AWAY_REASON,
    });

    slowAcs.open();
    expectTypename((await inFlight).data?.createRoom, 'CreateRoomPayload');
    expect(await within(draining.exited, 30_000, 'the draining gateway to exit')).toBe(0);

    // Events after the drain, stored by the remaining replica; the SSE client resumes there.
    const added = await viaStaying.graphql(AddParticipantDocument, {
      input: { callConnectionId, participant: { phoneNumber: PHONE }, sourceCallerIdNumber: '+18005550100' },
    });
    expectTypename(added.data?.addParticipant, 'AddParticipantPayload');
    const hungUp = await viaStaying.graphql(HangUpDocument, {
      input: { callConnectionId, forEveryone: true },
    });
    expectTypename(hungUp.data?.hangUp, 'HangUpPayload');
    await waitFor(() => sse.results.some((r) => r.data?.callEvents.type === 'CALL_DISCONNECTED'), {
      timeoutMs: 20_000,
      what: 'CallDisconnected over SSE, from the remaining replica',
    });
    // It resumed on the remaining replica from the last event the draining one had sent it.
    const resumed = sse.requests.at(-1);
    expect(resumed?.origin).toBe(staying.url);
    expect(sse.results.map((r) => r.lastEventId)).toContain(resumed?.lastEventId);
    expect(resumed?.lastEventId).toBeTruthy();

    // Nothing missed, nothing twice: the SSE client saw exactly the log, in order.
    const everything = viaStaying.subscribe(CallEventsDocument, { callConnectionId });
    await everything.waitForResults(sse.results.length);
    const logCursors = everything.results.map((r) => r.data?.callEvents.cursor);
    expect(sse.results.map((r) => r.data?.callEvents.cursor)).toEqual(
      logCursors.slice(0, sse.results.length),
    );
    sse.close();
    // Two gateway processes start through tsx (7–10 s each on a busy 2-core machine) before the drain: the
    // waits inside are hang guards, this is the whole test's.
  }, 120_000);
});
