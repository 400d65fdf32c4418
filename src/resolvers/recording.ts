import type { Recording } from '../acs/ports.ts';
import { AcsError } from '../errors.ts';
import type { RecordingFiles } from '../events/log.ts';
import { callId } from './calls.ts';
import type { GatewayContext } from './context.ts';
import { requireNonEmpty } from './validate.ts';

export interface StartRecordingInput {
  callConnectionId: string;
  /** Default: audio. */
  content?: 'audio' | 'audioVideo' | null;
  /** Default: mixed. */
  channel?: 'mixed' | 'unmixed' | null;
  /** Default: mp3. */
  format?: 'wav' | 'mp3' | 'mp4' | null;
  pauseOnStart?: boolean | null;
}

export async function startRecording(
  input: StartRecordingInput,
  ctx: GatewayContext,
): Promise<{ recording: Recording; callConnectionId: string }> {
  const id = callId(input.callConnectionId);
  // Event Grid names a recording's files by server call only: remember which connection is on it.
  const { serverCallId } = await ctx.calls.getCall(id);
  if (serverCallId) await ctx.eventLog.linkServerCall(serverCallId, id);
  const recording = await ctx.calls.startRecording({
    callConnectionId: id,
    content: input.content ?? 'audio',
    channel: input.channel ?? 'mixed',
    format: input.format ?? 'mp3',
    pauseOnStart: input.pauseOnStart ?? false,
    callbackUrl: await ctx.services.callbacks.callbackUrlOf(id),
  });
  ctx.logger.info({ callConnectionId: id, recordingId: recording.recordingId }, 'recording started');
  return { recording, callConnectionId: id };
}

function recordingId(input: { recordingId: string }): string {
  return requireNonEmpty(input.recordingId, 'input.recordingId');
}

/** Stops a recording; a stopped recording is reported `INACTIVE`. */
export async function stopRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.stopRecording(id);
  return { recording: { recordingId: id, state: 'inactive' as const } };
}

export async function pauseRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.pauseRecording(id);
  return { recording: recordingAfterChange(id, 'inactive') };
}

export async function resumeRecording(input: { recordingId: string }, ctx: GatewayContext) {
  const id = recordingId(input);
  await ctx.calls.resumeRecording(id);
  return { recording: recordingAfterChange(id, 'active') };
}

/**
 * ACS accepts pause/resume (202) and applies it asynchronously, so the state read right after may still be
 * the old one; report the state the request asked for.
 */
function recordingAfterChange(recordingId: string, state: Recording['state']): Recording {
  return { recordingId, state };
}

/** Deletes a recording's files (`RecordingFileReady.chunks[].deleteLocation`) at ACS. */
export async function deleteRecording(
  input: { deleteLocation: string },
  ctx: GatewayContext,
): Promise<{ deleteLocation: string }> {
  const deleteLocation = requireNonEmpty(input.deleteLocation, 'input.deleteLocation');
  await ctx.calls.deleteRecording(deleteLocation);
  ctx.logger.info({ deleteLocation }, 'recording deleted');
  return { deleteLocation };
}

/** The files ACS announced for a recording (kept by the event log from Event Grid), or null before then. */
export function getRecordingFiles(recordingId: string, ctx: GatewayContext): Promise<RecordingFiles | null> {
  return ctx.eventLog.getRecordingFiles(recordingId);
}

/**
 * The recording, or null when ACS does not know it (404) and the gateway keeps no files for it; a stopped
 * recording (which ACS forgets) whose files ACS announced is `inactive`.
 */
export async function getRecording(id: string, ctx: GatewayContext): Promise<Recording | null> {
  if (id.trim() === '') return null;
  try {
    return await ctx.calls.getRecording(id.trim());
  } catch (error) {
    if (!(error instanceof AcsError && error.status === 404)) throw error;
    // ACS forgets a recording once it stops; its files, announced after that, are still the gateway's to list.
    const files = await ctx.eventLog.getRecordingFiles(id.trim());
    return files ? { recordingId: id.trim(), state: 'inactive' } : null;
  }
}
