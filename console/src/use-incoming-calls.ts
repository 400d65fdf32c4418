import {
  IncomingCallsDocument,
  type IncomingCallsSubscription,
  persistedQueryExtensions,
} from '@switchboard/client';
import { type GraphQLFormattedError, print } from 'graphql';
import { createClient } from 'graphql-ws';
import { useCallback, useEffect, useState } from 'react';
import { currentToken } from './gateway.ts';

/** One event of `incomingCalls`: a call rings, was answered (by any client) or was rejected/redirected. */
export type IncomingCallEvent = IncomingCallsSubscription['incomingCalls'];

/** A call that rang the resource, as its latest event says. */
export interface IncomingCallRow {
  incomingCallContext: string;
  from: IncomingCallEvent['from'];
  to: IncomingCallEvent['to'];
  callerDisplayName: string | null;
  expiresAt: string;
  /** ringing → answered (by this console or elsewhere) or ended (rejected, redirected). */
  state: 'ringing' | 'answered' | 'ended';
  /** IncomingCallAnswered: the call connection that took it. */
  answeredBy: string | null;
  /** IncomingCallEnded: REJECTED or REDIRECTED. */
  endReason: string | null;
}

/** How many calls the panel keeps (newest first). */
const KEPT = 8;

/** The rows after one more event: the event's call replaced in place, or added on top. */
export function foldIncomingCall(rows: IncomingCallRow[], event: IncomingCallEvent): IncomingCallRow[] {
  const row: IncomingCallRow = {
    incomingCallContext: event.incomingCallContext,
    from: event.from,
    to: event.to,
    callerDisplayName: event.callerDisplayName ?? null,
    expiresAt: event.expiresAt,
    state:
      event.__typename === 'IncomingCallAnswered'
        ? 'answered'
        : event.__typename === 'IncomingCallEnded'
          ? 'ended'
          : 'ringing',
    answeredBy: event.__typename === 'IncomingCallAnswered' ? event.callConnectionId : null,
    endReason: event.__typename === 'IncomingCallEnded' ? event.reason : null,
  };
  const at = rows.findIndex((r) => r.incomingCallContext === row.incomingCallContext);
  // A late IncomingCall (a replay) never turns an answered or ended call back into a ringing one.
  if (at !== -1 && row.state === 'ringing') return rows;
  return at === -1 ? [row, ...rows].slice(0, KEPT) : rows.map((r, i) => (i === at ? row : r));
}

const QUERY = print(IncomingCallsDocument);
const EXTENSIONS = persistedQueryExtensions(IncomingCallsDocument);
/** How long the panel waits before subscribing again after the connection dropped. */
const RECONNECT_DELAY_MS = 1_000;

/**
 * Follows `incomingCalls` over graphql-ws, as `watchCall` follows `callEvents` (same endpoint, the token as
 * `connectionParams.authorization`, the document by text and id): a dropped connection resubscribes after the last
 * cursor; a refusal (no token, no `calls:answer` scope) stops and is shown until `retry`.
 */
export function useIncomingCalls(graphqlUrl: string): {
  calls: IncomingCallRow[];
  error: string | null;
  retry(): void;
} {
  const [calls, setCalls] = useState<IncomingCallRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    void attempt; // a new attempt (retry) subscribes again
    let stopped = false;
    let cursor: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dispose = () => {};
    const client = createClient({
      url: graphqlUrl.replace(/^http/, 'ws'),
      lazy: true,
      retryAttempts: 0, // resubscribed below, after the last cursor
      connectionParams: () => {
        const token = currentToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
    const again = () => {
      if (!stopped) timer = setTimeout(subscribe, RECONNECT_DELAY_MS);
    };
    const subscribe = () => {
      dispose = client.subscribe<IncomingCallsSubscription>(
        { query: QUERY, variables: { after: cursor }, extensions: EXTENSIONS },
        {
          next: (result) => {
            if (result.errors?.length) return setError(describe(result.errors));
            const event = result.data?.incomingCalls;
            if (!event) return;
            cursor = event.cursor;
            setError(null);
            setCalls((previous) => foldIncomingCall(previous, event));
          },
          error: (failure: unknown) => {
            const refused = refusal(failure);
            if (refused) setError(refused);
            else again();
          },
          complete: again,
        },
      );
    };
    setError(null);
    subscribe();
    return () => {
      stopped = true;
      clearTimeout(timer);
      dispose();
      void client.dispose();
    };
  }, [graphqlUrl, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { calls, error, retry };
}

function describe(errors: readonly GraphQLFormattedError[]): string {
  return errors
    .map((e) => (typeof e.extensions?.code === 'string' ? `${e.extensions.code}: ${e.message}` : e.message))
    .join('; ');
}

/** Why the gateway refused the subscription (request errors, or a close code of refusal); null: retry. */
function refusal(failure: unknown): string | null {
  if (Array.isArray(failure)) return describe(failure);
  if (
    typeof failure === 'object' &&
    failure !== null &&
    'code' in failure &&
    typeof failure.code === 'number'
  ) {
    const reason = 'reason' in failure && typeof failure.reason === 'string' ? failure.reason : '';
    if (failure.code >= 4400 && failure.code < 4500)
      return `WebSocket closed ${failure.code} ${reason}`.trim();
  }
  return null;
}
