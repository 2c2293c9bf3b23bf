import type {IGraphQLConfig} from 'graphql-config';
import {getSchema} from '@shopify/hydrogen-codegen';

/**
 * Codegen types every `#graphql` document in app/ against the Storefront API
 * schema that ships with @shopify/hydrogen, so queries and their results stay in step.
 * Documents under app/graphql/customer-account/ are typed against the Customer Account API
 * schema (also shipped with Hydrogen) into customer-accountapi.generated.d.ts.
 */
export default {
  projects: {
    default: {
      schema: getSchema('storefront'),
      documents: [
        './*.{ts,tsx,js,jsx}',
        './app/**/*.{ts,tsx,js,jsx}',
        '!./app/graphql/admin/**',
        '!./app/graphql/customer-account/**',
      ],
    },
    customer: {
      schema: getSchema('customer-account'),
      documents: ['./app/graphql/customer-account/*.{ts,tsx,js,jsx}'],
    },
  },
} as IGraphQLConfig;
