import type {StorefrontContext} from '../context';
import {gid, parseGid, stableId} from '../gid';
import {cartView, findCart} from './cart';
import {mediaImage} from './common';
import {menuView} from './menus';
import {activeMetaobjects, commentView} from './views';

/** Resolves a GID to the API object it names, or null (unknown ids, unpublished comments, drafts). */
export function findNode(ctx: StorefrontContext, id: string): unknown {
  const parsed = parseGid(id);
  if (!parsed) return null;
  const n = /^\d+$/.test(parsed.id) ? Number(parsed.id) : NaN;
  const {content} = ctx;
  switch (parsed.type) {
    case 'Product':
      return content.productsById.get(n) ?? null;
    case 'ProductVariant':
      return content.variantsById.get(n) ?? null;
    case 'Collection':
      return content.collectionsById.get(n) ?? null;
    case 'Blog':
      return content.blogsById.get(n) ?? null;
    case 'Article':
      return content.articlesById.get(n) ?? null;
    case 'Page':
      return content.pagesById.get(n) ?? null;
    case 'ShopPolicy':
      return content.shop._policies.find((p) => p.legacyId === n) ?? null;
    case 'Shop':
      return content.shop;
    case 'UrlRedirect':
      return content.redirects.find((r) => r.legacyId === n) ?? null;
    case 'Comment': {
      const comment = ctx.comments.get(n);
      return comment && comment.status === 'published' ? commentView(comment) : null;
    }
    case 'Metaobject':
      return activeMetaobjects(ctx).find((m) => m._data.id === n) ?? null;
    case 'MediaImage':
      return findMediaImage(ctx, n);
    case 'Menu': {
      const menu = [...content.menus.values()].find((m) => m.legacyId === n);
      return menu ? menuView(ctx, menu) : null;
    }
    case 'Cart': {
      const cart = findCart(ctx, id);
      return cart ? cartView(cart) : null;
    }
    default:
      return null;
  }
}

/**
 * A MediaImage by numeric id: a file listed in metaobjects.json `files` (stable ids for
 * file_reference values), else any seed image whose derived MediaImage id matches (product media).
 */
export function findMediaImage(ctx: StorefrontContext, id: number) {
  const file = ctx.content.files.find((f) => f.id === id);
  if (file) return {...mediaImage(file.image)!, id: gid('MediaImage', file.id)};
  for (const ref of ctx.content.imagesByFile.values()) {
    if (stableId(`MediaImage:${ref.file}`) === id) return mediaImage(ref);
  }
  return null;
}
