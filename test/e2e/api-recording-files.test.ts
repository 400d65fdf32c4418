import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  CallMediaEventsDocument,
  ConnectRoomCallWithMediaDocument,
  DeleteRecordingDocument,
  RecordingFilesDocument,
  StartRecordingDocument,
  StopRecordingDocument,
} from '../gql/graphql.ts';
import { createRoomThrough, postTo, waitForGatewayLeg } from '../helpers/calls.ts';
import { useDisposers } from '../helpers/disposers.ts';
import { expectTypename, type GatewayStack, startGatewayStack } from '../helpers/gateway.ts';

const disposers = useDisposers();
const SECRET = 'event-grid-test-secret';
const ALICE = '8:acs:00000000-0000-4000-8000-000000000001_00000021-0000-0000-0000-000000000021';

async function connectedCall(stack: GatewayStack) {
  const roomId = await createRoomThrough(postTo(stack), {
    participants: [{ communicationUserId: ALICE, role: 'PRESENTER' }],
  });
  const connected = await stack.graphql(ConnectRoomCallWithMediaDocument, { input: { roomId } });
  const { call } = expectTypename(connected.data?.connectRoomCall, 'ConnectRoomCallPayload');
  await waitForGatewayLeg(stack.emulator.emulator.control, call.callConnectionId);
  return call.callConnectionId;
}

const eventGridUrl = (stack: GatewayStack, secret = SECRET) =>
  `${stack.url}/api/eventgrid?secret=${encodeURIComponent(secret)}`;

describe('Event Grid subscription validation (POST /api/eventgrid)', () => {
  it('answers the Event Grid schema handshake with the validationCode, so the subscription is created', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    await expect(
      stack.emulator.emulator.control.subscribeEventGrid(eventGridUrl(stack)),
    ).resolves.toBeUndefined();
  });

  it('allows the origin of a CloudEvents OPTIONS handshake', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    const response = await fetch(eventGridUrl(stack), {
      method: 'OPTIONS',
      headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net');
  });

  it('refuses requests without the secret or with a wrong one (401), so the handshake fails', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    const unsigned = await fetch(`${stack.url}/api/eventgrid`, { method: 'POST', body: '[]' });
    expect(unsigned.status).toBe(401);
    await expect(
      stack.emulator.emulator.control.subscribeEventGrid(eventGridUrl(stack, 'wrong')),
    ).rejects.toThrow(/401/);
  });

  it('answers 413 to a Content-Length over CALLBACK_MAX_BODY_BYTES before the body is read', async () => {
    const stack = await startGatewayStack(disposers, {
      env: { EVENTGRID_SECRET: SECRET, CALLBACK_MAX_BODY_BYTES: '1024' },
    });
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        eventGridUrl(stack),
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '4096' } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      // Headers only: no byte of the declared body is ever sent, so the answer must come from the header.
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('answers 404 when EVENTGRID_SECRET is not set', async () => {
    const stack = await startGatewayStack(disposers);
    const response = await fetch(eventGridUrl(stack), { method: 'POST', body: '[]' });
    expect(response.status).toBe(404);
  });
});

describe('recording files', () => {
  it('turns RecordingFileStatusUpdated into a RecordingFileReady event whose content is the recorded WAV', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    await stack.emulator.emulator.control.subscribeEventGrid(eventGridUrl(stack));
    const callConnectionId = await connectedCall(stack);
    const files = stack.subscribe(CallMediaEventsDocument, {
      callConnectionId,
      types: ['RECORDING_FILE_READY'],
    });
    const started = await stack.graphql(StartRecordingDocument, {
      input: { callConnectionId, format: 'WAV' },
    });
    const { recordingId } = expectTypename(started.data?.startRecording, 'StartRecordingPayload').recording;
    const stopped = await stack.graphql(StopRecordingDocument, { input: { recordingId } });
    expectTypename(stopped.data?.stopRecording, 'RecordingPayload');

    const [result] = await files.waitForResults(1);
    const event = result?.data?.callEvents;
    if (event?.__typename !== 'RecordingFileReady') throw new Error(`unexpected ${JSON.stringify(result)}`);
    expect(event).toMatchObject({ type: 'RECORDING_FILE_READY', sessionEndReason: 'CallEnded' });
    expect(event.chunks).toHaveLength(1);
    const contentLocation = event.chunks[0]?.contentLocation ?? '';
    const content = await fetch(
      `${stack.url}/api/recordings/content?contentLocation=${encodeURIComponent(contentLocation)}`,
    );
    expect(content.status).toBe(200);
    const bytes = Buffer.from(await content.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');

    const deleted = await stack.graphql(DeleteRecordingDocument, {
      input: { deleteLocation: event.chunks[0]?.deleteLocation ?? '' },
    });
    expectTypename(deleted.data?.deleteRecording, 'DeleteRecordingPayload');
    const gone = await fetch(
      `${stack.url}/api/recordings/content?contentLocation=${encodeURIComponent(contentLocation)}`,
    );
    expect(gone.status).toBe(404);
  });

  it('lists the announced files under Recording.files (empty before), and their contentLocation downloads the WAV', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    await stack.emulator.emulator.control.subscribeEventGrid(eventGridUrl(stack));
    const callConnectionId = await connectedCall(stack);
    const ready = stack.subscribe(CallMediaEventsDocument, {
      callConnectionId,
      types: ['RECORDING_FILE_READY'],
    });
    const started = await stack.graphql(StartRecordingDocument, {
      input: { callConnectionId, format: 'WAV' },
    });
    const { recordingId } = expectTypename(started.data?.startRecording, 'StartRecordingPayload').recording;
    const before = await stack.graphql(RecordingFilesDocument, { recordingId });
    expect(before.data?.recording).toMatchObject({ recordingId, files: [], durationMs: null });

    await stack.graphql(StopRecordingDocument, { input: { recordingId } });
    const [result] = await ready.waitForResults(1);
    const event = result?.data?.callEvents;
    if (event?.__typename !== 'RecordingFileReady') throw new Error(`unexpected ${JSON.stringify(result)}`);

    const after = await stack.graphql(RecordingFilesDocument, { recordingId });
    expect(after.errors).toBeUndefined();
    expect(after.data?.recording).toEqual({
      recordingId,
      durationMs: event.recordingDurationMs,
      files: event.chunks.map((chunk) => ({ ...chunk, endReason: 'SessionEnded' })),
    });
    const contentLocation = after.data?.recording?.files[0]?.contentLocation ?? '';
    const content = await fetch(
      `${stack.url}/api/recordings/content?contentLocation=${encodeURIComponent(contentLocation)}`,
    );
    expect(content.status).toBe(200);
    const bytes = Buffer.from(await content.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');
  });

  it('accepts RecordingFileStatusUpdated in the CloudEvents schema too', async () => {
    const stack = await startGatewayStack(disposers, { env: { EVENTGRID_SECRET: SECRET } });
    const callConnectionId = await connectedCall(stack);
    const { serverCallId } = stack.emulator.emulator.control.call(callConnectionId);
    await stack.eventLog.linkServerCall(serverCallId, callConnectionId);
    const files = stack.subscribe(CallMediaEventsDocument, {
      callConnectionId,
      types: ['RECORDING_FILE_READY'],
    });
    const response = await fetch(eventGridUrl(stack), {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify({
        specversion: '1.0',
        id: 'cloud-event-1',
        type: 'Microsoft.Communication.RecordingFileStatusUpdated',
        source: '/subscriptions/x/resourceGroups/y/providers/Microsoft.Communication/communicationServices/z',
        subject: `/recording/call/${serverCallId}/serverCallId/${serverCallId}`,
        time: '2026-01-01T00:00:00Z',
        data: {
          recordingStorageInfo: {
            recordingChunks: [{ documentId: 'doc-1', index: 0, endReason: 'SessionEnded' }],
          },
          recordingDurationMs: 6620,
        },
      }),
    });
    expect(response.status).toBe(200);
    const [result] = await files.waitForResults(1);
    expect(result?.data?.callEvents).toMatchObject({
      id: 'cloud-event-1',
      recordingDurationMs: 6620,
      chunks: [{ documentId: 'doc-1', index: 0 }],
    });
  });

  it('refuses to download from a host that is not an ACS media host', async () => {
    const stack = await startGatewayStack(disposers);
    const response = await fetch(
      `${stack.url}/api/recordings/content?contentLocation=${encodeURIComponent('https://attacker.example.com/x')}`,
    );
    expect(response.status).toBe(400);
  });
});
