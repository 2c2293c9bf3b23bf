import type {IGraphQLConfig} from 'graphql-config';
import {getSchema, pluckConfig, preset} from '@shopify/hydrogen-codegen';

/**
 * Codegen types every `#graphql` document in app/ against the Storefront API
 * schema that ships with @shopify/hydrogen, so queries and their results stay in step.
 * Documents under app/graphql/customer-account/ are typed against the Customer Account API
 * schema (also shipped with Hydrogen) into customer-accountapi.generated.d.ts.
 * Admin API documents live in `*.admin.ts` files in their domain folder (app/lib/<domain>/) and are
 * typed against admin.schema.graphql, the committed copy of the emulator's Admin schema
 * (`npm run admin-schema`), into admin.types.d.ts + adminapi.generated.d.ts
 * (docs/decisions/046-typed-admin-calls.md).
 */
const ADMIN_DOCUMENTS = './app/**/*.admin.ts';

export default {
  projects: {
    default: {
      schema: getSchema('storefront'),
      documents: [
        './*.{ts,tsx,js,jsx}',
        './app/**/*.{ts,tsx,js,jsx}',
        `!${ADMIN_DOCUMENTS}`,
        '!./app/graphql/customer-account/**',
      ],
    },
    customer: {
      schema: getSchema('customer-account'),
      documents: ['./app/graphql/customer-account/*.{ts,tsx,js,jsx}'],
    },
    admin: {
      schema: './admin.schema.graphql',
      documents: [ADMIN_DOCUMENTS],
      extensions: {
        codegen: {
          pluckConfig,
          generates: {
            // The schema's types (inputs, enums, objects), as the Storefront types come from Hydrogen.
            'admin.types.d.ts': {
              plugins: ['typescript'],
              config: {
                enumsAsTypes: true,
                useTypeImports: true,
                defaultScalarType: 'unknown',
                scalars: {DateTime: 'string', HTML: 'string', URL: 'string', JSON: 'unknown'},
              },
            },
            // One result and variables type per document, keyed by the document's text, extending
            // @shopify/admin-api-client's AdminQueries/AdminMutations as @shopify/api-codegen-preset does.
            'adminapi.generated.d.ts': {
              preset,
              presetConfig: {
                importTypes: {namespace: 'AdminAPI', from: './admin.types'},
                interfaceExtension: ({queryType, mutationType}: {queryType: string; mutationType: string}) =>
                  `declare module '@shopify/admin-api-client' {\n` +
                  `  interface AdminQueries extends ${queryType} {}\n` +
                  `  interface AdminMutations extends ${mutationType} {}\n}`,
              },
            },
          },
        },
      },
    },
  },
} as IGraphQLConfig;
