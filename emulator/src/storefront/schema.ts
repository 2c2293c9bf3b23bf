import fs from 'node:fs';
import {createRequire} from 'node:module';
import {buildClientSchema, type GraphQLSchema, type IntrospectionQuery} from 'graphql';

const require = createRequire(import.meta.url);

let cached: GraphQLSchema | undefined;

/** Path of the Storefront API schema that ships with @shopify/hydrogen (API 2025-04). */
export function storefrontSchemaPath(): string {
  return require.resolve('@shopify/hydrogen/storefront.schema.json');
}

/** The real Storefront API schema, built once from Hydrogen's introspection JSON. */
export function loadStorefrontSchema(): GraphQLSchema {
  if (!cached) {
    const raw = JSON.parse(fs.readFileSync(storefrontSchemaPath(), 'utf8')) as
      | IntrospectionQuery
      | {data: IntrospectionQuery};
    const introspection = 'data' in raw ? raw.data : raw;
    cached = buildClientSchema(introspection, {assumeValid: true});
  }
  return cached;
}
