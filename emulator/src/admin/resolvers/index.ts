import type {GraphQLFieldResolver, GraphQLTypeResolver} from 'graphql';
import {createMapFieldResolver, mergeResolverMaps, typenameResolver} from '../../graphql/resolver-map';
import type {AdminContext} from '../context';
import {commentResolvers} from './comments';
import {contentResolvers} from './content';
import {customerResolvers} from './customers';
import {metafieldResolvers} from './metafields';
import {metaobjectResolvers} from './metaobjects';
import type {AdminResolverMap} from './types';

/** All Admin API resolvers, one module per concern. */
export const adminResolvers: AdminResolverMap = mergeResolverMaps(
  contentResolvers,
  commentResolvers,
  metafieldResolvers,
  metaobjectResolvers,
  customerResolvers,
);

/** Same resolution rules as the Storefront side: see graphql/resolver-map.ts. */
export function createAdminFieldResolver(
  resolvers: AdminResolverMap = adminResolvers,
): GraphQLFieldResolver<unknown, AdminContext> {
  return createMapFieldResolver<AdminContext>(resolvers, 'Admin API');
}

export const adminTypeResolver = typenameResolver as GraphQLTypeResolver<unknown, AdminContext>;
