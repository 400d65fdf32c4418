import type { CallConnection, CallingContext } from './calling-context.ts';

/**
 * Transcription and media streaming transports of a call connection (acs.md §1.4 `transcriptionOptions` /
 * `mediaStreamingOptions`). Message shapes follow the SDK's `StreamingData.parse`; field casing such as
 * `participantRawID` and `resultStatus: "Final"` is as that parser reads it (UNVERIFIED against live ACS).
 */

/** One tick is 100 ns; each scripted word lasts 0.4 s. */
const TICKS_PER_WORD = 4_000_000;
/** 20 ms of 16 kHz 16-bit mono PCM. */
const AUDIO_FRAME_BYTES = 640;
/** How many audio frames a media stream sends after its metadata. */
const AUDIO_FRAMES = 3;

/** Opens the transcription WebSocket (when the connect gave a transport URL) and sends its metadata. */
export function openTranscriptionStream(ctx: CallingContext, connection: CallConnection): void {
  const transcription = connection.transcription;
  if (!transcription.transportUrl || transcription.stream) return;
  transcription.stream = ctx.streams.open(transcription.transportUrl);
  transcription.stream.send({
    kind: 'TranscriptionMetadata',
    transcriptionMetadata: {
      subscriptionId: transcription.id,
      locale: transcription.locale ?? 'en-US',
      callConnectionId: connection.callConnectionId,
      correlationId: ctx.state.calls.get(connection.serverCallId)?.correlationId ?? '',
    },
  });
}

/** Sends what `rawId` said as TranscriptionData (an intermediate result first when enabled). */
export function transcribe(connection: CallConnection, rawId: string, text: string): void {
  const transcription = connection.transcription;
  if (transcription.state !== 'active' || !transcription.stream) return;
  const words = text.split(/\s+/).filter((w) => w !== '');
  const offset = transcription.nextOffsetTicks;
  transcription.nextOffsetTicks += words.length * TICKS_PER_WORD;
  const data = (resultStatus: 'Intermediate' | 'Final', spoken: string[]) => ({
    kind: 'TranscriptionData',
    transcriptionData: {
      text: spoken.join(' '),
      format: 'display',
      confidence: resultStatus === 'Final' ? 0.95 : 0.6,
      offset,
      duration: spoken.length * TICKS_PER_WORD,
      words: spoken.map((word, i) => ({
        text: word,
        offset: offset + i * TICKS_PER_WORD,
        duration: TICKS_PER_WORD,
      })),
      participantRawID: rawId,
      resultStatus,
    },
  });
  if (transcription.enableIntermediateResults && words.length > 1) {
    transcription.stream.send(data('Intermediate', words.slice(0, Math.ceil(words.length / 2))));
  }
  transcription.stream.send(data('Final', words));
}

export function closeTranscriptionStream(connection: CallConnection): void {
  connection.transcription.stream?.close();
  connection.transcription.stream = undefined;
}

/** Opens the audio WebSocket, sends AudioMetadata and a few silent AudioData frames. */
export function startAudioStream(ctx: CallingContext, connection: CallConnection): void {
  const streaming = connection.mediaStreaming;
  if (!streaming.transportUrl || streaming.stream) return;
  const stream = ctx.streams.open(streaming.transportUrl);
  streaming.stream = stream;
  stream.send({
    kind: 'AudioMetadata',
    audioMetadata: {
      subscriptionId: streaming.id,
      encoding: 'PCM',
      sampleRate: 16_000,
      channels: 1,
      length: AUDIO_FRAME_BYTES,
    },
  });
  const silence = Buffer.alloc(AUDIO_FRAME_BYTES).toString('base64');
  for (let i = 0; i < AUDIO_FRAMES; i += 1) {
    stream.send({
      kind: 'AudioData',
      audioData: { timestamp: new Date().toISOString(), data: silence, silent: true },
    });
  }
}

export function closeAudioStream(connection: CallConnection): void {
  connection.mediaStreaming.stream?.close();
  connection.mediaStreaming.stream = undefined;
}

/** A leg leaving the call takes its transports down. */
export function closeStreams(connection: CallConnection): void {
  closeTranscriptionStream(connection);
  closeAudioStream(connection);
}
