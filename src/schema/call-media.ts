import {
  type RecognizeChoiceInput,
  type RecognizeSpeechInput,
  recognizeChoice,
  recognizeSpeech,
  startMediaStreaming,
  startTranscription,
  stopMediaStreaming,
  stopTranscription,
  updateTranscription,
} from '../resolvers/call-media.ts';
import type { Builder, Types } from './builder.ts';
import type { addCallTypes } from './call.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';

const OPERATION_CONTEXT_DESCRIPTION =
  'Echoed by ACS on the events this action causes; the gateway generates one (a UUID) when absent.';

/**
 * Registers the call actions that need Azure AI or media transports: transcription, media streaming and
 * speech/choice recognition. All are `calls:control` operations.
 */
export function addCallMediaTypes(
  builder: Builder,
  {
    CallActionPayloadRef,
    PlaySourceInputRef,
    DtmfToneEnum,
    ParticipantInputRef,
  }: ReturnType<typeof addCallTypes> & ReturnType<typeof addIdentifierTypes>,
) {
  type FieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;
  const callConnectionIdField = (t: FieldBuilder) =>
    t.id({ required: true, description: 'The call connection to act on.' });
  const operationContextField = (t: FieldBuilder) =>
    t.string({ required: false, description: OPERATION_CONTEXT_DESCRIPTION });

  const StartTranscriptionInput = builder
    .inputRef<{
      callConnectionId: string;
      locale?: string | null;
      speechModelEndpointId?: string | null;
      operationContext?: string | null;
    }>('StartTranscriptionInput')
    .implement({
      description:
        'Starts the transcription set up by `connectRoomCall(transcription:)`; `TranscriptionStarted` follows, ' +
        'then `TranscriptionData` lines.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        locale: t.string({ required: false, description: 'Another locale than the one set on connect.' }),
        speechModelEndpointId: t.string({
          required: false,
          description: 'A custom speech model (Azure Speech Studio endpoint id).',
        }),
        operationContext: operationContextField(t),
      }),
    });
  const UpdateTranscriptionInput = builder
    .inputRef<{
      callConnectionId: string;
      locale: string;
      speechModelEndpointId?: string | null;
      operationContext?: string | null;
    }>('UpdateTranscriptionInput')
    .implement({
      description: 'Switches a running transcription to another locale; `TranscriptionUpdated` follows.',
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        locale: t.string({ required: true, description: 'The new locale, e.g. `fr-FR`.' }),
        speechModelEndpointId: t.string({
          required: false,
          description: 'A custom speech model (Azure Speech Studio endpoint id).',
        }),
        operationContext: operationContextField(t),
      }),
    });
  const callActionInput = (name: string, description: string) =>
    builder.inputRef<{ callConnectionId: string; operationContext?: string | null }>(name).implement({
      description,
      fields: (t) => ({
        callConnectionId: callConnectionIdField(t),
        operationContext: operationContextField(t),
      }),
    });

  const recognizeCommonFields = (t: FieldBuilder) => ({
    callConnectionId: callConnectionIdField(t),
    target: t.field({ type: ParticipantInputRef, required: true, description: 'Who to listen to.' }),
    prompt: t.field({ type: PlaySourceInputRef, required: false, description: 'Played before listening.' }),
    interruptPrompt: t.boolean({
      required: false,
      description: 'Stop the prompt when the participant answers.',
    }),
    initialSilenceTimeoutSeconds: t.int({
      required: false,
      description: 'Silence allowed before the answer, 0 to 300 seconds. Default: 5.',
    }),
    speechLanguage: t.string({ required: false, description: 'The spoken language. Default: `en-US`.' }),
    speechRecognitionModelEndpointId: t.string({
      required: false,
      description: 'A custom speech model (Azure Speech Studio endpoint id).',
    }),
    operationContext: operationContextField(t),
  });
  const SpeechOrDtmfInput = builder
    .inputRef<NonNullable<RecognizeSpeechInput['dtmf']>>('SpeechOrDtmfInput')
    .implement({
      description: 'Keys that may answer instead of speech (ACS `speechOrDtmf`).',
      fields: (t) => ({
        maxTonesToCollect: t.int({ required: true, description: 'How many tones end the answer, 1 to 32.' }),
        stopTones: t.field({
          type: [DtmfToneEnum],
          required: false,
          description: 'Tones that end it early.',
        }),
        interToneTimeoutSeconds: t.int({
          required: false,
          description: 'Pause allowed between tones, 1 to 60 seconds. Default: 2.',
        }),
      }),
    });
  const RecognizeSpeechInputRef = builder.inputRef<RecognizeSpeechInput>('RecognizeSpeechInput').implement({
    description:
      'Listen to what a participant says (or, with `dtmf`, says or presses); `RecognizeCompleted` carries ' +
      '`speechResult` (or `tones`). Needs ACS_COGNITIVE_SERVICES_ENDPOINT.',
    fields: (t) => ({
      ...recognizeCommonFields(t),
      endSilenceTimeoutSeconds: t.int({
        required: false,
        description: 'Silence after speech that ends the answer, 1 to 10 seconds. Default: ACS (2).',
      }),
      dtmf: t.field({
        type: SpeechOrDtmfInput,
        required: false,
        description: 'Accept keys too (speech or DTMF).',
      }),
    }),
  });
  const RecognitionChoiceInput = builder
    .inputRef<RecognizeChoiceInput['choices'][number]>('RecognitionChoiceInput')
    .implement({
      description: 'One option of a menu: said as one of its phrases, or pressed as its tone.',
      fields: (t) => ({
        label: t.string({
          required: true,
          description: 'Reported as `choiceResult.label`; unique per menu.',
        }),
        phrases: t.stringList({
          required: true,
          description: 'What a participant may say for it (0 to 20).',
        }),
        tone: t.field({ type: DtmfToneEnum, required: false, description: 'The key that picks it.' }),
      }),
    });
  const RecognizeChoiceInputRef = builder.inputRef<RecognizeChoiceInput>('RecognizeChoiceInput').implement({
    description:
      'Ask a participant to pick one of `choices` by voice or key; `RecognizeCompleted` carries ' +
      '`choiceResult`. Needs ACS_COGNITIVE_SERVICES_ENDPOINT.',
    fields: (t) => ({
      ...recognizeCommonFields(t),
      choices: t.field({
        type: [RecognitionChoiceInput],
        required: true,
        description: 'The options, 1 to 10.',
      }),
    }),
  });

  addMutation(builder, 'startTranscription', {
    description: 'Starts live transcription of the call.',
    input: StartTranscriptionInput,
    payload: CallActionPayloadRef,
    resolve: startTranscription,
  });
  addMutation(builder, 'stopTranscription', {
    description: 'Stops live transcription; `TranscriptionStopped` follows.',
    input: callActionInput('StopTranscriptionInput', 'A call whose transcription to stop.'),
    payload: CallActionPayloadRef,
    resolve: stopTranscription,
  });
  addMutation(builder, 'updateTranscription', {
    description: 'Switches live transcription to another locale.',
    input: UpdateTranscriptionInput,
    payload: CallActionPayloadRef,
    resolve: updateTranscription,
  });
  addMutation(builder, 'startMediaStreaming', {
    description:
      'Starts streaming audio to the transport URL set by `connectRoomCall(mediaStreaming:)`; ' +
      '`MediaStreamingStarted` follows.',
    input: callActionInput('StartMediaStreamingInput', 'A call whose audio streaming to start.'),
    payload: CallActionPayloadRef,
    resolve: startMediaStreaming,
  });
  addMutation(builder, 'stopMediaStreaming', {
    description: 'Stops audio streaming; `MediaStreamingStopped` follows.',
    input: callActionInput('StopMediaStreamingInput', 'A call whose audio streaming to stop.'),
    payload: CallActionPayloadRef,
    resolve: stopMediaStreaming,
  });
  addMutation(builder, 'recognizeSpeech', {
    description: 'Recognizes what a participant says (optionally: or presses).',
    input: RecognizeSpeechInputRef,
    payload: CallActionPayloadRef,
    resolve: recognizeSpeech,
  });
  addMutation(builder, 'recognizeChoice', {
    description: 'Recognizes which option of a menu a participant says or presses.',
    input: RecognizeChoiceInputRef,
    payload: CallActionPayloadRef,
    resolve: recognizeChoice,
  });
}
