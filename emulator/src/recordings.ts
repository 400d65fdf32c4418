import { randomUUID } from 'node:crypto';
import { buildCloudEvent } from './callbacks.ts';
import type { CallingContext, Recording, ServerCall } from './calling-context.ts';
import { callbackUrl } from './calls.ts';
import { badRequest, callNotFound, recordingNotFound } from './errors.ts';
import { type EventGrid, silentWav } from './event-grid.ts';
import type { EmulatorRequest, EmulatorResponse, Route } from './http.ts';
import { acsNow } from './time.ts';

const ENUMS: Record<string, string[]> = {
  recordingContentType: ['audio', 'audioVideo'],
  recordingChannelType: ['mixed', 'unmixed'],
  recordingFormatType: ['wav', 'mp3', 'mp4'],
};

/**
 * The host of recording file URLs. The SDK downloads and deletes only URLs on ACS media hosts, so the emulator
 * names one; an SDK client reaches the emulator for it with an HTTP client that sends `*.asm.skype.com`
 * requests to the emulator's origin (the gateway's `recordingStorageOrigin`).
 */
export const RECORDING_STORAGE_HOST = 'emulator.asm.skype.com';

/** The SDK reads `{status, message}` from recording storage errors (contentDownloader.js), not a CommunicationError. */
const FILE_NOT_FOUND = { status: 404, body: { status: 404, message: 'Recording file not found.' } };

/** The start time an `inactive` event carries before the recording ever ran (acs.md §4.3). */
const NEVER_STARTED = '0001-01-01T00:00:00+00:00';

export function createRecordings(ctx: CallingContext, eventGrid: EventGrid): { routes: Route[] } {
  const { state, scheduler, timing } = ctx;
  /** Recording files by document id (content served until deleted). */
  const files = new Map<string, Buffer>();

  /** A stopped recording's file: stored, then announced over Event Grid (acs.md §5.3 shape). */
  const publishFile = (recording: Recording): void => {
    const documentId = randomUUID();
    files.set(documentId, silentWav());
    // An ACS media host, as the SDK requires (acs.md §1.6); clients reach the emulator for it (README).
    const base = `https://${RECORDING_STORAGE_HOST}/v1/objects/${documentId}`;
    const startedAt = recording.startDateTime === NEVER_STARTED ? acsNow() : recording.startDateTime;
    eventGrid.publish({
      eventType: 'Microsoft.Communication.RecordingFileStatusUpdated',
      subject: `/recording/call/${recording.serverCallId}/serverCallId/${recording.serverCallId}/recordingId/${recording.recordingId}`,
      data: {
        recordingStorageInfo: {
          recordingChunks: [
            {
              documentId,
              index: 0,
              endReason: 'SessionEnded',
              contentLocation: `${base}/content/audio`,
              metadataLocation: `${base}/content/acsmetadata`,
              deleteLocation: base,
            },
          ],
        },
        recordingStartTime: startedAt,
        recordingDurationMs: 100,
        sessionEndReason: 'CallEnded',
      },
    });
  };

  const locateCall = (body: Record<string, unknown>): ServerCall => {
    const live = (id: string | undefined) => {
      const call = id ? state.calls.get(id) : undefined;
      return call?.state === 'active' ? call : undefined;
    };
    if (typeof body.callConnectionId === 'string') {
      return ctx.callOf(ctx.requireConnection(body.callConnectionId));
    }
    const locator = body.callLocator as Record<string, unknown> | undefined;
    if (typeof locator !== 'object' || locator === null)
      throw badRequest('callLocator or callConnectionId is required.');
    const call =
      typeof locator.roomId === 'string'
        ? live(state.roomCalls.get(locator.roomId))
        : typeof locator.groupCallId === 'string'
          ? live(state.groupCalls.get(locator.groupCallId))
          : typeof locator.serverCallId === 'string'
            ? live(locator.serverCallId)
            : undefined;
    if (!call) throw callNotFound();
    return call;
  };

  const requireRecording = (recordingId: string): Recording => {
    const recording = state.recordings.get(recordingId);
    if (!recording) throw recordingNotFound();
    return recording;
  };

  /** Recording events use their own source/subject and repeat it in `data.eventSource` (acs.md §4.1). */
  const emitState = (recording: Recording): void => {
    const connection = recording.callConnectionId
      ? state.connections.get(recording.callConnectionId)
      : undefined;
    const url = recording.callbackUri ?? connection?.callbackUri;
    if (!url) return;
    const call = state.calls.get(recording.serverCallId);
    const source = `calling/recordings/${recording.serverCallId}/${recording.recordingId}/RecordingStateChanged`;
    const type = 'Microsoft.Communication.RecordingStateChanged';
    ctx.callbacks.send(
      recording.callConnectionId ?? `recording:${recording.recordingId}`,
      url,
      buildCloudEvent('RecordingStateChanged', source, {
        eventSource: source,
        recordingId: recording.recordingId,
        state: recording.state,
        startDateTime: recording.startDateTime,
        recordingKind: 'azureCommunicationServices',
        resultInformation: { code: 200, subCode: 0, message: '' },
        version: ctx.eventVersion,
        callConnectionId: recording.callConnectionId ?? '',
        serverCallId: recording.serverCallId,
        correlationId: call?.correlationId ?? '',
        publicEventType: type,
      }),
    );
  };

  const setState = (recording: Recording, next: Recording['state']): void => {
    if (recording.state === next || !state.recordings.has(recording.recordingId)) return;
    recording.state = next;
    if (next === 'active' && recording.startDateTime === NEVER_STARTED) recording.startDateTime = acsNow();
    emitState(recording);
  };

  const response = (recording: Recording) => ({
    recordingId: recording.recordingId,
    recordingState: recording.state,
    recordingKind: 'azureCommunicationServices',
  });

  const start = (request: EmulatorRequest): EmulatorResponse => {
    const body = request.json();
    for (const [field, allowed] of Object.entries(ENUMS)) {
      if (body[field] !== undefined && !allowed.includes(body[field] as string)) {
        throw badRequest(`${field} must be one of ${allowed.join(', ')}.`);
      }
    }
    const call = locateCall(body);
    const callbackUri = callbackUrl(body, 'recordingStateCallbackUri', false);
    const callConnectionId = call.connectionIds.find(
      (id) => state.connections.get(id)?.state === 'connected',
    );
    // Real ids are base64url JSON naming the platform endpoint and resource (REC).
    const recordingId = Buffer.from(
      JSON.stringify({ PlatformEndpointId: randomUUID(), ResourceSpecificId: randomUUID() }),
    ).toString('base64url');
    const recording: Recording = {
      recordingId,
      serverCallId: call.serverCallId,
      state: 'inactive',
      startDateTime: NEVER_STARTED,
      ...(callbackUri ? { callbackUri } : {}),
      ...(callConnectionId ? { callConnectionId } : {}),
    };
    state.recordings.set(recordingId, recording);
    // Real order: an `inactive` event with the 0001 start time, then `active` (acs.md §4.3, §5.2).
    scheduler.after(timing.actionDelayMs, () => {
      emitState(recording);
      if (body.pauseOnStart !== true)
        scheduler.after(timing.actionDelayMs, () => setState(recording, 'active'));
    });
    return { status: 200, body: response(recording) };
  };

  const transition =
    (next: Recording['state'], status: number) =>
    (_request: EmulatorRequest, [id = '']: string[]) => {
      const recording = requireRecording(id);
      scheduler.after(timing.actionDelayMs, () => setState(recording, next));
      return { status };
    };

  return {
    routes: [
      { method: 'POST', pattern: /^\/calling\/recordings$/, kind: 'acs', handler: start },
      {
        method: 'GET',
        pattern: /^\/calling\/recordings\/([^/:]+)$/,
        kind: 'acs',
        handler: (_request, [id = '']) => ({ status: 200, body: response(requireRecording(id)) }),
      },
      {
        method: 'DELETE',
        pattern: /^\/calling\/recordings\/([^/:]+)$/,
        kind: 'acs',
        handler: (_request, [id = '']) => {
          const recording = requireRecording(id);
          const wasActive = recording.state === 'active';
          state.recordings.delete(id);
          recording.state = 'inactive';
          if (wasActive) scheduler.after(timing.actionDelayMs, () => emitState(recording));
          scheduler.after(timing.actionDelayMs * 2, () => publishFile(recording));
          return { status: 204 };
        },
      },
      {
        method: 'POST',
        pattern: /^\/calling\/recordings\/([^/:]+):pause$/,
        kind: 'acs',
        handler: transition('inactive', 202),
      },
      {
        method: 'POST',
        pattern: /^\/calling\/recordings\/([^/:]+):resume$/,
        kind: 'acs',
        handler: transition('active', 202),
      },
      // Real content URLs are on *.asm.skype.com and HMAC-signed by the SDK; here they are open (README).
      {
        method: 'GET',
        pattern: /^\/v1\/objects\/([^/]+)\/content\/audio$/,
        kind: 'open',
        handler: (_request, [documentId = '']) => {
          const content = files.get(documentId);
          if (!content) return FILE_NOT_FOUND;
          return { status: 200, body: content, headers: { 'content-type': 'audio/wav' } };
        },
      },
      {
        method: 'DELETE',
        pattern: /^\/v1\/objects\/([^/]+)$/,
        kind: 'open',
        handler: (_request, [documentId = '']) => {
          if (!files.delete(documentId)) return FILE_NOT_FOUND;
          return { status: 200 };
        },
      },
    ],
  };
}
