import type { CallEventData, CallParticipantFieldsFragment } from '@switchboard/client';

/** One line of the live transcript: what a participant said (an intermediate line until its final one arrives). */
export interface TranscriptLine {
  /** Who spoke and where the line starts: the final line replaces the intermediate ones with the same key. */
  key: string;
  speaker: { rawId: string } | null;
  text: string;
  final: boolean;
  time: string;
}

/** What the console shows of a call, folded from its events in log order. */
export interface CallView {
  events: CallEventData[];
  /** From the latest ParticipantsUpdated (or the `call` query, on refresh). */
  participants: CallParticipantFieldsFragment[];
  transcript: TranscriptLine[];
  /** How many times ACS announced recording files (each one is a reason to list the recordings' files again). */
  recordingFilesAnnounced: number;
  /** CallDisconnected was delivered: no event will follow. */
  ended: boolean;
}

export const EMPTY_CALL_VIEW: CallView = {
  events: [],
  participants: [],
  transcript: [],
  recordingFilesAnnounced: 0,
  ended: false,
};

/** The view after one more event. */
export function foldCallEvent(view: CallView, event: CallEventData): CallView {
  const next = { ...view, events: [...view.events, event] };
  switch (event.__typename) {
    case 'ParticipantsUpdated':
      return { ...next, participants: event.participants };
    case 'TranscriptionData': {
      const line: TranscriptLine = {
        key: `${event.participant?.rawId ?? '?'}@${event.offsetInTicks ?? event.cursor}`,
        speaker: event.participant ?? null,
        text: event.text,
        final: event.resultStatus !== 'INTERMEDIATE',
        time: event.time,
      };
      const at = view.transcript.findIndex((l) => l.key === line.key);
      const transcript =
        at === -1 ? [...view.transcript, line] : view.transcript.map((l, i) => (i === at ? line : l));
      return { ...next, transcript };
    }
    case 'RecordingFileReady':
      return { ...next, recordingFilesAnnounced: view.recordingFilesAnnounced + 1 };
    case 'CallDisconnected':
      return { ...next, ended: true };
    default:
      return next;
  }
}
