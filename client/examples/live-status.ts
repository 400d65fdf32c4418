// watchCall with a status line: live, paused by an outage (retrying by itself), ended, or stopped for good.
// Every event still arrives exactly once, in order, whatever happens in between.
import { type CallEventData, type CallWatch, watchCall } from '@switchboard/client';

export function followWithStatus(
  url: string,
  callConnectionId: string,
  onEvent: (event: CallEventData) => void,
  showStatus: (status: string) => void,
): CallWatch {
  return watchCall({
    url,
    callConnectionId,
    onEvent: (event) => {
      showStatus('live');
      onEvent(event);
    },
    onReconnect: ({ code, delayMs }) =>
      // UNAVAILABLE: the gateway's event store is down; RATE_LIMITED, UPSTREAM_UNAVAILABLE: transient too.
      showStatus(code ? `paused (${code}), retrying in ${Math.ceil(delayMs / 1000)} s` : 'reconnecting'),
    onComplete: () => showStatus('call ended'),
    onError: (error) => showStatus(`stopped: ${error.code ?? error.message}`), // NOT_FOUND, FORBIDDEN, gave up
  });
}
