import {
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
} from 'graphql';
import {emptyConnection} from '../../storefront/connection';
import {StorefrontError} from '../../storefront/errors';
import type {AdminContext} from '../context';
import {commentResolvers} from './comments';
import {contentResolvers} from './content';
import {customerResolvers} from './customers';
import {metafieldResolvers} from './metafields';
import {metaobjectResolvers} from './metaobjects';
import type {AdminResolver, AdminResolverMap} from './types';

function merge(...maps: AdminResolverMap[]): AdminResolverMap {
  const merged: AdminResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = {...merged[type], ...fields};
  }
  return merged;
}

/** All Admin API resolvers, one module per concern. */
export const adminResolvers: AdminResolverMap = merge(
  contentResolvers,
  commentResolvers,
  metafieldResolvers,
  metaobjectResolvers,
  customerResolvers,
);

function fallback(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  const named = getNamedType(inner);
  if (isObjectType(named) && named.name.endsWith('Connection')) return emptyConnection();
  if (named.name === 'Boolean') return false;
  return undefined;
}

const ROOT_TYPES = new Set(['QueryRoot', 'Mutation']);

function lookup(resolvers: AdminResolverMap, type: string, field: string): AdminResolver | null {
  const fields = resolvers[type] as Record<string, AdminResolver | undefined> | undefined;
  return fields?.[field] ?? null;
}

/** Same resolution rules as the Storefront side: type resolver, then interface resolver, then the property. */
export function createAdminFieldResolver(
  resolvers: AdminResolverMap = adminResolvers,
): GraphQLFieldResolver<unknown, AdminContext> {
  const cache = new Map<string, AdminResolver | null>();
  return (source, args, ctx, info) => {
    const key = `${info.parentType.name}.${info.fieldName}`;
    let resolver: AdminResolver | null | undefined = cache.get(key);
    if (resolver === undefined) {
      resolver = lookup(resolvers, info.parentType.name, info.fieldName);
      if (!resolver) {
        for (const iface of info.parentType.getInterfaces()) {
          resolver = lookup(resolvers, iface.name, info.fieldName);
          if (resolver) break;
        }
      }
      cache.set(key, resolver);
    }
    if (resolver) {
      const value = resolver(source, args, ctx, info);
      return value === undefined ? fallback(info.returnType) : value;
    }
    if (ROOT_TYPES.has(info.parentType.name)) {
      throw new StorefrontError(
        `Field '${info.fieldName}' is not implemented by the Admin API emulator.`,
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

export const adminTypeResolver: GraphQLTypeResolver<unknown, AdminContext> = (value) => {
  const typename =
    value != null && typeof value === 'object' ? (value as {__typename?: unknown}).__typename : undefined;
  return typeof typename === 'string' ? typename : undefined;
};
