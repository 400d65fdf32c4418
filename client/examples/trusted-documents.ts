// Trusted documents: name the client's documents by id, as a gateway with TRUSTED_DOCUMENTS=require demands.
// The ids come from the manifest `npm run codegen` writes (@switchboard/client/persisted-documents.json).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { documentIdOf, persistedQueryExtensions } from '@switchboard/client';
import type { ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';

/** HTTP: `{ documentId, variables }` instead of `{ query, variables }`. */
export async function requestById<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<ExecutionResult<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  return (await response.json()) as ExecutionResult<TData>;
}

/** graphql-ws: its protocol wants a `query` string, so send an empty one with Apollo's `persistedQuery`. */
export function subscribeById<TData, TVariables extends Record<string, unknown>>(
  url: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onResult: (result: ExecutionResult<TData>) => void,
): () => void {
  const client = createClient({ url: url.replace(/^http/, 'ws'), retryAttempts: 0 });
  const unsubscribe = client.subscribe<TData>(
    { query: '', extensions: persistedQueryExtensions(document), variables },
    { next: onResult, error: () => client.dispose(), complete: () => client.dispose() },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}
