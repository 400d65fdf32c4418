import type { CallEventData } from '@switchboard/client';
import type { ActionRecord } from './actions.ts';
import { type EventTone, eventTone } from './event-kinds.ts';

/** How an action ended, once ACS said so: the event that ended it and whether it reports success. */
export interface ActionOutcome {
  typename: CallEventData['__typename'];
  tone: EventTone;
}

/**
 * The latest event that ended the action: an event carrying its operationContext whose type says success or
 * failure (events that only report progress, like PlayStarted, do not end it). Null while none arrived.
 */
export function outcomeFromEvents(action: ActionRecord, events: CallEventData[]): ActionOutcome | null {
  if (!action.operationContext) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.operationContext !== action.operationContext) continue;
    const tone = eventTone(event.__typename);
    if (tone !== 'neutral') return { typename: event.__typename, tone };
  }
  return null;
}

/** Every action run in this tab, newest first: accepted or failed, and the outcome ACS reported. */
export function ActionLog(props: { actions: ActionRecord[]; events: CallEventData[] }) {
  return (
    <section className="panel" aria-label="Actions">
      <h2>Actions</h2>
      {props.actions.length === 0 ? (
        <p className="empty">No action yet.</p>
      ) : (
        <ul className="actions" data-testid="actions">
          {props.actions.map((action) => {
            const outcome = outcomeFromEvents(action, props.events);
            return (
              <li key={action.id} data-state={action.state} data-outcome={outcome?.typename ?? ''}>
                <span className="label">{action.label}</span>
                <span className={`badge ${action.state}`}>{action.state}</span>
                {outcome && (
                  <span className={`badge ${outcome.tone}`} data-testid="outcome">
                    {outcome.typename}
                  </span>
                )}
                {action.error && (
                  <span className="error">
                    {action.error.code}: {action.error.message}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
