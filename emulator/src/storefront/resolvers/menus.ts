import type {MenuItemSeed, MenuSeed} from '../../content/types';
import type {StorefrontContext} from '../context';
import {gid} from '../gid';
import {storefrontUrl} from './common';
import type {ResolverMap} from './types';

interface MenuItemView {
  __typename: 'MenuItem';
  id: string;
  title: string;
  type: string;
  url: string | null;
  resourceId: string | null;
  resource: unknown;
  tags: string[];
  items: MenuItemView[];
}

/** Resolves one seed menu item to the Shopify MenuItem shape: absolute url on the primary domain + resource GID. */
function itemView(ctx: StorefrontContext, seed: MenuItemSeed, nextId: () => string): MenuItemView {
  const {content} = ctx;
  const id = nextId();
  let path: string | null = null;
  let resource: {id: string} | null = null;
  const handle = seed.handle ?? '';
  switch (seed.type) {
    case 'COLLECTION':
      path = `/collections/${handle}`;
      resource = content.collectionsByHandle.get(handle) ?? null;
      break;
    case 'CATALOG':
      path = '/collections/all';
      break;
    case 'COLLECTIONS':
      path = '/collections';
      break;
    case 'PRODUCT':
      path = `/products/${handle}`;
      resource = content.productsByHandle.get(handle) ?? null;
      break;
    case 'BLOG':
      path = `/blogs/${handle}`;
      resource = content.blogsByHandle.get(handle) ?? null;
      break;
    case 'ARTICLE': {
      const blog = content.blogsByHandle.get(seed.blog ?? '');
      path = `/blogs/${seed.blog ?? ''}/${handle}`;
      resource = blog?._articles.find((a) => a.handle === handle) ?? null;
      break;
    }
    case 'PAGE':
      path = `/pages/${handle}`;
      resource = content.pagesByHandle.get(handle) ?? null;
      break;
    case 'SHOP_POLICY':
      path = `/policies/${handle}`;
      resource = content.policiesByHandle.get(handle) ?? null;
      break;
    case 'FRONTPAGE':
      path = '/';
      break;
    case 'SEARCH':
      path = '/search';
      break;
    case 'CUSTOMER_ACCOUNT_PAGE':
      path = `/account${handle ? `/${handle}` : ''}`;
      break;
    default:
      break;
  }
  const url =
    seed.type === 'HTTP' || seed.type === 'METAOBJECT'
      ? (seed.url ?? null)
      : path !== null
        ? storefrontUrl(ctx, path)
        : (seed.url ?? null);
  return {
    __typename: 'MenuItem',
    id,
    title: seed.title,
    type: seed.type,
    url,
    resourceId: resource?.id ?? null,
    resource,
    tags: seed.tags ?? [],
    items: (seed.items ?? []).map((child) => itemView(ctx, child, nextId)),
  };
}

export function menuView(ctx: StorefrontContext, menu: MenuSeed) {
  let seq = 0;
  // Derived, stable ids: <menu id><3-digit position in depth-first order>.
  const nextId = () => gid('MenuItem', `${menu.legacyId}${String(++seq).padStart(3, '0')}`);
  const items = menu.items.map((item) => itemView(ctx, item, nextId));
  return {
    __typename: 'Menu',
    id: gid('Menu', menu.legacyId),
    handle: menu.handle,
    title: menu.title,
    items,
    itemsCount: items.length,
  };
}

export const menuResolvers: ResolverMap = {
  QueryRoot: {
    menu: (_root, args: {handle: string}, ctx) => {
      const menu = ctx.content.menus.get(args.handle);
      return menu ? menuView(ctx, menu) : null;
    },
  },
};
