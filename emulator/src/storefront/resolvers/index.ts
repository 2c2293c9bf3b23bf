import type {GraphQLFieldResolver, GraphQLTypeResolver} from 'graphql';
import type {StorefrontContext} from '../context';
import {createMapFieldResolver, mergeResolverMaps, typenameResolver} from '../../graphql/resolver-map';
import {cartResolvers} from './cart';
import {contentResolvers} from './content';
import {menuResolvers} from './menus';
import {metafieldResolvers} from './metafields';
import {miscResolvers} from './misc';
import {productResolvers} from './products';
import {searchResolvers} from './search';
import {shopResolvers} from './shop';
import type {ResolverMap} from './types';

/** All Storefront API resolvers, one module per concern. */
export const storefrontResolvers: ResolverMap = mergeResolverMaps(
  shopResolvers,
  menuResolvers,
  productResolvers,
  contentResolvers,
  metafieldResolvers,
  searchResolvers,
  miscResolvers,
  cartResolvers,
);

/** Field resolution rules shared with the Admin API: see graphql/resolver-map.ts. */
export function createFieldResolver(
  resolvers: ResolverMap = storefrontResolvers,
): GraphQLFieldResolver<unknown, StorefrontContext> {
  return createMapFieldResolver<StorefrontContext>(resolvers, 'Storefront API');
}

/** Abstract types (Node, HasMetafields, MenuItemResource, SearchResultItem, Merchandise, …) read `__typename`. */
export const typeResolver = typenameResolver as GraphQLTypeResolver<unknown, StorefrontContext>;
