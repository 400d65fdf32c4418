import type { DtmfTone } from '../domain/call.ts';
import {
  cancelAllMediaOperations,
  type PlayMediaInput,
  playMedia,
  type RecognizeChoiceInput,
  type RecognizeDtmfInput,
  type RecognizeSpeechInput,
  recognizeChoice,
  recognizeDtmf,
  recognizeSpeech,
  sendDtmfTones,
  startContinuousDtmfRecognition,
  startMediaStreaming,
  startTranscription,
  stopContinuousDtmfRecognition,
  stopMediaStreaming,
  stopTranscription,
  updateTranscription,
} from '../resolvers/call-media.ts';
import type { ParticipantInput, PlaySourceInput } from '../resolvers/validate.ts';
import type { Builder } from './builder.ts';
import {
  type addCallTypes,
  callConnectionIdField,
  type InputFieldBuilder,
  operationContextField,
} from './call.ts';
import type { addIdentifierTypes } from './identifier.ts';
import { addMutation } from './mutation.ts';

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

/**
 * Registers the call media actions (ACS call media): play, DTMF, recognition, transcription and media
 * streaming, with the DTMF tones and play sources they take.
 */
export function addCallMediaTypes(
  builder: Builder,
  {
    callActionPayload,
    callActionPayloadWithOutcome,
    ParticipantInputRef,
  }: ReturnType<typeof addCallTypes> & ReturnType<typeof addIdentifierTypes>,
) {
  const DtmfToneEnum = builder.enumType('DtmfTone', {
    description: 'A DTMF tone (telephone keypad key).',
    values: DTMF_TONES,
  });

  // ─── play sources ───

  const TextSourceInputRef = builder
    .inputRef<NonNullable<PlaySourceInput['text']>>('TextSourceInput')
    .implement({
      description: 'Text spoken by Azure AI text-to-speech.',
      fields: (t) => ({
        text: t.string({ required: true, description: 'The text to speak.' }),
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
      'Something to play: set exactly one of `text`, `file` or `ssml` (GraphQL refuses any other input).',
    isOneOf: true,
    fields: (t) => ({
      text: t.field({ type: TextSourceInputRef, required: false, description: 'Text to speak.' }),
      file: t.field({ type: FileSourceInputRef, required: false, description: 'An audio file to play.' }),
      ssml: t.field({ type: SsmlSourceInputRef, required: false, description: 'SSML to speak.' }),
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
  const continuousDtmfRecognitionInput = (name: string, description: string) =>
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
  const CancelAllMediaOperationsInput = builder
    .inputRef<{ callConnectionId: string }>('CancelAllMediaOperationsInput')
    .implement({
      description: 'A call whose queued and running play/recognize operations to cancel.',
      fields: (t) => ({ callConnectionId: callConnectionIdField(t) }),
    });

  const StartTranscriptionInput = builder
    .inputRef<{
      callConnectionId: string;
      locale?: string | null;
      speechModelEndpointId?: string | null;
      operationContext?: string | null;
    }>('StartTranscriptionInput')
    .implement({
      description:
        'A call whose transcription (set up by `connectRoomCall(transcription:)`) to start; `TranscriptionStarted` ' +
        'follows, then `TranscriptionData` lines.',
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

  const recognizeCommonFields = (t: InputFieldBuilder) => ({
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

  addMutation(builder, 'sendDtmfTones', {
    description: 'Sends DTMF tones to a participant.',
    input: SendDtmfTonesInput,
    payload: callActionPayloadWithOutcome(
      'sendDtmfTones',
      'Tones being sent; `SendDtmfTonesCompleted` or `SendDtmfTonesFailed` ends the action.',
    ),
    resolve: sendDtmfTones,
  });
  addMutation(builder, 'playMedia', {
    description: 'Plays audio (file, text-to-speech or SSML) to everyone or to some participants.',
    input: PlayMediaInputRef,
    payload: callActionPayloadWithOutcome(
      'playMedia',
      'A play queued; `PlayCompleted`, `PlayFailed` or `PlayCanceled` ends it.',
    ),
    resolve: playMedia,
  });
  addMutation(builder, 'recognizeDtmf', {
    description: 'Collects DTMF tones from a participant.',
    input: RecognizeDtmfInputRef,
    payload: callActionPayloadWithOutcome(
      'recognizeDtmf',
      'A DTMF recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it.',
    ),
    resolve: recognizeDtmf,
  });
  addMutation(builder, 'startContinuousDtmfRecognition', {
    description:
      'Reports every tone a participant presses (`ContinuousDtmfRecognitionToneReceived`) until stopped.',
    input: continuousDtmfRecognitionInput(
      'StartContinuousDtmfRecognitionInput',
      'A participant whose every tone to report, from now until `stopContinuousDtmfRecognition`.',
    ),
    payload: callActionPayload(
      'startContinuousDtmfRecognition',
      'Continuous DTMF recognition on; `ContinuousDtmfRecognitionToneReceived` follows each key.',
    ),
    resolve: startContinuousDtmfRecognition,
  });
  addMutation(builder, 'stopContinuousDtmfRecognition', {
    description: 'Stops continuous DTMF recognition for a participant.',
    input: continuousDtmfRecognitionInput(
      'StopContinuousDtmfRecognitionInput',
      'A participant whose tones to stop reporting (started by `startContinuousDtmfRecognition`).',
    ),
    payload: callActionPayloadWithOutcome(
      'stopContinuousDtmfRecognition',
      'Continuous DTMF recognition stopping; `ContinuousDtmfRecognitionStopped` follows.',
    ),
    resolve: stopContinuousDtmfRecognition,
  });
  addMutation(builder, 'cancelAllMediaOperations', {
    description: 'Cancels every queued and running play and recognize operation of the call.',
    input: CancelAllMediaOperationsInput,
    payload: callActionPayload(
      'cancelAllMediaOperations',
      'Media operations cancelled; each running or queued one ends with its own `PlayCanceled` / `RecognizeCanceled`.',
    ),
    resolve: cancelAllMediaOperations,
  });
  addMutation(builder, 'startTranscription', {
    description: 'Starts live transcription of the call.',
    input: StartTranscriptionInput,
    payload: callActionPayloadWithOutcome(
      'startTranscription',
      'Transcription starting; `TranscriptionStarted` or `TranscriptionFailed` follows.',
    ),
    resolve: startTranscription,
  });
  addMutation(builder, 'stopTranscription', {
    description: 'Stops live transcription; `TranscriptionStopped` follows.',
    input: callActionInput('StopTranscriptionInput', 'A call whose transcription to stop.'),
    payload: callActionPayloadWithOutcome(
      'stopTranscription',
      'Transcription stopping; `TranscriptionStopped` or `TranscriptionFailed` follows.',
    ),
    resolve: stopTranscription,
  });
  addMutation(builder, 'updateTranscription', {
    description: 'Switches live transcription to another locale.',
    input: UpdateTranscriptionInput,
    payload: callActionPayloadWithOutcome(
      'updateTranscription',
      'A transcription change requested; `TranscriptionUpdated` or `TranscriptionFailed` follows.',
    ),
    resolve: updateTranscription,
  });
  addMutation(builder, 'startMediaStreaming', {
    description:
      'Starts streaming audio to the transport URL set by `connectRoomCall(mediaStreaming:)`; ' +
      '`MediaStreamingStarted` follows.',
    input: callActionInput('StartMediaStreamingInput', 'A call whose audio streaming to start.'),
    payload: callActionPayloadWithOutcome(
      'startMediaStreaming',
      'Audio streaming starting; `MediaStreamingStarted` or `MediaStreamingFailed` follows.',
    ),
    resolve: startMediaStreaming,
  });
  addMutation(builder, 'stopMediaStreaming', {
    description: 'Stops audio streaming; `MediaStreamingStopped` follows.',
    input: callActionInput('StopMediaStreamingInput', 'A call whose audio streaming to stop.'),
    payload: callActionPayloadWithOutcome(
      'stopMediaStreaming',
      'Audio streaming stopping; `MediaStreamingStopped` or `MediaStreamingFailed` follows.',
    ),
    resolve: stopMediaStreaming,
  });
  addMutation(builder, 'recognizeSpeech', {
    description: 'Recognizes what a participant says (optionally: or presses).',
    input: RecognizeSpeechInputRef,
    payload: callActionPayloadWithOutcome(
      'recognizeSpeech',
      'A speech recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it.',
    ),
    resolve: recognizeSpeech,
  });
  addMutation(builder, 'recognizeChoice', {
    description: 'Recognizes which option of a menu a participant says or presses.',
    input: RecognizeChoiceInputRef,
    payload: callActionPayloadWithOutcome(
      'recognizeChoice',
      'A choice recognition started; `RecognizeCompleted`, `RecognizeFailed` or `RecognizeCanceled` ends it.',
    ),
    resolve: recognizeChoice,
  });

  return { DtmfToneEnum, PlaySourceInputRef };
}
