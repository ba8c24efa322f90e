import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client, generated from the committed schema (no running server needed).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', GNK: 'string' } },
    },
  },
};

export default config;
