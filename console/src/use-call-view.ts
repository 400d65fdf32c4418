import { type CallParticipantFieldsFragment, watchCall } from '@switchboard/client';
import { useEffect, useState } from 'react';
import { type CallView, EMPTY_CALL_VIEW, foldCallEvent } from './call-view.ts';
import { currentToken } from './gateway.ts';

/**
 * Follows a call's events (every event once, in order, resumed by cursor across reconnects) and folds them into
 * its view. `setParticipants` lets a refresh (the `call` query) replace the participants between events.
 */
export function useCallView(
  graphqlUrl: string,
  callConnectionId: string | null,
  onError: (message: string) => void,
): CallView & { setParticipants(participants: CallParticipantFieldsFragment[]): void } {
  const [view, setView] = useState<CallView>(EMPTY_CALL_VIEW);
  useEffect(() => {
    setView(EMPTY_CALL_VIEW);
    if (!callConnectionId) return;
    const watch = watchCall({
      url: graphqlUrl,
      callConnectionId,
      getToken: currentToken,
      onEvent: (event) => setView((previous) => foldCallEvent(previous, event)),
      onError: (error) => onError(`Event stream failed: ${error.code ?? ''} ${error.message}`),
      onComplete: () => setView((previous) => ({ ...previous, ended: true })),
    });
    return () => watch.stop();
  }, [graphqlUrl, callConnectionId, onError]);
  return {
    ...view,
    setParticipants: (participants) => setView((previous) => ({ ...previous, participants })),
  };
}
