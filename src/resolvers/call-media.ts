import type { PlaySource, RecognitionChoice } from '../acs/ports.ts';
import type { DtmfTone } from '../domain/call.ts';
import type { CommunicationIdentifier } from '../domain/identifier.ts';
import { InputError } from '../errors.ts';
import {
  bounded,
  type CallActionInput,
  type CallActionPayload,
  callAction,
  callId,
  LIMITS,
  noFields,
} from './calls.ts';
import type { GatewayContext } from './context.ts';
import { participantAction, type TargetInput } from './participants.ts';
import {
  type ParticipantInput,
  type PlaySourceInput,
  requireIntInRange,
  requireListSize,
  requireNonEmpty,
  toIdentifier,
  toPlaySource,
} from './validate.ts';

/**
 * The ACS call media actions: play, DTMF, recognition, and the transcription, media streaming and speech
 * recognition that need Azure AI.
 */

export function sendDtmfTones(
  input: TargetInput & { tones: DtmfTone[] },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => ({
      tones: requireListSize(input.tones, LIMITS.dtmfTones.min, LIMITS.dtmfTones.max, 'input.tones'),
      target: toIdentifier(input.target, 'input.target'),
    }),
    (id, { tones, target }, options) => ctx.calls.sendDtmfTones(id, [...tones], target, options),
  );
}

export interface PlayMediaInput {
  callConnectionId: string;
  sources: PlaySourceInput[];
  playTo?: ParticipantInput[] | null;
  loop?: boolean | null;
  interruptCallMediaOperation?: boolean | null;
  operationContext?: string | null;
}

export function playMedia(input: PlayMediaInput, ctx: GatewayContext): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => {
      const sources: PlaySource[] = requireListSize(
        input.sources,
        LIMITS.playSources.min,
        LIMITS.playSources.max,
        'input.sources',
      ).map((source, i) => toPlaySource(source, `input.sources.${i}`));
      const playTo: CommunicationIdentifier[] = requireListSize(
        input.playTo ?? [],
        LIMITS.playTo.min,
        LIMITS.playTo.max,
        'input.playTo',
      ).map((p, i) => toIdentifier(p, `input.playTo.${i}`));
      return { sources, playTo };
    },
    (id, { sources, playTo }, options) =>
      ctx.calls.play(id, {
        ...options,
        sources,
        playTo,
        loop: input.loop ?? false,
        interruptCallMediaOperation: input.interruptCallMediaOperation ?? false,
      }),
  );
}

export interface RecognizeDtmfInput {
  callConnectionId: string;
  target: ParticipantInput;
  maxTonesToCollect: number;
  stopTones?: DtmfTone[] | null;
  interToneTimeoutSeconds?: number | null;
  initialSilenceTimeoutSeconds?: number | null;
  prompt?: PlaySourceInput | null;
  interruptPrompt?: boolean | null;
  operationContext?: string | null;
}

export function recognizeDtmf(input: RecognizeDtmfInput, ctx: GatewayContext): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => {
      const target = toIdentifier(input.target, 'input.target');
      const maxTonesToCollect = requireIntInRange(
        input.maxTonesToCollect,
        LIMITS.maxTonesToCollect.min,
        LIMITS.maxTonesToCollect.max,
        'input.maxTonesToCollect',
      );
      const interToneTimeoutSeconds = bounded(
        input.interToneTimeoutSeconds,
        LIMITS.interToneTimeoutSeconds,
        'input.interToneTimeoutSeconds',
      );
      const initialSilenceTimeoutSeconds = bounded(
        input.initialSilenceTimeoutSeconds,
        LIMITS.initialSilenceTimeoutSeconds,
        'input.initialSilenceTimeoutSeconds',
      );
      const prompt = input.prompt ? toPlaySource(input.prompt, 'input.prompt') : undefined;
      return {
        target,
        maxTonesToCollect,
        ...(input.stopTones ? { stopTones: input.stopTones } : {}),
        ...(interToneTimeoutSeconds !== undefined ? { interToneTimeoutSeconds } : {}),
        ...(initialSilenceTimeoutSeconds !== undefined ? { initialSilenceTimeoutSeconds } : {}),
        ...(prompt ? { prompt } : {}),
        ...(typeof input.interruptPrompt === 'boolean' ? { interruptPrompt: input.interruptPrompt } : {}),
      };
    },
    (id, request, options) => ctx.calls.recognizeDtmf(id, { ...options, ...request }),
  );
}

export const startContinuousDtmfRecognition = participantAction('target', (ctx, id, target, options) =>
  ctx.calls.startContinuousDtmfRecognition(id, target, options),
);

export const stopContinuousDtmfRecognition = participantAction('target', (ctx, id, target, options) =>
  ctx.calls.stopContinuousDtmfRecognition(id, target, options),
);

/** Cancels every queued or running play/recognize; ACS takes no operationContext for it. */
export async function cancelAllMediaOperations(
  input: { callConnectionId: string },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  await ctx.calls.cancelAllMediaOperations(id);
  return { callConnectionId: id, operationContext: null };
}

export function startTranscription(
  input: CallActionInput & { locale?: string | null; speechModelEndpointId?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => ({
      ...(input.locale ? { locale: requireNonEmpty(input.locale, 'input.locale') } : {}),
      ...(input.speechModelEndpointId ? { speechModelEndpointId: input.speechModelEndpointId } : {}),
    }),
    (id, request, options) => ctx.calls.startTranscription(id, { ...options, ...request }),
  );
}

export function stopTranscription(input: CallActionInput, ctx: GatewayContext): Promise<CallActionPayload> {
  return callAction(input, ctx, noFields, (id, _none, options) => ctx.calls.stopTranscription(id, options));
}

export function updateTranscription(
  input: CallActionInput & { locale: string; speechModelEndpointId?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => ({
      locale: requireNonEmpty(input.locale, 'input.locale'),
      ...(input.speechModelEndpointId ? { speechModelEndpointId: input.speechModelEndpointId } : {}),
    }),
    (id, request, options) => ctx.calls.updateTranscription(id, { ...options, ...request }),
  );
}

export function startMediaStreaming(input: CallActionInput, ctx: GatewayContext): Promise<CallActionPayload> {
  return callAction(input, ctx, noFields, (id, _none, options) => ctx.calls.startMediaStreaming(id, options));
}

export function stopMediaStreaming(input: CallActionInput, ctx: GatewayContext): Promise<CallActionPayload> {
  return callAction(input, ctx, noFields, (id, _none, options) => ctx.calls.stopMediaStreaming(id, options));
}

/** What every speech-capable recognize takes. */
interface RecognizeCommonInput extends CallActionInput {
  target: ParticipantInput;
  prompt?: PlaySourceInput | null;
  interruptPrompt?: boolean | null;
  initialSilenceTimeoutSeconds?: number | null;
  speechLanguage?: string | null;
  speechRecognitionModelEndpointId?: string | null;
}

function recognizeCommon(input: RecognizeCommonInput) {
  const initialSilenceTimeoutSeconds = bounded(
    input.initialSilenceTimeoutSeconds,
    LIMITS.initialSilenceTimeoutSeconds,
    'input.initialSilenceTimeoutSeconds',
  );
  return {
    target: toIdentifier(input.target, 'input.target'),
    ...(input.prompt ? { prompt: toPlaySource(input.prompt, 'input.prompt') } : {}),
    ...(typeof input.interruptPrompt === 'boolean' ? { interruptPrompt: input.interruptPrompt } : {}),
    ...(initialSilenceTimeoutSeconds !== undefined ? { initialSilenceTimeoutSeconds } : {}),
    ...(input.speechLanguage ? { speechLanguage: input.speechLanguage } : {}),
    ...(input.speechRecognitionModelEndpointId
      ? { speechRecognitionModelEndpointId: input.speechRecognitionModelEndpointId }
      : {}),
  };
}

export interface RecognizeSpeechInput extends RecognizeCommonInput {
  endSilenceTimeoutSeconds?: number | null;
  /** When set, keys end the recognition too (ACS `speechOrDtmf`). */
  dtmf?: {
    maxTonesToCollect: number;
    stopTones?: DtmfTone[] | null;
    interToneTimeoutSeconds?: number | null;
  } | null;
}

export function recognizeSpeech(
  input: RecognizeSpeechInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => {
      const endSilenceTimeoutSeconds = bounded(
        input.endSilenceTimeoutSeconds,
        LIMITS.endSilenceTimeoutSeconds,
        'input.endSilenceTimeoutSeconds',
      );
      let dtmf:
        | { maxTonesToCollect: number; stopTones?: DtmfTone[]; interToneTimeoutSeconds?: number }
        | undefined;
      if (input.dtmf) {
        const interToneTimeoutSeconds = bounded(
          input.dtmf.interToneTimeoutSeconds,
          LIMITS.interToneTimeoutSeconds,
          'input.dtmf.interToneTimeoutSeconds',
        );
        dtmf = {
          maxTonesToCollect: requireIntInRange(
            input.dtmf.maxTonesToCollect,
            LIMITS.maxTonesToCollect.min,
            LIMITS.maxTonesToCollect.max,
            'input.dtmf.maxTonesToCollect',
          ),
          ...(input.dtmf.stopTones ? { stopTones: input.dtmf.stopTones } : {}),
          ...(interToneTimeoutSeconds !== undefined ? { interToneTimeoutSeconds } : {}),
        };
      }
      return {
        ...recognizeCommon(input),
        ...(endSilenceTimeoutSeconds !== undefined ? { endSilenceTimeoutSeconds } : {}),
        ...(dtmf ? { dtmf } : {}),
      };
    },
    (id, request, options) => ctx.calls.recognizeSpeech(id, { ...request, ...options }),
  );
}

export interface RecognizeChoiceInput extends RecognizeCommonInput {
  choices: { label: string; phrases: string[]; tone?: DtmfTone | null }[];
}

export function recognizeChoice(
  input: RecognizeChoiceInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  return callAction(
    input,
    ctx,
    () => {
      const choices: RecognitionChoice[] = requireListSize(
        input.choices,
        LIMITS.choices.min,
        LIMITS.choices.max,
        'input.choices',
      ).map((choice, i) => {
        const field = `input.choices.${i}`;
        const phrases = requireListSize(
          choice.phrases,
          LIMITS.choicePhrases.min,
          LIMITS.choicePhrases.max,
          `${field}.phrases`,
        ).map((phrase, j) => requireNonEmpty(phrase, `${field}.phrases.${j}`));
        if (phrases.length === 0 && !choice.tone) {
          throw new InputError('A choice needs phrases to say or a tone to press.', `${field}.phrases`);
        }
        return {
          label: requireNonEmpty(choice.label, `${field}.label`),
          phrases,
          ...(choice.tone ? { tone: choice.tone } : {}),
        };
      });
      const labels = new Set(choices.map((c) => c.label));
      if (labels.size !== choices.length)
        throw new InputError('Choice labels must be unique.', 'input.choices');
      return { ...recognizeCommon(input), choices };
    },
    (id, request, options) => ctx.calls.recognizeChoice(id, { ...request, ...options }),
  );
}
