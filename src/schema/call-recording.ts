import type { Recording } from '../acs/ports.ts';
import type { RecordingState } from '../domain/call.ts';
import type { RecordingChunk } from '../domain/call-event.ts';
import {
  deleteRecording,
  getRecording,
  getRecordingFiles,
  pauseRecording,
  resumeRecording,
  type StartRecordingInput,
  startRecording,
  stopRecording,
} from '../resolvers/recording.ts';
import type { Builder } from './builder.ts';
import { callConnectionIdField } from './call.ts';
import type { OutcomeFields } from './call-action-outcome.ts';
import { addMutation } from './mutation.ts';

/** Registers call recordings, their files, the `recording` query and the recording actions. */
export function addCallRecordingTypes(builder: Builder, { outcomes }: { outcomes: OutcomeFields }) {
  const RecordingStateEnum = builder.enumType('RecordingState', {
    description: 'Whether a recording is capturing.',
    values: {
      ACTIVE: { value: 'active', description: 'Capturing.' },
      INACTIVE: { value: 'inactive', description: 'Not capturing (not started yet, paused or stopped).' },
    } satisfies Record<string, { value: RecordingState; description: string }>,
  });
  const RecordingContentEnum = builder.enumType('RecordingContent', {
    description: 'What a recording captures.',
    values: {
      AUDIO: { value: 'audio', description: 'Audio only.' },
      AUDIO_VIDEO: { value: 'audioVideo', description: 'Audio and video.' },
    } as const,
  });
  const RecordingChannelEnum = builder.enumType('RecordingChannel', {
    description: 'How audio channels are recorded.',
    values: {
      MIXED: { value: 'mixed', description: 'All participants in one channel.' },
      UNMIXED: { value: 'unmixed', description: 'One channel per participant (up to 5).' },
    } as const,
  });
  const RecordingFormatEnum = builder.enumType('RecordingFormat', {
    description: 'The file format of a recording.',
    values: {
      WAV: { value: 'wav', description: 'WAV (audio, unmixed or mixed).' },
      MP3: { value: 'mp3', description: 'MP3 (audio, mixed).' },
      MP4: { value: 'mp4', description: 'MP4 (audio and video, mixed).' },
    } as const,
  });

  const RecordingChunkRef = builder.objectRef<RecordingChunk>('RecordingChunk').implement({
    description: 'One file of a recording (ACS `recordingChunks[]`).',
    fields: (t) => ({
      documentId: t.string({
        nullable: true,
        description: 'The ACS document id.',
        resolve: (c) => c.documentId,
      }),
      index: t.int({
        nullable: true,
        description: 'Order in the recording, from 0.',
        resolve: (c) => c.index,
      }),
      endReason: t.string({
        nullable: true,
        description: 'Why the chunk ended, e.g. `SessionEnded`.',
        resolve: (c) => c.endReason,
      }),
      contentLocation: t.string({
        nullable: true,
        description:
          "The file's ACS URL. Download it from the gateway: `GET /api/recordings/content?contentLocation=" +
          '<this URL, percent-encoded>` with a `calls:record` bearer token (it streams the file from ACS).',
        resolve: (c) => c.contentLocation,
      }),
      metadataLocation: t.string({
        nullable: true,
        description:
          "The ACS URL of the file's metadata (JSON). Download it from the gateway like the content: " +
          '`GET /api/recordings/content?contentLocation=<this URL, percent-encoded>` (`calls:record`).',
        resolve: (c) => c.metadataLocation,
      }),
      deleteLocation: t.string({
        nullable: true,
        description: "Pass it to the `deleteRecording` mutation to delete the recording's files at ACS.",
        resolve: (c) => c.deleteLocation,
      }),
    }),
  });
  const RecordingRef = builder.objectRef<Recording>('Recording').implement({
    description: 'A recording of a call.',
    fields: (t) => ({
      id: t.exposeID('recordingId', {
        description:
          'The object id: the ACS recording id (the same as `recordingId`), so a normalized cache keeps one ' +
          '`Recording` per recording however it was fetched.',
      }),
      recordingId: t.exposeID('recordingId', { description: 'The ACS recording id.' }),
      state: t.field({
        type: RecordingStateEnum,
        description: 'Whether it is capturing.',
        resolve: (r) => r.state,
      }),
      files: t.field({
        type: [RecordingChunkRef],
        description:
          'Its files, in order, as ACS announced them (Event Grid `RecordingFileStatusUpdated`, also the ' +
          '`RecordingFileReady` event); empty until ACS has stored them, some time after the recording stops.',
        resolve: async (r, _args, ctx) => (await getRecordingFiles(r.recordingId, ctx))?.chunks ?? [],
      }),
      durationMs: t.float({
        nullable: true,
        description: 'Its length in milliseconds, as ACS announced it with its files; null until then.',
        resolve: async (r, _args, ctx) => (await getRecordingFiles(r.recordingId, ctx))?.durationMs ?? null,
      }),
    }),
  });

  builder.queryFields((t) => ({
    recording: t.field({
      type: RecordingRef,
      nullable: true,
      description:
        'A recording by id. ACS forgets a recording once it stops: then, while the gateway keeps the files ' +
        'ACS announced for it, an INACTIVE recording with its `files`. Null when neither knows it.',
      args: { recordingId: t.arg.id({ required: true, description: 'The recording id.' }) },
      resolve: (_root, args, ctx) => getRecording(String(args.recordingId), ctx),
    }),
  }));

  const RecordingPayload = builder.objectRef<{ recording: Recording }>('RecordingPayload').implement({
    description: 'A recording after a recording action.',
    fields: (t) => ({
      recording: t.field({
        type: RecordingRef,
        description: 'The recording, in the state the action leads to (ACS applies some asynchronously).',
        resolve: (p) => p.recording,
      }),
    }),
  });

  const StartRecordingPayload = builder
    .objectRef<{ recording: Recording; callConnectionId: string }>('StartRecordingPayload')
    .implement({
      description:
        'A recording started; `RecordingStateChanged` or `StartRecordingFailed` follows (ACS gives recordings ' +
        'no operationContext: its events carry `recordingId`).',
      fields: (t) => ({
        recording: t.field({
          type: RecordingRef,
          description: 'The recording, as ACS answered (its state may change asynchronously).',
          resolve: (p) => p.recording,
        }),
      }),
    });
  outcomes.attach(StartRecordingPayload, 'startRecording', (p) => ({
    callConnectionId: p.callConnectionId,
    key: p.recording.recordingId,
  }));

  const StartRecordingInputRef = builder.inputRef<StartRecordingInput>('StartRecordingInput').implement({
    description: 'A recording to start; `RecordingStateChanged` or `StartRecordingFailed` follows.',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      content: t.field({
        type: RecordingContentEnum,
        required: false,
        defaultValue: 'audio',
        description: 'Audio only, or audio and video.',
      }),
      channel: t.field({
        type: RecordingChannelEnum,
        required: false,
        defaultValue: 'mixed',
        description: 'Mixed or one channel per participant.',
      }),
      format: t.field({
        type: RecordingFormatEnum,
        required: false,
        defaultValue: 'mp3',
        description: 'The file format.',
      }),
      pauseOnStart: t.boolean({
        required: false,
        defaultValue: false,
        description: 'Start paused (resume with `resumeRecording`).',
      }),
    }),
  });
  const recordingInput = (name: string, description: string) =>
    builder.inputRef<{ recordingId: string }>(name).implement({
      description,
      fields: (t) => ({ recordingId: t.id({ required: true, description: 'From `startRecording`.' }) }),
    });

  addMutation(builder, 'startRecording', {
    description: 'Starts recording the call.',
    input: StartRecordingInputRef,
    payload: StartRecordingPayload,
    resolve: startRecording,
  });
  addMutation(builder, 'stopRecording', {
    description: 'Stops a recording for good.',
    input: recordingInput('StopRecordingInput', 'A recording to stop for good (it cannot be resumed).'),
    payload: RecordingPayload,
    resolve: stopRecording,
  });
  addMutation(builder, 'deleteRecording', {
    description: "Deletes a recording's files at ACS (a `calls:record` operation).",
    input: builder.inputRef<{ deleteLocation: string }>('DeleteRecordingInput').implement({
      description: "A recording whose files to delete at ACS, named by a chunk's `deleteLocation`.",
      fields: (t) => ({
        deleteLocation: t.string({
          required: true,
          description:
            'From `RecordingFileReady.chunks[].deleteLocation` or `recording(recordingId) { files { deleteLocation } }`.',
        }),
      }),
    }),
    payload: builder.objectRef<{ deleteLocation: string }>('DeleteRecordingPayload').implement({
      description: 'The recording file was deleted.',
      fields: (t) => ({
        deleteLocation: t.exposeString('deleteLocation', { description: 'What was deleted.' }),
      }),
    }),
    resolve: deleteRecording,
  });
  addMutation(builder, 'pauseRecording', {
    description: 'Pauses a recording.',
    input: recordingInput('PauseRecordingInput', 'A recording to pause (`resumeRecording` continues it).'),
    payload: RecordingPayload,
    resolve: pauseRecording,
  });
  addMutation(builder, 'resumeRecording', {
    description: 'Resumes a paused recording.',
    input: recordingInput('ResumeRecordingInput', 'A paused recording to continue.'),
    payload: RecordingPayload,
    resolve: resumeRecording,
  });

  return { RecordingRef, RecordingChunkRef, RecordingStateEnum };
}
