import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Which documents the gateway runs. A request may name a manifest document by id and also carry its text
 * (what `@switchboard/client` sends, so that it works whatever the mode):
 * - `off`: the text; an id is ignored, and an id without text refused (`PERSISTED_QUERY_NOT_SUPPORTED`);
 * - `allow`: the manifest document of a known id, else the text (`PERSISTED_QUERY_NOT_FOUND` without one);
 * - `require`: only the manifest document of a known id (`PERSISTED_QUERY_NOT_FOUND` for an unknown id,
 *   `TRUSTED_DOCUMENT_REQUIRED` for text alone): no other document runs.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'require';

/** The mode and the manifest (document id → document text) the gateway runs documents by. */
export interface TrustedDocuments {
  mode: TrustedDocumentsMode;
  documents: ReadonlyMap<string, string>;
}

/** The error codes a refused document is answered with (`extensions.code`). */
export const TRUSTED_DOCUMENT_CODES = {
  /** An id the manifest does not hold (Apollo's persisted-query code). */
  notFound: 'PERSISTED_QUERY_NOT_FOUND',
  /** Document text under `TRUSTED_DOCUMENTS=require`. */
  required: 'TRUSTED_DOCUMENT_REQUIRED',
  /** A document id under `TRUSTED_DOCUMENTS=off`. */
  notSupported: 'PERSISTED_QUERY_NOT_SUPPORTED',
} as const;

/**
 * Reads a manifest written by GraphQL Code Generator's persisted documents (`{ "<sha256>": "<document>" }`),
 * once at start-up; with `off` nothing is read.
 * @throws Error naming the file when it cannot be read or is not such an object.
 */
export function loadTrustedDocuments(mode: TrustedDocumentsMode, manifestPath: string): TrustedDocuments {
  if (mode === 'off') return { mode, documents: new Map() };
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(
      `TRUSTED_DOCUMENTS=${mode}: cannot read the manifest ${manifestPath} (${(error as Error).message})`,
    );
  }
  const entries =
    typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest)
      ? Object.entries(manifest)
      : [];
  if (entries.length === 0 || entries.some(([, text]) => typeof text !== 'string')) {
    throw new Error(
      `TRUSTED_DOCUMENTS=${mode}: ${manifestPath} is not a manifest (an object of document id → document text)`,
    );
  }
  return { mode, documents: new Map(entries as [string, string][]) };
}

/** What a client sends (HTTP body or query string, graphql-ws `subscribe` payload). */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * The document id a request names: `documentId` (GraphQL over HTTP's persisted documents, `sha256:` prefix
 * optional) or Apollo's `extensions.persistedQuery: { version: 1, sha256Hash }`; null when it names none.
 */
function documentIdOf(request: DocumentRequest): string | null {
  if (typeof request.documentId === 'string' && request.documentId !== '') {
    return request.documentId.replace(/^sha256:/, '');
  }
  const extensions = request.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
  const persisted = typeof extensions === 'object' && extensions !== null ? extensions.persistedQuery : null;
  if (persisted && persisted.version === 1 && typeof persisted.sha256Hash === 'string') {
    return persisted.sha256Hash;
  }
  return null;
}

function refused(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * THE rule of trusted documents, for every transport: the manifest's document text to run for `request`, or
 * null when the request's own `query` text is to run.
 * @throws GraphQLError with a `TRUSTED_DOCUMENT_CODES` code when the mode refuses the request.
 */
export function documentFor(trusted: TrustedDocuments, request: DocumentRequest): string | null {
  const id = documentIdOf(request);
  const hasText = typeof request.query === 'string' && request.query.trim() !== '';
  const known = id === null || trusted.mode === 'off' ? undefined : trusted.documents.get(id);
  if (known !== undefined) return known;
  if (trusted.mode === 'require') {
    if (id !== null) throw refused(TRUSTED_DOCUMENT_CODES.notFound, 'PersistedQueryNotFound');
    throw refused(
      TRUSTED_DOCUMENT_CODES.required,
      'This gateway runs only trusted documents (TRUSTED_DOCUMENTS=require): name a document of the ' +
        "client's manifest by `documentId` (or `extensions.persistedQuery`).",
    );
  }
  if (id !== null && !hasText) {
    if (trusted.mode === 'off') {
      throw refused(
        TRUSTED_DOCUMENT_CODES.notSupported,
        'Document ids are not accepted (TRUSTED_DOCUMENTS=off): send the document text.',
      );
    }
    // The message is Apollo's, which its persisted-query link answers by sending the text.
    throw refused(TRUSTED_DOCUMENT_CODES.notFound, 'PersistedQueryNotFound');
  }
  return null;
}

/**
 * HTTP and SSE (`/graphql` GET and POST): replaces the request's document id by the manifest's document text
 * before yoga checks the parameters; graphql-ws calls `documentFor` itself (`ws.ts`).
 */
export function useTrustedDocuments(trusted: TrustedDocuments): Plugin {
  return {
    onParams({ params, request, setParams }) {
      // yoga's GET parser keeps only the standard parameters: `documentId` is read from the URL itself.
      const {
        documentId = request.method === 'GET'
          ? (new URL(request.url).searchParams.get('documentId') ?? undefined)
          : undefined,
        ...rest
      } = params as typeof params & { documentId?: unknown };
      const text = documentFor(trusted, { ...rest, documentId });
      // Without `documentId`, which yoga refuses as a parameter it does not know.
      setParams(text === null ? rest : { ...rest, query: text });
    },
  };
}
