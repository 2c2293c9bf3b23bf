import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLTypeResolver,
} from 'graphql';
import {emptyConnection} from '../storefront/connection';
import {StorefrontError} from '../storefront/errors';

/**
 * How both emulated APIs (Storefront and Admin) resolve fields over a schema that has no
 * resolvers of its own: a resolver registered for the parent type (or one of its interfaces),
 * else the plain property of the source object. `_`-prefixed raw data is never reachable that
 * way because no schema field starts with `_`. Root fields without a resolver are reported as
 * not implemented, in Shopify's error shape.
 */
type MapResolver<TContext> = (source: unknown, args: unknown, ctx: TContext, info: GraphQLResolveInfo) => unknown;

export function mergeResolverMaps<TMap extends Record<string, object>>(...maps: TMap[]): TMap {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = {...merged[type], ...fields};
  }
  return merged as TMap;
}

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

export function createMapFieldResolver<TContext>(
  resolvers: Record<string, object>,
  apiName: string,
): GraphQLFieldResolver<unknown, TContext> {
  const lookup = (type: string, field: string) =>
    ((resolvers[type] as Record<string, MapResolver<TContext> | undefined> | undefined)?.[field] ?? null);
  const cache = new Map<string, MapResolver<TContext> | null>();
  return (source, args, ctx, info) => {
    const key = `${info.parentType.name}.${info.fieldName}`;
    let resolver = cache.get(key);
    if (resolver === undefined) {
      resolver = lookup(info.parentType.name, info.fieldName);
      for (const iface of info.parentType.getInterfaces()) {
        if (resolver) break;
        resolver = lookup(iface.name, info.fieldName);
      }
      cache.set(key, resolver);
    }
    if (resolver) {
      const value = resolver(source, args, ctx, info);
      return value === undefined ? fallback(info.returnType) : value;
    }
    if (ROOT_TYPES.has(info.parentType.name)) {
      throw new StorefrontError(
        `Field '${info.fieldName}' is not implemented by the ${apiName} emulator.`,
        'INTERNAL_SERVER_ERROR',
      );
    }
    const value =
      source != null && typeof source === 'object' ? (source as Record<string, unknown>)[info.fieldName] : undefined;
    return value === undefined ? fallback(info.returnType) : value;
  };
}

/** Abstract types (Node, HasMetafields, MenuItemResource, …) read `__typename` from the value. */
export const typenameResolver: GraphQLTypeResolver<unknown, unknown> = (value) => {
  const typename =
    value != null && typeof value === 'object' ? (value as {__typename?: unknown}).__typename : undefined;
  return typeof typename === 'string' ? typename : undefined;
};
