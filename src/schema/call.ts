import type { CallConnection, MediaSubscriptionState } from '../acs/ports.ts';
import type { CallConnectionState } from '../domain/call.ts';
import { type CallActionWithOutcome, payloadTypeName } from '../domain/call-action-outcomes.ts';
import {
  type CallActionPayload,
  type CallView,
  type ConnectRoomCallInput as ConnectRoomCallInputShape,
  connectRoomCall,
  getCall,
  hangUp,
  type MediaStreamingOptionsInput,
  type TranscriptionOptionsInput,
} from '../resolvers/calls.ts';
import { getRoom } from '../resolvers/rooms.ts';
import type { Builder, Types } from './builder.ts';
import { createOutcomeFields } from './call-action-outcome.ts';
import { addMutation } from './mutation.ts';
import type { addRoomTypes } from './room.ts';

const OPERATION_CONTEXT_DESCRIPTION =
  'Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent.';

/** What an input object's `fields` callback receives. */
export type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `callConnectionId` field of every call action's input. */
export const callConnectionIdField = (t: InputFieldBuilder) =>
  t.id({ required: true, description: 'The call connection to act on.' });

/** The optional `operationContext` field of every call action ACS echoes it for. */
export const operationContextField = (t: InputFieldBuilder) =>
  t.string({ required: false, description: OPERATION_CONTEXT_DESCRIPTION });

/**
 * Registers call connections, the `call` query, `connectRoomCall`, `hangUp` and the payload every call action
 * that only acknowledges returns.
 */
export function addCallTypes(builder: Builder, { RoomRef }: ReturnType<typeof addRoomTypes>) {
  const outcomes = createOutcomeFields(builder);
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
      id: t.exposeID('callConnectionId', {
        description:
          'The object id: the ACS call connection id (the same as `callConnectionId`), so a normalized cache keeps ' +
          'one `Call` per call connection however it was fetched.',
      }),
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
      roomId: t.id({
        nullable: true,
        description: 'The room whose call this is, when the gateway connected it (`connectRoomCall`).',
        resolve: (c) => c.roomId,
      }),
      room: t.field({
        type: RoomRef,
        nullable: true,
        description: 'The room whose call this is, when the gateway connected it and the room still exists.',
        resolve: (c, _args, ctx) => (c.roomId ? getRoom(c.roomId, ctx) : null),
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
  }));

  // ─── payloads ───

  const CallActionPayloadRef = builder.interfaceRef<CallActionPayload>('CallActionPayload').implement({
    description:
      'What every call action answers (each action has its own `<Action>Payload`): the call connection and the ' +
      'operationContext its events carry. Payloads of actions ACS ends with an event also have `outcome`.',
    fields: (t) => ({
      callConnectionId: t.exposeID('callConnectionId', { description: 'The call connection acted on.' }),
      operationContext: t.string({
        nullable: true,
        description: 'The operationContext the matching events will carry (null for actions ACS gives none).',
        resolve: (p) => p.operationContext,
      }),
    }),
  });
  /** `<Mutation>Payload`, a `CallActionPayload` with nothing more: for actions with no event to await. */
  const callActionPayload = (mutation: string, description: string) =>
    builder
      .objectRef<CallActionPayload>(payloadTypeName(mutation))
      .implement({ description, interfaces: [CallActionPayloadRef], fields: () => ({}) });
  /**
   * `<Action>Payload` with `outcome` / `outcomeError`: for an action ACS answers with events that end it (its
   * row of `CALL_ACTION_OUTCOMES`).
   */
  const callActionPayloadWithOutcome = (action: CallActionWithOutcome, description: string) => {
    const ref = callActionPayload(action, description);
    outcomes.attach(ref, action, (p) => ({
      callConnectionId: p.callConnectionId,
      key: p.operationContext ?? '',
    }));
    return ref;
  };
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
  const HangUpPayload = builder.objectRef<{ callConnectionId: string }>('HangUpPayload').implement({
    description: 'A hang-up done; `CallDisconnected` follows.',
    fields: (t) => ({
      callConnectionId: t.exposeID('callConnectionId', { description: 'The call connection hung up.' }),
    }),
  });

  // ─── inputs ───

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

  // ─── mutations ───

  addMutation(builder, 'connectRoomCall', {
    description:
      "Joins the gateway to a room's ongoing call; subscribe to `callEvents` with the returned id.",
    input: ConnectRoomCallInput,
    payload: ConnectRoomCallPayload,
    resolve: connectRoomCall,
  });
  addMutation(builder, 'hangUp', {
    description: 'Ends the call for everyone (default) or only takes the gateway out of it.',
    input: HangUpInput,
    payload: HangUpPayload,
    resolve: hangUp,
  });

  outcomes.attach(ConnectRoomCallPayload, 'connectRoomCall', (p) => ({
    callConnectionId: p.call.callConnectionId,
    key: p.operationContext,
  }));

  return {
    CallRef,
    callActionPayload,
    callActionPayloadWithOutcome,
    outcomes,
    TranscriptionOptionsInputRef,
    MediaStreamingOptionsInputRef,
  };
}
