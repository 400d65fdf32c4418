import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { waitFor } from '../helpers/async.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { type StartedEmulator, startEmulatorWithSink } from '../helpers/emulator.ts';

const disposers = useDisposers();
const ALICE = '8:acs:streaming-test_alice';

/** A WebSocket consumer on port 0 recording each connection's Authorization header and JSON messages. */
async function startConsumer() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  disposers.add(() => {
    for (const client of server.clients) client.terminate();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const connections: {
    authorization: string | undefined;
    messages: Record<string, unknown>[];
    closed: boolean;
  }[] = [];
  server.on('connection', (socket, request) => {
    const connection = {
      authorization: request.headers.authorization,
      messages: [] as Record<string, unknown>[],
      closed: false,
    };
    connections.push(connection);
    socket.on('message', (data) => connection.messages.push(JSON.parse(String(data))));
    socket.on('close', () => {
      connection.closed = true;
    });
  });
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, connections };
}

async function roomCallWith(started: StartedEmulator & { sink: { callbackUri: string } }, options: object) {
  const room = await started.rooms.createRoom({
    participants: [{ id: { communicationUserId: ALICE }, role: 'Attendee' }],
  });
  const result = await started.calls.connectCall(
    { kind: 'roomCallLocator', id: room.id },
    started.sink.callbackUri,
    options,
  );
  return result.callConnectionProperties.callConnectionId as string;
}

describe('transcription and media streaming WebSockets', () => {
  it('streams TranscriptionMetadata then each scripted line as TranscriptionData, signed like callbacks', async () => {
    const started = await startEmulatorWithSink(disposers);
    const consumer = await startConsumer();
    const callConnectionId = await roomCallWith(started, {
      transcriptionOptions: {
        transportType: 'websocket',
        transportUrl: consumer.url,
        locale: 'en-GB',
        startTranscription: true,
        enableIntermediateResults: true,
      },
    });
    await started.sink.waitForEvent('TranscriptionStarted');
    started.emulator.control.say(callConnectionId, ALICE, 'hello there all');
    const connection = await waitFor(
      () => (consumer.connections[0]?.messages.length === 3 ? consumer.connections[0] : undefined),
      {
        what: 'metadata and two transcription messages',
      },
    );
    const [metadata, intermediate, final] = connection.messages;
    expect(metadata).toMatchObject({
      kind: 'TranscriptionMetadata',
      transcriptionMetadata: { callConnectionId, locale: 'en-GB' },
    });
    expect(intermediate).toMatchObject({
      kind: 'TranscriptionData',
      transcriptionData: { text: 'hello there', resultStatus: 'Intermediate', participantRawID: ALICE },
    });
    expect(final).toMatchObject({
      kind: 'TranscriptionData',
      transcriptionData: { text: 'hello there all', resultStatus: 'Final', offset: 0, duration: 12_000_000 },
    });
    const token = connection.authorization?.replace(/^Bearer /, '') ?? '';
    const keys = createRemoteJWKSet(new URL(started.emulator.jwksUrl));
    await expect(
      jwtVerify(token, keys, { issuer: started.emulator.issuer, audience: started.emulator.resourceId }),
    ).resolves.toBeDefined();
  });

  it('opens the media WebSocket on start with AudioMetadata and audio frames, and closes it on stop', async () => {
    const started = await startEmulatorWithSink(disposers);
    const consumer = await startConsumer();
    const callConnectionId = await roomCallWith(started, {
      mediaStreamingOptions: {
        transportType: 'websocket',
        transportUrl: consumer.url,
        contentType: 'audio',
        audioChannelType: 'mixed',
      },
    });
    await started.sink.waitForEvent('CallConnected');
    const media = started.calls.getCallConnection(callConnectionId).getCallMedia();
    await media.startMediaStreaming();
    await started.sink.waitForEvent('MediaStreamingStarted');
    const connection = await waitFor(
      () => (consumer.connections[0]?.messages.length === 4 ? consumer.connections[0] : undefined),
      {
        what: 'audio metadata and frames',
      },
    );
    expect(connection.messages.map((m) => m.kind)).toEqual([
      'AudioMetadata',
      'AudioData',
      'AudioData',
      'AudioData',
    ]);
    expect(connection.messages[0]).toMatchObject({
      audioMetadata: { encoding: 'PCM', sampleRate: 16_000, channels: 1 },
    });
    await media.stopMediaStreaming();
    await started.sink.waitForEvent('MediaStreamingStopped');
    await waitFor(() => connection.closed, { what: 'the media socket to close' });
  });
});
