import type { CallConnection, MediaSubscriptionState, Recording } from '../acs/ports.ts';
import type { CallConnectionState, CallParticipant, DtmfTone, RecordingState } from '../domain/call.ts';
import type { RecordingChunk } from '../domain/call-event.ts';
import {
  type AddParticipantInput,
  addParticipant,
  type CallActionPayload,
  type CallView,
  type ConnectRoomCallInput as ConnectRoomCallInputShape,
  cancelAddParticipant,
  cancelAllMediaOperations,
  connectRoomCall,
  deleteRecording,
  getCall,
  getCallRoomId,
  getRecording,
  getRecordingFiles,
  hangUp,
  holdParticipant,
  listCallParticipants,
  type MediaStreamingOptionsInput,
  muteParticipant,
  type PlayMediaInput,
  pauseRecording,
  playMedia,
  type RecognizeDtmfInput,
  recognizeDtmf,
  removeParticipant,
  resumeRecording,
  type StartRecordingInput,
  sendDtmfTones,
  startContinuousDtmfRecognition,
  startRecording,
  stopContinuousDtmfRecognition,
  stopRecording,
  type TranscriptionOptionsInput,
  unholdParticipant,
} from '../resolvers/calls.ts';
import { getRoom } from '../resolvers/rooms.ts';
import type { ParticipantInput, PlaySourceInput } from '../resolvers/validate.ts';
import type { Builder, Types } from './builder.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';
import type { addRoomTypes } from './room.ts';

const DTMF_TONES: Record<string, { value: DtmfTone; description: string }> = {
  ZERO: { value: 'zero', description: 'Tone 0.' },
  ONE: { value: 'one', description: 'Tone 1.' },
  TWO: { value: 'two', description: 'Tone 2.' },
  THREE: { value: 'three', description: 'Tone 3.' },
  FOUR: { value: 'four', description: 'Tone 4.' },
  FIVE: { value: 'five', description: 'Tone 5.' },
  SIX: { value: 'six', description: 'Tone 6.' },
  SEVEN: { value: 'seven', description: 'Tone 7.' },
  EIGHT: { value: 'eight', description: 'Tone 8.' },
  NINE: { value: 'nine', description: 'Tone 9.' },
  A: { value: 'a', description: 'Tone A.' },
  B: { value: 'b', description: 'Tone B.' },
  C: { value: 'c', description: 'Tone C.' },
  D: { value: 'd', description: 'Tone D.' },
  POUND: { value: 'pound', description: 'Tone # (pound).' },
  ASTERISK: { value: 'asterisk', description: 'Tone * (asterisk).' },
};

const OPERATION_CONTEXT_DESCRIPTION =
  'Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent.';

/** Registers call connections, participants, recordings, their queries and every call action. */
export function addCallTypes(
  builder: Builder,
  {
    CommunicationIdentifierInterface,
    ParticipantInputRef,
    RoomRef,
  }: ReturnType<typeof addIdentifierTypes> & ReturnType<typeof addRoomTypes>,
) {
  const CallConnectionStateEnum = builder.enumType('CallConnectionState', {
    description: 'The state of a call connection (ACS `callConnectionState`).',
    values: {
      UNKNOWN: { value: 'unknown', description: 'ACS did not say.' },
      CONNECTING: {
        value: 'connecting',
        description: 'Being set up; `CallConnected` or `ConnectFailed` follows.',
      },
      CONNECTED: { value: 'connected', description: 'In the call.' },
      TRANSFERRING: { value: 'transferring', description: 'Being transferred.' },
      TRANSFER_ACCEPTED: { value: 'transferAccepted', description: 'The transfer target accepted.' },
      DISCONNECTING: { value: 'disconnecting', description: 'Leaving the call.' },
      DISCONNECTED: { value: 'disconnected', description: 'Out of the call.' },
    } satisfies Record<string, { value: CallConnectionState; description: string }>,
  });
  const DtmfToneEnum = builder.enumType('DtmfTone', {
    description: 'A DTMF tone (telephone keypad key).',
    values: DTMF_TONES,
  });
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
  const MediaStreamingAudioChannelTypeEnum = builder.enumType('MediaStreamingAudioChannelType', {
    description: 'How streamed audio is split.',
    values: {
      MIXED: { value: 'mixed', description: 'All participants in one stream.' },
      UNMIXED: { value: 'unmixed', description: 'One stream per participant (up to 4 dominant speakers).' },
    } as const,
  });
  const AudioFormatEnum = builder.enumType('AudioFormat', {
    description: 'The PCM format of streamed audio.',
    values: {
      PCM_16K_MONO: { value: 'pcm16KMono', description: 'PCM, 16 kHz, mono.' },
      PCM_24K_MONO: { value: 'pcm24KMono', description: 'PCM, 24 kHz, mono.' },
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

  const CallParticipantRef = builder.objectRef<CallParticipant>('CallParticipant').implement({
    description: 'A participant of a call, as ACS reports it.',
    fields: (t) => ({
      identifier: t.field({
        type: CommunicationIdentifierInterface,
        description: 'Who the participant is.',
        resolve: (p) => p.identifier,
      }),
      isMuted: t.exposeBoolean('isMuted', { description: 'Whether the participant is muted.' }),
      isOnHold: t.exposeBoolean('isOnHold', { description: 'Whether the participant is on hold.' }),
    }),
  });

  const MediaSubscriptionStateEnum = builder.enumType('MediaSubscriptionState', {
    description: 'The state of a transcription or media streaming subscription (ACS spelling).',
    values: {
      DISABLED: { value: 'disabled', description: 'Not set up on connect.' },
      INACTIVE: { value: 'inactive', description: 'Set up, not running (not started yet, or stopped).' },
      ACTIVE: { value: 'active', description: 'Running.' },
    } satisfies Record<string, { value: MediaSubscriptionState; description: string }>,
  });
  const TranscriptionSubscriptionRef = builder
    .objectRef<NonNullable<CallConnection['transcriptionSubscription']>>('TranscriptionSubscription')
    .implement({
      description: "A call's live transcription (ACS `transcriptionSubscription`).",
      fields: (t) => ({
        state: t.field({
          type: MediaSubscriptionStateEnum,
          nullable: true,
          description: 'Whether it runs.',
          resolve: (s) => s.state,
        }),
        locale: t.string({
          nullable: true,
          description: 'Its locale, e.g. `en-US`.',
          resolve: (s) => s.locale,
        }),
      }),
    });
  const MediaStreamingSubscriptionRef = builder
    .objectRef<NonNullable<CallConnection['mediaStreamingSubscription']>>('MediaStreamingSubscription')
    .implement({
      description: "A call's audio streaming (ACS `mediaStreamingSubscription`).",
      fields: (t) => ({
        state: t.field({
          type: MediaSubscriptionStateEnum,
          nullable: true,
          description: 'Whether it runs.',
          resolve: (s) => s.state,
        }),
      }),
    });

  const CallRef = builder.objectRef<CallView>('Call').implement({
    description: "The gateway's connection to a call (an ACS call connection).",
    fields: (t) => ({
      callConnectionId: t.exposeID('callConnectionId', { description: 'The ACS call connection id.' }),
      serverCallId: t.string({
        nullable: true,
        description: 'The ACS server call id of the call.',
        resolve: (c) => c.serverCallId,
      }),
      correlationId: t.string({
        nullable: true,
        description:
          'The correlation id ACS shares between all legs of the call (quote it to Azure support).',
        resolve: (c) => c.correlationId,
      }),
      state: t.field({
        type: CallConnectionStateEnum,
        description:
          "The connection state: what ACS reports, or the later state the call's events already show " +
          '(e.g. DISCONNECTED once CallDisconnected arrived).',
        resolve: (c) => c.state,
      }),
      cursor: t.string({
        nullable: true,
        description:
          'The newest event cursor this view reflects (null: no event yet). Subscribe to `callEvents` with ' +
          '`after` set to it to keep the view current with nothing missed.',
        resolve: (c) => c.cursor,
      }),
      transcriptionSubscription: t.field({
        type: TranscriptionSubscriptionRef,
        nullable: true,
        description: "The call's live transcription, as ACS reports it (null: ACS reports none).",
        resolve: (c) => c.transcriptionSubscription,
      }),
      mediaStreamingSubscription: t.field({
        type: MediaStreamingSubscriptionRef,
        nullable: true,
        description: "The call's audio streaming, as ACS reports it (null: ACS reports none).",
        resolve: (c) => c.mediaStreamingSubscription,
      }),
      participants: t.field({
        type: [CallParticipantRef],
        description: 'Who is in the call now (read from ACS); empty once the call is DISCONNECTED.',
        resolve: (c, _args, ctx) => listCallParticipants(c, ctx),
      }),
      roomId: t.id({
        nullable: true,
        description: 'The room whose call this is, when the gateway connected it (`connectRoomCall`).',
        resolve: (c, _args, ctx) => getCallRoomId(c, ctx),
      }),
      room: t.field({
        type: RoomRef,
        nullable: true,
        description: 'The room whose call this is, when the gateway connected it and the room still exists.',
        resolve: async (c, _args, ctx) => {
          const roomId = await getCallRoomId(c, ctx);
          return roomId ? getRoom(roomId, ctx) : null;
        },
      }),
    }),
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
        description: 'Where ACS serves the recording content (download it with the ACS SDK).',
        resolve: (c) => c.contentLocation,
      }),
      metadataLocation: t.string({
        nullable: true,
        description: 'Where ACS serves the recording metadata.',
        resolve: (c) => c.metadataLocation,
      }),
      deleteLocation: t.string({
        nullable: true,
        description: 'What to DELETE (with the ACS SDK) to remove the recording.',
        resolve: (c) => c.deleteLocation,
      }),
    }),
  });
  const RecordingRef = builder.objectRef<Recording>('Recording').implement({
    description: 'A recording of a call.',
    fields: (t) => ({
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
    call: t.field({
      type: CallRef,
      nullable: true,
      description:
        'A call connection by id. After it ended, while its event log is retained: its final state ' +
        '(DISCONNECTED, its room, its newest cursor). Null when neither ACS nor the gateway knows it.',
      args: { callConnectionId: t.arg.id({ required: true, description: 'The call connection id.' }) },
      resolve: (_root, args, ctx) => getCall(String(args.callConnectionId), ctx),
    }),
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

  // ─── play sources ───

  const TextSourceInputRef = builder
    .inputRef<NonNullable<PlaySourceInput['text']>>('TextSourceInput')
    .implement({
      description: 'Text spoken by Azure AI text-to-speech.',
      fields: (t) => ({
        text: t.string({ required: true, description: 'What to say.' }),
        voiceName: t.string({
          required: false,
          description: 'An Azure neural voice, e.g. `en-US-JennyNeural`.',
        }),
        sourceLocale: t.string({ required: false, description: 'The language of the text, e.g. `en-US`.' }),
      }),
    });
  const FileSourceInputRef = builder.inputRef<{ url: string }>('FileSourceInput').implement({
    description: 'An audio file ACS downloads and plays (WAV, mono, 16 kHz).',
    fields: (t) => ({ url: t.string({ required: true, description: 'The http(s) URL of the file.' }) }),
  });
  const SsmlSourceInputRef = builder.inputRef<{ ssmlText: string }>('SsmlSourceInput').implement({
    description: 'SSML spoken by Azure AI text-to-speech.',
    fields: (t) => ({ ssmlText: t.string({ required: true, description: 'The SSML document.' }) }),
  });
  const PlaySourceInputRef = builder.inputRef<PlaySourceInput>('PlaySourceInput').implement({
    description:
      'Something to play. Exactly one field must be set (@oneOf); otherwise the mutation returns an `InputError` ' +
      'for this field (checked by the gateway, not by GraphQL `@oneOf`, so that it is an `InputError`).',
    fields: (t) => ({
      text: t.field({ type: TextSourceInputRef, required: false, description: 'Text to speak.' }),
      file: t.field({ type: FileSourceInputRef, required: false, description: 'An audio file to play.' }),
      ssml: t.field({ type: SsmlSourceInputRef, required: false, description: 'SSML to speak.' }),
    }),
  });

  // ─── payloads ───

  const CallActionPayloadRef = builder.objectRef<CallActionPayload>('CallActionPayload').implement({
    description:
      'Used by every call action that only acknowledges (remove, mute, DTMF, play, recognize, hold, …).',
    fields: (t) => ({
      callConnectionId: t.exposeID('callConnectionId', { description: 'The call connection acted on.' }),
      operationContext: t.string({
        nullable: true,
        description: 'The operationContext the matching events will carry (null for actions ACS gives none).',
        resolve: (p) => p.operationContext,
      }),
    }),
  });
  const ConnectRoomCallPayload = builder
    .objectRef<{ call: CallView; operationContext: string }>('ConnectRoomCallPayload')
    .implement({
      description: "The gateway's new connection to a room call; `CallConnected` or `ConnectFailed` follows.",
      fields: (t) => ({
        call: t.field({
          type: CallRef,
          description: 'The new call connection (state CONNECTING).',
          resolve: (p) => p.call,
        }),
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by CallConnected / ConnectFailed.',
        }),
      }),
    });
  const AddParticipantPayload = builder
    .objectRef<{
      operationContext: string;
      invitationId: string | null;
      participant: CallParticipant | null;
    }>('AddParticipantPayload')
    .implement({
      description: 'An invitation sent; `AddParticipantSucceeded` or `AddParticipantFailed` follows.',
      fields: (t) => ({
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by the events of this invitation.',
        }),
        invitationId: t.string({
          nullable: true,
          description: 'The invitation; pass it to `cancelAddParticipant` to withdraw it.',
          resolve: (p) => p.invitationId,
        }),
        participant: t.field({
          type: CallParticipantRef,
          nullable: true,
          description: 'The invited participant, as ACS reports it.',
          resolve: (p) => p.participant,
        }),
      }),
    });
  const CancelAddParticipantPayload = builder
    .objectRef<{ operationContext: string; invitationId: string }>('CancelAddParticipantPayload')
    .implement({
      description: 'A cancellation requested; `CancelAddParticipantSucceeded` or `…Failed` follows.',
      fields: (t) => ({
        operationContext: t.exposeString('operationContext', {
          description: 'Carried by the cancellation events.',
        }),
        invitationId: t.exposeString('invitationId', { description: 'The invitation being cancelled.' }),
      }),
    });
  const HangUpPayload = builder.objectRef<{ callConnectionId: string }>('HangUpPayload').implement({
    description: 'A hang-up done; `CallDisconnected` follows.',
    fields: (t) => ({
      callConnectionId: t.exposeID('callConnectionId', { description: 'The call connection hung up.' }),
    }),
  });
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

  // ─── inputs ───

  const callConnectionIdField = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
    t.id({ required: true, description: 'The call connection to act on.' });
  const operationContextField = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) =>
    t.string({ required: false, description: OPERATION_CONTEXT_DESCRIPTION });

  const TranscriptionOptionsInputRef = builder
    .inputRef<TranscriptionOptionsInput>('TranscriptionOptionsInput')
    .implement({
      description:
        'Live transcription of the call: ACS streams transcripts to the gateway, which delivers them as ' +
        '`TranscriptionData` events through `callEvents`.',
      fields: (t) => ({
        locale: t.string({ required: true, description: 'The spoken language, e.g. `en-US`.' }),
        startTranscription: t.boolean({
          required: false,
          defaultValue: false,
          description: 'Start at once; otherwise call `startTranscription` later.',
        }),
        enableIntermediateResults: t.boolean({
          required: false,
          defaultValue: false,
          description: 'Also deliver provisional (INTERMEDIATE) lines before each final one.',
        }),
        speechModelEndpointId: t.string({
          required: false,
          description: 'A custom speech model (Azure Speech Studio endpoint id).',
        }),
        transportUrl: t.string({
          required: false,
          description:
            "A wss:// URL of your own transcript consumer. Default: the gateway's own " +
            '(`<PUBLIC_BASE_URL>/api/media/transcription`), which feeds `callEvents`.',
        }),
      }),
    });
  const MediaStreamingOptionsInputRef = builder
    .inputRef<MediaStreamingOptionsInput>('MediaStreamingOptionsInput')
    .implement({
      description:
        'Audio streaming of the call to your own WebSocket consumer (the gateway does not relay audio).',
      fields: (t) => ({
        transportUrl: t.string({ required: true, description: 'The wss:// URL ACS streams audio to.' }),
        audioChannelType: t.field({
          type: MediaStreamingAudioChannelTypeEnum,
          required: false,
          defaultValue: 'mixed',
          description: 'One mixed stream, or one per participant.',
        }),
        startMediaStreaming: t.boolean({
          required: false,
          defaultValue: false,
          description: 'Start at once; otherwise call `startMediaStreaming` later.',
        }),
        enableBidirectional: t.boolean({
          required: false,
          defaultValue: false,
          description: 'Let the consumer send audio back into the call.',
        }),
        audioFormat: t.field({
          type: AudioFormatEnum,
          required: false,
          description: 'PCM sample rate. Default: ACS (PCM 16 kHz mono).',
        }),
      }),
    });
  const ConnectRoomCallInput = builder.inputRef<ConnectRoomCallInputShape>('ConnectRoomCallInput').implement({
    description: 'The room whose ongoing call the gateway joins.',
    fields: (t) => ({
      roomId: t.id({ required: true, description: 'The room; its call must be in progress.' }),
      operationContext: operationContextField(t),
      transcription: t.field({
        type: TranscriptionOptionsInputRef,
        required: false,
        description: 'Set up live transcription.',
      }),
      mediaStreaming: t.field({
        type: MediaStreamingOptionsInputRef,
        required: false,
        description: 'Set up audio streaming to your own consumer.',
      }),
    }),
  });
  const AddParticipantInputRef = builder.inputRef<AddParticipantInput>('AddParticipantInput').implement({
    description: 'Someone to invite into the call (a phone number dials out).',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      participant: t.field({ type: ParticipantInputRef, required: true, description: 'Who to invite.' }),
      sourceCallerIdNumber: t.field({
        type: 'PhoneNumber',
        required: false,
        description:
          'Caller id shown to a phone participant: a number of this ACS resource. Required to dial a phone number.',
      }),
      sourceDisplayName: t.string({ required: false, description: 'Display name shown to the invitee.' }),
      invitationTimeoutSeconds: t.int({
        required: false,
        description: 'How long the invitation rings, 0 to 180 seconds. Default: ACS (60).',
      }),
      operationContext: operationContextField(t),
    }),
  });
  const participantActionInput = (name: string, description: string) =>
    builder
      .inputRef<{
        callConnectionId: string;
        participant: ParticipantInput;
        operationContext?: string | null;
      }>(name)
      .implement({
        description,
        fields: (t) => ({
          callConnectionId: callConnectionIdField(t),
          participant: t.field({
            type: ParticipantInputRef,
            required: true,
            description: 'The participant.',
          }),
          operationContext: operationContextField(t),
        }),
      });
  const CancelAddParticipantInput = builder
    .inputRef<{ callConnectionId: string; invitationId: string; operationContext?: string | null }>(
      'CancelAddParticipantInput',
    )
    .implement({
      description: 'An invitation to withdraw.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        invitationId: t.string({ required: true, description: 'From `AddParticipantPayload.invitationId`.' }),
        operationContext: operationContextField(t),
      }),
    });
  const SendDtmfTonesInput = builder
    .inputRef<{
      callConnectionId: string;
      tones: DtmfTone[];
      target: ParticipantInput;
      operationContext?: string | null;
    }>('SendDtmfTonesInput')
    .implement({
      description: 'Tones to send to a participant (e.g. to drive a phone menu).',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        tones: t.field({
          type: [DtmfToneEnum],
          required: true,
          description: 'The tones, in order (1 to 18).',
        }),
        target: t.field({ type: ParticipantInputRef, required: true, description: 'Who receives them.' }),
        operationContext: operationContextField(t),
      }),
    });
  const HangUpInput = builder
    .inputRef<{ callConnectionId: string; forEveryone?: boolean | null }>('HangUpInput')
    .implement({
      description: 'A call connection to hang up.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        forEveryone: t.boolean({
          required: false,
          defaultValue: true,
          description: 'True: end the call for every participant. False: only the gateway leaves.',
        }),
      }),
    });
  const PlayMediaInputRef = builder.inputRef<PlayMediaInput>('PlayMediaInput').implement({
    description: 'Audio to play into the call.',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      sources: t.field({
        type: [PlaySourceInputRef],
        required: true,
        description: 'What to play, in order (1 to 10).',
      }),
      playTo: t.field({
        type: [ParticipantInputRef],
        required: false,
        description: 'Who hears it; absent or empty = everyone.',
      }),
      loop: t.boolean({ required: false, defaultValue: false, description: 'Repeat until cancelled.' }),
      interruptCallMediaOperation: t.boolean({
        required: false,
        defaultValue: false,
        description: 'Interrupt the current media operation (only when playing to everyone).',
      }),
      operationContext: operationContextField(t),
    }),
  });
  const RecognizeDtmfInputRef = builder.inputRef<RecognizeDtmfInput>('RecognizeDtmfInput').implement({
    description:
      'Collect DTMF tones from a participant (optionally after a prompt); `RecognizeCompleted` carries them.',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      target: t.field({ type: ParticipantInputRef, required: true, description: 'Whose tones to collect.' }),
      maxTonesToCollect: t.int({ required: true, description: 'How many tones to collect, 1 to 32.' }),
      stopTones: t.field({
        type: [DtmfToneEnum],
        required: false,
        description: 'Tones that end collection early.',
      }),
      interToneTimeoutSeconds: t.int({
        required: false,
        description: 'Pause allowed between tones, 1 to 60 seconds. Default: 2.',
      }),
      initialSilenceTimeoutSeconds: t.int({
        required: false,
        description: 'Silence allowed before the first tone, 0 to 300 seconds. Default: 5.',
      }),
      prompt: t.field({
        type: PlaySourceInputRef,
        required: false,
        description: 'Played before collecting.',
      }),
      interruptPrompt: t.boolean({
        required: false,
        description: 'Stop the prompt when the first tone arrives.',
      }),
      operationContext: operationContextField(t),
    }),
  });
  const targetInput = (name: string, description: string) =>
    builder
      .inputRef<{ callConnectionId: string; target: ParticipantInput; operationContext?: string | null }>(
        name,
      )
      .implement({
        description,
        fields: (t) => ({
          callConnectionId: callConnectionIdField(t),
          target: t.field({ type: ParticipantInputRef, required: true, description: 'The participant.' }),
          operationContext: operationContextField(t),
        }),
      });
  const ContinuousDtmfRecognitionInput = targetInput(
    'ContinuousDtmfRecognitionInput',
    'A participant whose tones to report, or stop reporting.',
  );
  const HoldParticipantInput = builder
    .inputRef<{
      callConnectionId: string;
      target: ParticipantInput;
      music?: PlaySourceInput | null;
      operationContext?: string | null;
    }>('HoldParticipantInput')
    .implement({
      description: 'A participant to put on hold.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        target: t.field({ type: ParticipantInputRef, required: true, description: 'The participant.' }),
        music: t.field({ type: PlaySourceInputRef, required: false, description: 'Played while on hold.' }),
        operationContext: operationContextField(t),
      }),
    });
  const CancelAllMediaOperationsInput = builder
    .inputRef<{ callConnectionId: string }>('CancelAllMediaOperationsInput')
    .implement({
      description: 'A call whose queued and running play/recognize operations to cancel.',
      fields: (t) => ({ callConnectionId: callConnectionIdField(t) }),
    });
  const StartRecordingInputRef = builder.inputRef<StartRecordingInput>('StartRecordingInput').implement({
    description: 'A recording to start; `RecordingStateChanged` or `StartRecordingFailed` follows.',
    fields: (t) => ({
      callConnectionId: callConnectionIdField(t),
      content: t.field({
        type: RecordingContentEnum,
        required: false,
        defaultValue: 'audio',
        description: 'What to capture.',
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
  const RecordingInput = builder.inputRef<{ recordingId: string }>('RecordingInput').implement({
    description: 'A recording to act on.',
    fields: (t) => ({ recordingId: t.id({ required: true, description: 'From `startRecording`.' }) }),
  });

  // ─── mutations ───

  addMutation(builder, 'connectRoomCall', {
    description:
      "Joins the gateway to a room's ongoing call; subscribe to `callEvents` with the returned id.",
    input: ConnectRoomCallInput,
    payload: ConnectRoomCallPayload,
    resolve: connectRoomCall,
  });
  addMutation(builder, 'addParticipant', {
    description: 'Invites an ACS user, Teams user or phone number (PSTN dial-out) into the call.',
    input: AddParticipantInputRef,
    payload: AddParticipantPayload,
    resolve: addParticipant,
  });
  addMutation(builder, 'removeParticipant', {
    description: 'Removes a participant from the call.',
    input: participantActionInput('RemoveParticipantInput', 'A participant to remove from the call.'),
    payload: CallActionPayloadRef,
    resolve: removeParticipant,
  });
  addMutation(builder, 'cancelAddParticipant', {
    description: 'Withdraws a pending invitation.',
    input: CancelAddParticipantInput,
    payload: CancelAddParticipantPayload,
    resolve: cancelAddParticipant,
  });
  addMutation(builder, 'muteParticipant', {
    description: 'Mutes a participant (they can unmute themselves).',
    input: participantActionInput('MuteParticipantInput', 'A participant to mute.'),
    payload: CallActionPayloadRef,
    resolve: muteParticipant,
  });
  addMutation(builder, 'sendDtmfTones', {
    description: 'Sends DTMF tones to a participant.',
    input: SendDtmfTonesInput,
    payload: CallActionPayloadRef,
    resolve: sendDtmfTones,
  });
  addMutation(builder, 'hangUp', {
    description: 'Ends the call for everyone (default) or only takes the gateway out of it.',
    input: HangUpInput,
    payload: HangUpPayload,
    resolve: hangUp,
  });
  addMutation(builder, 'playMedia', {
    description: 'Plays audio (file, text-to-speech or SSML) to everyone or to some participants.',
    input: PlayMediaInputRef,
    payload: CallActionPayloadRef,
    resolve: playMedia,
  });
  addMutation(builder, 'recognizeDtmf', {
    description: 'Collects DTMF tones from a participant.',
    input: RecognizeDtmfInputRef,
    payload: CallActionPayloadRef,
    resolve: recognizeDtmf,
  });
  addMutation(builder, 'startContinuousDtmfRecognition', {
    description:
      'Reports every tone a participant presses (`ContinuousDtmfRecognitionToneReceived`) until stopped.',
    input: ContinuousDtmfRecognitionInput,
    payload: CallActionPayloadRef,
    resolve: startContinuousDtmfRecognition,
  });
  addMutation(builder, 'stopContinuousDtmfRecognition', {
    description: 'Stops continuous DTMF recognition for a participant.',
    input: ContinuousDtmfRecognitionInput,
    payload: CallActionPayloadRef,
    resolve: stopContinuousDtmfRecognition,
  });
  addMutation(builder, 'holdParticipant', {
    description: 'Puts a participant on hold, optionally with music.',
    input: HoldParticipantInput,
    payload: CallActionPayloadRef,
    resolve: holdParticipant,
  });
  addMutation(builder, 'unholdParticipant', {
    description: 'Takes a participant off hold.',
    input: targetInput('UnholdParticipantInput', 'A participant to take off hold.'),
    payload: CallActionPayloadRef,
    resolve: unholdParticipant,
  });
  addMutation(builder, 'cancelAllMediaOperations', {
    description: 'Cancels every queued and running play and recognize operation of the call.',
    input: CancelAllMediaOperationsInput,
    payload: CallActionPayloadRef,
    resolve: cancelAllMediaOperations,
  });
  addMutation(builder, 'startRecording', {
    description: 'Starts recording the call.',
    input: StartRecordingInputRef,
    payload: RecordingPayload,
    resolve: startRecording,
  });
  addMutation(builder, 'stopRecording', {
    description: 'Stops a recording for good.',
    input: RecordingInput,
    payload: RecordingPayload,
    resolve: stopRecording,
  });
  addMutation(builder, 'deleteRecording', {
    description: "Deletes a recording's files at ACS (a `calls:record` operation).",
    input: builder.inputRef<{ deleteLocation: string }>('DeleteRecordingInput').implement({
      description: 'A recording file to delete.',
      fields: (t) => ({
        deleteLocation: t.string({
          required: true,
          description: 'From `RecordingFileReady.chunks[].deleteLocation`.',
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
    input: RecordingInput,
    payload: RecordingPayload,
    resolve: pauseRecording,
  });
  addMutation(builder, 'resumeRecording', {
    description: 'Resumes a paused recording.',
    input: RecordingInput,
    payload: RecordingPayload,
    resolve: resumeRecording,
  });

  return {
    CallRef,
    CallParticipantRef,
    DtmfToneEnum,
    RecordingStateEnum,
    CallActionPayloadRef,
    PlaySourceInputRef,
    RecordingRef,
    RecordingChunkRef,
  };
}
