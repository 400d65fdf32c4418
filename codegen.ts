import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: `schema.graphql` + the operation documents the tests use → typed documents
 * (`TypedDocumentNode`) in `test/gql/`. `npm run codegen` writes them; `npm run check` fails when the
 * committed output differs from what this config generates (`scripts/check-generated.ts`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/gql/': {
      preset: 'client',
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
    },
  },
};

export default config;
