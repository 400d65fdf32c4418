import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Where the console talks to: the gateway's GraphQL endpoint and, in development, the emulator's control API. */
export interface Settings {
  graphqlUrl: string;
  /** The embedded emulator's control API (`…/emulator`), when the gateway runs one; null otherwise. */
  emulatorControlUrl: string | null;
}

/**
 * `?gateway=https://host/graphql` points the static console at any gateway; otherwise it asks the gateway that
 * serves it (`/console/config.json`) for its endpoint and development tools.
 */
export async function loadSettings(): Promise<Settings> {
  const explicit = new URLSearchParams(location.search).get('gateway');
  if (explicit) return { graphqlUrl: explicit, emulatorControlUrl: null };
  const response = await fetch(new URL('config.json', location.href));
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const config: unknown = await response.json();
  if (!isConsoleConfig(config)) throw new Error('config.json is not the gateway console configuration');
  const controlUrl = config.devTools?.emulatorControlUrl;
  return {
    graphqlUrl: new URL(config.graphqlPath, location.origin).href,
    emulatorControlUrl: typeof controlUrl === 'string' ? controlUrl : null,
  };
}

/** `GET /console/config.json`: the gateway's GraphQL path and its development tools (null in production). */
function isConsoleConfig(
  value: unknown,
): value is { graphqlPath: string; devTools: Record<string, unknown> | null } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'graphqlPath' in value &&
    typeof value.graphqlPath === 'string' &&
    'devTools' in value &&
    typeof value.devTools === 'object'
  );
}

const TOKEN_KEY = 'switchboard.console.token';

/**
 * The bearer token the console sends when the gateway requires auth (pasted into the header field; kept for the
 * tab's session only). Null: none (auth off, as in development).
 */
export function currentToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY) || null;
}

export function setToken(token: string): void {
  if (token.trim()) sessionStorage.setItem(TOKEN_KEY, token.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * A typed operation over HTTP; throws on request errors (GraphQL `errors`, as `CODE: message`), returns `data`
 * otherwise.
 */
export async function request<TData, TVariables>(
  graphqlUrl: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const token = currentToken();
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  // The typed document is the contract: `data` has the shape the document selects.
  const body: { data?: TData | null; errors?: { message: string; extensions?: { code?: unknown } }[] } =
    await response.json();
  // The code leads (e.g. `UNAUTHENTICATED: …` when the gateway wants a token): it is what tells the user what to do.
  if (body.errors?.length)
    throw new Error(
      body.errors
        .map((e) =>
          typeof e.extensions?.code === 'string' ? `${e.extensions.code}: ${e.message}` : e.message,
        )
        .join('; '),
    );
  if (!body.data) throw new Error(`The gateway answered ${response.status} without data`);
  return body.data;
}

/**
 * Where a browser fetches a recording file: the gateway's `/api/recordings/content` route. The token goes in the
 * query (`access_token`), as an `<audio>` element or a download link cannot send an `Authorization` header.
 */
export function recordingContentUrl(graphqlUrl: string, contentLocation: string): string {
  const url = new URL('/api/recordings/content', graphqlUrl);
  url.searchParams.set('contentLocation', contentLocation);
  const token = currentToken();
  if (token) url.searchParams.set('access_token', token);
  return url.href;
}

/** POSTs to the emulator's control API (development only). */
export async function emulatorControl(baseUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${path}: ${response.status} ${await response.text()}`);
}
