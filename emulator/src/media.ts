import { randomUUID } from 'node:crypto';
import type { CallConnection, CallingContext, MediaOperation } from './calling-context.ts';
import { callbackUrl } from './calls.ts';
import { AcsError, badRequest } from './errors.ts';
import type { EmulatorRequest, EmulatorResponse, Route } from './http.ts';
import { identifierFromRawId, parseIdentifier } from './identifiers.ts';
import type { ResultInformation } from './phone-numbers.ts';
import {
  closeAudioStream,
  closeTranscriptionStream,
  openTranscriptionStream,
  startAudioStream,
  transcribe,
} from './streaming.ts';

export const DTMF_TONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'a',
  'b',
  'c',
  'd',
  'pound',
  'asterisk',
] as const;
export type DtmfTone = (typeof DTMF_TONES)[number];

const RECOGNIZE_INPUT_TYPES = ['dtmf', 'choices', 'speech', 'speechOrDtmf'];

/** Result codes of the media events (acs.md §4.3). */
const RESULTS = {
  playCompleted: { code: 200, subCode: 0, message: 'Action completed successfully.' },
  badFile: { code: 400, subCode: 8535, message: 'Action failed, file format is invalid.' },
  canceled: { code: 400, subCode: 8508, message: 'Action falied, the operation was cancelled.' },
  stopTone: { code: 200, subCode: 8514, message: 'Action completed as stop tone was detected.' },
  maxTones: { code: 200, subCode: 8531, message: 'Action completed, max digits received.' },
  choiceMatched: {
    code: 200,
    subCode: 8545,
    message: 'Action completed, recognized phrase matches a valid option.',
  },
  initialSilence: { code: 400, subCode: 8510, message: 'Action failed, initial silence timeout reached.' },
  interTone: { code: 400, subCode: 8532, message: 'Action failed, inter-digit silence timeout reached.' },
  // UNVERIFIED pairings (emulator/README.md): the codes exist in ACS's troubleshooting table.
  speechRecognized: { code: 200, subCode: 8568, message: 'Action completed, speech recognized.' },
  noMatchingChoice: {
    code: 400,
    subCode: 8547,
    message: 'Action failed, recognized phrase does not match a valid option.',
  },
  noCognitiveServices: {
    code: 400,
    subCode: 8565,
    message:
      'Action failed, bad request to Cognitive Services. Please check your input parameters. ' +
      '(No cognitiveServicesEndpoint was given on connect.)',
  },
  promptFailed: {
    code: 500,
    subCode: 8511,
    message: 'Action failed, encountered failure while trying to play the prompt.',
  },
} satisfies Record<string, ResultInformation>;

interface PlaySource {
  kind: 'file' | 'text' | 'ssml';
  playable: boolean;
}

/**
 * A file the emulator cannot play: its URL path does not end in `.wav` or `.mp3`, or the URL contains
 * `unplayable` (documented in emulator/README.md). Text and SSML sources always play.
 */
export function isUnplayableFile(uri: string): boolean {
  let path: string;
  try {
    path = new URL(uri).pathname.toLowerCase();
  } catch {
    return true;
  }
  return uri.toLowerCase().includes('unplayable') || !(path.endsWith('.wav') || path.endsWith('.mp3'));
}

function parsePlaySource(value: unknown, field: string): PlaySource {
  if (typeof value !== 'object' || value === null) throw badRequest(`${field} must be a play source.`);
  const source = value as {
    kind?: unknown;
    file?: { uri?: unknown };
    text?: { text?: unknown };
    ssml?: { ssmlText?: unknown };
  };
  const kind: unknown =
    source.kind ?? (source.file ? 'file' : source.text ? 'text' : source.ssml ? 'ssml' : undefined);
  switch (kind) {
    case 'file':
      if (typeof source.file?.uri !== 'string') throw badRequest(`${field}.file.uri is required.`);
      return { kind: 'file', playable: !isUnplayableFile(source.file.uri) };
    case 'text':
      if (typeof source.text?.text !== 'string' || !source.text.text)
        throw badRequest(`${field}.text.text is required.`);
      return { kind, playable: true };
    case 'ssml':
      if (typeof source.ssml?.ssmlText !== 'string' || !source.ssml.ssmlText) {
        throw badRequest(`${field}.ssml.ssmlText is required.`);
      }
      return { kind: 'ssml', playable: true };
    default:
      throw badRequest(`${field}.kind must be file, text or ssml.`);
  }
}

/** Text and SSML are spoken by Azure AI: ACS needs the call's cognitiveServicesEndpoint for them. */
const needsSpeech = (connection: CallConnection, source: PlaySource): boolean =>
  source.kind !== 'file' && !connection.cognitiveServicesEndpoint;

function parseTones(value: unknown, field: string): DtmfTone[] {
  if (!Array.isArray(value)) throw badRequest(`${field} must be an array of tones.`);
  return value.map((tone) => {
    if (!DTMF_TONES.includes(tone as DtmfTone))
      throw badRequest(`${field} contains an unknown tone '${String(tone)}'.`);
    return tone as DtmfTone;
  });
}

const optionalText = (body: Record<string, unknown>, key: string): string | undefined =>
  typeof body[key] === 'string' ? (body[key] as string) : undefined;

function seconds(value: unknown, field: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || value < min || value > max) {
    throw badRequest(`${field} must be a number between ${min} and ${max}.`);
  }
  return value;
}

export interface MediaModule {
  routes: Route[];
  /** A participant presses DTMF keys: feeds running recognitions and continuous DTMF of every leg. */
  pressTones(serverCallId: string, rawId: string, tones: string[]): void;
  /** A participant says `text`: feeds running speech/choice recognitions and active transcriptions of every leg. */
  say(serverCallId: string, rawId: string, text: string): void;
}

export function createMedia(ctx: CallingContext): MediaModule {
  const { scheduler, timing } = ctx;

  const runNext = (connection: CallConnection): void => {
    if (connection.media.running || connection.state !== 'connected') return;
    const next = connection.media.queue.shift();
    if (!next) return;
    connection.media.running = next;
    next.start();
  };

  const finish = (connection: CallConnection, operation: MediaOperation): void => {
    if (connection.media.running !== operation) return;
    connection.media.running = undefined;
    runNext(connection);
  };

  const emitCanceled = (connection: CallConnection, operation: MediaOperation): void => {
    ctx.emit(
      connection,
      operation.kind === 'play' ? 'PlayCanceled' : 'RecognizeCanceled',
      {},
      {
        operationContext: operation.operationContext,
        operationCallbackUri: operation.operationCallbackUri,
        resultInformation: RESULTS.canceled,
      },
    );
  };

  /** Queues like the service: one media operation at a time; `interrupt` cancels the running one first. */
  const enqueue = (connection: CallConnection, operation: MediaOperation, interrupt: boolean): void => {
    if (interrupt && connection.media.running) {
      const running = connection.media.running;
      running.stop();
      connection.media.running = undefined;
      emitCanceled(connection, running);
      connection.media.queue.unshift(operation);
    } else {
      connection.media.queue.push(operation);
    }
    runNext(connection);
  };

  const targetsOf = (connection: CallConnection, value: unknown, field: string) => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw badRequest(`${field} must be an array.`);
    const call = ctx.callOf(connection);
    return value.map((v, i) => ctx.requireParticipant(call, parseIdentifier(v, `${field}[${i}]`)));
  };

  const play = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const body = request.json();
    if (!Array.isArray(body.playSources) || body.playSources.length === 0) {
      throw badRequest('playSources must be a non-empty array.');
    }
    const sources = body.playSources.map((s, i) => parsePlaySource(s, `playSources[${i}]`));
    targetsOf(connection, body.playTo, 'playTo');
    const loop = (body.playOptions as { loop?: unknown } | undefined)?.loop === true;
    const operationContext = optionalText(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    const emitOptions = { operationContext, operationCallbackUri };
    let cancelTimer = () => {};
    const operation: MediaOperation = {
      id: randomUUID(),
      kind: 'play',
      operationContext,
      operationCallbackUri,
      start() {
        const failedPlaySourceIndex = sources.findIndex((s) => !s.playable || needsSpeech(connection, s));
        if (failedPlaySourceIndex >= 0) {
          // The real service fails a bad file without PlayStarted (recorded Play_wrong_source stream).
          const failed = sources[failedPlaySourceIndex];
          ctx.emit(
            connection,
            'PlayFailed',
            { failedPlaySourceIndex },
            {
              ...emitOptions,
              resultInformation: failed?.playable ? RESULTS.noCognitiveServices : RESULTS.badFile,
            },
          );
          return finish(connection, operation);
        }
        ctx.emit(connection, 'PlayStarted', {}, emitOptions);
        const playOnce = () => {
          cancelTimer = scheduler.after(timing.playDurationMs * sources.length, () => {
            if (loop) return playOnce();
            ctx.emit(
              connection,
              'PlayCompleted',
              {},
              { ...emitOptions, resultInformation: RESULTS.playCompleted },
            );
            finish(connection, operation);
          });
        };
        playOnce();
      },
      stop: () => cancelTimer(),
    };
    enqueue(connection, operation, body.interruptCallMediaOperation === true);
    return { status: 202 };
  };

  const recognize = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const call = ctx.callOf(connection);
    const body = request.json();
    const inputType = body.recognizeInputType;
    if (typeof inputType !== 'string' || !RECOGNIZE_INPUT_TYPES.includes(inputType)) {
      throw badRequest('recognizeInputType must be dtmf, choices, speech or speechOrDtmf.');
    }
    const options = body.recognizeOptions as Record<string, unknown> | undefined;
    if (typeof options !== 'object' || options === null) throw badRequest('recognizeOptions is required.');
    const target = ctx.requireParticipant(
      call,
      parseIdentifier(options.targetParticipant, 'recognizeOptions.targetParticipant'),
    );
    const initialSilence = seconds(
      options.initialSilenceTimeoutInSeconds,
      'initialSilenceTimeoutInSeconds',
      5,
      0,
      300,
    );
    const dtmfOptions = (options.dtmfOptions ?? {}) as Record<string, unknown>;
    const interTone = seconds(dtmfOptions.interToneTimeoutInSeconds, 'interToneTimeoutInSeconds', 2, 1, 60);
    const maxTones = seconds(dtmfOptions.maxTonesToCollect, 'maxTonesToCollect', 1, 1, 100);
    const stopTones =
      dtmfOptions.stopTones === undefined ? [] : parseTones(dtmfOptions.stopTones, 'stopTones');
    const choices = Array.isArray(options.choices)
      ? (options.choices as { label?: string; phrases?: unknown; tone?: string }[])
      : [];
    if (inputType === 'choices' && choices.length === 0)
      throw badRequest('recognizeOptions.choices is required.');
    for (const choice of choices) if (choice.tone !== undefined) parseTones([choice.tone], 'choices.tone');
    const promptValues = [
      ...(body.playPrompt ? [body.playPrompt] : []),
      ...(Array.isArray(body.playPrompts) ? body.playPrompts : []),
    ];
    const prompts = promptValues.map((p, i) => parsePlaySource(p, `playPrompts[${i}]`));
    const operationContext = optionalText(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    const emitOptions = { operationContext, operationCallbackUri };
    const tones: string[] = [];
    let phase: 'waiting' | 'prompt' | 'collecting' | 'done' = 'waiting';
    let cancelTimer = () => {};
    const arm = (timeoutSeconds: number, result: ResultInformation) => {
      cancelTimer();
      cancelTimer = scheduler.after(timeoutSeconds * timing.msPerRequestSecond, () =>
        done('RecognizeFailed', {}, result),
      );
    };
    const done = (name: string, fields: Record<string, unknown>, resultInformation: ResultInformation) => {
      if (phase === 'done') return;
      phase = 'done';
      cancelTimer();
      ctx.emit(connection, name, fields, { ...emitOptions, resultInformation });
      finish(connection, operation);
    };
    const collect = () => {
      phase = 'collecting';
      arm(initialSilence, RESULTS.initialSilence);
    };
    const operation: MediaOperation = {
      id: randomUUID(),
      kind: 'recognize',
      operationContext,
      operationCallbackUri,
      start() {
        const failedPlaySourceIndex = prompts.findIndex((p) => !p.playable);
        if (failedPlaySourceIndex >= 0)
          return done('RecognizeFailed', { failedPlaySourceIndex }, RESULTS.promptFailed);
        const spokenPrompt = prompts.findIndex((p) => needsSpeech(connection, p));
        if (spokenPrompt >= 0) {
          return done(
            'RecognizeFailed',
            { failedPlaySourceIndex: spokenPrompt },
            RESULTS.noCognitiveServices,
          );
        }
        if (inputType !== 'dtmf' && !connection.cognitiveServicesEndpoint) {
          return done('RecognizeFailed', {}, RESULTS.noCognitiveServices);
        }
        if (prompts.length === 0) return collect();
        phase = 'prompt';
        cancelTimer = scheduler.after(timing.playDurationMs * prompts.length, collect);
      },
      stop() {
        phase = 'done';
        cancelTimer();
      },
      onTone(rawId, tone) {
        if (rawId !== target.identifier.rawId || (phase !== 'prompt' && phase !== 'collecting')) return;
        phase = 'collecting';
        if (inputType === 'choices') {
          const choice = choices.find((c) => c.tone === tone);
          if (choice) {
            return done(
              'RecognizeCompleted',
              { recognitionType: 'choices', choiceResult: { label: choice.label, recognizedPhrase: tone } },
              RESULTS.choiceMatched,
            );
          }
          return;
        }
        if (inputType === 'speech') return;
        tones.push(tone);
        const dtmfResult = { recognitionType: 'dtmf', dtmfResult: { tones: [...tones] } };
        if (stopTones.includes(tone as DtmfTone))
          return done('RecognizeCompleted', dtmfResult, RESULTS.stopTone);
        if (tones.length >= maxTones) return done('RecognizeCompleted', dtmfResult, RESULTS.maxTones);
        arm(interTone, RESULTS.interTone);
      },
      onSpeech(rawId, text) {
        if (rawId !== target.identifier.rawId || (phase !== 'prompt' && phase !== 'collecting')) return;
        if (inputType === 'dtmf') return;
        if (inputType === 'choices') {
          const said = text.trim().toLowerCase();
          const choice = choices.find(
            (c) =>
              Array.isArray(c.phrases) &&
              c.phrases.some((p) => typeof p === 'string' && p.trim().toLowerCase() === said),
          );
          if (!choice) return done('RecognizeFailed', {}, RESULTS.noMatchingChoice);
          return done(
            'RecognizeCompleted',
            {
              recognitionType: 'choices',
              choiceResult: { label: choice.label, recognizedPhrase: text, confidence: 0.95 },
            },
            RESULTS.choiceMatched,
          );
        }
        done(
          'RecognizeCompleted',
          { recognitionType: 'speech', speechResult: { speech: text, confidence: 0.95 } },
          RESULTS.speechRecognized,
        );
      },
    };
    enqueue(connection, operation, body.interruptCallMediaOperation === true);
    return { status: 202 };
  };

  const cancelAll = (_request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const operations = [
      ...(connection.media.running ? [connection.media.running] : []),
      ...connection.media.queue,
    ];
    connection.media.running?.stop();
    connection.media = { queue: [] };
    for (const operation of operations) emitCanceled(connection, operation);
    return { status: 202 };
  };

  const continuousDtmf =
    (start: boolean) =>
    (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
      const connection = ctx.requireConnection(id);
      const body = request.json();
      const target = ctx.requireParticipant(
        ctx.callOf(connection),
        parseIdentifier(body.targetParticipant, 'targetParticipant'),
      );
      const operationContext = optionalText(body, 'operationContext');
      const rawId = target.identifier.rawId;
      if (start) {
        connection.continuousDtmf.set(rawId, { operationContext, nextSequenceId: 1 });
        return { status: 200 };
      }
      connection.continuousDtmf.delete(rawId);
      const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
      scheduler.after(timing.actionDelayMs, () =>
        ctx.emit(
          connection,
          'ContinuousDtmfRecognitionStopped',
          {},
          {
            operationContext,
            operationCallbackUri,
            resultInformation: { code: 200, subCode: 0, message: 'Continuous DTMF recognition stopped.' },
          },
        ),
      );
      return { status: 200 };
    };

  const sendDtmf = (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
    const connection = ctx.requireConnection(id);
    const body = request.json();
    const tones = parseTones(body.tones, 'tones');
    if (tones.length === 0) throw badRequest('tones must not be empty.');
    ctx.requireParticipant(
      ctx.callOf(connection),
      parseIdentifier(body.targetParticipant, 'targetParticipant'),
    );
    const operationContext = optionalText(body, 'operationContext');
    const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
    scheduler.after(timing.actionDelayMs, () =>
      ctx.emit(connection, 'SendDtmfTonesCompleted', {}, { operationContext, operationCallbackUri }),
    );
    return { status: 202, body: { operationContext } };
  };

  const hold =
    (onHold: boolean) =>
    (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
      const connection = ctx.requireConnection(id);
      const call = ctx.callOf(connection);
      const body = request.json();
      const participant = ctx.requireParticipant(
        call,
        parseIdentifier(body.targetParticipant, 'targetParticipant'),
      );
      const music =
        onHold && body.playSourceInfo ? parsePlaySource(body.playSourceInfo, 'playSourceInfo') : undefined;
      const operationContext = optionalText(body, 'operationContext');
      const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
      participant.isOnHold = onHold;
      scheduler.after(timing.actionDelayMs, () => {
        ctx.participantsChanged(call);
        // The real service answers 200 and reports a bad music file later (recorded Hold_Unhold stream).
        if (music && !music.playable) {
          ctx.emit(
            connection,
            'HoldFailed',
            {},
            { operationContext, operationCallbackUri, resultInformation: RESULTS.badFile },
          );
        }
      });
      return { status: 200 };
    };

  const transcription =
    (action: 'start' | 'stop' | 'update') =>
    (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
      const connection = ctx.requireConnection(id);
      const body = request.optionalJson() ?? {};
      const operationContext = optionalText(body, 'operationContext');
      const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
      const active = connection.transcription.state === 'active';
      if (action === 'start' && active) throw new AcsError(400, '8583', 'Transcription is already active.');
      if (action !== 'start' && !active) throw new AcsError(400, '8584', 'Transcription is not active.');
      if (action === 'update' && typeof body.locale !== 'string') throw badRequest('locale is required.');
      connection.transcription.state = action === 'stop' ? 'inactive' : 'active';
      if (typeof body.locale === 'string') connection.transcription.locale = body.locale;
      if (action === 'start') openTranscriptionStream(ctx, connection);
      if (action === 'stop') closeTranscriptionStream(connection);
      const [name, transcriptionStatus, transcriptionStatusDetails] = {
        start: ['TranscriptionStarted', 'transcriptionStarted', 'subscriptionStarted'],
        stop: ['TranscriptionStopped', 'transcriptionStopped', 'subscriptionStopped'],
        update: ['TranscriptionUpdated', 'transcriptionUpdated', 'speechRecognitionLocaleUpdated'],
      }[action];
      scheduler.after(timing.actionDelayMs, () =>
        ctx.emit(
          connection,
          name as string,
          { transcriptionUpdate: { transcriptionStatus, transcriptionStatusDetails } },
          { operationContext, operationCallbackUri },
        ),
      );
      return { status: 202 };
    };

  const mediaStreaming =
    (start: boolean) =>
    (request: EmulatorRequest, [id = '']: string[]): EmulatorResponse => {
      const connection = ctx.requireConnection(id);
      const body = request.optionalJson() ?? {};
      const operationContext = optionalText(body, 'operationContext');
      const operationCallbackUri = callbackUrl(body, 'operationCallbackUri', false);
      const active = connection.mediaStreaming.state === 'active';
      if (start && active) throw new AcsError(400, '8585', 'Media streaming is already active.');
      if (!start && !active) throw new AcsError(400, '8586', 'Media streaming is not active.');
      connection.mediaStreaming.state = start ? 'active' : 'inactive';
      if (start) startAudioStream(ctx, connection);
      else closeAudioStream(connection);
      scheduler.after(timing.actionDelayMs, () =>
        ctx.emit(
          connection,
          start ? 'MediaStreamingStarted' : 'MediaStreamingStopped',
          {
            mediaStreamingUpdate: {
              contentType: 'Audio',
              mediaStreamingStatus: start ? 'mediaStreamingStarted' : 'mediaStreamingStopped',
              mediaStreamingStatusDetails: start ? 'subscriptionStarted' : 'subscriptionStopped',
            },
            eventSource: `calling/callConnections/${connection.callConnectionId}`,
          },
          { operationContext, operationCallbackUri },
        ),
      );
      return { status: 202 };
    };

  const action = (name: string, handler: Route['handler']): Route => ({
    method: 'POST',
    pattern: new RegExp(`^/calling/callConnections/([^/:]+):${name}$`),
    kind: 'acs',
    handler,
  });

  return {
    routes: [
      action('play', play),
      action('recognize', recognize),
      action('cancelAllMediaOperations', cancelAll),
      action('startContinuousDtmfRecognition', continuousDtmf(true)),
      action('stopContinuousDtmfRecognition', continuousDtmf(false)),
      action('sendDtmfTones', sendDtmf),
      action('hold', hold(true)),
      action('unhold', hold(false)),
      action('startTranscription', transcription('start')),
      action('stopTranscription', transcription('stop')),
      action('updateTranscription', transcription('update')),
      action('startMediaStreaming', mediaStreaming(true)),
      action('stopMediaStreaming', mediaStreaming(false)),
    ],
    say(serverCallId, rawId, text) {
      const call = ctx.state.calls.get(serverCallId);
      if (call?.state !== 'active') throw new AcsError(404, '8522', 'Call not found.');
      ctx.requireParticipant(call, identifierFromRawId(rawId));
      if (text.trim() === '') throw badRequest('text must not be empty.');
      for (const connectionId of call.connectionIds) {
        const connection = ctx.state.connections.get(connectionId);
        if (connection?.state !== 'connected') continue;
        transcribe(connection, rawId, text);
        connection.media.running?.onSpeech?.(rawId, text);
      }
    },
    pressTones(serverCallId, rawId, tones) {
      const call = ctx.state.calls.get(serverCallId);
      if (call?.state !== 'active') throw new AcsError(404, '8522', 'Call not found.');
      ctx.requireParticipant(call, identifierFromRawId(rawId));
      const pressed = parseTones(tones, 'tones');
      for (const tone of pressed) {
        for (const connectionId of call.connectionIds) {
          const connection = ctx.state.connections.get(connectionId);
          if (connection?.state !== 'connected') continue;
          const continuous = connection.continuousDtmf.get(rawId);
          if (continuous) {
            ctx.emit(
              connection,
              'ContinuousDtmfRecognitionToneReceived',
              { tone, sequenceId: continuous.nextSequenceId++ },
              {
                operationContext: continuous.operationContext,
                resultInformation: { code: 200, subCode: 0, message: 'DTMF tone received.' },
              },
            );
          }
          connection.media.running?.onTone?.(rawId, tone);
        }
      }
    },
  };
}
