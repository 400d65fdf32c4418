import type { ActionRecord } from './actions.ts';

/**
 * Every action run in this tab, newest first: accepted or failed and, for an action whose payload has `outcome`,
 * pending while the gateway awaits it, then the event that ended it (or the `outcomeError` code).
 */
export function ActionLog(props: { actions: ActionRecord[] }) {
  return (
    <section className="panel" aria-label="Actions">
      <h2>Actions</h2>
      {props.actions.length === 0 ? (
        <p className="empty">No action yet.</p>
      ) : (
        <ul className="actions" data-testid="actions">
          {props.actions.map((action) => (
            <li
              key={action.id}
              data-state={action.state}
              data-outcome={action.outcome?.typename ?? action.outcomeError?.code ?? ''}
            >
              <span className="label">{action.label}</span>
              <span className={`badge ${action.state}`}>{action.state}</span>
              <OutcomeBadge action={action} />
              {action.error && (
                <span className="error">
                  {action.error.code}: {action.error.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeBadge({ action }: { action: ActionRecord }) {
  if (!action.awaitsOutcome) return null;
  if (action.state === 'running')
    return (
      <span className="badge pending" data-testid="outcome">
        awaiting outcome…
      </span>
    );
  if (action.outcome)
    return (
      <span className={`badge ${action.outcome.tone}`} data-testid="outcome">
        {action.outcome.typename}
      </span>
    );
  if (action.outcomeError)
    return (
      <span className="badge warning" data-testid="outcome" title={action.outcomeError.message}>
        {action.outcomeError.code}
      </span>
    );
  return null;
}
