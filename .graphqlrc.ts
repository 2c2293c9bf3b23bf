import type {IGraphQLConfig} from 'graphql-config';
import {getSchema} from '@shopify/hydrogen-codegen';

/**
 * Codegen types every `#graphql` document in app/ against the Storefront API
 * schema that ships with @shopify/hydrogen, so queries and their results stay in step.
 */
export default {
  projects: {
    default: {
      schema: getSchema('storefront'),
      documents: [
        './*.{ts,tsx,js,jsx}',
        './app/**/*.{ts,tsx,js,jsx}',
        '!./app/graphql/admin/**',
      ],
    },
  },
} as IGraphQLConfig;
