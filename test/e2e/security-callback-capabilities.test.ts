import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConnectRoomCallWithMediaDocument, CreateRoomDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { callbackEvent } from '../helpers/callbacks.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';

/**
 * An ACS-signed token proves that ACS sent something, not that it is about a given call: ACS signs the tokens
 * it sends to client-chosen media transports with the keys it signs callbacks with. These tests replay such a
 * token (minted by the emulator with its ACS keys, as a client's own transport would receive it).
 */
const disposers = useDisposers();
const ALICE = '8:acs:00000000-0000-4000-8000-000000000001_00000011-0000-0000-0000-000000000011';

/** A room with ALICE on its roster whose call the gateway joined (with the gateway's own transcription). */
async function connectedCall(stack: GatewayStack): Promise<{ roomId: string; callConnectionId: string }> {
  const created = await stack.graphql(CreateRoomDocument, {
    input: { participants: [{ communicationUserId: ALICE, role: 'PRESENTER' }] },
  });
  const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;
  const connected = await stack.graphql(ConnectRoomCallWithMediaDocument, {
    input: { roomId, transcription: { locale: 'en-US' } },
  });
  const { callConnectionId } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload').call;
  const { control } = stack.emulator.emulator;
  await waitFor(
    () => control.callbacks({ callConnectionId, type: 'CallConnected', status: 'delivered' }).length > 0,
    { what: 'CallConnected to be delivered' },
  );
  return { roomId, callConnectionId };
}

/** The query string of the callback URI the gateway gave ACS for `callConnectionId` ('' when none). */
function callbackQueryOf(stack: GatewayStack, callConnectionId: string): string {
  const connection = stack.emulator.emulator.control
    .call(callConnectionId)
    .connections.find((c) => c.callConnectionId === callConnectionId);
  return new URL(connection?.callbackUri ?? 'http://none/').search;
}

function post(url: string, token: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

async function kindsIn(stack: GatewayStack, callConnectionId: string): Promise<string[]> {
  return (await stack.eventLog.readLast(callConnectionId, 100)).map((event) => event.kind);
}

/** Opens the transcription transport at `query`; resolves with the open socket, or the refused status. */
function openTranscription(
  stack: GatewayStack,
  token: string,
  query: string,
): Promise<{ socket: WebSocket } | { status: number }> {
  const socket = new WebSocket(`${stack.url.replace(/^http/, 'ws')}/api/media/transcription${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  disposers.add(() => socket.terminate());
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

function transcriptMessages(callConnectionId: string, text: string): string[] {
  return [
    JSON.stringify({
      kind: 'TranscriptionMetadata',
      transcriptionMetadata: { subscriptionId: randomUUID(), callConnectionId, locale: 'en-US' },
    }),
    JSON.stringify({
      kind: 'TranscriptionData',
      transcriptionData: { text, format: 'display', offset: 1, duration: 1, resultStatus: 'Final' },
    }),
  ];
}

describe('finding 3: forged events in any call through a replayed ACS-signed token', () => {
  it('a replayed ACS-signed token POSTed to /api/callbacks stores nothing in another room’s call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const victim = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();

    const response = await post(`${stack.url}/api/callbacks`, token, [
      callbackEvent('PlayCompleted', victim.callConnectionId, { operationContext: 'forged' }),
    ]);

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await kindsIn(stack, victim.callConnectionId)).not.toContain('PlayCompleted');
  });

  it('the callback capability of one call admits no events of another room’s call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const victim = await connectedCall(stack);
    const own = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();
    const ownQuery = callbackQueryOf(stack, own.callConnectionId);

    const response = await post(`${stack.url}/api/callbacks${ownQuery}`, token, [
      callbackEvent('PlayCompleted', victim.callConnectionId, { operationContext: 'forged' }),
    ]);

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await kindsIn(stack, victim.callConnectionId)).not.toContain('PlayCompleted');
  });

  it('a replayed ACS-signed token cannot open /api/media/transcription to store a transcript in another room’s call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const victim = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();

    const opened = await openTranscription(stack, token, '');
    expect(opened).toEqual({ status: 401 });
    expect(await kindsIn(stack, victim.callConnectionId)).not.toContain('TranscriptionData');
  });

  it('the transcription transport of one call stores no transcript in another room’s call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const victim = await connectedCall(stack);
    const own = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();

    const opened = await openTranscription(stack, token, callbackQueryOf(stack, own.callConnectionId));
    expect('socket' in opened).toBe(true);
    if (!('socket' in opened)) return;
    const closed = new Promise<number>((resolve) => opened.socket.once('close', (code) => resolve(code)));
    for (const message of transcriptMessages(victim.callConnectionId, 'forged')) opened.socket.send(message);
    const stored = waitFor(
      async () => (await kindsIn(stack, victim.callConnectionId)).includes('TranscriptionData'),
      { what: 'the forged transcript' },
    ).then(() => 'stored' as const);

    expect(await Promise.race([closed, stored])).toBe(1008);
    expect(await kindsIn(stack, victim.callConnectionId)).not.toContain('TranscriptionData');
  });

  it('a callback for a call id the gateway never connected is refused and creates no log in memory', async () => {
    const stack = await startGatewayStack(disposers);
    await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();
    const unknown = `never-connected-${randomUUID()}`;

    const response = await post(`${stack.url}/api/callbacks`, token, [
      callbackEvent('CallConnected', unknown),
    ]);

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await stack.eventLog.readLast(unknown, 10)).toEqual([]);
  });

  it('a callback for a call id the gateway never connected is refused and creates no Redis key', async () => {
    const keyPrefix = uniqueKeyPrefix('capabilities');
    const stack = await startGatewayStack(disposers, { redis: { keyPrefix } });
    const { callConnectionId } = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();
    const unknown = `never-connected-${randomUUID()}`;

    const response = await post(
      `${stack.url}/api/callbacks${callbackQueryOf(stack, callConnectionId)}`,
      token,
      [callbackEvent('CallConnected', unknown)],
    );

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const redis = createClient({ url: testRedisUrl() });
    await redis.connect();
    disposers.add(() => redis.quit());
    expect(await redis.keys(`${keyPrefix}*${unknown}*`)).toEqual([]);
  });
});

describe('a client-chosen transportUrl hands ACS-signed tokens to its host', () => {
  it.each([
    ['mediaStreaming', { mediaStreaming: { transportUrl: 'wss://collector.attacker.example/audio' } }],
    [
      'transcription',
      { transcription: { locale: 'en-US', transportUrl: 'wss://collector.attacker.example/t' } },
    ],
  ])(
    'connectRoomCall refuses a %s transportUrl whose host is not in TRANSPORT_URL_ALLOWED_HOSTS with an InputError naming the field, before calling ACS',
    async (field, options) => {
      const stack = await startGatewayStack(disposers, {
        env: { TRANSPORT_URL_ALLOWED_HOSTS: 'audio.example.com' },
      });
      const created = await stack.graphql(CreateRoomDocument, { input: {} });
      const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;

      const result = await stack.graphql(ConnectRoomCallWithMediaDocument, { input: { roomId, ...options } });

      expect(expectTypename(result.data?.connectRoomCall, 'InputError')).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `input.${field}.transportUrl`,
      });
      expect(stack.emulator.emulator.control.calls()).toEqual([]);
    },
  );

  it('connectRoomCall accepts a transportUrl on a host of TRANSPORT_URL_ALLOWED_HOSTS', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { TRANSPORT_URL_ALLOWED_HOSTS: 'audio.example.com' },
      emulator: { onError: () => undefined },
    });
    const created = await stack.graphql(CreateRoomDocument, { input: {} });
    const roomId = expectTypename(created.data?.createRoom, 'CreateRoomPayload').room.id;

    const result = await stack.graphql(ConnectRoomCallWithMediaDocument, {
      input: { roomId, mediaStreaming: { transportUrl: 'wss://Audio.Example.com/stream' } },
    });

    expectTypename(result.data?.connectRoomCall, 'ConnectRoomCallPayload');
  });
});

describe('callback capabilities across replicas', () => {
  it('a call connected through one replica has its callbacks admitted by another replica on the same Redis', async () => {
    const keyPrefix = uniqueKeyPrefix('replicas');
    const replicaA = await startGatewayStack(disposers, { redis: { keyPrefix } });
    const replicaB = await startGatewayStack(disposers, {
      redis: { keyPrefix },
      restartOf: { emulator: replicaA.emulator, port: 0 },
    });
    const { callConnectionId } = await connectedCall(replicaA);
    const token = replicaA.emulator.emulator.control.mintCallbackToken();
    const { serverCallId } = replicaA.emulator.emulator.control.call(callConnectionId);
    const event = callbackEvent('PlayCompleted', callConnectionId, {
      serverCallId,
      operationContext: 'via-b',
    });

    const response = await post(
      `${replicaB.url}/api/callbacks${callbackQueryOf(replicaA, callConnectionId)}`,
      token,
      [event],
    );

    expect(response.status).toBe(204);
    expect((await replicaA.eventLog.readLast(callConnectionId, 100)).map((e) => e.id)).toContain(event.id);
  });

  it('the callback capability of a call admits no event naming another server call', async () => {
    const stack = await startGatewayStack(disposers, { redis: true });
    const { callConnectionId } = await connectedCall(stack);
    const token = stack.emulator.emulator.control.mintCallbackToken();
    const event = callbackEvent('PlayCompleted', callConnectionId, {
      serverCallId: 'aHR0cHM6Ly9hbm90aGVyLWNhbGw',
    });

    const response = await post(
      `${stack.url}/api/callbacks${callbackQueryOf(stack, callConnectionId)}`,
      token,
      [event],
    );

    expect(response.status).toBe(403);
    expect((await stack.eventLog.readLast(callConnectionId, 100)).map((e) => e.id)).not.toContain(event.id);
  });
});
