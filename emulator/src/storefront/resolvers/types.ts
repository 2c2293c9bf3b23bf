import type {GraphQLResolveInfo} from 'graphql';
import type {StorefrontContext} from '../context';

// Resolver sources are the loosely typed records of content/types.ts; arguments come validated by
// the schema, so resolvers type them with small local interfaces.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Resolver = (source: any, args: any, ctx: StorefrontContext, info: GraphQLResolveInfo) => unknown;

/** typeName → fieldName → resolver. Interface names (HasMetafields, …) act as defaults for their implementations. */
export type ResolverMap = Record<string, Record<string, Resolver>>;
