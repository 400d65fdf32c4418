import type {
  CallAutomationClient,
  CallConnectionProperties,
  FileSource,
  CallLocator as SdkCallLocator,
  DtmfTone as SdkDtmfTone,
  SsmlSource,
  TextSource,
} from '@azure/communication-call-automation';
import { RestError } from '@azure/core-rest-pipeline';
import { CALL_CONNECTION_STATES, type CallConnectionState } from '../domain/call.ts';
import { InputError } from '../errors.ts';
import { callAcs } from './errors.ts';
import { fromSdkParticipant, toSdkIdentifier, toSdkInviteTarget } from './identifiers.ts';
import type {
  CallConnection,
  CallLocator,
  CallsPort,
  ConnectRoomCallRequest,
  MediaSubscriptionState,
  PlaySource,
  RecognizeChoiceRequest,
  RecognizeSpeechRequest,
  Recording,
} from './ports.ts';

const STATES: ReadonlySet<string> = new Set(CALL_CONNECTION_STATES);

const SUBSCRIPTION_STATES: ReadonlySet<string> = new Set(['disabled', 'inactive', 'active']);
const subscriptionState = (state: string | undefined): MediaSubscriptionState | null =>
  state !== undefined && SUBSCRIPTION_STATES.has(state) ? (state as MediaSubscriptionState) : null;

function toCall(properties: CallConnectionProperties, fallbackId?: string): CallConnection {
  const state = properties.callConnectionState ?? 'unknown';
  const transcription = properties.transcriptionSubscription;
  const mediaStreaming = properties.mediaStreamingSubscription;
  return {
    callConnectionId: properties.callConnectionId ?? fallbackId ?? '',
    serverCallId: properties.serverCallId ?? null,
    correlationId: properties.correlationId ?? null,
    state: STATES.has(state) ? (state as CallConnectionState) : 'unknown',
    transcriptionSubscription: transcription
      ? { state: subscriptionState(transcription.state), locale: transcription.locale ?? null }
      : null,
    mediaStreamingSubscription: mediaStreaming ? { state: subscriptionState(mediaStreaming.state) } : null,
  };
}

/** The prompt and timing settings every recognize kind shares, in SDK form. */
function recognizeCommon(request: RecognizeSpeechRequest | RecognizeChoiceRequest) {
  return {
    operationContext: request.operationContext,
    ...(request.prompt ? { playPrompt: toSdkPlaySource(request.prompt) } : {}),
    ...(request.interruptPrompt !== undefined ? { interruptPrompt: request.interruptPrompt } : {}),
    ...(request.initialSilenceTimeoutSeconds !== undefined
      ? { initialSilenceTimeoutInSeconds: request.initialSilenceTimeoutSeconds }
      : {}),
    ...(request.speechLanguage ? { speechLanguage: request.speechLanguage } : {}),
    ...(request.speechRecognitionModelEndpointId
      ? { speechRecognitionModelEndpointId: request.speechRecognitionModelEndpointId }
      : {}),
  };
}

/**
 * The SDK's recording-file calls throw plain `{status, message}` objects for HTTP errors (made `RestError`s
 * here, for `callAcs`'s status table) and `Error`s for URLs off ACS media hosts (an `InputError`).
 */
async function recordingFile<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && /recording endpoint|HTTPS scheme|absolute URI/.test(error.message)) {
      throw new InputError('The location is not an ACS recording URL (https://*.asm.skype.com/…).');
    }
    if (typeof error === 'object' && error !== null && !(error instanceof Error) && 'status' in error) {
      const statusCode = Number((error as { status: unknown }).status) || 500;
      throw new RestError(`ACS answered ${statusCode} for the recording file.`, { statusCode });
    }
    throw error;
  }
}

/** Settings of `createCallsAdapter`. */
export interface CallsAdapterOptions {
  /**
   * The Azure AI services endpoint ACS uses for text-to-speech and speech recognition, sent on every
   * connect as `callIntelligenceOptions.cognitiveServicesEndpoint`. Null: not sent (ACS then fails such
   * plays and recognitions).
   */
  cognitiveServicesEndpoint: string | null;
}

function toSdkPlaySource(source: PlaySource): FileSource | TextSource | SsmlSource {
  switch (source.kind) {
    case 'file':
      return { kind: 'fileSource', url: source.url };
    case 'ssml':
      return { kind: 'ssmlSource', ssmlText: source.ssmlText };
    case 'text':
      return {
        kind: 'textSource',
        text: source.text,
        ...(source.voiceName ? { voiceName: source.voiceName } : {}),
        ...(source.sourceLocale ? { sourceLocale: source.sourceLocale } : {}),
      };
  }
}

/** Domain DTMF tones are the ACS wire spellings, which are also the SDK enum's values. */
const toSdkTones = (tones: readonly string[]): SdkDtmfTone[] => tones as SdkDtmfTone[];

function toRecording(result: { recordingId: string; recordingState: string }): Recording {
  return {
    recordingId: result.recordingId,
    state: result.recordingState === 'active' ? 'active' : 'inactive',
  };
}

function toSdkLocator(locator: CallLocator): SdkCallLocator {
  switch (locator.kind) {
    case 'serverCall':
      return { kind: 'serverCallLocator', id: locator.serverCallId };
    case 'groupCall':
      return { kind: 'groupCallLocator', id: locator.groupCallId };
    case 'room':
      return { kind: 'roomCallLocator', id: locator.roomId };
  }
}

/** `CallsPort` over the official `CallAutomationClient`. */
export function createCallsAdapter(
  client: CallAutomationClient,
  { cognitiveServicesEndpoint }: CallsAdapterOptions = { cognitiveServicesEndpoint: null },
): CallsPort {
  const connection = (id: string) => client.getCallConnection(id);
  const media = (id: string) => client.getCallConnection(id).getCallMedia();
  const recording = () => client.getCallRecording();

  /** What every call the app joins (connect, create, answer) asks for: its context, Azure AI and media. */
  const callSetup = ({ operationContext, transcription, mediaStreaming }: ConnectRoomCallRequest) => ({
    operationContext,
    ...(cognitiveServicesEndpoint ? { callIntelligenceOptions: { cognitiveServicesEndpoint } } : {}),
    ...(transcription
      ? {
          transcriptionOptions: {
            transportType: 'websocket' as const,
            transportUrl: transcription.transportUrl,
            locale: transcription.locale,
            startTranscription: transcription.startTranscription,
            enableIntermediateResults: transcription.enableIntermediateResults,
            ...(transcription.speechModelEndpointId
              ? { speechModelEndpointId: transcription.speechModelEndpointId }
              : {}),
          },
        }
      : {}),
    ...(mediaStreaming
      ? {
          mediaStreamingOptions: {
            transportType: 'websocket' as const,
            transportUrl: mediaStreaming.transportUrl,
            contentType: 'audio' as const,
            audioChannelType: mediaStreaming.audioChannelType,
            startMediaStreaming: mediaStreaming.startMediaStreaming,
            enableBidirectional: mediaStreaming.enableBidirectional,
            ...(mediaStreaming.audioFormat ? { audioFormat: mediaStreaming.audioFormat } : {}),
          },
        }
      : {}),
  });

  return {
    connectRoomCall: (roomId, request) =>
      callAcs(async () => {
        const result = await client.connectCall(
          { kind: 'roomCallLocator', id: roomId },
          request.callbackUrl,
          callSetup(request),
        );
        return toCall(result.callConnectionProperties);
      }),
    connectCall: (locator, request) =>
      callAcs(async () => {
        const result = await client.connectCall(
          toSdkLocator(locator),
          request.callbackUrl,
          callSetup(request),
        );
        return toCall(result.callConnectionProperties);
      }),
    createCall: (request) =>
      callAcs(async () => {
        const caller = request.sourceCallerIdNumber
          ? { sourceCallIdNumber: { phoneNumber: request.sourceCallerIdNumber } }
          : {};
        const options = {
          ...callSetup(request),
          ...caller,
          ...(request.sourceDisplayName ? { sourceDisplayName: request.sourceDisplayName } : {}),
        };
        const [single, ...others] = request.targets;
        const result =
          single && others.length === 0
            ? await client.createCall(
                { targetParticipant: toSdkInviteTarget(single), ...caller },
                request.callbackUrl,
                options,
              )
            : await client.createGroupCall(
                request.targets.map(toSdkIdentifier),
                request.callbackUrl,
                options,
              );
        return toCall(result.callConnectionProperties);
      }),
    answerCall: (incomingCallContext, request) =>
      callAcs(async () => {
        const result = await client.answerCall(incomingCallContext, request.callbackUrl, callSetup(request));
        return toCall(result.callConnectionProperties);
      }),
    rejectCall: (incomingCallContext, reason) =>
      callAcs(() => client.rejectCall(incomingCallContext, { callRejectReason: reason })),
    redirectCall: (incomingCallContext, target) =>
      callAcs(() =>
        client.redirectCall(incomingCallContext, { targetParticipant: toSdkInviteTarget(target) }),
      ),
    transferCallToParticipant: (id, request) =>
      callAcs(async () => {
        await connection(id).transferCallToParticipant(toSdkIdentifier(request.target), {
          operationContext: request.operationContext,
          ...(request.transferee ? { transferee: toSdkIdentifier(request.transferee) } : {}),
          ...(request.sourceCallerIdNumber
            ? { sourceCallIdNumber: { phoneNumber: request.sourceCallerIdNumber } }
            : {}),
        });
      }),
    moveParticipants: (id, participants, fromCallConnectionId, { operationContext }) =>
      callAcs(async () => {
        await connection(id).moveParticipants(participants.map(toSdkIdentifier), fromCallConnectionId, {
          operationContext,
        });
      }),
    getCall: (id) => callAcs(async () => toCall(await connection(id).getCallConnectionProperties(), id)),
    listParticipants: (id) =>
      callAcs(async () => {
        const result = await connection(id).listParticipants();
        return (result.values ?? []).map(fromSdkParticipant);
      }),
    addParticipant: (id, request) =>
      callAcs(async () => {
        const result = await connection(id).addParticipant(
          {
            targetParticipant: toSdkInviteTarget(request.participant),
            ...(request.sourceCallerIdNumber
              ? { sourceCallIdNumber: { phoneNumber: request.sourceCallerIdNumber } }
              : {}),
            ...(request.sourceDisplayName ? { sourceDisplayName: request.sourceDisplayName } : {}),
          },
          {
            operationContext: request.operationContext,
            ...(request.invitationTimeoutSeconds !== undefined
              ? { invitationTimeoutInSeconds: request.invitationTimeoutSeconds }
              : {}),
          },
        );
        return {
          invitationId: result.invitationId ?? null,
          participant: result.participant ? fromSdkParticipant(result.participant) : null,
        };
      }),
    removeParticipant: (id, participant, { operationContext }) =>
      callAcs(async () => {
        await connection(id).removeParticipant(toSdkIdentifier(participant), {
          operationContext,
        });
      }),
    cancelAddParticipant: (id, invitationId, { operationContext }) =>
      callAcs(async () => {
        const result = await connection(id).cancelAddParticipantOperation(invitationId, {
          operationContext,
        });
        return { invitationId: result.invitationId ?? invitationId };
      }),
    muteParticipant: (id, participant, { operationContext }) =>
      callAcs(async () => {
        await connection(id).muteParticipant(toSdkIdentifier(participant), { operationContext });
      }),
    sendDtmfTones: (id, tones, target, { operationContext }) =>
      callAcs(async () => {
        await media(id).sendDtmfTones(toSdkTones(tones), toSdkIdentifier(target), {
          operationContext,
        });
      }),
    hangUp: (id, forEveryone) => callAcs(() => connection(id).hangUp(forEveryone)),
    play: (id, request) =>
      callAcs(async () => {
        const sources = request.sources.map(toSdkPlaySource);
        const options = {
          loop: request.loop,
          operationContext: request.operationContext,
        };
        if (request.playTo.length === 0) {
          await media(id).playToAll(sources, {
            ...options,
            interruptCallMediaOperation: request.interruptCallMediaOperation,
          });
        } else {
          await media(id).play(sources, request.playTo.map(toSdkIdentifier), options);
        }
      }),
    recognizeDtmf: (id, request) =>
      callAcs(async () => {
        await media(id).startRecognizing(toSdkIdentifier(request.target), {
          kind: 'callMediaRecognizeDtmfOptions',
          maxTonesToCollect: request.maxTonesToCollect,
          operationContext: request.operationContext,
          ...(request.stopTones ? { stopDtmfTones: toSdkTones(request.stopTones) } : {}),
          ...(request.interToneTimeoutSeconds !== undefined
            ? { interToneTimeoutInSeconds: request.interToneTimeoutSeconds }
            : {}),
          ...(request.initialSilenceTimeoutSeconds !== undefined
            ? { initialSilenceTimeoutInSeconds: request.initialSilenceTimeoutSeconds }
            : {}),
          ...(request.prompt ? { playPrompt: toSdkPlaySource(request.prompt) } : {}),
          ...(request.interruptPrompt !== undefined ? { interruptPrompt: request.interruptPrompt } : {}),
        });
      }),
    recognizeSpeech: (id, request) =>
      callAcs(async () => {
        const common = recognizeCommon(request);
        const endSilence =
          request.endSilenceTimeoutSeconds !== undefined
            ? { endSilenceTimeoutInSeconds: request.endSilenceTimeoutSeconds }
            : {};
        const target = toSdkIdentifier(request.target);
        if (!request.dtmf) {
          await media(id).startRecognizing(target, {
            kind: 'callMediaRecognizeSpeechOptions',
            ...common,
            ...endSilence,
          });
          return;
        }
        const { dtmf } = request;
        await media(id).startRecognizing(target, {
          kind: 'callMediaRecognizeSpeechOrDtmfOptions',
          ...common,
          ...endSilence,
          maxTonesToCollect: dtmf.maxTonesToCollect,
          ...(dtmf.stopTones ? { stopDtmfTones: toSdkTones(dtmf.stopTones) } : {}),
          ...(dtmf.interToneTimeoutSeconds !== undefined
            ? { interToneTimeoutInSeconds: dtmf.interToneTimeoutSeconds }
            : {}),
        });
      }),
    recognizeChoice: (id, request) =>
      callAcs(async () => {
        await media(id).startRecognizing(toSdkIdentifier(request.target), {
          kind: 'callMediaRecognizeChoiceOptions',
          ...recognizeCommon(request),
          choices: request.choices.map((choice) => ({
            label: choice.label,
            phrases: choice.phrases,
            ...(choice.tone ? { tone: choice.tone as SdkDtmfTone } : {}),
          })),
        });
      }),
    startTranscription: (id, { operationContext, locale, speechModelEndpointId }) =>
      callAcs(() =>
        media(id).startTranscription({
          operationContext,
          ...(locale ? { locale } : {}),
          ...(speechModelEndpointId ? { speechRecognitionModelEndpointId: speechModelEndpointId } : {}),
        }),
      ),
    stopTranscription: (id, { operationContext }) =>
      callAcs(() => media(id).stopTranscription({ operationContext })),
    updateTranscription: (id, { operationContext, locale, speechModelEndpointId }) =>
      callAcs(() =>
        media(id).updateTranscription(locale, {
          operationContext,
          ...(speechModelEndpointId ? { speechRecognitionModelEndpointId: speechModelEndpointId } : {}),
        }),
      ),
    startMediaStreaming: (id, { operationContext }) =>
      callAcs(() => media(id).startMediaStreaming({ operationContext })),
    stopMediaStreaming: (id, { operationContext }) =>
      callAcs(() => media(id).stopMediaStreaming({ operationContext })),
    startContinuousDtmfRecognition: (id, target, { operationContext }) =>
      callAcs(() =>
        media(id).startContinuousDtmfRecognition(toSdkIdentifier(target), {
          operationContext,
        }),
      ),
    stopContinuousDtmfRecognition: (id, target, { operationContext }) =>
      callAcs(() =>
        media(id).stopContinuousDtmfRecognition(toSdkIdentifier(target), {
          operationContext,
        }),
      ),
    hold: (id, target, music, { operationContext }) =>
      callAcs(() =>
        media(id).hold(toSdkIdentifier(target), {
          operationContext,
          ...(music ? { playSource: toSdkPlaySource(music) } : {}),
        }),
      ),
    unhold: (id, target, { operationContext }) =>
      callAcs(() => media(id).unhold(toSdkIdentifier(target), { operationContext })),
    cancelAllMediaOperations: (id) => callAcs(() => media(id).cancelAllOperations()),
    startRecording: (request) =>
      callAcs(async () =>
        toRecording(
          await recording().start({
            callConnectionId: request.callConnectionId,
            recordingContent: request.content,
            recordingChannel: request.channel,
            recordingFormat: request.format,
            pauseOnStart: request.pauseOnStart,
            ...(request.callbackUrl ? { recordingStateCallbackEndpointUrl: request.callbackUrl } : {}),
          }),
        ),
      ),
    getRecording: (recordingId) => callAcs(async () => toRecording(await recording().getState(recordingId))),
    stopRecording: (recordingId) => callAcs(() => recording().stop(recordingId)),
    pauseRecording: (recordingId) => callAcs(() => recording().pause(recordingId)),
    resumeRecording: (recordingId) => callAcs(() => recording().resume(recordingId)),
    downloadRecording: (contentLocation, signal) =>
      callAcs(() =>
        recordingFile(() =>
          recording().downloadStreaming(contentLocation, signal ? { abortSignal: signal } : {}),
        ),
      ),
    deleteRecording: (deleteLocation) =>
      callAcs(() => recordingFile(() => recording().delete(deleteLocation))),
  };
}
