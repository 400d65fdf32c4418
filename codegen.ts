import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed-document settings shared by the tests' and the client's documents. */
const typedDocuments = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    scalars: {
      DateTime: 'string',
      PhoneNumber: 'string',
      JSON: 'unknown',
      ID: { input: 'string', output: 'string' },
    },
    strictScalars: true,
    enumsAsTypes: true,
    useTypeImports: true,
    importExtension: '.ts',
    documentMode: 'documentNode',
    avoidOptionals: false,
  },
};

/**
 * GraphQL Code Generator: `schema.graphql` + operation documents → typed documents (`TypedDocumentNode`):
 * - `test/gql/` from the tests' documents (`test/operations/`);
 * - `client/src/gql/` from the client's documents (`client/operations/`, one per public operation), with
 *   `persisted-documents.json`, the manifest of trusted documents the gateway runs by id, and
 *   `client/src/possible-types.ts` (fragment matcher: which types implement each interface/union) for
 *   Apollo's `possibleTypes`, and `client/src/introspection.ts` (the minified schema) for urql Graphcache's.
 * `npm run codegen` writes them; `npm run check` fails when the committed output differs from what this
 * config generates (`scripts/check-generated.ts`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': { documents: ['test/operations/*.graphql'], ...typedDocuments },
    'client/src/gql/': {
      documents: ['client/operations/*.graphql'],
      ...typedDocuments,
      // Persisted documents are made only in this mode (each document with its fragments inlined).
      config: { ...typedDocuments.config, documentMode: 'documentNodeImportFragments' },
      // The manifest of trusted documents (`persisted-documents.json`: sha256 → document text), and each
      // document's id in `__meta__.hash`, which clients send as `documentId` / `extensions.persistedQuery`.
      presetConfig: {
        ...typedDocuments.presetConfig,
        persistedDocuments: { mode: 'embedHashInDocument' as const, hashAlgorithm: 'sha256' },
      },
    },
    // The schema, minified (no descriptions), for urql Graphcache's `schema`: with only `possibleTypes` it writes
    // every fragment of a union member's selection and warns about each field the member lacks.
    'client/src/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true },
    },
    'client/src/possible-types.ts': {
      plugins: ['fragment-matcher'],
      // `apolloClientVersion: 3` selects the `possibleTypes` shape introduced by Apollo Client 3, which Apollo
      // Client 4 (what the client and its tests use) reads unchanged; the plugin knows no other value past 3.
      config: { module: 'es2015', apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
