import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { ConnectRoomCallDocument, CreateRoomDocument } from '../gql/graphql.ts';
import { waitFor } from '../helpers/async.ts';
import { bearer, CLIENT_AUTH_ENV, clientToken } from '../helpers/client-tokens.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';
import { testRedisUrl, uniqueKeyPrefix } from '../helpers/redis.ts';

const disposers = useDisposers();
const USER = '8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000002';

/** Every field of `Call` and `Recording` that the gateway answers from what it keeps in Redis. */
const CALL_AND_RECORDING = `
  query CallAndRecording($callConnectionId: ID!, $recordingId: ID!) {
    call(callConnectionId: $callConnectionId) {
      state cursor serverCallId correlationId roomId room { id }
    }
    recording(recordingId: $recordingId) { state files { contentLocation } durationMs }
  }`;

/** Every field of `Call` that the gateway answers from what it keeps in Redis. */
const CALL = `
  query Call($callConnectionId: ID!) {
    call(callConnectionId: $callConnectionId) {
      state cursor serverCallId correlationId roomId room { id }
    }
  }`;

/**
 * The commands Redis executes for the keys under `keyPrefix` while `run` runs, as MONITOR reports them (a
 * script's own commands left out: a script is one round trip). Ends with an ECHO of a marker that MONITOR
 * reports after every command sent before it, so nothing sent during `run` is missed.
 */
async function redisCommandsDuring(keyPrefix: string, run: () => Promise<void>): Promise<string[]> {
  const monitor = createClient({ url: testRedisUrl() });
  const marker = createClient({ url: testRedisUrl() });
  await Promise.all([monitor.connect(), marker.connect()]);
  disposers.add(() => Promise.all([monitor.close(), marker.close()]));
  const lines: string[] = [];
  await monitor.monitor((line) => lines.push(line));
  await run();
  const end = `end-of-run-${randomUUID()}`;
  await marker.echo(end);
  await waitFor(() => lines.some((line) => line.includes(end)), { what: 'MONITOR to report the marker' });
  return lines.filter((line) => line.includes(keyPrefix) && !line.includes(' lua]'));
}

/** A room and its connected call (CallConnected in the log), made with `headers`. */
async function connectedCall(
  stack: GatewayStack,
  headers: Record<string, string> = {},
): Promise<{ roomId: string; callConnectionId: string }> {
  const created = await stack.graphqlText(
    print(CreateRoomDocument),
    { input: { participants: [{ communicationUserId: USER, role: 'PRESENTER' }] } },
    headers,
  );
  const { createRoom } = created.body.data as ResultOf<typeof CreateRoomDocument>;
  const roomId = expectTypename(createRoom, 'CreateRoomPayload').room.id;
  const connected = await stack.graphqlText(print(ConnectRoomCallDocument), { input: { roomId } }, headers);
  const { connectRoomCall } = connected.body.data as ResultOf<typeof ConnectRoomCallDocument>;
  const { callConnectionId } = expectTypename(connectRoomCall, 'ConnectRoomCallPayload').call;
  await waitFor(async () => (await stack.eventLog.readLast(callConnectionId, 10)).length >= 2, {
    what: 'CallConnected and ParticipantsUpdated in the log',
  });
  return { roomId, callConnectionId };
}

describe('one read of the log per call and per recording per request', () => {
  it('a query of every Call and Recording field read from Redis reads the call once and the recording once', async () => {
    const keyPrefix = uniqueKeyPrefix('call-reads');
    const stack = await startGatewayStack(disposers, { redis: { keyPrefix } });
    const { callConnectionId } = await connectedCall(stack);
    // A recording ACS has forgotten (it stopped) whose files the gateway keeps.
    const recordingId = `recording-${randomUUID()}`;
    await stack.eventLog.recordRecordingFiles(recordingId, { durationMs: 1_500, chunks: [] });

    // Once first, so the scripts are loaded: a script's first run on a connection takes EVALSHA, then EVAL.
    await stack.graphqlText(CALL_AND_RECORDING, { callConnectionId, recordingId });
    let body: unknown;
    const commands = await redisCommandsDuring(keyPrefix, async () => {
      body = (await stack.graphqlText(CALL_AND_RECORDING, { callConnectionId, recordingId })).body;
    });

    expect(body).toMatchObject({
      data: {
        call: { state: 'CONNECTED', roomId: expect.any(String), room: { id: expect.any(String) } },
        recording: { state: 'INACTIVE', files: [], durationMs: 1_500 },
      },
    });
    const callReads = commands.filter((line) => line.includes(`call:{${callConnectionId}}`));
    const recordingReads = commands.filter((line) => line.includes(`recording:{${recordingId}}`));
    expect(callReads, commands.join('\n')).toHaveLength(1);
    expect(recordingReads, commands.join('\n')).toHaveLength(1);
  });

  it("a room-scoped client's query reads the call once for its authorization check and its fields together", async () => {
    const keyPrefix = uniqueKeyPrefix('call-reads');
    const stack = await startGatewayStack(disposers, { redis: { keyPrefix }, env: CLIENT_AUTH_ENV });
    const { roomId, callConnectionId } = await connectedCall(stack, bearer(await clientToken()));
    // Its access to the call is checked against the call's room, which the gateway keeps in Redis.
    const scoped = bearer(await clientToken({ rooms: [roomId] }));
    await stack.graphqlText(CALL, { callConnectionId }, scoped);
    let body: unknown;
    const commands = await redisCommandsDuring(keyPrefix, async () => {
      body = (await stack.graphqlText(CALL, { callConnectionId }, scoped)).body;
    });

    expect(body).toMatchObject({ data: { call: { state: 'CONNECTED', roomId, room: { id: roomId } } } });
    const callReads = commands.filter((line) => line.includes(`call:{${callConnectionId}}`));
    expect(callReads, commands.join('\n')).toHaveLength(1);
  });
});
