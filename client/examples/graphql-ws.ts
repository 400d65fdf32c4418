// Plain graphql-ws, no framework: one call's events, resumed by hand after the last cursor on a reconnect.
// (`watchCall` from @switchboard/client does exactly this, and also falls back to SSE and ends on CallDisconnected.)
import { type CallEventFieldsFragment, CallEventsDocument } from '@switchboard/client';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';

export function followCall(
  url: string,
  callConnectionId: string,
  onEvent: (e: CallEventFieldsFragment) => void,
) {
  let after: string | null = null;
  // retryAttempts 0: graphql-ws's own retry would resubscribe with the ORIGINAL variables (a full replay).
  const client = createClient({ url: url.replace(/^http/, 'ws'), retryAttempts: 0 });
  return new Promise<void>((resolve, reject) => {
    const subscribe = () =>
      client.subscribe<{ callEvents: CallEventFieldsFragment }>(
        { query: print(CallEventsDocument), variables: { callConnectionId, after } },
        {
          next: ({ data, errors }) => {
            if (errors) return reject(new Error(errors[0]?.message));
            if (!data) return;
            after = data.callEvents.cursor; // resume point
            onEvent(data.callEvents);
          },
          complete: () => {
            void client.dispose();
            resolve(); // the gateway completes the stream after CallDisconnected
          },
          // Request errors (NOT_FOUND, …) are final; a dropped connection resubscribes after the last cursor.
          error: (error) =>
            Array.isArray(error) ? reject(new Error(error[0]?.message)) : setTimeout(subscribe, 500),
        },
      );
    subscribe();
  });
}
