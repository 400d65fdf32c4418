import type { RecognitionChoice } from '../acs/ports.ts';
import type { DtmfTone } from '../domain/call.ts';
import { InputError } from '../errors.ts';
import { actionOptions, bounded, type CallActionPayload, callId, LIMITS } from './calls.ts';
import type { GatewayContext } from './context.ts';
import {
  type ParticipantInput,
  type PlaySourceInput,
  requireIntInRange,
  requireListSize,
  requireNonEmpty,
  toIdentifier,
  toPlaySource,
} from './validate.ts';

/** Transcription, media streaming and speech recognition: the call actions that need Azure AI. */

interface ActionInput {
  callConnectionId: string;
  operationContext?: string | null;
}

export async function startTranscription(
  input: ActionInput & { locale?: string | null; speechModelEndpointId?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.startTranscription(id, {
    ...options,
    ...(input.locale ? { locale: requireNonEmpty(input.locale, 'input.locale') } : {}),
    ...(input.speechModelEndpointId ? { speechModelEndpointId: input.speechModelEndpointId } : {}),
  });
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function stopTranscription(input: ActionInput, ctx: GatewayContext): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.stopTranscription(id, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function updateTranscription(
  input: ActionInput & { locale: string; speechModelEndpointId?: string | null },
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const locale = requireNonEmpty(input.locale, 'input.locale');
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.updateTranscription(id, {
    ...options,
    locale,
    ...(input.speechModelEndpointId ? { speechModelEndpointId: input.speechModelEndpointId } : {}),
  });
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function startMediaStreaming(
  input: ActionInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.startMediaStreaming(id, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

export async function stopMediaStreaming(
  input: ActionInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
  const options = actionOptions(input.operationContext, ctx);
  await ctx.calls.stopMediaStreaming(id, options);
  return { callConnectionId: id, operationContext: options.operationContext };
}

/** What every speech-capable recognize takes. */
interface RecognizeCommonInput extends ActionInput {
  target: ParticipantInput;
  prompt?: PlaySourceInput | null;
  interruptPrompt?: boolean | null;
  initialSilenceTimeoutSeconds?: number | null;
  speechLanguage?: string | null;
  speechRecognitionModelEndpointId?: string | null;
}

function recognizeCommon(input: RecognizeCommonInput, ctx: GatewayContext) {
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
    ...actionOptions(input.operationContext, ctx),
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

export async function recognizeSpeech(
  input: RecognizeSpeechInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
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
  const request = {
    ...recognizeCommon(input, ctx),
    ...(endSilenceTimeoutSeconds !== undefined ? { endSilenceTimeoutSeconds } : {}),
    ...(dtmf ? { dtmf } : {}),
  };
  await ctx.calls.recognizeSpeech(id, request);
  return { callConnectionId: id, operationContext: request.operationContext };
}

export interface RecognizeChoiceInput extends RecognizeCommonInput {
  choices: { label: string; phrases: string[]; tone?: DtmfTone | null }[];
}

export async function recognizeChoice(
  input: RecognizeChoiceInput,
  ctx: GatewayContext,
): Promise<CallActionPayload> {
  const id = callId(input.callConnectionId);
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
  if (labels.size !== choices.length) throw new InputError('Choice labels must be unique.', 'input.choices');
  const request = { ...recognizeCommon(input, ctx), choices };
  await ctx.calls.recognizeChoice(id, request);
  return { callConnectionId: id, operationContext: request.operationContext };
}
