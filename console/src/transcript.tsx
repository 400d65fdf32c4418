import type { TranscriptLine } from './call-view.ts';
import { displayName } from './participants.tsx';

/** The live transcript: one line per utterance, by speaker; an intermediate line is replaced by its final one. */
export function Transcript({ lines }: { lines: TranscriptLine[] }) {
  return (
    <section className="panel" aria-label="Transcript">
      <h2>Live transcript</h2>
      {lines.length === 0 ? (
        <p className="empty">Nothing said yet (connect with a live transcript, then someone speaks).</p>
      ) : (
        <ol className="transcript" data-testid="transcript">
          {lines.map((line) => (
            <li key={line.key} className={line.final ? 'final' : 'intermediate'} data-final={line.final}>
              <span className="speaker" title={line.speaker?.rawId}>
                {line.speaker ? displayName(line.speaker) : 'unknown'}
              </span>
              <span className="text">{line.text}</span>
              {!line.final && <span className="tag">…</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
