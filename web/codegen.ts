// graphql-codegen's client preset: the explorer's operations (the `graphql(...)` calls in
// web/explorer/api.ts) and their result and variable types, generated from schema.graphql into
// web/explorer/gql/. Documents are strings (documentMode: string): the explorer posts them with
// fetch and needs no GraphQL library in the page. `npm run codegen` writes them; a unit test
// fails when they are stale (tests/unit/generated-client.test.ts).
import type { CodegenConfig } from '@graphql-codegen/cli';

export const OUTPUT_DIR = 'web/explorer/gql/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/explorer/api.ts'],
  ignoreNoDocuments: false,
  generates: {
    [OUTPUT_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // NodeNext resolution: relative imports need their .js.
        emitLegacyCommonJSImports: false,
        scalars: { Date: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
