import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
} from 'graphql';
import {emptyConnection} from '../connection';
import type {StorefrontContext} from '../context';
import {StorefrontError} from '../errors';
import {cartResolvers} from './cart';
import {contentResolvers} from './content';
import {menuResolvers} from './menus';
import {metafieldResolvers} from './metafields';
import {miscResolvers} from './misc';
import {productResolvers} from './products';
import {searchResolvers} from './search';
import {shopResolvers} from './shop';
import type {Resolver, ResolverMap} from './types';

export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = {...merged[type], ...fields};
    }
  }
  return merged;
}

/** All Storefront API resolvers, one module per concern. */
export const storefrontResolvers: ResolverMap = mergeResolvers(
  shopResolvers,
  menuResolvers,
  productResolvers,
  contentResolvers,
  metafieldResolvers,
  searchResolvers,
  miscResolvers,
  cartResolvers,
);

/** Value for a field the source does not provide: empty lists/connections and `false`; null otherwise. */
function fallback(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isObjectType(named) && named.name.endsWith('Connection')) return emptyConnection();
  if (named.name === 'Boolean') return false;
  return undefined; // graphql-js reports the missing non-null value
}

const ROOT_TYPES = new Set(['QueryRoot', 'Mutation']);

function lookup(resolvers: ResolverMap, type: string, field: string): Resolver | null {
  const fields = resolvers[type] as Record<string, Resolver | undefined> | undefined;
  return fields?.[field] ?? null;
}

/**
 * Field resolution: a resolver registered for the parent type (or one of its interfaces), else the
 * plain property of the source object (`_`-prefixed raw data is never reachable this way because no
 * schema field starts with `_`). Root fields without a resolver are reported as not implemented.
 */
export function createFieldResolver(
  resolvers: ResolverMap = storefrontResolvers,
): GraphQLFieldResolver<unknown, StorefrontContext> {
  const cache = new Map<string, Resolver | null>();
  return (source, args, ctx, info) => {
    const cacheKey = `${info.parentType.name}.${info.fieldName}`;
    let resolver: Resolver | null | undefined = cache.get(cacheKey);
    if (resolver === undefined) {
      resolver = lookup(resolvers, info.parentType.name, info.fieldName);
      if (!resolver) {
        for (const iface of info.parentType.getInterfaces()) {
          resolver = lookup(resolvers, iface.name, info.fieldName);
          if (resolver) break;
        }
      }
      cache.set(cacheKey, resolver);
    }
    if (resolver) {
      const value = resolver(source, args, ctx, info);
      return value === undefined ? fallback(info.returnType) : value;
    }
    if (ROOT_TYPES.has(info.parentType.name)) {
      throw new StorefrontError(
        `Field '${info.fieldName}' is not implemented by the Storefront API emulator.`,
        'INTERNAL_SERVER_ERROR',
      );
    }
    const value =
      source != null && typeof source === 'object'
        ? (source as Record<string, unknown>)[info.fieldName]
        : undefined;
    return value === undefined ? fallback(info.returnType) : value;
  };
}

/** Abstract types (Node, HasMetafields, MenuItemResource, SearchResultItem, Merchandise, …) read `__typename`. */
export const typeResolver: GraphQLTypeResolver<unknown, StorefrontContext> = (value) => {
  const typename =
    value != null && typeof value === 'object' ? (value as {__typename?: unknown}).__typename : undefined;
  return typeof typename === 'string' ? typename : undefined;
};
