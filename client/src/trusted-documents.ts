import type { DocumentNode } from 'graphql';

/**
 * The id of one of the client's documents in the manifest of trusted documents (`persisted-documents.json`,
 * written by `npm run codegen`): the sha256 of its text, which the generated document carries in `__meta__`.
 * A gateway with `TRUSTED_DOCUMENTS=require` runs a document only when a request names it by this id.
 * @throws Error for a document that is not one of the client's generated documents.
 */
export function documentIdOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Not a document of @switchboard/client: it has no id.');
  return hash;
}

/**
 * `extensions` naming a document the way Apollo's persisted queries do; send it with the document text (the
 * gateway then runs the manifest's document whatever its `TRUSTED_DOCUMENTS` mode) or alone.
 */
export function persistedQueryExtensions(document: DocumentNode): {
  persistedQuery: { version: 1; sha256Hash: string };
} {
  return { persistedQuery: { version: 1, sha256Hash: documentIdOf(document) } };
}
